// Reads HCL files back as Terraform JSON (cdk.tf.json shape) with @cdktf/hcl2json, so the
// huaweicloud schema validator can check generated modules and examples.
import { readFileSync } from "node:fs";
import { parse } from "@cdktf/hcl2json";

type Blocks = Record<string, Record<string, unknown>>;

/** hcl2json wraps every block in a list; the validator expects one object per name. */
export async function hclAsTfJson(file: string): Promise<{ resource?: Blocks; data?: Blocks; [k: string]: unknown }> {
  const json = (await parse(file, readFileSync(file, "utf8"))) as Record<string, Record<string, Record<string, unknown[]>>>;
  const out: Record<string, Blocks> = {};
  for (const kind of ["resource", "data"]) {
    if (!json[kind]) continue;
    out[kind] = {};
    for (const [type, byName] of Object.entries(json[kind])) {
      out[kind][type] = Object.fromEntries(Object.entries(byName).map(([name, list]) => [name, list[0]]));
    }
  }
  return out;
}
