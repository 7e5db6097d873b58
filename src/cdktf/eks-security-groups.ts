// EksSecurityGroups: every security group and rule one cluster needs on AWS EKS, as a construct
// that works in any cdktf app. Policy comes from the flows; this file only spells them for AWS.
import { Construct } from "constructs";
import { Fn, IResolvable, ListTerraformIterator, Token } from "cdktf";
import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";
import { VpcSecurityGroupIngressRule } from "@cdktf/provider-aws/lib/vpc-security-group-ingress-rule";
import { VpcSecurityGroupEgressRule } from "@cdktf/provider-aws/lib/vpc-security-group-egress-rule";
import { DataAwsEksCluster } from "@cdktf/provider-aws/lib/data-aws-eks-cluster";
import { DataAwsEc2ManagedPrefixList } from "@cdktf/provider-aws/lib/data-aws-ec2-managed-prefix-list";
import { buildFlows } from "../flows/build";
import { CLOUDFRONT_PREFIX_LIST } from "../catalog/engines";
import { checkAwsQuotas, throwOnViolations } from "../audit/quota";
import type { Port } from "../flows/port";
import { AwsGroupPlan, AwsRule, planAwsRules } from "../rules/aws";
import { safeDescription } from "../rules/description";
import { AwsAttachments, awsAttachments } from "./aws-attachments";
import { BoundValues, SecurityGroupsProps, cidrFamily, cidrValue } from "./bound-values";

export const ROLE_TAG = "cluster-sg-role";

export interface EksSecurityGroupsProps extends SecurityGroupsProps {
  /** Defaults to the spec's aws.vpcId; may be a token (a module variable). */
  readonly vpcId?: string;
  /** The EKS-created cluster SG; defaults to the spec's, else a data source looks it up by cluster name. */
  readonly clusterSecurityGroupId?: string;
  readonly namePrefix?: string;
}

export class EksSecurityGroups extends Construct {
  readonly plan: readonly AwsGroupPlan[];
  /** Security group ID per tier name (platform groups: cluster, control-plane, node, node-addon). */
  readonly groupIds: Readonly<Record<string, string>>;
  readonly attachments: AwsAttachments;

  constructor(scope: Construct, id: string, props: EksSecurityGroupsProps) {
    super(scope, id);
    const { cluster } = props;
    const bound = props.bound;
    this.plan = planAwsRules(buildFlows(cluster, { cloud: "aws" }, { keepBoundPorts: !!bound }), { bindings: !!bound });
    // Preflight: a plan over AWS's rule or group quotas fails here, not at apply time.
    throwOnViolations(cluster, checkAwsQuotas(cluster, this.plan));
    this.attachments = awsAttachments(cluster, this.plan);
    const vpcId = props.vpcId ?? cluster.aws?.vpcId;
    if (!vpcId) throw new Error(`${cluster.specPath}.aws.vpcId: the AWS renderer needs a VPC id; add aws.vpcId to the spec`);
    const name = props.clusterName ?? cluster.name;
    const prefix = props.namePrefix ?? cluster.aws?.namePrefix ?? `${name}-`;

    const ids: Record<string, string> = {};
    ids.cluster = props.clusterSecurityGroupId ?? cluster.aws?.clusterSecurityGroupId ?? this.lookupClusterGroup(name);
    for (const g of this.plan.filter((p) => p.created)) {
      const own = { Name: `${prefix}${g.tier}`, [ROLE_TAG]: g.role };
      const sg = new SecurityGroup(this, g.tier, {
        namePrefix: `${prefix}${g.tier}-`,
        description: `${name} ${safeDescription(`${g.role} security group - managed by cdktf-cluster-sg`)}`,
        vpcId,
        // Seed 001: with several groups on a node, exactly one carries the cluster tag.
        // Modules take all user tags from their `tags` variable, not from the spec.
        tags: groupTags(bound ? {} : cluster.aws?.tags ?? {}, props.tags, own, g.role === "node" ? name : undefined),
        lifecycle: { createBeforeDestroy: true },
      });
      ids[g.tier] = sg.id;
    }
    this.groupIds = ids;

    let cloudfront: string | undefined;
    const prefixList = () =>
      (cloudfront ??= new DataAwsEc2ManagedPrefixList(this, "cloudfront_origin_facing", { name: CLOUDFRONT_PREFIX_LIST }).id);
    const ipv6 = cluster.ipFamily === "ipv6";
    for (const g of this.plan) {
      for (const r of g.rules) this.addRule(g, r, ids, prefixList, bound, ipv6);
    }
  }

  private lookupClusterGroup(name: string): string {
    return new DataAwsEksCluster(this, "eks_cluster", { name }).vpcConfig.get(0).clusterSecurityGroupId;
  }

  private addRule(g: AwsGroupPlan, r: AwsRule, ids: Record<string, string>, prefixList: () => string, bound: BoundValues | undefined, ipv6: boolean) {
    const peer = r.peer;
    const each: ListTerraformIterator | undefined = r.forEach && bound ? bound.iterate(r.forEach) : undefined;
    const family = peer.kind === "cidr" ? cidrFamily(cidrValue(peer, bound, each), ipv6) : undefined;
    const config = {
      forEach: each,
      securityGroupId: ids[g.tier],
      description: r.description,
      ...protocolFields(r.port, r.portBinding && bound ? Token.asNumber(bound.scalar(r.portBinding.variable)) : undefined),
      ...(peer.kind === "group" ? { referencedSecurityGroupId: ids[peer.tier] } : {}),
      ...(peer.kind === "prefix-list" ? { prefixListId: prefixList() } : {}),
      ...(family ? { cidrIpv4: family.v4, cidrIpv6: family.v6 } : {}),
    };
    const id = `${g.tier}_${r.key}`;
    if (r.direction === "ingress") new VpcSecurityGroupIngressRule(this, id, config);
    else new VpcSecurityGroupEgressRule(this, id, config);
  }
}

/** `bound`: a module variable that holds the (single) port. */
function protocolFields(port: Port, bound?: number): { ipProtocol: string; fromPort?: number; toPort?: number } {
  switch (port.protocol) {
    case "all":
      return { ipProtocol: "-1" };
    case "icmp":
      return { ipProtocol: "icmp", fromPort: port.type, toPort: port.code };
    default:
      return { ipProtocol: port.protocol, fromPort: bound ?? port.from, toPort: bound ?? port.to };
  }
}

/**
 * User tags, then ours; the node group also gets kubernetes.io/cluster/<name> = owned. With a
 * token for the name or the tags (modules) the map is merged in Terraform.
 */
function groupTags(
  specTags: Record<string, string>,
  extra: Record<string, string> | IResolvable | undefined,
  own: Record<string, string>,
  clusterTagFor: string | undefined,
): Record<string, string> {
  const literal = extra === undefined || !Token.isUnresolved(extra);
  if (literal && (clusterTagFor === undefined || !Token.isUnresolved(clusterTagFor))) {
    const clusterTag = clusterTagFor === undefined ? {} : { [`kubernetes.io/cluster/${clusterTagFor}`]: "owned" };
    return { ...specTags, ...((extra as Record<string, string> | undefined) ?? {}), ...own, ...clusterTag };
  }
  const parts: unknown[] = [...(Object.keys(specTags).length > 0 ? [specTags] : []), extra ?? {}, own];
  if (clusterTagFor !== undefined) parts.push(Fn.zipmap([Fn.format("kubernetes.io/cluster/%s", [clusterTagFor])], ["owned"]));
  return Fn.merge(parts) as unknown as Record<string, string>;
}
