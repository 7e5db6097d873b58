// `--hcl`: stacks as HCL (stacks/<stack>/cdk.tf) written by the project's own HCL writer, which
// `terraform fmt` leaves unchanged and which writes spec text as literals. Both ways to synthesize
// (our JSON renderer, and cdktf under `cdktf synth --hcl`) first write the JSON stacks, then this
// rewrites the folder in place, so both give the same files. The layout is cdktf's HCL layout: the
// manifest points at cdk.tf, and metadata.json holds the "//" metadata HCL has no place for.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import stringify from "json-stable-stringify";
import { Json, block } from "../modules/hcl";
import { blocksOf } from "../modules/files";
import type { TerraformJson } from "./document";

interface ManifestStack {
  synthesizedStackPath: string;
  stackMetadataPath: string;
  [key: string]: unknown;
}

/** One stack's configuration as HCL: terraform, provider, variable, data, resource and output blocks. */
export function stackHcl(doc: TerraformJson): string {
  const parts: string[] = [];
  if (doc.terraform) parts.push(block(["terraform"], doc.terraform as Record<string, Json>));
  for (const [name, configs] of Object.entries(doc.provider ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))) {
    for (const config of configs) parts.push(block(["provider", name], config as Record<string, Json>));
  }
  // A variable's type is a type expression in HCL, not a string.
  for (const [name, v] of Object.entries(doc.variable ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const { type, ...rest } = v as Record<string, Json>;
    parts.push(block(["variable", name], { ...(type === undefined ? {} : { type: `\${${type}}` }), ...rest }));
  }
  parts.push(...blocksOf("data", doc.data as never), ...blocksOf("resource", doc.resource as never));
  for (const name of Object.keys(doc.output ?? {}).sort()) {
    const o = doc.output![name];
    parts.push(block(["output", name], { description: o.description, value: o.value as Json }));
  }
  return parts.join("\n");
}

/** What HCL cannot hold: the stack's and every block's "//" metadata, and the terraform block. */
export function stackMetadata(doc: TerraformJson): Record<string, unknown> {
  const meta: Record<string, unknown> = { "//": doc["//"] };
  for (const section of ["data", "resource"] as const) {
    const blocks = doc[section];
    if (!blocks) continue;
    meta[section] = Object.fromEntries(
      Object.entries(blocks).map(([type, byName]) => [type, Object.fromEntries(Object.entries(byName).map(([n, b]) => [n, { "//": b["//"] }]))]),
    );
  }
  meta.terraform = doc.terraform;
  return meta;
}

/** Rewrites a synthesized output folder (manifest.json, stacks/<stack>/cdk.tf.json) as HCL. */
export function rewriteStacksAsHcl(outdir: string): void {
  const manifestFile = join(outdir, "manifest.json");
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as { stacks: Record<string, ManifestStack> };
  for (const stack of Object.values(manifest.stacks)) {
    const jsonFile = join(outdir, stack.synthesizedStackPath);
    const doc = JSON.parse(readFileSync(jsonFile, "utf8")) as TerraformJson;
    const hclPath = stack.synthesizedStackPath.replace(/\.tf\.json$/, ".tf");
    writeFileSync(join(outdir, hclPath), stackHcl(doc));
    writeFileSync(join(outdir, stack.stackMetadataPath), stringify(stackMetadata(doc), { space: 2 }) as string);
    rmSync(jsonFile);
    stack.synthesizedStackPath = hclPath;
  }
  writeFileSync(manifestFile, stringify(manifest, { space: 2 }) as string);
}
