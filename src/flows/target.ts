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

/** The security groups a cluster has on a target, platform groups first, then tiers in name order. */
export function groupsOf(cluster: Cluster, target: Target): Group[] {
  const platform: GroupRole[] =
    target.cloud === "aws"
      ? ["cluster", "control-plane", "node", ...(cluster.nodeGroups.some((g) => g.role === "addon") ? ["node-addon" as const] : [])]
      : ["control-plane", "node", ...(target.model === "turbo" ? ["eni" as const] : [])];
  const tiers = [...cluster.tiers]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((t): Group => ({ kind: "group", tier: t.name, role: TIER_ROLE[t.kind] }));
  return [...platform.map((role): Group => ({ kind: "group", tier: role, role })), ...tiers];
}

/**
 * CCE has one node group per cluster for add-ons and apps alike, so seed rows about the add-on
 * node group land on it.
 */
export function groupsForRole(groups: readonly Group[], role: GroupRole, target: Target): Group[] {
  const wanted = target.cloud === "huawei" && role === "node-addon" ? "node" : role;
  return groups.filter((g) => g.role === wanted);
}

export function targetName(target: Target): string {
  return target.cloud === "aws" ? "aws-eks" : `cce-${target.model}`;
}
