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
import { literal, literalMap } from "./literal";

export const ROLE_TAG = "cluster-sg-role";

export interface AwsSpellingProps extends SpellingProps {
  /** Defaults to the spec's aws.vpcId; may be an expression (a module variable). */
  readonly vpcId?: string;
  /**
   * The EKS-created cluster SG; defaults to the spec's. Else a data source looks it up by cluster
   * name where a rule needs it, or (no rule touches it) the stack's optional variable names it, so
   * the groups plan before the cluster exists.
   */
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
  /** An optional string variable of the stack (default null); returns its value. */
  optionalVariable(id: string, config: { description: string }): string;
}

/** The stack variable that names the EKS cluster SG when no rule needs it looked up. */
export const CLUSTER_SG_VARIABLE = {
  name: "cluster_security_group_id",
  description:
    "ID of the security group EKS created for the cluster (aws_eks_cluster vpc_config[0].cluster_security_group_id). Optional: no rule here touches it, so the groups plan before the cluster exists; set it once the cluster does to fill the outputs that name it (null until then)",
};

/** A rule we add on the EKS-created group, or one that names it as its peer: only then is its ID needed. */
export function rulesNeedClusterGroup(plan: readonly AwsGroupPlan[]): boolean {
  return plan.some((g) => g.rules.some((r) => g.role === "cluster" || (r.peer.kind === "group" && r.peer.tier === "cluster")));
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
  const attachments = awsAttachments(placement, plan);
  // Spec text enters blocks as literals (props may carry expressions: module variables, tokens).
  const vpcId = props.vpcId ?? (cluster.aws?.vpcId === undefined ? undefined : literal(cluster.aws.vpcId));
  if (!vpcId) throw new Error(`${cluster.specPath}.aws.vpcId: the AWS renderer needs a VPC id; add aws.vpcId to the spec`);
  const name = props.clusterName ?? literal(cluster.name);
  const specPrefix = cluster.aws?.namePrefix;
  const prefix = props.namePrefix ?? (specPrefix === undefined ? `${name}-` : literal(specPrefix));

  const ids: Record<string, string> = {};
  const specClusterSg = cluster.aws?.clusterSecurityGroupId;
  ids.cluster =
    props.clusterSecurityGroupId ??
    (specClusterSg !== undefined
      ? literal(specClusterSg)
      : rulesNeedClusterGroup(plan)
        ? sink.eksCluster("eks_cluster", name)
        : sink.optionalVariable(CLUSTER_SG_VARIABLE.name, { description: CLUSTER_SG_VARIABLE.description }));
  for (const g of plan.filter((p) => p.created)) {
    ids[g.tier] = sink.securityGroup(g.tier, {
      namePrefix: awsNamePrefix(prefix, g.tier),
      description: `${name} ${literal(safeDescription(`${g.role} security group - managed by cdktf-cluster-sg`))}`,
      vpcId,
      // Seed 001: with several groups on a node, exactly one carries the cluster tag.
      // Modules take all user tags from their `tags` variable, not from the spec.
      tags: mergeTags(x, bound ? {} : literalMap(cluster.aws?.tags ?? {}), props.tags, { Name: `${prefix}${g.tier}`, [ROLE_TAG]: g.role }, g.role === "node" ? name : undefined),
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
    description: literal(r.description),
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
