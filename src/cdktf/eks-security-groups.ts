// EksSecurityGroups: every security group and rule one cluster needs on AWS EKS, as a construct
// that works in any cdktf app. src/spelling/aws.ts spells the blocks; this file makes them constructs.
import { Construct } from "constructs";
import { TerraformVariable } from "cdktf";
import { SecurityGroup, SecurityGroupConfig } from "@cdktf/provider-aws/lib/security-group";
import { VpcSecurityGroupIngressRule, VpcSecurityGroupIngressRuleConfig } from "@cdktf/provider-aws/lib/vpc-security-group-ingress-rule";
import { VpcSecurityGroupEgressRule } from "@cdktf/provider-aws/lib/vpc-security-group-egress-rule";
import { DataAwsEksCluster } from "@cdktf/provider-aws/lib/data-aws-eks-cluster";
import { DataAwsEc2ManagedPrefixList } from "@cdktf/provider-aws/lib/data-aws-ec2-managed-prefix-list";
import type { AwsGroupPlan } from "../rules/aws";
import type { AwsAttachments } from "../spelling/aws-attachments";
import { AwsSpellingProps, spellAws } from "../spelling/aws";
import type { Placement } from "../placement";
import { tokenExpressions } from "./token-expressions";
import { applicationTierIds, requireGroupId } from "./group-ids";

export { ROLE_TAG } from "../spelling/aws";
export type EksSecurityGroupsProps = AwsSpellingProps;

export class EksSecurityGroups extends Construct {
  readonly plan: readonly AwsGroupPlan[];
  /** Security group ID per tier name (platform groups: cluster, control-plane, node, node-addon). */
  readonly groupIds: Readonly<Record<string, string>>;
  /** The interfaces and the groups they carry (keys of groupIds). */
  readonly placement: Placement;
  readonly attachments: AwsAttachments;
  /**
   * The EKS-created cluster security group: referenced, never created. The given ID, a lookup
   * where a rule needs it, or else the optional variable cluster_security_group_id (null until set).
   */
  readonly clusterSecurityGroupId: string;
  /** The additional control-plane group: aws_eks_cluster's vpc_config.security_group_ids. */
  readonly controlPlaneSecurityGroupId: string;
  /** The group every node carries (and the one tagged kubernetes.io/cluster/<name>). */
  readonly nodeSecurityGroupId: string;
  /** The group add-on node groups carry as well; undefined when the spec has no add-on node group. */
  readonly nodeAddonSecurityGroupId: string | undefined;
  /** Application tiers' group IDs by tier name (load balancers, apps, databases, caches, endpoints, bastions). */
  readonly tierSecurityGroupIds: Readonly<Record<string, string>>;

  constructor(scope: Construct, id: string, props: EksSecurityGroupsProps) {
    super(scope, id);
    const spelled = spellAws(props, tokenExpressions, {
      securityGroup: (name, config) => new SecurityGroup(this, name, config as SecurityGroupConfig).id,
      rule: (direction, name, config) => {
        const c = config as unknown as VpcSecurityGroupIngressRuleConfig;
        return (direction === "ingress" ? new VpcSecurityGroupIngressRule(this, name, c) : new VpcSecurityGroupEgressRule(this, name, c)).id;
      },
      eksCluster: (name, clusterName) => new DataAwsEksCluster(this, name, { name: clusterName }).vpcConfig.get(0).clusterSecurityGroupId,
      managedPrefixList: (name, listName) => new DataAwsEc2ManagedPrefixList(this, name, { name: listName }).id,
      optionalVariable: (name, config) => {
        const variable = new TerraformVariable(this, name, { type: "string", ...config });
        // cdktf's config drops a null default; Terraform needs it to make the variable optional.
        variable.addOverride("default", null);
        return variable.stringValue;
      },
    });
    this.plan = spelled.plan;
    this.groupIds = spelled.groupIds;
    this.placement = spelled.placement;
    this.attachments = spelled.attachments;
    this.clusterSecurityGroupId = this.groupId("cluster");
    this.controlPlaneSecurityGroupId = this.groupId("control-plane");
    this.nodeSecurityGroupId = this.groupId("node");
    this.nodeAddonSecurityGroupId = spelled.groupIds["node-addon"];
    this.tierSecurityGroupIds = applicationTierIds(spelled.groupIds);
  }

  /** An application tier's group ID; throws for a tier the spec does not have. */
  tierSecurityGroupId(tier: string): string {
    return requireGroupId(this.node.path, this.tierSecurityGroupIds, tier);
  }

  /** The group IDs a node group's launch template carries (vpc_security_group_ids), per seed 003. */
  nodeGroupSecurityGroupIds(nodeGroup: string): string[] {
    const tiers = this.attachments.nodeGroups[nodeGroup];
    if (!tiers) throw new Error(`${this.node.path}: no node group "${nodeGroup}"; node groups: ${Object.keys(this.attachments.nodeGroups).join(", ") || "none"}`);
    return tiers.map((t) => this.groupId(t));
  }

  /** The control-plane ENIs' groups we add (EKS adds its cluster group itself). */
  get controlPlaneSecurityGroupIds(): string[] {
    return this.attachments.controlPlaneEnis.map((t) => this.groupId(t));
  }

  private groupId(tier: string): string {
    return requireGroupId(this.node.path, this.groupIds, tier);
  }
}
