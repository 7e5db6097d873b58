// Synthesizes a spec in-process into a scratch folder and reads the stacks back, so `cluster-sg
// verify` checks exactly what `npm run synth` would write. Lives in src/cli because it needs cdktf.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Cluster } from "../spec/model";
import { stackName, targetsOf } from "../verify/cluster-context";
import { readStackDocs } from "../verify/stack-files";
import type { TfJson } from "../verify/terraform-json";

export function synthesizeStacks(clusters: readonly Cluster[]): Record<string, TfJson> {
  // cdktf and the provider bindings load only when a command synthesizes: --stacks runs skip them.
  const { buildApp } = require("../cdktf/app") as typeof import("../cdktf/app");
  const outdir = mkdtempSync(join(tmpdir(), "cluster-sg-verify-"));
  try {
    buildApp(clusters, { outdir }).synth();
    return readStackDocs(outdir, stackNames(clusters));
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

export function stackNames(clusters: readonly Cluster[]): string[] {
  return clusters.flatMap((c) => targetsOf(c).map((t) => stackName(c, t)));
}
