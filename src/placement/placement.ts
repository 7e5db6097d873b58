// Which interfaces a cluster has on each target and the groups each carries, with the source that
// says so. EKS: seed 003. CCE: seed 004 and the huaweicloud provider (cluster security_group_id,
// node pool security_groups / pod_security_groups, the SecurityGroup custom resource).
import type { Target } from "../flows/target";
import type { AppTier, Cluster } from "../spec/model";
import type { Citation, CloudGroup, Interface } from "./model";

const EKS_CONTROL_PLANE: Citation = { seed: "003", section: "1. クラスターSG + 2. コントロールプレーンSG: the EKS-managed control-plane ENIs carry the cluster SG and the additional (control-plane) SG" };
const EKS_NODE_POOL: Citation = { seed: "003", section: "3. ノードSG: node group EC2 nodes carry the node SGs given to them (cluster SG only when none is given); seed 000 Nodegroup Add-on / App Security Group" };
const EKS_FARGATE: Citation = { seed: "003", section: "1. クラスターSG: EKS on Fargate nodes carry the cluster SG" };
const EKS_PODS: Citation = { seed: "Amazon EKS User Guide", section: "Security groups for Pods: a SecurityGroupPolicy assigns the listed groups to the selected pods' branch ENIs" };
const CCE_CONTROL_PLANE: Citation = { seed: "004", section: "Master node security group ({cluster}-cce-control-{id}), created by CCE for the master nodes (Tables 2, 4, 6)" };
const CCE_NODE_POOL: Citation = { seed: "004", section: "Worker node security group (huaweicloud_cce_cluster security_group_id) plus the pool's huaweicloud_cce_node_pool security_groups" };
const CCE_DEFAULT_PODS: Citation = { seed: "004", section: "ENI security group, Table 7: by default, containers in a CCE Turbo cluster are bound to it" };
const CCE_TIER_PODS: Citation = { seed: "004", section: "ENI security group, Table 7, plus the tier's group (huaweicloud_cce_node_pool pod_security_groups or a SecurityGroup custom resource)" };
const TIER: Citation = { seed: "000", section: "the tier's own security group (Elastic Load Balancer / Database / Cache / VPC Endpoint / Bastion Instance Security Group)" };

/** Groups the cloud creates on a target: EKS's cluster SG; CCE's master group and (Turbo) ENI group. */
export function cloudGroupsOf(target: Target): CloudGroup[] {
  if (target.cloud === "aws") return [{ group: "cluster", role: "cluster", output: "cluster" }];
  return [
    { group: "control-plane", role: "control-plane", output: "control-plane" },
    ...(target.model === "turbo" ? [{ group: "eni", role: "eni", output: "eni" } as const] : []),
  ];
}

type NodeGroup = Cluster["nodeGroups"][number];

function appTiers(cluster: Cluster): AppTier[] {
  return cluster.tiers.filter((t): t is AppTier => t.kind === "app").sort((a, b) => a.name.localeCompare(b.name));
}

/** CCE Turbo: an app tier bound per workload (SecurityGroup custom resource) instead of per node pool. */
export function boundPerWorkload(tier: AppTier): boolean {
  return tier.pods?.cceBinding === "workload";
}

/**
 * CCE Turbo: a node pool's pod_security_groups, the ENI group first and then its app tiers bound
 * per node pool; empty when the pool's pods keep CCE's default (the ENI group alone).
 */
export function podGroupsOfPool(cluster: Cluster, pool: NodeGroup, target: Target): string[] {
  if (target.cloud !== "huawei" || target.model !== "turbo" || pool.role !== "app") return [];
  const perPool = pool.appTiers.filter((name) => {
    const tier = cluster.tiers.find((t) => t.name === name);
    return tier?.kind === "app" && !boundPerWorkload(tier);
  });
  return perPool.length > 0 ? ["eni", ...perPool] : [];
}

export function placementOf(cluster: Cluster, target: Target): { interfaces: Interface[]; cloudGroups: CloudGroup[] } {
  const aws = target.cloud === "aws";
  const turbo = target.cloud === "huawei" && target.model === "turbo";
  const pools = [...cluster.nodeGroups].sort((a, b) => a.name.localeCompare(b.name));
  const interfaces: Interface[] = [];
  interfaces.push({ id: "control-plane", kind: "control-plane", groups: aws ? ["cluster", "control-plane"] : ["control-plane"], seed: aws ? EKS_CONTROL_PLANE : CCE_CONTROL_PLANE });
  for (const pool of pools) {
    interfaces.push({
      id: `node-pool:${pool.name}`,
      kind: "node-pool",
      groups: ["node", ...(pool.role === "addon" ? ["node-addon"] : pool.appTiers)],
      seed: aws ? EKS_NODE_POOL : CCE_NODE_POOL,
    });
  }
  if (aws) interfaces.push({ id: "fargate", kind: "fargate", groups: ["cluster"], seed: EKS_FARGATE });
  if (aws && cluster.aws?.podSecurityGroups) {
    for (const tier of appTiers(cluster)) interfaces.push({ id: `pods:${tier.name}`, kind: "pods", groups: [tier.name], seed: EKS_PODS });
  }
  if (turbo) {
    interfaces.push({ id: "pods:default", kind: "pods", groups: ["eni"], seed: CCE_DEFAULT_PODS });
    for (const tier of appTiers(cluster)) {
      const groups = boundPerWorkload(tier) ? ["eni", tier.name] : poolPodGroups(cluster, pools, tier.name, target);
      if (groups.length > 0) interfaces.push({ id: `pods:${tier.name}`, kind: "pods", groups, seed: CCE_TIER_PODS });
    }
  }
  for (const tier of [...cluster.tiers].filter((t) => t.kind !== "app").sort((a, b) => a.name.localeCompare(b.name))) {
    interfaces.push({ id: `tier:${tier.name}`, kind: "tier", groups: [tier.name], seed: TIER });
  }
  return { interfaces, cloudGroups: cloudGroupsOf(target) };
}

/** The groups a tier's pods carry through the pools it runs on (union, ENI group first). */
function poolPodGroups(cluster: Cluster, pools: readonly NodeGroup[], tier: string, target: Target): string[] {
  const groups = new Set<string>();
  for (const pool of pools.filter((p) => p.appTiers.includes(tier))) for (const g of podGroupsOfPool(cluster, pool, target)) groups.add(g);
  const tiers = [...groups].filter((g) => g !== "eni").sort((a, b) => a.localeCompare(b));
  return groups.size > 0 ? ["eni", ...tiers] : [];
}
