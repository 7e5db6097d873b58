// CCE Turbo: the `placement` output says which groups a tier's pods carry, but what binds them is
// another output the user wires in: per node pool, `node_pool_pod_security_group_ids` (the pools'
// pod_security_groups); per workload, the SecurityGroup objects of `pod_security_group_manifests`.
// A pods interface whose groups no binding gives is a claim nothing makes true.
import type { Target } from "../flows/target";
import { boundPerWorkload } from "../placement/placement";
import type { AppTier, Cluster } from "../spec/model";
import type { SgStack } from "./model";
import type { TfJson } from "./terraform-json";

export const POOL_BINDING_OUTPUT = "node_pool_pod_security_group_ids";
export const WORKLOAD_BINDING_OUTPUT = "pod_security_group_manifests";

export function podBindingProblems(cluster: Cluster, target: Target, doc: TfJson, stack: SgStack): string[] {
  if (target.cloud !== "huawei" || target.model !== "turbo") return [];
  const placement = (doc.output?.placement?.value ?? {}) as Record<string, unknown>;
  const groupIds = new Map(stack.interfaces.map((i) => [i.id, i.groups]));
  const problems: string[] = [];
  for (const tier of cluster.tiers.filter((t): t is AppTier => t.kind === "app")) {
    const id = `pods:${tier.name}`;
    const carried = groupIds.get(id);
    if (!carried) continue;
    const written = (Array.isArray(placement[id]) ? placement[id] : []) as unknown[];
    if (boundPerWorkload(tier)) {
      const manifests = doc.output?.[WORKLOAD_BINDING_OUTPUT]?.value;
      const text = typeof manifests === "string" ? manifests : JSON.stringify(manifests ?? "");
      const missing = written.filter((g) => !text.includes(referenceText(g)));
      if (manifests === undefined) problems.push(`${id}: no ${WORKLOAD_BINDING_OUTPUT} output binds its groups to the pods`);
      else if (missing.length) problems.push(`${id}: ${WORKLOAD_BINDING_OUTPUT} does not bind ${missing.map(String).join(", ")}`);
      continue;
    }
    const pools = cluster.nodeGroups.filter((g) => g.role === "app" && g.appTiers.includes(tier.name)).map((g) => g.name);
    const binding = doc.output?.[POOL_BINDING_OUTPUT]?.value as Record<string, unknown> | undefined;
    if (!binding || typeof binding !== "object") {
      problems.push(`${id}: no ${POOL_BINDING_OUTPUT} output binds its groups to the pods of node pools ${pools.join(", ")}`);
      continue;
    }
    // Each pool running the tier binds at least the tier's own group; together they bind every
    // group the pods interface lists (a tier on several pools carries the union).
    const own = written.filter((g) => stack.groups.find((x) => x.id === resolvedOf(g, carried, written))?.tier === tier.name);
    const union = new Set<unknown>();
    for (const pool of pools) {
      const bound = new Set((Array.isArray(binding[pool]) ? binding[pool] : []) as unknown[]);
      for (const g of bound) union.add(g);
      const missing = own.filter((g) => !bound.has(g));
      if (missing.length) problems.push(`${id}: ${POOL_BINDING_OUTPUT}.${pool} does not bind ${missing.map(String).join(", ")}`);
    }
    const unbound = written.filter((g) => !union.has(g));
    if (unbound.length && pools.length) problems.push(`${id}: no pool in ${POOL_BINDING_OUTPUT} binds ${unbound.map(String).join(", ")}`);
  }
  return problems;
}

/** The group ID the checker resolved for a value as the placement output writes it (same position). */
function resolvedOf(value: unknown, carried: readonly string[], written: readonly unknown[]): string | undefined {
  return carried[written.indexOf(value)];
}

/** "${huaweicloud_networking_secgroup.web.id}" -> "huaweicloud_networking_secgroup.web.id", as an expression names it. */
function referenceText(value: unknown): string {
  const text = String(value);
  const m = /^\$\{(.*)\}$/.exec(text);
  return m ? m[1] : text;
}
