// CceSecurityGroups: the security groups and rules one cluster needs on Huawei Cloud CCE for one
// network model, as a construct usable in any cdktf app. Policy comes from the flows; this file only
// spells them for huaweicloud.
import { Construct } from "constructs";
import { NetworkingSecgroup } from "../../generated/providers/huaweicloud/networking-secgroup";
import { NetworkingSecgroupRule } from "../../generated/providers/huaweicloud/networking-secgroup-rule";
import { buildFlows } from "../flows/build";
import type { GroupRole } from "../flows/flow";
import { HuaweiGroupPlan, HuaweiRule, planHuaweiRules } from "../rules/huawei";
import { safeDescription } from "../rules/description";
import type { NetworkModelName } from "../spec/schema";
import type { Cluster } from "../spec/model";
import { ROLE_TAG } from "./eks-security-groups";

/** CCE's own naming: {cluster}-cce-node-…, {cluster}-cce-control-…, {cluster}-cce-eni-…. */
const CCE_NAME: Partial<Record<GroupRole, string>> = { "control-plane": "control", node: "node", eni: "eni" };

export interface CceSecurityGroupsProps {
  readonly cluster: Cluster;
  readonly model: NetworkModelName;
  readonly nameSuffix?: string;
  readonly tags?: Record<string, string>;
  /** Lets a caller (the module generator) swap spec CIDRs for variables. */
  readonly cidr?: (cidr: string) => string;
}

export class CceSecurityGroups extends Construct {
  readonly plan: readonly HuaweiGroupPlan[];
  /** Security group ID per tier name (platform groups: control-plane, node, eni). */
  readonly groupIds: Readonly<Record<string, string>>;

  constructor(scope: Construct, id: string, props: CceSecurityGroupsProps) {
    super(scope, id);
    const { cluster, model } = props;
    this.plan = planHuaweiRules(buildFlows(cluster, { cloud: "huawei", model }));
    const suffix = props.nameSuffix ?? cluster.huawei?.nameSuffix ?? "sg";
    const tags = { ...(cluster.huawei?.tags ?? {}), ...(props.tags ?? {}) };
    const ids: Record<string, string> = {};
    for (const g of this.plan) {
      const sg = new NetworkingSecgroup(this, g.tier, {
        name: `${cluster.name}-cce-${CCE_NAME[g.role] ?? g.tier}-${suffix}`,
        description: safeDescription(`${cluster.name} ${g.role} security group (${model} model) - managed by cdktf-cluster-sg`),
        // CCE-style groups start empty: every rule below is one we can trace.
        deleteDefaultRules: true,
        tags: { ...tags, [ROLE_TAG]: g.role },
      });
      ids[g.tier] = sg.id;
    }
    this.groupIds = ids;
    const cidr = props.cidr ?? ((c: string) => c);
    for (const g of this.plan) for (const r of g.rules) this.addRule(g, r, ids, cidr);
  }

  private addRule(g: HuaweiGroupPlan, r: HuaweiRule, ids: Record<string, string>, cidr: (c: string) => string) {
    const peer = r.peer;
    new NetworkingSecgroupRule(this, `${g.tier}_${r.key}`, {
      securityGroupId: ids[g.tier],
      direction: r.direction,
      ethertype: r.ethertype,
      protocol: r.protocol,
      ports: r.ports,
      portRangeMin: r.icmp?.type,
      portRangeMax: r.icmp?.code,
      ...(peer.kind === "group" ? { remoteGroupId: ids[peer.tier] } : {}),
      ...(peer.kind === "cidr" ? { remoteIpPrefix: cidr(peer.cidr) } : {}),
      description: r.description,
    });
  }
}
