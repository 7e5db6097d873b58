// How AWS spells one cluster's planned groups and rules: aws_security_group,
// aws_vpc_security_group_{ingress,egress}_rule and the data sources they need, in the config shape
// cdktf's provider classes take. Policy comes from the flows; this file only spells it. A sink
// turns each block into a cdktf construct or a Terraform JSON block.
import { buildFlows } from "../flows/build";
import { CLOUDFRONT_PREFIX_LIST } from "../catalog/engines";
import { checkAwsQuotas, throwOnViolations } from "../audit/quota";
import type { Port } from "../flows/port";
import { AwsGroupPlan, AwsRule, planAwsRules } from "../rules/aws";
import { safeDescription } from "../rules/description";
import { AwsAttachments, awsAttachments } from "./aws-attachments";
import type { Expressions } from "./expressions";
import { awsNamePrefix } from "./names";
import { Placement, checkPlacement, placementOf } from "../placement";
import { SpellingProps, cidrFamily, cidrValue, mergeTags } from "./values";

export const ROLE_TAG = "cluster-sg-role";

export interface AwsSpellingProps extends SpellingProps {
  /** Defaults to the spec's aws.vpcId; may be an expression (a module variable). */
  readonly vpcId?: string;
  /** The EKS-created cluster SG; defaults to the spec's, else a data source looks it up by cluster name. */
  readonly clusterSecurityGroupId?: string;
  readonly namePrefix?: string;
}

/** Where AWS blocks go; each method returns the new block's `id` (a reference). */
export interface AwsSink {
  securityGroup(id: string, config: Record<string, unknown>): string;
  rule(direction: "ingress" | "egress", id: string, config: Record<string, unknown>): string;
  /** data.aws_eks_cluster: returns vpc_config[0].cluster_security_group_id. */
  eksCluster(id: string, name: string): string;
  /** data.aws_ec2_managed_prefix_list: returns its id. */
  managedPrefixList(id: string, name: string): string;
}

export interface AwsSpelled {
  readonly plan: readonly AwsGroupPlan[];
  /** Security group ID per tier name (platform groups: cluster, control-plane, node, node-addon). */
  readonly groupIds: Readonly<Record<string, string>>;
  readonly attachments: AwsAttachments;
  /** The interfaces and the groups they carry (keys of groupIds). */
  readonly placement: Placement;
}

export function spellAws(props: AwsSpellingProps, x: Expressions, sink: AwsSink): AwsSpelled {
  const { cluster, bound } = props;
  const flows = buildFlows(cluster, { cloud: "aws" }, { keepBoundPorts: !!bound });
  const placement = placementOf(cluster, { cloud: "aws" });
  checkPlacement(cluster, flows.groups, placement.interfaces);
  const plan = planAwsRules(flows, { bindings: !!bound });
  // Preflight: a plan over AWS's rule or group quotas fails here, not at apply time.
  throwOnViolations(cluster, checkAwsQuotas(cluster, plan));
  const attachments = awsAttachments(cluster, plan);
  const vpcId = props.vpcId ?? cluster.aws?.vpcId;
  if (!vpcId) throw new Error(`${cluster.specPath}.aws.vpcId: the AWS renderer needs a VPC id; add aws.vpcId to the spec`);
  const name = props.clusterName ?? cluster.name;
  const prefix = props.namePrefix ?? cluster.aws?.namePrefix ?? `${name}-`;

  const ids: Record<string, string> = {};
  ids.cluster = props.clusterSecurityGroupId ?? cluster.aws?.clusterSecurityGroupId ?? sink.eksCluster("eks_cluster", name);
  for (const g of plan.filter((p) => p.created)) {
    ids[g.tier] = sink.securityGroup(g.tier, {
      namePrefix: awsNamePrefix(prefix, g.tier),
      description: `${name} ${safeDescription(`${g.role} security group - managed by cdktf-cluster-sg`)}`,
      vpcId,
      // Seed 001: with several groups on a node, exactly one carries the cluster tag.
      // Modules take all user tags from their `tags` variable, not from the spec.
      tags: mergeTags(x, bound ? {} : cluster.aws?.tags ?? {}, props.tags, { Name: `${prefix}${g.tier}`, [ROLE_TAG]: g.role }, g.role === "node" ? name : undefined),
      lifecycle: { createBeforeDestroy: true },
    });
  }

  let cloudfront: string | undefined;
  const prefixList = () => (cloudfront ??= sink.managedPrefixList("cloudfront_origin_facing", CLOUDFRONT_PREFIX_LIST));
  const ipv6 = cluster.ipFamily === "ipv6";
  for (const g of plan) {
    for (const r of g.rules) sink.rule(r.direction, `${g.tier}_${r.key}`, ruleConfig(x, props, g, r, ids, prefixList, ipv6));
  }
  return { plan, groupIds: ids, attachments, placement };
}

function ruleConfig(x: Expressions, props: AwsSpellingProps, g: AwsGroupPlan, r: AwsRule, ids: Record<string, string>, prefixList: () => string, ipv6: boolean): Record<string, unknown> {
  const { peer } = r;
  const bound = props.bound;
  const each = r.forEach && bound ? bound.iterate(r.forEach) : undefined;
  const family = peer.kind === "cidr" ? cidrFamily(x, cidrValue(peer, bound, each), ipv6) : undefined;
  return {
    forEach: each?.forEach,
    securityGroupId: ids[g.tier],
    description: r.description,
    ...protocolFields(r.port, r.portBinding && bound ? bound.scalar(r.portBinding.variable) : undefined),
    ...(peer.kind === "group" ? { referencedSecurityGroupId: ids[peer.tier] } : {}),
    ...(peer.kind === "prefix-list" ? { prefixListId: prefixList() } : {}),
    ...(family ? { cidrIpv4: family.v4, cidrIpv6: family.v6 } : {}),
  };
}

/** `bound`: a module variable that holds the (single) port. */
function protocolFields(port: Port, bound?: string): { ipProtocol: string; fromPort?: number | string; toPort?: number | string } {
  switch (port.protocol) {
    case "all":
      return { ipProtocol: "-1" };
    case "icmp":
      return { ipProtocol: "icmp", fromPort: port.type, toPort: port.code };
    default:
      return { ipProtocol: port.protocol, fromPort: bound ?? port.from, toPort: bound ?? port.to };
  }
}
