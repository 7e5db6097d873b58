// How huaweicloud spells one cluster's planned groups and rules for one CCE network model:
// huaweicloud_networking_secgroup and huaweicloud_networking_secgroup_rule, in the config shape
// cdktf's provider classes take. Policy comes from the flows; this file only spells it.
import { buildFlows } from "../flows/build";
import { checkHuaweiQuotas, throwOnViolations } from "../audit/quota";
import { HuaweiGroupPlan, HuaweiRule, planHuaweiRules } from "../rules/huawei";
import { MAX_DESCRIPTION, safeDescription } from "../rules/description";
import type { NetworkModelName } from "../spec/schema";
import type { Expressions } from "./expressions";
import { ROLE_TAG } from "./aws";
import { huaweiGroupName } from "./names";
import { Placement, checkPlacement, placementOf } from "../placement";
import { SpellingProps, cidrFamily, cidrValue, mergeTags } from "./values";
import { literal, literalMap } from "./literal";

export interface CceSpellingProps extends SpellingProps {
  readonly model: NetworkModelName;
  readonly nameSuffix?: string;
  /** The master group CCE created; defaults to the spec's, else a variable of the stack. */
  readonly controlPlaneSecurityGroupId?: string;
  /** CCE Turbo: the ENI group CCE created; defaults to the spec's, else a variable of the stack. */
  readonly eniSecurityGroupId?: string;
}

/** The variables a stack declares for CCE-created groups the spec gives no ID for. */
export const CLOUD_GROUP_VARIABLES: Record<"control-plane" | "eni", { name: string; description: string }> = {
  "control-plane": {
    name: "control_plane_security_group_id",
    description: "ID of the master node security group CCE created ({cluster}-cce-control-{id}); it exists once the cluster does",
  },
  eni: {
    name: "eni_security_group_id",
    description: "ID of the ENI security group CCE Turbo created ({cluster}-cce-eni-{id}); it exists once the cluster does",
  },
};

/**
 * Seed 000 names EKS groups and AWS services in its rule descriptions; on Huawei the same rows say
 * what the groups and services are there.
 */
const HUAWEI_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/Nodegroup Add-on Security Group/g, "Add-on node pool group"],
  [/Nodegroup App Security Group/g, "App tier group"],
  [/Nodegroup General Security Group/g, "Worker node group"],
  [/Elastic Load Balancer Security Group/g, "ELB tier group"],
  [/Bastion Instance Security Group/g, "Bastion tier group"],
  [/Additional Cluster Security Group/g, "Master node group"],
  [/Database Security Group/g, "Database tier group"],
  [/Cache Security Group/g, "Cache tier group"],
  [/AWS APIs/g, "cloud APIs via VPC endpoints"],
  // Seed 002's load balancer rows: on Huawei the ELB sends to a backend server group.
  [/\b[AN]LB - target group instance listener/g, "ELB - backend server group listener port"],
  [/\b[AN]LB - target group health check/g, "ELB - backend server group health check"],
];

export function huaweiDescription(text: string): string {
  return HUAWEI_WORDS.reduce((t, [from, to]) => t.replace(from, to), text).slice(0, MAX_DESCRIPTION);
}

/** What a group is on Huawei Cloud, for its description. */
const HUAWEI_GROUP: Record<string, string> = {
  node: "worker node security group (huaweicloud_cce_cluster security_group_id, every node pool)",
  "node-addon": "add-on node pool security group",
  "node-app": "app tier security group (its node pools and pods)",
  "load-balancer": "load balancer (ELB) tier security group",
  database: "database tier security group",
  cache: "cache tier security group",
  "vpc-endpoint": "VPC endpoint (VPCEP) tier security group",
  bastion: "bastion (ECS) tier security group",
};

/** Where huaweicloud blocks go; securityGroup returns the new group's `id` (a reference). */
export interface CceSink {
  securityGroup(id: string, config: Record<string, unknown>): string;
  rule(id: string, config: Record<string, unknown>): void;
  /** A string variable of the stack; returns its value. */
  variable(id: string, config: { description: string }): string;
}

