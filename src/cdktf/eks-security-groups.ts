// EksSecurityGroups: every security group and rule one cluster needs on AWS EKS, as a construct
// that works in any cdktf app. src/spelling/aws.ts spells the blocks; this file makes them constructs.
import { Construct } from "constructs";
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

export { ROLE_TAG } from "../spelling/aws";
export type EksSecurityGroupsProps = AwsSpellingProps;

export class EksSecurityGroups extends Construct {
  readonly plan: readonly AwsGroupPlan[];
  /** Security group ID per tier name (platform groups: cluster, control-plane, node, node-addon). */
  readonly groupIds: Readonly<Record<string, string>>;
  /** The interfaces and the groups they carry (keys of groupIds). */
  readonly placement: Placement;
  readonly attachments: AwsAttachments;

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
    });
    this.plan = spelled.plan;
    this.groupIds = spelled.groupIds;
    this.placement = spelled.placement;
    this.attachments = spelled.attachments;
  }
}
