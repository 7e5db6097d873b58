// The allowed flows of a stack as a graph between its interfaces (a node pool, pods, the control
// plane, a tier's instances: the groups each carries), judged by the checker: interface to
// interface needs some egress of the source's groups and some ingress of the destination's
// (evaluate); a block or prefix list outside the stack needs only the interface's side. A document
// without a placement output is drawn group by group. Traffic from outside is drawn from the peer the rule names,
// so "TCP 443 from 0.0.0.0/0" is one edge from the internet, not one from every block inside it.
import type { IpFamily } from "../net/cidr";
import { FAMILIES, intersect, isEmpty } from "./address-set";
import { Endpoint, Endpoints, Resolved, resolveEndpoint } from "./endpoint";
import { evaluate, matchesAtom } from "./evaluate";
import { ExternalPeer, externalPeers } from "./external-peers";
import type { SgGroup, SgInterface, SgRule, SgStack } from "./model";
import { ShownAtom, trafficLabels } from "./traffic-labels";
import { byText } from "./text-order";

export interface FlowGraphEnd {
  /** An interface's id, a group's tier (no placement output), or an external peer's key. */
  readonly key: string;
  /** The groups an inside end carries, in order (one for a lone group). */
  readonly groups?: readonly SgGroup[];
  readonly iface?: SgInterface;
  readonly external?: ExternalPeer;
}

export interface FlowGraphEdge {
  readonly from: FlowGraphEnd;
  readonly to: FlowGraphEnd;
  /** "TCP 443", "ALL", "UDP 4789"…; "(IPv6)" marks traffic one family only allows. */
  readonly traffic: readonly string[];
}

export interface FlowGraph {
  /** The inside ends: interfaces, or groups when the document has no placement output. */
  readonly ends: readonly FlowGraphEnd[];
  readonly groups: readonly SgGroup[];
  readonly externals: readonly ExternalPeer[];
  readonly edges: readonly FlowGraphEdge[];
}

export interface FlowGraphOptions {
  /** Families judged between groups; default IPv4, plus IPv6 when some rule is IPv6 only. */
  readonly families?: readonly IpFamily[];
}

export function flowGraph(stack: SgStack, options: FlowGraphOptions = {}): FlowGraph {
  const groups = [...stack.groups].sort((a, b) => byText(a.tier, b.tier) || byText(a.id, b.id));
  const families = options.families ?? stackFamilies(stack);
  const byId = new Map(stack.groups.map((g) => [g.id, g]));
  const ends: FlowGraphEnd[] = stack.interfaces.length
    ? [...stack.interfaces].sort((a, b) => byText(a.id, b.id)).map((i) => ({ key: i.id, iface: i, groups: i.groups.map((id) => byId.get(id)!) }))
    : groups.map((g) => ({ key: g.tier, groups: [g] }));
  const index = new GraphIndex(stack);
  const edges: FlowGraphEdge[] = [];
  for (const from of ends) {
    for (const to of ends) {
      const traffic = mergeFamilies(families, families.map((f) => endTraffic(index, from, to, f)));
      if (traffic.length) edges.push({ from, to, traffic });
    }
  }
  const externals = externalPeers(stack);
  const used = new Set<string>();
  for (const ext of externals) {
    const outside: FlowGraphEnd = { key: ext.key, external: ext };
    for (const g of ends) {
      const inbound = [...new Set(ext.families.flatMap((f) => externalTraffic(index, ext, g, "ingress", f)))];
      const outbound = [...new Set(ext.families.flatMap((f) => externalTraffic(index, ext, g, "egress", f)))];
      if (inbound.length) edges.push({ from: outside, to: g, traffic: inbound });
      if (outbound.length) edges.push({ from: g, to: outside, traffic: outbound });
      if (inbound.length || outbound.length) used.add(ext.key);
    }
  }
  return { ends, groups, externals: externals.filter((e) => used.has(e.key)), edges };
}

/** What one graph computes once: each end resolved, each group's allow rules per direction. */
class GraphIndex {
  private readonly resolved = new Map<FlowGraphEnd, Resolved>();
  private readonly allow = new Map<string, SgRule[]>();

  constructor(readonly stack: SgStack) {
    for (const r of stack.rules) {
      if (r.action !== "allow") continue;
      const key = `${r.direction} ${r.group}`;
      const list = this.allow.get(key);
      if (list) list.push(r);
      else this.allow.set(key, [r]);
    }
  }

  end(e: FlowGraphEnd): Resolved {
    let r = this.resolved.get(e);
    if (!r) this.resolved.set(e, (r = e.iface ? resolveEndpoint(this.stack, Endpoints.iface(e.iface.id)) : resolveGroup(this.stack, e.groups![0])));
    return r;
  }