export interface CceSpelled {
  readonly plan: readonly HuaweiGroupPlan[];
  /** Security group ID per tier name (platform groups: control-plane, node, eni). */
  readonly groupIds: Readonly<Record<string, string>>;
  /** The interfaces and the groups they carry (keys of groupIds). */
  readonly placement: Placement;
}

export function spellCce(props: CceSpellingProps, x: Expressions, sink: CceSink): CceSpelled {
  const { cluster, model, bound } = props;
  const flows = buildFlows(cluster, { cloud: "huawei", model }, { keepBoundPorts: !!bound });
  const placement = placementOf(cluster, { cloud: "huawei", model });
  checkPlacement(cluster, flows.groups, placement.interfaces);
  const plan = planHuaweiRules(flows, { bindings: !!bound });
  // Preflight: a plan over Huawei's rules-per-direction quota fails here, not at apply time.
  throwOnViolations(cluster, checkHuaweiQuotas(cluster, plan));
  // Spec text enters blocks as literals (props may carry expressions: module variables, tokens).
  const suffix = props.nameSuffix ?? literal(cluster.huawei?.nameSuffix ?? "sg");
  const name = props.clusterName ?? literal(cluster.name);
  // Modules take all user tags from their `tags` variable, not from the spec.
  const specTags = bound ? {} : literalMap(cluster.huawei?.tags ?? {});
  const ids: Record<string, string> = {};
  const given: Record<string, string | undefined> = {
    "control-plane": props.controlPlaneSecurityGroupId ?? literalOrUndefined(cluster.huawei?.controlPlaneSecurityGroupId),
    eni: props.eniSecurityGroupId ?? literalOrUndefined(cluster.huawei?.eniSecurityGroupId),
  };
  for (const g of plan.filter((p) => !p.created)) {
    const variable = CLOUD_GROUP_VARIABLES[g.tier as "control-plane" | "eni"];
    ids[g.tier] = given[g.tier] ?? sink.variable(variable.name, { description: variable.description });
  }
  for (const g of plan.filter((p) => p.created)) {
    ids[g.tier] = sink.securityGroup(g.tier, {
      name: huaweiGroupName(name, g, suffix),
      description: `${name} ${literal(safeDescription(`${HUAWEI_GROUP[g.role] ?? `${g.role} security group`} (${model} model) - managed by cdktf-cluster-sg`))}`,
      // CCE-style groups start empty: every rule below is one we can trace.
      deleteDefaultRules: true,
      tags: mergeTags(x, specTags, props.tags, { [ROLE_TAG]: g.role }),
    });
  }
  const ipv6 = cluster.ipFamily === "ipv6";
  for (const g of plan) for (const r of g.rules) sink.rule(`${g.tier}_${r.key}`, ruleConfig(x, props, g, r, ids, ipv6));
  return { plan, groupIds: ids, placement };
}

function ruleConfig(x: Expressions, props: CceSpellingProps, g: HuaweiGroupPlan, r: HuaweiRule, ids: Record<string, string>, ipv6: boolean): Record<string, unknown> {
  const { peer } = r;
  const bound = props.bound;
  const each = r.forEach && bound ? bound.iterate(r.forEach) : undefined;
  const cidr = peer.kind === "cidr" ? cidrValue(peer, bound, each) : undefined;
  const family = cidr === undefined ? undefined : cidrFamily(x, cidr, ipv6);
  return {
    forEach: each?.forEach,
    securityGroupId: ids[g.tier],
    direction: r.direction,
    ethertype: family && typeof family.isV4 === "string" ? x.conditional(family.isV4, "IPv4", "IPv6") : r.ethertype,
    protocol: r.protocol,
    ports: r.portParts && bound ? r.portParts.map((p) => (typeof p === "string" ? p : bound.scalar(p.variable))).join(",") : r.ports,
    portRangeMin: r.icmp?.type,
    portRangeMax: r.icmp?.code,
    ...(peer.kind === "group" ? { remoteGroupId: ids[peer.tier] } : {}),
    ...(cidr !== undefined ? { remoteIpPrefix: cidr } : {}),
    description: literal(huaweiDescription(r.description)),
  };
}

const literalOrUndefined = (text: string | undefined) => (text === undefined ? undefined : literal(text));
