// The outputs of a stack or module: every group ID, and which groups attach where (seed 003 for
// EKS; huaweicloud_cce_cluster and node pools for CCE).
import type { NetworkModelName } from "../spec/schema";
import type { Cluster } from "../spec/model";
import type { AwsSpelled } from "./aws";
import type { CceSpelled } from "./cce";
import { CONTAINER_NETWORK_TYPE, ccePoolGroups } from "./cce-attachments";
import type { Placement } from "../placement";

export interface OutputBlock {
  readonly name: string;
  readonly value: unknown;
  readonly description: string;
}

function groupIdOutputs(plan: readonly { tier: string; role: string; created?: boolean }[], ids: Readonly<Record<string, string>>): OutputBlock[] {
  return plan.map((g) => ({
    name: `${g.tier.replace(/-/g, "_")}_security_group_id`,
    value: ids[g.tier],
    description: `ID of the ${g.tier} security group (role ${g.role})${g.created === false ? ", created by EKS" : ""}`,
  }));
}

/**
 * What every stack and module tells its readers about placement: interface id -> group IDs in the
 * order the interface carries them, and the IDs of the groups the cloud created.
 */
function placementOutputs(placement: Placement, ids: Readonly<Record<string, string>>): OutputBlock[] {
  return [
    {
      name: "placement",
      value: Object.fromEntries(placement.interfaces.map((i) => [i.id, i.groups.map((g) => ids[g])])),
      description: "Per interface (control plane, node pools, pods, tiers): the security group IDs it carries, in order",
    },
    {
      name: "cloud_security_group_ids",
      value: Object.fromEntries(placement.cloudGroups.map((g) => [g.output, ids[g.group]])),
      description: "IDs of the security groups the cloud created (referenced, never created here), by role",
    },
  ];
}

export function eksOutputs(spelled: AwsSpelled): OutputBlock[] {
  const ids = spelled.groupIds;
  const a = spelled.attachments;
  const toIds = (tiers: string[]) => tiers.map((t) => ids[t]);
  return [
    ...groupIdOutputs(spelled.plan, ids),
    {
      name: "control_plane_security_group_ids",
      value: toIds(a.controlPlaneEnis),
      description: "aws_eks_cluster vpc_config.security_group_ids: the control-plane ENIs get these plus the EKS cluster SG",
    },
    {
      name: "node_group_security_group_ids",
      value: Object.fromEntries(Object.entries(a.nodeGroups).map(([name, tiers]) => [name, toIds(tiers)])),
      description: "Per node group: launch template vpc_security_group_ids for managed or self-managed nodes",
    },
    {
      name: "fargate_pod_security_group_ids",
      value: toIds(a.fargatePods),
      description: "Fargate pods carry the EKS cluster SG only (EKS attaches it)",
    },
    ...placementOutputs(spelled.placement, ids),
  ];
}

export function cceOutputs(cluster: Cluster, model: NetworkModelName, spelled: CceSpelled): OutputBlock[] {
  const ids = spelled.groupIds;
  const pools = ccePoolGroups(cluster, spelled.plan);
  return [
    ...groupIdOutputs(spelled.plan, ids),
    {
      name: "cce_cluster_security_group_id",
      value: ids.node,
      description: "huaweicloud_cce_cluster security_group_id: the worker node security group",
    },
    {
      name: "container_network_type",
      value: CONTAINER_NETWORK_TYPE[model],
      description: `huaweicloud_cce_cluster container_network_type for the ${model} network model`,
    },
    {
      name: "node_pool_security_group_ids",
      value: Object.fromEntries(Object.entries(pools).map(([n, tiers]) => [n, tiers.map((t) => ids[t])])),
      description: "Per node group: huaweicloud_cce_node_pool security_groups (worker node group plus app tier groups)",
    },
    ...placementOutputs(spelled.placement, ids),
  ];
}
