// The outputs of a stack or module: every group ID, and which groups attach where (seed 003 for
// EKS; huaweicloud_cce_cluster and node pools for CCE).
import type { NetworkModelName } from "../spec/schema";
import type { Cluster } from "../spec/model";
import type { AwsSpelled } from "./aws";
import type { CceSpelled } from "./cce";
import { CONTAINER_NETWORK_TYPE } from "./cce-attachments";
import { Placement, podGroupsOfPool } from "../placement";
import type { Expressions } from "./expressions";
import { podManifestItems } from "./pod-manifests";

export interface OutputBlock {
  readonly name: string;
  readonly value: unknown;
  readonly description: string;
}

function groupIdOutputs(plan: readonly { tier: string; role: string; created?: boolean }[], ids: Readonly<Record<string, string>>, cloud: "EKS" | "CCE"): OutputBlock[] {
  return plan.map((g) => ({
    name: `${g.tier.replace(/-/g, "_")}_security_group_id`,
    value: ids[g.tier],
    description: `ID of the ${g.tier} security group (role ${g.role})${g.created === false ? `, created by ${cloud}` : ""}`,
  }));
}

/** Per node pool interface: the groups its nodes carry. */
function nodePoolGroups(placement: Placement, ids: Readonly<Record<string, string>>): Record<string, string[]> {
  return Object.fromEntries(
    placement.interfaces.filter((i) => i.kind === "node-pool").map((i) => [i.id.slice("node-pool:".length), i.groups.map((g) => ids[g])]),
  );
}

function manifestOutput(items: Record<string, unknown>[], x: Expressions, what: string): OutputBlock[] {
  if (items.length === 0) return [];
  return [{
    name: "pod_security_group_manifests",
    value: x.yamlencode({ apiVersion: "v1", kind: "List", items }),
    description: `${what}; apply with: terraform output -raw pod_security_group_manifests | kubectl apply -f -`,
  }];
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

export function eksOutputs(spelled: AwsSpelled, cluster: Cluster, x: Expressions): OutputBlock[] {
  const ids = spelled.groupIds;
  const a = spelled.attachments;
  const toIds = (tiers: string[]) => tiers.map((t) => ids[t]);
  return [
    ...groupIdOutputs(spelled.plan, ids, "EKS"),
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
    ...manifestOutput(podManifestItems(cluster, "aws", spelled.placement, ids), x, "SecurityGroupPolicy objects that give each app tier's pods its group (security groups for pods)"),
  ];
}

export function cceOutputs(cluster: Cluster, model: NetworkModelName, spelled: CceSpelled, x: Expressions): OutputBlock[] {
  const ids = spelled.groupIds;
  const target = { cloud: "huawei", model } as const;
  const podGroups = [...cluster.nodeGroups]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((pool) => [pool.name, podGroupsOfPool(cluster, pool, target).map((g) => ids[g])] as const)
    .filter(([, groups]) => groups.length > 0);
  return [
    ...groupIdOutputs(spelled.plan, ids, "CCE"),
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
      value: nodePoolGroups(spelled.placement, ids),
      description: "Per node group: huaweicloud_cce_node_pool security_groups (worker node group plus the add-on group or the app tier groups)",
    },
    ...(model === "turbo"
      ? [{
        name: "node_pool_pod_security_group_ids",
        value: Object.fromEntries(podGroups),
        description: "CCE Turbo, per app node group: huaweicloud_cce_node_pool pod_security_groups (the ENI group plus the app tier groups its pods carry)",
      }]
      : []),
    ...placementOutputs(spelled.placement, ids),
    ...manifestOutput(podManifestItems(cluster, "huawei", spelled.placement, ids), x, "CCE SecurityGroup objects that bind the ENI group and each app tier's group to its pods (tiers with pods.cceBinding: workload)"),
  ];
}
