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
  readonly egress: "open" | "restricted";
  readonly tiers: Tier[];
  readonly nodeGroups: Array<{ name: string; role: "addon" | "app"; appTiers: string[] }>;
}

export function tiersOfKind<K extends Tier["kind"]>(cluster: Cluster, kind: K): Array<Extract<Tier, { kind: K }>> {
  return cluster.tiers.filter((t): t is Extract<Tier, { kind: K }> => t.kind === kind);
}
