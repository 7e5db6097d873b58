// The outputs of an EKS stack or module: every group ID, and which groups attach where (seed 003).
import { TerraformOutput } from "cdktf";
import { Construct } from "constructs";
import type { EksSecurityGroups } from "./eks-security-groups";

export function eksOutputs(scope: Construct, groups: EksSecurityGroups): void {
  const ids = groups.groupIds;
  for (const g of groups.plan) {
    new TerraformOutput(scope, `${g.tier.replace(/-/g, "_")}_security_group_id`, {
      value: ids[g.tier],
      description: `ID of the ${g.tier} security group (role ${g.role})${g.created ? "" : ", created by EKS"}`,
    });
  }
  const a = groups.attachments;
  const toIds = (tiers: string[]) => tiers.map((t) => ids[t]);
  new TerraformOutput(scope, "control_plane_security_group_ids", {
    value: toIds(a.controlPlaneEnis),
    description: "aws_eks_cluster vpc_config.security_group_ids: the control-plane ENIs get these plus the EKS cluster SG",
  });
  new TerraformOutput(scope, "node_group_security_group_ids", {
    value: Object.fromEntries(Object.entries(a.nodeGroups).map(([name, tiers]) => [name, toIds(tiers)])),
    description: "Per node group: launch template vpc_security_group_ids for managed or self-managed nodes",
  });
  new TerraformOutput(scope, "fargate_pod_security_group_ids", {
    value: toIds(a.fargatePods),
    description: "Fargate pods carry the EKS cluster SG only (EKS attaches it)",
  });
}
