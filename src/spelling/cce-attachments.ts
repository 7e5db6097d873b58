// How CCE uses the groups: huaweicloud_cce_cluster takes the node group as security_group_id and
// the network model as container_network_type; node pools take extra groups for their app tiers.
import type { NetworkModelName } from "../spec/schema";
import type { Cluster } from "../spec/model";
import type { HuaweiGroupPlan } from "../rules/huawei";

export const CONTAINER_NETWORK_TYPE: Record<NetworkModelName, string> = {
  vpc: "vpc-router",
  tunnel: "overlay_l2",
  turbo: "eni",
};

export function ccePoolGroups(cluster: Cluster, plan: readonly HuaweiGroupPlan[]): Record<string, string[]> {
  const has = (tier: string) => plan.some((g) => g.tier === tier);
  const pools: Record<string, string[]> = {};
  for (const ng of [...cluster.nodeGroups].sort((a, b) => a.name.localeCompare(b.name))) {
    pools[ng.name] = ["node", ...ng.appTiers].filter(has);
  }
  return pools;
}
