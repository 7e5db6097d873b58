// Reads synthesized stacks from disk: a cdktf output folder (cdktf.out) or its stacks/ folder.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { TfJson } from "./terraform-json";
import { VerifyError } from "./errors";

export function readStackDocs(dir: string, names: readonly string[]): Record<string, TfJson> {
  const stacksDir = existsSync(join(dir, "stacks")) ? join(dir, "stacks") : dir;
  if (!existsSync(stacksDir)) throw new VerifyError(`${dir}: no such folder; pass the cdktf output folder (e.g. cdktf.out)`);
  const docs: Record<string, TfJson> = {};
  for (const name of names) {
    const file = join(stacksDir, name, "cdk.tf.json");
    if (!existsSync(file)) {
      const hcl = existsSync(join(stacksDir, name, "cdk.tf"));
      throw new VerifyError(`${file}: ${hcl ? "only HCL output (cdk.tf) is there; synthesize JSON without --hcl" : "missing; synthesize the spec into this folder first (npm run synth)"}`);
    }
    try {
      docs[name] = JSON.parse(readFileSync(file, "utf8"));
    } catch (e) {
      throw new VerifyError(`${file}: not valid JSON (${(e as Error).message})`);
    }
  }
  return docs;
}
