// Groups that belong to the cluster itself rather than to an application tier. Their names are
// reserved in the spec and used as peer names in extra rules.
export const PLATFORM_TIERS = ["cluster", "control-plane", "node", "node-addon", "eni"] as const;
export type PlatformTier = (typeof PLATFORM_TIERS)[number];
