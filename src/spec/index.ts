export * from "./errors";
export * from "./load";
export * from "./model";
export * from "./platform-tiers";
export type { TopologySpec, ClusterSpec, TierSpec, TierKind, ExtraRuleSpec, ProfileName, NetworkModelName } from "./schema";
