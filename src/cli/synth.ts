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
  // Under `cdktf synth` (or for HCL, which cdktf writes) the cdktf app synthesizes; otherwise the
  // JSON renderer writes the same files without loading cdktf (a test holds them byte-identical).
  const underCdktfCli = process.env.CDKTF_OUTDIR !== undefined;
  if (underCdktfCli || options.hcl) return synthWithCdktf(clusters, options, underCdktfCli);
  const { writeStacksJson } = require("../terraform-json/synth") as typeof import("../terraform-json/synth");
  let stacks: string[] = [];
  writeDirAtomically(options.out, "stacks", (tmp) => {
    stacks = writeStacksJson(clusters, tmp, { offline: options.offline });
  });
  return stacks;
}

function synthWithCdktf(clusters: readonly Cluster[], options: SynthOptions, underCdktfCli: boolean): string[] {
  // cdktf 0.21 stacks read HCL mode from this variable only, not from the App's hclOutput.
  if (options.hcl) process.env.SYNTH_HCL_OUTPUT = "true";
  const stacks: string[] = [];
  // cdktf and the provider bindings load only once the spec is valid: bad input fails fast.
  const { buildApp } = require("../cdktf/app") as typeof import("../cdktf/app");
  const run = (outdir: string | undefined) => {
    const app = buildApp(clusters, { outdir, offline: options.offline, hclOutput: options.hcl || undefined });
    app.synth();
    stacks.push(...app.node.children.map((c) => c.node.id));
  };
  // The cdktf CLI owns its output folder (the marker lets our own runs replace it later); on our
  // own we swap the folder in whole.
  if (underCdktfCli) {
    run(undefined);
    writeFileSync(join(process.env.CDKTF_OUTDIR!, OUTPUT_MARKER), markerText("stacks"));
  } else writeDirAtomically(options.out, "stacks", run);
  return stacks;
}
