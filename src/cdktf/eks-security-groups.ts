// EksSecurityGroups: every security group and rule one cluster needs on AWS EKS, as a construct
// that works in any cdktf app. Policy comes from the flows; this file only spells them for AWS.
import { Construct } from "constructs";
import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";
import { VpcSecurityGroupIngressRule } from "@cdktf/provider-aws/lib/vpc-security-group-ingress-rule";
import { VpcSecurityGroupEgressRule } from "@cdktf/provider-aws/lib/vpc-security-group-egress-rule";
import { DataAwsEksCluster } from "@cdktf/provider-aws/lib/data-aws-eks-cluster";
import { DataAwsEc2ManagedPrefixList } from "@cdktf/provider-aws/lib/data-aws-ec2-managed-prefix-list";
import { buildFlows } from "../flows/build";
import type { Port } from "../flows/port";
import { AwsGroupPlan, AwsRule, planAwsRules } from "../rules/aws";
import { safeDescription } from "../rules/description";
import type { Cluster } from "../spec/model";
import { AwsAttachments, awsAttachments } from "./aws-attachments";

export const ROLE_TAG = "cluster-sg-role";
const CLOUDFRONT_PREFIX_LIST = "com.amazonaws.global.cloudfront.origin-facing";

export interface EksSecurityGroupsProps {
  readonly cluster: Cluster;
  /** Defaults to the spec's aws.vpcId; may be a token (a module variable). */
  readonly vpcId?: string;
  /** The EKS-created cluster SG; defaults to the spec's, else a data source looks it up by cluster name. */
  readonly clusterSecurityGroupId?: string;
  readonly namePrefix?: string;
  readonly tags?: Record<string, string>;
  /** Lets a caller (the module generator) swap spec CIDRs for variables. */
  readonly cidr?: (cidr: string) => string;
}

export class EksSecurityGroups extends Construct {
  readonly plan: readonly AwsGroupPlan[];
  /** Security group ID per tier name (platform groups: cluster, control-plane, node, node-addon). */
  readonly groupIds: Readonly<Record<string, string>>;
  readonly attachments: AwsAttachments;

  constructor(scope: Construct, id: string, props: EksSecurityGroupsProps) {
    super(scope, id);
    const { cluster } = props;
    this.plan = planAwsRules(buildFlows(cluster, { cloud: "aws" }));
    this.attachments = awsAttachments(cluster, this.plan);
    const vpcId = props.vpcId ?? cluster.aws?.vpcId;
    if (!vpcId) throw new Error(`${cluster.specPath}.aws.vpcId: the AWS renderer needs a VPC id; add aws.vpcId to the spec`);
    const prefix = props.namePrefix ?? cluster.aws?.namePrefix ?? `${cluster.name}-`;
    const tags = { ...(cluster.aws?.tags ?? {}), ...(props.tags ?? {}) };

    const ids: Record<string, string> = {};
    ids.cluster = props.clusterSecurityGroupId ?? cluster.aws?.clusterSecurityGroupId ?? this.lookupClusterGroup(cluster.name);
    for (const g of this.plan.filter((p) => p.created)) {
      const sg = new SecurityGroup(this, g.tier, {
        namePrefix: `${prefix}${g.tier}-`,
        description: safeDescription(`${cluster.name} ${g.role} security group - managed by cdktf-cluster-sg`),
        vpcId,
        tags: {
          ...tags,
          Name: `${prefix}${g.tier}`,
          [ROLE_TAG]: g.role,
          // Seed 001: with several groups on a node, exactly one carries the cluster tag.
          ...(g.role === "node" ? { [`kubernetes.io/cluster/${cluster.name}`]: "owned" } : {}),
        },
        lifecycle: { createBeforeDestroy: true },
      });
      ids[g.tier] = sg.id;
    }
    this.groupIds = ids;

    let cloudfront: string | undefined;
    const prefixList = () =>
      (cloudfront ??= new DataAwsEc2ManagedPrefixList(this, "cloudfront_origin_facing", { name: CLOUDFRONT_PREFIX_LIST }).id);
    for (const g of this.plan) {
      for (const r of g.rules) this.addRule(g, r, ids, prefixList, props.cidr ?? ((c) => c));
    }
  }

  private lookupClusterGroup(name: string): string {
    return new DataAwsEksCluster(this, "eks_cluster", { name }).vpcConfig.get(0).clusterSecurityGroupId;
  }

  private addRule(g: AwsGroupPlan, r: AwsRule, ids: Record<string, string>, prefixList: () => string, cidr: (c: string) => string) {
    const peer = r.peer;
    const config = {
      securityGroupId: ids[g.tier],
      description: r.description,
      ...protocolFields(r.port),
      ...(peer.kind === "group" ? { referencedSecurityGroupId: ids[peer.tier] } : {}),
      ...(peer.kind === "prefix-list" ? { prefixListId: prefixList() } : {}),
      ...(peer.kind === "cidr" ? (peer.cidr.includes(":") ? { cidrIpv6: cidr(peer.cidr) } : { cidrIpv4: cidr(peer.cidr) }) : {}),
    };
    const id = `${g.tier}_${r.key}`;
    if (r.direction === "ingress") new VpcSecurityGroupIngressRule(this, id, config);
    else new VpcSecurityGroupEgressRule(this, id, config);
  }
}

function protocolFields(port: Port): { ipProtocol: string; fromPort?: number; toPort?: number } {
  switch (port.protocol) {
    case "all":
      return { ipProtocol: "-1" };
    case "icmp":
      return { ipProtocol: "icmp", fromPort: port.type, toPort: port.code };
    default:
      return { ipProtocol: port.protocol, fromPort: port.from, toPort: port.to };
  }
}
