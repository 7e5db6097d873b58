// Reads Terraform HCL (.tf: the generated modules and their examples) as Terraform JSON, the shape
// the schema checker and the flow checker take. @cdktf/hcl2json is HashiCorp's HCL parser compiled
// to WebAssembly; it loads no cdktf.
import { parse } from "@cdktf/hcl2json";

type Blocks = Record<string, Record<string, unknown>>;

/**
 * hcl2json's output as Terraform JSON: hcl2json wraps every block body in a list (a name may be
 * declared once per file); Terraform JSON has one object per name.
 */
export function unwrapHclJson(json: Record<string, Record<string, unknown>>): Record<string, Record<string, unknown>> {
  const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);
  return Object.fromEntries(
    Object.entries(json).map(([kind, blocks]) => [
      kind,
      kind === "resource" || kind === "data"
        ? Object.fromEntries(Object.entries(blocks).map(([type, byName]) => [type, Object.fromEntries(Object.entries(byName as Record<string, unknown>).map(([n, b]) => [n, one(b)]))]))
        : Object.fromEntries(Object.entries(blocks).map(([n, b]) => [n, one(b)])),
    ]),
  );
}

/** The file's resource and data blocks, or an error naming the file when it is not HCL. */
export async function hclAsTfJson(file: string, text: string): Promise<{ resource?: Blocks; data?: Blocks }> {
  let json: Record<string, Record<string, unknown>>;
  try {
    json = (await parse(file, text)) as typeof json;
  } catch (e) {
    throw new Error(`${file}: not valid HCL: ${(e instanceof Error ? e.message : String(e)).split("\n")[0]}`);
  }
  const { resource, data } = unwrapHclJson(json) as { resource?: Blocks; data?: Blocks };
  return { ...(resource ? { resource } : {}), ...(data ? { data } : {}) };
}
