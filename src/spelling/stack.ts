// What a deployable stack adds around the groups: its state backend and (for offline planning) the
// AWS provider's skip_* flags. Shared by the cdktf stacks and the JSON renderer.
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";

/** Environment variable naming a JSON file such as {"s3": {"bucket": "...", "key": "...", "region": "..."}}. */
export const BACKEND_ENV = "CLUSTER_SG_BACKEND_CONFIG";

export interface StackBackend {
  readonly type: string;
  readonly attributes: Record<string, unknown>;
}

/** The configured backend, else local state in the project root's terraform.<stack>.tfstate. */
export function stackBackend(stack: string, outdir: string): StackBackend {
  const file = process.env[BACKEND_ENV];
  if (file) {
    // One backend for every stack; `{stack}` in a string value becomes the stack name.
    const config = JSON.parse(readFileSync(file, "utf8").replace(/\{stack\}/g, stack)) as Record<string, Record<string, unknown>>;
    const [type, attributes] = Object.entries(config)[0];
    return { type, attributes };
  }
  // cdktf's default state path is absolute (machine-specific output): say it relative to the stack folder.
  const stackDir = join(outdir, "stacks", stack);
  return { type: "local", attributes: { path: relative(stackDir, join(process.cwd(), `terraform.${stack}.tfstate`)) } };
}

/**
 * Provider settings for `terraform plan` with no AWS environment at all (tests, CI, review): dummy
 * static keys and a region, so the provider needs no credential source, and the skip_* flags, so it
 * never calls AWS to check them. Only with --offline; such a stack cannot apply.
 */
export const OFFLINE_AWS = {
  region: "us-east-1",
  accessKey: "offline-plan-only",
  secretKey: "offline-plan-only",
  skipCredentialsValidation: true,
  skipRequestingAccountId: true,
  skipMetadataApiCheck: "true",
  skipRegionValidation: true,
};
