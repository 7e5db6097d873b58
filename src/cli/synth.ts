// `synth`: resolved clusters in, cdktf output (cdktf.out/stacks/<stack>/cdk.tf.json or .tf) out, all or nothing.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Cluster } from "../spec/model";
import { OUTPUT_MARKER, markerText, writeDirAtomically } from "./atomic-dir";

export const DEFAULT_SPEC = "examples/reference.yaml";

export interface SynthOptions {
  readonly out: string;
  readonly offline: boolean;
  readonly hcl: boolean;
}

export function synthClusters(clusters: readonly Cluster[], options: SynthOptions): string[] {
  // Under `cdktf synth` the cdktf app synthesizes; otherwise the JSON renderer writes the same files
  // without loading cdktf (a test holds them byte-identical). HCL (`--hcl`, or `cdktf synth --hcl`,
  // which says so in SYNTH_HCL_OUTPUT) is the JSON stacks rewritten by our own HCL writer.
  const underCdktfCli = process.env.CDKTF_OUTDIR !== undefined;
  const hcl = options.hcl || ["true", "1"].includes(process.env.SYNTH_HCL_OUTPUT ?? "");
  const { rewriteStacksAsHcl } = require("../terraform-json/hcl-stacks") as typeof import("../terraform-json/hcl-stacks");
  if (underCdktfCli) return synthWithCdktf(clusters, options, hcl ? rewriteStacksAsHcl : () => undefined);
  const { writeStacksJson } = require("../terraform-json/synth") as typeof import("../terraform-json/synth");
  let stacks: string[] = [];
  writeDirAtomically(options.out, "stacks", (tmp) => {
    stacks = writeStacksJson(clusters, tmp, { offline: options.offline });
    if (hcl) rewriteStacksAsHcl(tmp);
  });
  return stacks;
}

function synthWithCdktf(clusters: readonly Cluster[], options: SynthOptions, finish: (outdir: string) => void): string[] {
  // cdktf writes JSON; its own HCL renderer is not fmt-clean and would not share our escaping.
  process.env.SYNTH_HCL_OUTPUT = "false";
  // cdktf and the provider bindings load only once the spec is valid: bad input fails fast.
  const { buildApp } = require("../cdktf/app") as typeof import("../cdktf/app");
  // The cdktf CLI owns its output folder (CDKTF_OUTDIR); the marker lets our own runs replace it later.
  const app = buildApp(clusters, { offline: options.offline });
  app.synth();
  finish(app.outdir);
  writeFileSync(join(app.outdir, OUTPUT_MARKER), markerText("stacks"));
  return app.node.children.map((c) => c.node.id);
}
