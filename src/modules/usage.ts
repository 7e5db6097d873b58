// Example calls of a generated module, with the values of the spec it was generated from: the
// README's usage block and examples/basic (which also wires the outputs into a cluster).
import { type Cluster, cceCidr } from "../spec/model";
import { bindableSettings } from "../flows/bindings";
import { Json, block } from "./hcl";
import { literal, literalJson } from "../spelling/literal";
import type { ModuleVariable, Rendering } from "./variables";
import { podGroupsOfPool } from "../placement";

function placementOutput(call: string): string {
  return block(["output", "placement"], {
    description: "Per interface (control plane, node pools, pods, tiers): the security group IDs it carries",
    value: `\${module.${call}.placement}`,
  });
}

function manifestsOutput(call: string): string {
  return block(["output", "pod_security_group_manifests"], {
    description: "Apply with: terraform output -raw pod_security_group_manifests | kubectl apply -f -",
    value: `\${module.${call}.pod_security_group_manifests}`,
  });
}

export const MODULE_CALL_NAME: Record<Rendering["cloud"], string> = { aws: "eks_sg", huawei: "cce_sg" };

/**
 * Arguments for every required variable and every list the spec fills (lists default to none), as
 * the spec has them: the writers below turn them into literals.
 */
export function exampleArguments(cluster: Cluster, rendering: Rendering, variables: readonly ModuleVariable[]): Record<string, Json> {
  const values: Record<string, Json> = {
    cluster_name: cluster.name,
    vpc_id: cluster.aws?.vpcId ?? "vpc-0123456789abcdef0",
    cluster_primary_security_group_id: cluster.aws?.clusterSecurityGroupId ?? "sg-0123456789abcdef0",
  };
  for (const s of bindableSettings(cluster)) values[s.variable] = (Array.isArray(s.value) ? [...s.value] : s.value) as Json;
  const args: Record<string, Json> = {};
  for (const v of variables) {
    const value = values[v.name];
    const listFilled = v.type === "list(string)" && Array.isArray(value) && value.length > 0 && JSON.stringify(value) !== JSON.stringify(v.default);
    if (value !== undefined && (v.default === undefined || listFilled)) args[v.name] = value;
  }
  const tags = rendering.cloud === "aws" ? cluster.aws?.tags : cluster.huawei?.tags;
  if (tags && Object.keys(tags).length > 0) args.tags = tags;
  return args;
}

/**
 * CCE creates its master group (and, Turbo, its ENI group) with the cluster: the module takes their
 * IDs, and a root module passes them in as its own variables (known once the cluster exists).
 */
export function cloudGroupArguments(cluster: Cluster, rendering: Rendering): Record<string, Json> {
  if (rendering.cloud !== "huawei") return {};
  return {
    control_plane_security_group_id: specIdOr(cluster.huawei?.controlPlaneSecurityGroupId, "${var.control_plane_security_group_id}"),
    ...(rendering.model === "turbo" ? { eni_security_group_id: specIdOr(cluster.huawei?.eniSecurityGroupId, "${var.eni_security_group_id}") } : {}),
  };
}

/** A spec value as a literal, or else the root module's own variable (a live expression). */
const specIdOr = (id: string | undefined, variable: string): string => (id === undefined ? variable : literal(id));

/** `args` hold spec values (written as literals); `live` holds expressions the project builds. */
export function usageBlock(name: string, source: string, args: Record<string, Json>, live: Record<string, Json> = {}): string {
  return block(["module", name], { source, ...literalJson(args), ...live });
}

