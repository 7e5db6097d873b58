// Reads a Terraform HCL file (.tf: the generated modules and their examples) as Terraform JSON,
// the shape the schema checker takes. @cdktf/hcl2json is HashiCorp's HCL parser compiled to
// WebAssembly; it loads no cdktf.
import { parse } from "@cdktf/hcl2json";

type Blocks = Record<string, Record<string, unknown>>;

/**
 * The file's resource and data blocks. hcl2json wraps every block body in a list (a name may be
 * declared once per file); Terraform JSON, and the checker, have one object per name.
 */
export async function hclAsTfJson(file: string, text: string): Promise<{ resource?: Blocks; data?: Blocks }> {
  let json: Record<string, Record<string, Record<string, unknown[]>>>;
  try {
    json = (await parse(file, text)) as typeof json;
  } catch (e) {
    throw new Error(`${file}: not valid HCL: ${(e instanceof Error ? e.message : String(e)).split("\n")[0]}`);
  }
  const out: { resource?: Blocks; data?: Blocks } = {};
  for (const kind of ["resource", "data"] as const) {
    if (!json[kind]) continue;
    const blocks: Blocks = {};
    for (const [type, byName] of Object.entries(json[kind])) {
      blocks[type] = Object.fromEntries(Object.entries(byName).map(([name, bodies]) => [name, Array.isArray(bodies) ? bodies[0] : bodies]));
    }
    out[kind] = blocks;
  }
  return out;
}
