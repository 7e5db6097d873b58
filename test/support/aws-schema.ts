// The schema of the real hashicorp/aws provider the tests plan with (`terraform providers schema
// -json` after an offline init from the local mirror), read once per test file.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ProviderSchemaEntry } from "../../src/validate/schema-file";
import { pluginDir, terraform, terraformEnv } from "./terraform";

const AWS_FQPN = "registry.terraform.io/hashicorp/aws";
let cached: ProviderSchemaEntry | undefined;

export function awsProviderSchema(): ProviderSchemaEntry {
  if (cached) return cached;
  const dir = mkdtempSync(join(tmpdir(), "cluster-sg-aws-schema-"));
  try {
    writeFileSync(join(dir, "main.tf.json"), JSON.stringify({ terraform: { required_providers: { aws: { source: "hashicorp/aws", version: "5.100.0" } } } }));
    const mirror = pluginDir();
    terraform(dir, ["init", "-input=false", ...(mirror ? [`-plugin-dir=${mirror}`] : [])]);
    // The whole provider's schema is tens of megabytes of JSON.
    const json = execFileSync("terraform", ["providers", "schema", "-json"], { cwd: dir, env: terraformEnv(dir), encoding: "utf8", maxBuffer: 1 << 30 });
    cached = (JSON.parse(json) as { provider_schemas: Record<string, ProviderSchemaEntry> }).provider_schemas[AWS_FQPN];
    if (!cached) throw new Error(`terraform providers schema -json did not list ${AWS_FQPN}`);
    return cached;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
