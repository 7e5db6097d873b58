// The stack `main.ts` synthesizes per cluster for AWS: provider, the EksSecurityGroups construct,
// and outputs that say which group attaches where (seed 003).
import { Construct } from "constructs";
import { TerraformOutput } from "cdktf";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import type { Cluster } from "../spec/model";
import { EksSecurityGroups } from "./eks-security-groups";
import { ClusterStack } from "./base-stack";

export interface StackOptions {
  /** Adds the provider's skip_* flags so `terraform plan` runs without credentials (tests, CI). */
  readonly offline?: boolean;
}

export class EksStack extends ClusterStack {
  readonly groups: EksSecurityGroups;

  constructor(scope: Construct, id: string, cluster: Cluster, options: StackOptions = {}) {
    super(scope, id);
    // Region and credentials come from the usual AWS environment (AWS_REGION, profiles, roles).
    new AwsProvider(this, "aws", options.offline ? OFFLINE_AWS : {});
    // The prebuilt binding says "aws"; the full source is what Terraform users read and expect.
    this.addOverride("terraform.required_providers.aws.source", "hashicorp/aws");
    this.groups = new EksSecurityGroups(this, "eks", { cluster });
    const ids = this.groups.groupIds;
    for (const g of this.groups.plan) {
      new TerraformOutput(this, `${g.tier.replace(/-/g, "_")}_security_group_id`, {
        value: ids[g.tier],
        description: `ID of the ${g.tier} security group (role ${g.role})${g.created ? "" : ", created by EKS"}`,
      });
    }
    const a = this.groups.attachments;
    const toIds = (tiers: string[]) => tiers.map((t) => ids[t]);
    new TerraformOutput(this, "control_plane_security_group_ids", {
      value: toIds(a.controlPlaneEnis),
      description: "aws_eks_cluster vpc_config.security_group_ids: the control-plane ENIs get these plus the EKS cluster SG",
    });
    new TerraformOutput(this, "node_group_security_group_ids", {
      value: Object.fromEntries(Object.entries(a.nodeGroups).map(([name, tiers]) => [name, toIds(tiers)])),
      description: "Per node group: launch template vpc_security_group_ids for managed or self-managed nodes",
    });
    new TerraformOutput(this, "fargate_pod_security_group_ids", {
      value: toIds(a.fargatePods),
      description: "Fargate pods carry the EKS cluster SG only (EKS attaches it)",
    });
  }
}

const OFFLINE_AWS = {
  skipCredentialsValidation: true,
  skipRequestingAccountId: true,
  skipMetadataApiCheck: "true",
  skipRegionValidation: true,
};