export function exampleMain(cluster: Cluster, rendering: Rendering, args: Record<string, Json>): string {
  const call = MODULE_CALL_NAME[rendering.cloud];
  const parts: string[] = [];
  if (rendering.cloud === "aws") {
    parts.push("# Region and credentials come from the environment (AWS_REGION, AWS_PROFILE, ...).\n" + block(["provider", "aws"], {}));
    parts.push(...awsConsumers(cluster, call));
    // The EKS-created group exists once the cluster does: the module takes it from aws_eks_cluster
    // (groups first, then the cluster takes the module's control-plane groups; no cycle).
    const { cluster_primary_security_group_id: _specId, ...given } = args;
    parts.push(usageBlock(call, "../..", given, { cluster_primary_security_group_id: "${aws_eks_cluster.this.vpc_config[0].cluster_security_group_id}" }));
    parts.push(block(["output", "node_group_security_group_ids"], {
      description: "Launch template vpc_security_group_ids per node group",
      value: `\${module.${call}.node_group_security_group_ids}`,
    }));
    parts.push(block(["output", "control_plane_security_group_ids"], {
      description: "aws_eks_cluster vpc_config.security_group_ids",
      value: `\${module.${call}.control_plane_security_group_ids}`,
    }));
    parts.push(placementOutput(call));
    if (cluster.aws?.podSecurityGroups) parts.push(manifestsOutput(call));
    return parts.join("\n");
  }
  parts.push("# Region and credentials come from the environment (HW_REGION_NAME, HW_ACCESS_KEY, HW_SECRET_KEY).\n" + block(["provider", "huaweicloud"], {}));
  parts.push(block(["variable", "vpc_id"], { type: "${string}", description: "VPC of the cluster" }));
  parts.push(block(["variable", "subnet_id"], { type: "${string}", description: "Subnet of the cluster nodes" }));
  if (rendering.model === "turbo") parts.push(block(["variable", "eni_subnet_id"], { type: "${string}", description: "IPv4 subnet ID of the subnet where pod ENIs are created" }));
  const cloudGroups = cloudGroupArguments(cluster, rendering);
  if (!cluster.huawei?.controlPlaneSecurityGroupId) {
    parts.push(block(["variable", "control_plane_security_group_id"], { type: "${string}", description: "ID of the master node group CCE created ({cluster}-cce-control-{id}), once the cluster exists" }));
  }
  if (rendering.model === "turbo" && !cluster.huawei?.eniSecurityGroupId) {
    parts.push(block(["variable", "eni_security_group_id"], { type: "${string}", description: "ID of the ENI group CCE Turbo created ({cluster}-cce-eni-{id}), once the cluster exists" }));
  }
  parts.push(usageBlock(call, "../..", args, cloudGroups));
  const clusterArgs: Record<string, Json> = {
    name: literal(cluster.name),
    flavor_id: "cce.s2.small",
    vpc_id: "${var.vpc_id}",
    subnet_id: "${var.subnet_id}",
    container_network_type: `\${module.${call}.container_network_type}`,
    service_network_cidr: literal(cceCidr(cluster, "serviceCidr")),
    security_group_id: `\${module.${call}.cce_cluster_security_group_id}`,
  };
  if (rendering.model === "turbo") clusterArgs.eni_subnet_id = "${var.eni_subnet_id}";
  else clusterArgs.container_network_cidr = literal(cceCidr(cluster, "podCidr"));
  const clusterResource = cluster.name.replace(/-/g, "_");
  parts.push("# The node group goes on the cluster; each node pool carries the groups its placement lists.\n" + block(["resource", "huaweicloud_cce_cluster", clusterResource], clusterArgs));
  for (const pool of [...cluster.nodeGroups].sort((a, b) => a.name.localeCompare(b.name))) {
    const podGroups = podGroupsOfPool(cluster, pool, { cloud: "huawei", model: rendering.model }).length > 0;
    parts.push(
      (podGroups ? "# Turbo: the pool's pods carry the ENI group and its app tiers' groups (pod_security_groups, ForceNew).\n" : "") +
        block(["resource", "huaweicloud_cce_node_pool", pool.name.replace(/-/g, "_")], {
          cluster_id: `\${huaweicloud_cce_cluster.${clusterResource}.id}`,
          name: literal(pool.name),
          flavor_id: "c7.large.2",
          initial_node_count: 2,
          security_groups: `\${module.${call}.node_pool_security_group_ids["${pool.name}"]}`,
          ...(podGroups ? { pod_security_groups: `\${module.${call}.node_pool_pod_security_group_ids["${pool.name}"]}` } : {}),
          root_volume: { size: 40, volumetype: "SSD" },
          data_volumes: { size: 100, volumetype: "SSD" },
        }),
    );
  }
  parts.push(placementOutput(call));
  if (cluster.tiers.some((t) => t.kind === "app" && t.pods?.cceBinding === "workload") && rendering.model === "turbo") parts.push(manifestsOutput(call));
  return parts.join("\n");
}

const awsName = (name: string) => name.replace(/-/g, "_");

/**
 * The module's real consumers on EKS: the cluster (vpc_config.security_group_ids) and, per node
 * group, a launch template with the groups its placement lists, used by a managed node group.
 */
function awsConsumers(cluster: Cluster, call: string): string[] {
  const parts = [
    block(["variable", "subnet_ids"], { type: "${list(string)}", description: "Subnets of the cluster and its nodes", default: ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"] }),
    block(["variable", "cluster_role_arn"], { type: "${string}", description: "IAM role of the EKS cluster", default: "arn:aws:iam::123456789012:role/eks-cluster" }),
    block(["variable", "node_role_arn"], { type: "${string}", description: "IAM role of the managed node groups", default: "arn:aws:iam::123456789012:role/eks-node" }),
    "# The control-plane ENIs carry the EKS-created group plus the module's control-plane group.\n" +
      block(["resource", "aws_eks_cluster", "this"], {
        name: literal(cluster.name),
        role_arn: "${var.cluster_role_arn}",
        vpc_config: { subnet_ids: "${var.subnet_ids}", security_group_ids: `\${module.${call}.control_plane_security_group_ids}` },
      }),
  ];
  for (const pool of [...cluster.nodeGroups].sort((a, b) => a.name.localeCompare(b.name))) {
    const name = awsName(pool.name);
    parts.push(
      block(["resource", "aws_launch_template", name], {
        name_prefix: literal(`${cluster.name}-${pool.name}-`),
        vpc_security_group_ids: `\${module.${call}.node_group_security_group_ids[${JSON.stringify(pool.name)}]}`,
      }),
      block(["resource", "aws_eks_node_group", name], {
        cluster_name: "${aws_eks_cluster.this.name}",
        node_group_name: literal(pool.name),
        node_role_arn: "${var.node_role_arn}",
        subnet_ids: "${var.subnet_ids}",
        scaling_config: { desired_size: 2, max_size: 3, min_size: 1 },
        launch_template: { id: `\${aws_launch_template.${name}.id}`, version: `\${aws_launch_template.${name}.latest_version}` },
      }),
    );
  }
  return parts;
}
