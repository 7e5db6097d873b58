// The AWS rules stage: each flow becomes an ingress rule on the group it enters and an egress rule
// on the group it leaves (security groups are stateful, replies need no rule). One peer per rule,
// as aws_vpc_security_group_*_rule requires.
import { Binding, Flow, GroupRole, Source, endpointKey, sideDescription, uniqueSources } from "../flows/flow";
import { FlowSet } from "../flows/build";
import { Port, compareNames, portCovers, portKey } from "../flows/port";
import { RulePeer, peerKey } from "./peer";
import { safeDescription } from "./description";

export interface AwsRule {
  /** Unique within the group, derived from content so reordering the spec changes no address. */
  readonly key: string;
  readonly direction: "ingress" | "egress";
  readonly port: Port;
  readonly peer: RulePeer;
  readonly description: string;
  readonly sources: readonly Source[];
  /** Modules: the variable that replaces the port. */
  readonly portBinding?: Binding;
  /** Modules: the list variable the rule iterates over (one rule per CIDR in it). */
  readonly forEach?: string;
}

export interface RuleOptions {
  /** Module mode: keys and peers follow the variables spec values become, not the values. */
  readonly bindings?: boolean;
}

export interface AwsGroupPlan {
  readonly tier: string;
  readonly role: GroupRole;
  /** False for the EKS-created cluster group: referenced by ID, only our rules are managed. */
  readonly created: boolean;
  readonly rules: readonly AwsRule[];
}

export function planAwsRules(set: FlowSet, options: RuleOptions = {}): AwsGroupPlan[] {
  const rendered = set.flows.filter((f) => !f.providedBy);
  const provided = set.flows.filter((f) => f.providedBy);
  return set.groups.map((g) => {
    const rules = [
      ...rendered.filter((f) => endpointKey(f.to) === endpointKey(g)).map((f) => rule(f, "ingress", f.from, g.tier, options)),
      ...rendered.filter((f) => endpointKey(f.from) === endpointKey(g)).map((f) => rule(f, "egress", f.to, g.tier, options)),
    ].filter((r) => !coveredByProvided(r, g.tier, provided));
    return { tier: g.tier, role: g.role, created: g.role !== "cluster", rules: sortRules(collapseLists(rules)) };
  });
}

function rule(flow: Flow, direction: "ingress" | "egress", peer: RulePeer, self: string, options: RuleOptions): AwsRule {
  const bound = options.bindings ? flow.portBinding : undefined;
  const peerBinding = options.bindings && peer.kind === "cidr" ? peer.binding : undefined;
  const portPart = bound ? `${flow.port.protocol}_${bound.variable}` : portKey(flow.port);
  const peerPart = peerBinding ? peerBinding.variable : peerKey(peer, self);
  return {
    key: `${direction}_${portPart}_${direction === "ingress" ? "from" : "to"}_${peerPart}`,
    direction,
    port: flow.port,
    peer,
    description: safeDescription(sideDescription(flow, direction)),
    sources: flow.sources,
    ...(bound ? { portBinding: bound } : {}),
    ...(peerBinding?.list ? { forEach: peerBinding.variable } : {}),
  };
}

/** Module mode: the rules for each CIDR of a list variable become one rule iterating over it. */
function collapseLists(rules: AwsRule[]): AwsRule[] {
  const byKey = new Map<string, AwsRule>();
  for (const r of rules) {
    const seen = byKey.get(r.key);
    byKey.set(r.key, seen ? { ...seen, sources: uniqueSources([...seen.sources, ...r.sources]) } : r);
  }
  return [...byKey.values()];
}

/** A rule the cloud already has (EKS defaults) must not be created again. */
function coveredByProvided(r: AwsRule, tier: string, provided: readonly Flow[]): boolean {
  return provided.some((f) => {
    const side = r.direction === "ingress" ? f.to : f.from;
    const peer = r.direction === "ingress" ? f.from : f.to;
    if (side.kind !== "group" || side.tier !== tier || !portCovers(f.port, r.port)) return false;
    if (endpointKey(peer) === endpointKey(r.peer)) return true;
    // Egress to 0.0.0.0/0 reaches every IPv4 destination, security groups included.
    return r.direction === "egress" && peer.kind === "cidr" && peer.cidr === "0.0.0.0/0" && !(r.peer.kind === "cidr" && r.peer.cidr.includes(":"));
  });
}

function sortRules(rules: AwsRule[]): AwsRule[] {
  return [...rules].sort((a, b) => compareNames(a.key, b.key));
}