  /** The allow rules of every group an end carries, in one direction and family. */
  endAllowRules(e: FlowGraphEnd, direction: "ingress" | "egress", family: IpFamily): SgRule[] {
    return e.groups!.flatMap((g) => this.allowRules(g, direction, family));
  }

  /** The group's allow rules in one direction and family, in stack order. */
  allowRules(g: SgGroup, direction: "ingress" | "egress", family: IpFamily): SgRule[] {
    return (this.allow.get(`${direction} ${g.id}`) ?? []).filter((r) => r.families.includes(family));
  }
}

function endTraffic(index: GraphIndex, from: FlowGraphEnd, to: FlowGraphEnd, family: IpFamily): string[] {
  const stack = index.stack;
  const src = index.end(from);
  const dst = index.end(to);
  // Every rule that admits the atom between these two ends, not just the first the evaluator
  // met: the credit (and so how runs merge) must not depend on the order rules are listed in.
  const sideRules = (owner: FlowGraphEnd, direction: "ingress" | "egress", other: Resolved) =>
    index.endAllowRules(owner, direction, family).filter((r) => hits(r, other, family));
  const sides = [sideRules(from, "egress", dst), sideRules(to, "ingress", src)];
  // A side with no allow rule naming the other end admits nothing: no atom can be allowed.
  if (sides.some((rules) => rules.length === 0)) return [];
  const atoms = evaluate(stack, src, dst, { protocol: "all" }, family);
  const shown = atoms
    .filter((a) => a.verdict === "allowed")
    .map((a): ShownAtom => ({ atom: a, credit: sides.map((rules) => creditKey(rules.filter((r) => matchesAtom(r.match, a)))) }));
  return trafficLabels(atoms, shown);
}

/** Whether a rule's peer names some address (or group) of the other end. */
function hits(r: SgRule, other: Resolved, family: IpFamily): boolean {
  const p = r.peer;
  if (p.kind === "group") return other.groups.some((g) => g.id === p.group);
  const space = other.space(family);
  if (p.kind === "prefix-list") return space.opaque.includes(p.name) || (!!p.addresses && !isEmpty(intersect(p.addresses, space.addresses)));
  return !isEmpty(intersect(p.addresses, space.addresses));
}

/** Placement is keyed by tier, so a group is named by its tier unless another group shares it. */
function resolveGroup(stack: SgStack, g: SgGroup): Resolved {
  const shared = stack.groups.filter((o) => o.tier === g.tier).length > 1;
  return resolveEndpoint(stack, Endpoints.group(shared ? g.id : g.tier));
}

/** A rule and the port range it names: one Huawei rule with ports "8080,8081" credits two runs. */
function creditKey(rules: readonly SgRule[]): string[] {
  const keys = rules.map((r) => `${r.address}#${r.match.protocol === "all" ? "all" : `${r.match.protocol}:${r.match.lo}-${r.match.hi}`}`);
  return [...new Set(keys)].sort();
}

/** `direction`: the group's side; ingress = from the peer to the group. */
function externalTraffic(index: GraphIndex, ext: ExternalPeer, end: FlowGraphEnd, direction: "ingress" | "egress", family: IpFamily): string[] {
  const stack = index.stack;
  const naming = index.endAllowRules(end, direction, family).filter((r) => ext.isPeer(r.peer));
  // Only rules naming the peer are drawn from it: without one there is nothing to show.
  if (naming.length === 0) return [];
  const outside = resolveEndpoint(stack, ext.endpoint as Endpoint);
  const inside = index.end(end);
  const atoms = direction === "ingress" ? evaluate(stack, outside, inside, { protocol: "all" }, family) : evaluate(stack, inside, outside, { protocol: "all" }, family);
  const shown = atoms.flatMap((a): ShownAtom[] => {
    if (a.verdict !== "allowed") return [];
    const credit = naming.filter((r) => matchesAtom(r.match, a));
    return credit.length ? [{ atom: a, credit: [creditKey(credit)] }] : [];
  });
  return trafficLabels(atoms, shown);
}

function stackFamilies(stack: SgStack): IpFamily[] {
  return FAMILIES.filter((f) => f === "ipv4" || stack.rules.some((r) => r.families.length === 1 && r.families[0] === f));
}

const FAMILY_NAMES: Record<IpFamily, string> = { ipv4: "IPv4", ipv6: "IPv6" };

/** One list for several families; a label only some families allow says which. */
function mergeFamilies(families: readonly IpFamily[], perFamily: ReadonlyArray<readonly string[]>): string[] {
  if (perFamily.length <= 1) return [...(perFamily[0] ?? [])];
  const all = [...new Set(perFamily.flat())];
  return all.map((label) => {
    const where = perFamily.map((labels, i) => (labels.includes(label) ? FAMILY_NAMES[families[i]] : undefined)).filter(Boolean);
    return where.length === perFamily.length ? label : `${label} (${where.join(", ")})`;
  });
}
