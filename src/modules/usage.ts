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
    parts.push(usageBlock(call, "../..", args));
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
