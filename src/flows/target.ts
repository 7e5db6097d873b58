// Which cloud (and CCE network model) a set of flows is built for, and the groups that exist there.
import type { NetworkModelName } from "../spec/schema";
import type { Cluster } from "../spec/model";
import type { Endpoint, GroupRole } from "./flow";

export type Target = { readonly cloud: "aws" } | { readonly cloud: "huawei"; readonly model: NetworkModelName };

export type Group = Extract<Endpoint, { kind: "group" }>;

const TIER_ROLE: Record<Cluster["tiers"][number]["kind"], GroupRole> = {
  "load-balancer": "load-balancer",
  app: "node-app",
  database: "database",
  cache: "cache",
  "vpc-endpoint": "vpc-endpoint",
  bastion: "bastion",
};

export function roleOfTierKind(kind: Cluster["tiers"][number]["kind"]): GroupRole {
  return TIER_ROLE[kind];
}

/**
 * The security groups a cluster has on a target, platform groups first, then tiers in name order.
 * Both clouds have a node-addon group when a node group runs add-ons (its own pool on CCE).
 */
export function groupsOf(cluster: Cluster, target: Target): Group[] {
  const addon = cluster.nodeGroups.some((g) => g.role === "addon") ? ["node-addon" as const] : [];
  const platform: GroupRole[] =
    target.cloud === "aws"
      ? ["cluster", "control-plane", "node", ...addon]
      : ["control-plane", "node", ...addon, ...(target.model === "turbo" ? ["eni" as const] : [])];
  const tiers = [...cluster.tiers]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((t): Group => ({ kind: "group", tier: t.name, role: TIER_ROLE[t.kind] }));
  return [...platform.map((role): Group => ({ kind: "group", tier: role, role })), ...tiers];
}

/** The groups a catalog row about `role` lands on (seed 000's add-on rows: the node-addon group only). */
export function groupsForRole(groups: readonly Group[], role: GroupRole): Group[] {
  return groups.filter((g) => g.role === role);
}

export function targetName(target: Target): string {
  return target.cloud === "aws" ? "aws-eks" : `cce-${target.model}`;
}
