// The stack `main.ts` synthesizes per cluster and CCE network model, with outputs that say how to
// wire the groups into huaweicloud_cce_cluster and node pools.
import { Construct } from "constructs";
import { HuaweicloudProvider } from "../../generated/providers/huaweicloud/provider";
import type { NetworkModelName } from "../spec/schema";
import type { Cluster } from "../spec/model";
import { ClusterStack } from "./base-stack";
import { CceSecurityGroups } from "./cce-security-groups";
import { cceOutputs } from "../spelling/outputs";
import { addOutputs } from "./outputs";
import { tokenExpressions } from "./token-expressions";

export class CceStack extends ClusterStack {
  readonly groups: CceSecurityGroups;

  constructor(scope: Construct, id: string, cluster: Cluster, model: NetworkModelName) {
    super(scope, id);
    // Region and credentials come from the environment (HW_REGION_NAME, HW_ACCESS_KEY, HW_SECRET_KEY).
    new HuaweicloudProvider(this, "huaweicloud", {});
    this.groups = new CceSecurityGroups(this, "cce", { cluster, model });
    addOutputs(this, cceOutputs(cluster, model, this.groups, tokenExpressions));
  }
}
