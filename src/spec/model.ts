// The validated, defaults-resolved model the policy core works from.
import type { ClusterSpec, TierSpec } from "./schema";

export type Tier = TierSpec;
export type AppTier = Extract<TierSpec, { kind: "app" }>;
export type DatabaseTier = Extract<TierSpec, { kind: "database" }> & { clients: string[] };
export type CacheTier = Extract<TierSpec, { kind: "cache" }> & { clients: string[] };
export type LoadBalancerTier = Extract<TierSpec, { kind: "load-balancer" }> & { targets: string[] };

export interface Cluster extends Omit<ClusterSpec, "egress" | "tiers" | "nodeGroups"> {
  /** Where this cluster sits in the spec, for error messages ("clusters[0]"). */
  readonly specPath: string;
  /** The spec file it came from (unset for a spec built in TypeScript), for errors found later. */
  readonly specFile?: string;
  readonly egress: "open" | "restricted";
  readonly tiers: Tier[];
  readonly nodeGroups: Array<{ name: string; role: "addon" | "app"; appTiers: string[] }>;
}

export function tiersOfKind<K extends Tier["kind"]>(cluster: Cluster, kind: K): Array<Extract<Tier, { kind: K }>> {
  return cluster.tiers.filter((t): t is Extract<Tier, { kind: K }> => t.kind === kind);
}

/** A CIDR only CCE uses; the spec checks guarantee it whenever the cluster has a huawei: section. */
export function cceCidr(cluster: Pick<Cluster, "name" | "network">, field: "podCidr" | "serviceCidr" | "controlPlaneCidr"): string {
  const value = cluster.network[field];
  if (value === undefined) throw new Error(`cluster ${cluster.name} has no network.${field}; only CCE targets use it`);
  return value;
}

/** The cluster's own address blocks that the spec gives (the CCE-only ones may be absent). */
export function networkCidrs(cluster: Pick<Cluster, "network">): string[] {
  const n = cluster.network;
  return [...n.vpcCidrs, ...[n.podCidr, n.serviceCidr, n.controlPlaneCidr].filter((x): x is string => x !== undefined)];
}
