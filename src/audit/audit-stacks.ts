// Audits every stack a spec synthesizes, each with its cluster's suppressions; a suppression that
// matches nothing on any of its cluster's stacks is reported, so stale ones get cleaned up.
import type { Cluster } from "../spec/model";
import { stackName, targetsOf } from "../verify/cluster-context";
import { VerifyError } from "../verify/errors";
import type { TfJson } from "../verify/terraform-json";
import { StackAudit, auditStack } from "./audit-stack";
import { Suppression, describe, matches } from "./suppressions";

export interface ClusterAudit {
  readonly cluster: string;
  readonly stacks: readonly StackAudit[];
  readonly unusedSuppressions: readonly string[];
}

export type SuppressionsOf = (cluster: Cluster) => readonly Suppression[];

export function auditStacks(clusters: readonly Cluster[], docs: Readonly<Record<string, TfJson>>, suppressionsOf: SuppressionsOf = () => []): ClusterAudit[] {
  return clusters.map((cluster) => {
    const suppressions = suppressionsOf(cluster);
    const stacks = targetsOf(cluster).map((target) => {
      const name = stackName(cluster, target);
      const doc = docs[name];
      if (!doc) throw new VerifyError(`stack ${name} is missing; synthesize the spec first (npm run synth)`);
      return auditStack(doc, { cluster, target, suppressions });
    });
    const used = (s: Suppression) => stacks.some((a) => a.findings.some((f) => matches(s, f)));
    return { cluster: cluster.name, stacks, unusedSuppressions: suppressions.filter((s) => !used(s)).map(describe) };
  });
}
