// CceSecurityGroups: the security groups and rules one cluster needs on Huawei Cloud CCE for one
// network model, as a construct usable in any cdktf app. Policy comes from the flows; this file only
// spells them for huaweicloud.
import { Construct } from "constructs";
import { Fn, ListTerraformIterator, Token } from "cdktf";
import { NetworkingSecgroup } from "../../generated/providers/huaweicloud/networking-secgroup";
import { NetworkingSecgroupRule } from "../../generated/providers/huaweicloud/networking-secgroup-rule";
import { buildFlows } from "../flows/build";
import { checkHuaweiQuotas, throwOnViolations } from "../audit/quota";
import type { GroupRole } from "../flows/flow";
import { HuaweiGroupPlan, HuaweiRule, planHuaweiRules } from "../rules/huawei";
import { safeDescription } from "../rules/description";
import type { NetworkModelName } from "../spec/schema";
import { ROLE_TAG } from "./eks-security-groups";
import { BoundValues, SecurityGroupsProps, cidrFamily, cidrValue } from "./bound-values";

/** CCE's own naming: {cluster}-cce-node-…, {cluster}-cce-control-…, {cluster}-cce-eni-…. */
const CCE_NAME: Partial<Record<GroupRole, string>> = { "control-plane": "control", node: "node", eni: "eni" };

export interface CceSecurityGroupsProps extends SecurityGroupsProps {
  readonly model: NetworkModelName;
  readonly nameSuffix?: string;
}

export class CceSecurityGroups extends Construct {
  readonly plan: readonly HuaweiGroupPlan[];
  /** Security group ID per tier name (platform groups: control-plane, node, eni). */
  readonly groupIds: Readonly<Record<string, string>>;

  constructor(scope: Construct, id: string, props: CceSecurityGroupsProps) {
    super(scope, id);
    const { cluster, model } = props;
    const bound = props.bound;
    this.plan = planHuaweiRules(buildFlows(cluster, { cloud: "huawei", model }, { keepBoundPorts: !!bound }), { bindings: !!bound });
    // Preflight: a plan over Huawei's rules-per-direction quota fails here, not at apply time.
    throwOnViolations(cluster, checkHuaweiQuotas(cluster, this.plan));
    const suffix = props.nameSuffix ?? cluster.huawei?.nameSuffix ?? "sg";
    const name = props.clusterName ?? cluster.name;
    // Modules take all user tags from their `tags` variable, not from the spec.
    const specTags = bound ? {} : cluster.huawei?.tags ?? {};
    const ids: Record<string, string> = {};
    for (const g of this.plan) {
      const own = { [ROLE_TAG]: g.role };
      const sg = new NetworkingSecgroup(this, g.tier, {
        name: `${name}-cce-${CCE_NAME[g.role] ?? g.tier}-${suffix}`,
        description: `${name} ${safeDescription(`${g.role} security group (${model} model) - managed by cdktf-cluster-sg`)}`,
        // CCE-style groups start empty: every rule below is one we can trace.
        deleteDefaultRules: true,
        tags:
          props.tags !== undefined && Token.isUnresolved(props.tags)
            ? (Fn.merge([...(Object.keys(specTags).length > 0 ? [specTags] : []), props.tags, own]) as unknown as Record<string, string>)
            : { ...specTags, ...((props.tags as Record<string, string> | undefined) ?? {}), ...own },
      });
      ids[g.tier] = sg.id;
    }
    this.groupIds = ids;
    const ipv6 = cluster.ipFamily === "ipv6";
    for (const g of this.plan) for (const r of g.rules) this.addRule(g, r, ids, bound, ipv6);
  }

  private addRule(g: HuaweiGroupPlan, r: HuaweiRule, ids: Record<string, string>, bound: BoundValues | undefined, ipv6: boolean) {
    const peer = r.peer;
    const each: ListTerraformIterator | undefined = r.forEach && bound ? bound.iterate(r.forEach) : undefined;
    const cidr = peer.kind === "cidr" ? cidrValue(peer, bound, each) : undefined;
    const family = cidr === undefined ? undefined : cidrFamily(cidr, ipv6);
    new NetworkingSecgroupRule(this, `${g.tier}_${r.key}`, {
      forEach: each,
      securityGroupId: ids[g.tier],
      direction: r.direction,
      ethertype: family && typeof family.isV4 === "string" ? Token.asString(Fn.conditional(family.isV4, "IPv4", "IPv6")) : r.ethertype,
      protocol: r.protocol,
      ports: r.portParts && bound ? r.portParts.map((p) => (typeof p === "string" ? p : bound.scalar(p.variable))).join(",") : r.ports,
      portRangeMin: r.icmp?.type,
      portRangeMax: r.icmp?.code,
      ...(peer.kind === "group" ? { remoteGroupId: ids[peer.tier] } : {}),
      ...(cidr !== undefined ? { remoteIpPrefix: cidr } : {}),
      description: r.description,
    });
  }
}
