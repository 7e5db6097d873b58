// The stack `main.ts` synthesizes per cluster and CCE network model, with outputs that say how to
// wire the groups into huaweicloud_cce_cluster and node pools.
import { Construct } from "constructs";
import { TerraformOutput } from "cdktf";
import { HuaweicloudProvider } from "../../generated/providers/huaweicloud/provider";
import type { NetworkModelName } from "../spec/schema";
import type { Cluster } from "../spec/model";
import { ClusterStack } from "./base-stack";
import { CceSecurityGroups } from "./cce-security-groups";
import { CONTAINER_NETWORK_TYPE, ccePoolGroups } from "./cce-attachments";

export class CceStack extends ClusterStack {
  readonly groups: CceSecurityGroups;

  constructor(scope: Construct, id: string, cluster: Cluster, model: NetworkModelName) {
    super(scope, id);
    // Region and credentials come from the environment (HW_REGION_NAME, HW_ACCESS_KEY, HW_SECRET_KEY).
    new HuaweicloudProvider(this, "huaweicloud", {});
    this.groups = new CceSecurityGroups(this, "cce", { cluster, model });
    const ids = this.groups.groupIds;
    for (const g of this.groups.plan) {
      new TerraformOutput(this, `${g.tier.replace(/-/g, "_")}_security_group_id`, {
        value: ids[g.tier],
        description: `ID of the ${g.tier} security group (role ${g.role})`,
      });
    }
    new TerraformOutput(this, "cce_cluster_security_group_id", {
      value: ids.node,
      description: "huaweicloud_cce_cluster security_group_id: the worker node security group",
    });
    new TerraformOutput(this, "container_network_type", {
      value: CONTAINER_NETWORK_TYPE[model],
      description: `huaweicloud_cce_cluster container_network_type for the ${model} network model`,
    });
    new TerraformOutput(this, "node_pool_security_group_ids", {
      value: Object.fromEntries(Object.entries(ccePoolGroups(cluster, this.groups.plan)).map(([n, tiers]) => [n, tiers.map((t) => ids[t])])),
      description: "Per node group: huaweicloud_cce_node_pool security_groups (worker node group plus app tier groups)",
    });
  }
}
