// The outputs of a CCE stack or module: every group ID, and how to wire them into
// huaweicloud_cce_cluster and node pools.
import { TerraformOutput } from "cdktf";
import { Construct } from "constructs";
import type { NetworkModelName } from "../spec/schema";
import type { Cluster } from "../spec/model";
import type { CceSecurityGroups } from "./cce-security-groups";
import { CONTAINER_NETWORK_TYPE, ccePoolGroups } from "./cce-attachments";

export function cceOutputs(scope: Construct, cluster: Cluster, model: NetworkModelName, groups: CceSecurityGroups): void {
  const ids = groups.groupIds;
  for (const g of groups.plan) {
    new TerraformOutput(scope, `${g.tier.replace(/-/g, "_")}_security_group_id`, {
      value: ids[g.tier],
      description: `ID of the ${g.tier} security group (role ${g.role})`,
    });
  }
  new TerraformOutput(scope, "cce_cluster_security_group_id", {
    value: ids.node,
    description: "huaweicloud_cce_cluster security_group_id: the worker node security group",
  });
  new TerraformOutput(scope, "container_network_type", {
    value: CONTAINER_NETWORK_TYPE[model],
    description: `huaweicloud_cce_cluster container_network_type for the ${model} network model`,
  });
  new TerraformOutput(scope, "node_pool_security_group_ids", {
    value: Object.fromEntries(Object.entries(ccePoolGroups(cluster, groups.plan)).map(([n, tiers]) => [n, tiers.map((t) => ids[t])])),
    description: "Per node group: huaweicloud_cce_node_pool security_groups (worker node group plus app tier groups)",
  });
}
