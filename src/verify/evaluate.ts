// The core semantics. Security groups are stateful, so only the opening direction is checked:
// the source's groups must let the packet out (egress) and the destination's groups must let it
// in (ingress); an end outside the stack has no groups and no say. On each side the rules of the
// interface's groups are read in order (binding order, then Huawei priority, deny before allow at
// equal priority); the first rule matching an address decides it, and an address no rule matches
// is denied. AWS rules all allow, so there the order changes nothing and the result is the union.
//
// The query space is cut into atoms (protocol x port range) at every rule boundary, so each rule
// either matches an atom whole or not at all; each atom is then judged per address.
import type { IpFamily } from "../net/cidr";
import type { SgRule, SgStack } from "./model";
import { Resolved } from "./endpoint";
import { ICMP, ICMPV6, Selector, TCP, UDP, fullRange } from "./protocol";
import { NOWHERE, Space, matchAddresses, spaceCovers, spaceIsEmpty, spaceMinus, spaceUnion } from "./space";

export interface Atom {
  readonly family: IpFamily;
  /** "rest": every protocol no rule names, which only all-protocol rules match. */
  readonly protocol: number | "rest";
  readonly lo: number;
  readonly hi: number;
}

export interface SideOutcome {
  /** The peer's addresses this side lets through. */
  readonly admitted: Space;
  readonly full: boolean;
  readonly none: boolean;
  readonly allowRules: readonly SgRule[];
  readonly denyRules: readonly SgRule[];
  /** A prefix list with unknown entries left the outcome open. */
  readonly uncertain: boolean;
}

export interface AtomOutcome extends Atom {
  /** Absent when the source is outside the stack. */
  readonly egress?: SideOutcome;
  /** Absent when the destination is outside the stack. */
  readonly ingress?: SideOutcome;
  readonly verdict: "allowed" | "denied" | "partial";
}

export function evaluate(stack: SgStack, from: Resolved, to: Resolved, query: Selector, family: IpFamily, splitAt: readonly Selector[] = []): AtomOutcome[] {
  const fromGroups = new Set(from.groups.map((g) => g.id));
  const toGroups = new Set(to.groups.map((g) => g.id));
  const relevant = stack.rules.filter(
    (r) => r.families.includes(family) && ((r.direction === "egress" && fromGroups.has(r.group)) || (r.direction === "ingress" && toGroups.has(r.group))),
  );
  // Each side's rules in evaluation order, sorted once; per atom only the matching ones are read.
  const egressRules = from.groups.length ? sideRules(relevant, from, "egress") : undefined;
  const ingressRules = to.groups.length ? sideRules(relevant, to, "ingress") : undefined;
  return atomsOf(query, family, [...relevant.map((r) => r.match), ...splitAt]).map((atom) => {
    const egress = egressRules ? side(egressRules, to, atom) : undefined;
    const ingress = ingressRules ? side(ingressRules, from, atom) : undefined;
    const sides = [egress, ingress].filter((s): s is SideOutcome => s !== undefined);
    const verdict = sides.every((s) => s.full) ? "allowed" : sides.some((s) => s.none) ? "denied" : "partial";
    return { ...atom, egress, ingress, verdict };
  });
}

/** One side's rules in the order they are read: binding order, then priority, deny first. */
function sideRules(rules: readonly SgRule[], owner: Resolved, direction: "ingress" | "egress"): SgRule[] {
  const order = new Map(owner.groups.map((g, i) => [g.id, i]));
  return rules
    .filter((r) => r.direction === direction && order.has(r.group))
    .sort((a, b) => order.get(a.group)! - order.get(b.group)! || a.priority - b.priority || Number(a.action === "allow") - Number(b.action === "allow"));
}

function side(sideOrdered: readonly SgRule[], peer: Resolved, atom: Atom): SideOutcome {
  const ordered = sideOrdered.filter((r) => matchesAtom(r.match, atom));
  const whole = peer.space(atom.family);
  let undecided = whole;
  let admitted = NOWHERE;
  const allowRules: SgRule[] = [];
  const denyRules: SgRule[] = [];
  let unknownAllow = false;
  let unknownDeny = false;
  for (const rule of ordered) {
    if (spaceIsEmpty(undecided)) break;
    const { hit, unknown } = matchPeer(rule, peer, undecided, atom.family);
    if (unknown) rule.action === "allow" ? (unknownAllow = true) : (unknownDeny = true);
    if (spaceIsEmpty(hit)) continue;
    if (rule.action === "allow") {
      admitted = spaceUnion(admitted, hit);
      allowRules.push(rule);
    } else denyRules.push(rule);
    undecided = spaceMinus(undecided, hit);
  }
  return {
    admitted,
    full: !unknownDeny && spaceCovers(admitted, whole),
    none: !unknownAllow && spaceIsEmpty(admitted),
    allowRules,
    denyRules,
    uncertain: unknownAllow || unknownDeny,
  };
}

/** The part of the still-undecided peer addresses a rule's remote matches. */
function matchPeer(rule: SgRule, peer: Resolved, undecided: Space, family: IpFamily): { hit: Space; unknown: boolean } {
  const p = rule.peer;
  switch (p.kind) {
    case "group":
      // A group reference matches every address of an interface that carries the group.
      return { hit: peer.groups.some((g) => g.id === p.group) ? undecided : NOWHERE, unknown: false };
    case "addresses":
      return matchAddresses(undecided, p.addresses, family);
    case "prefix-list": {
      const byName: Space = { addresses: { ipv4: [], ipv6: [] }, opaque: undecided.opaque.filter((o) => o === p.name) };
      if (p.addresses) {
        const m = matchAddresses(undecided, p.addresses, family);
        return { hit: spaceUnion(m.hit, byName), unknown: m.unknown && byName.opaque.length === 0 };
      }
      const others: Space = { addresses: undecided.addresses, opaque: undecided.opaque.filter((o) => o !== p.name) };
      return { hit: byName, unknown: !spaceIsEmpty(others) };
    }
  }
}

export function matchesAtom(m: Selector, atom: Atom): boolean {
  if (m.protocol === "all") return true;
  return m.protocol === atom.protocol && m.lo <= atom.lo && atom.hi <= m.hi;
}

/** Cuts the query into atoms at every boundary of the given selectors. */
export function atomsOf(query: Selector, family: IpFamily, selectors: readonly Selector[]): Atom[] {
  const named = [...new Set(selectors.flatMap((s) => (s.protocol === "all" ? [] : [s.protocol])))];
  const slices: Array<{ protocol: number | "rest"; lo: number; hi: number }> =
    query.protocol === "all"
      ? [
          ...[...new Set([TCP, UDP, family === "ipv4" ? ICMP : ICMPV6, ...named])].sort((a, b) => a - b).map((p) => {
            const [lo, hi] = fullRange(p);
            return { protocol: p, lo, hi };
          }),
          { protocol: "rest" as const, lo: 0, hi: 0 },
        ]
      : [{ protocol: query.protocol, lo: query.lo, hi: query.hi }];
  return slices.flatMap((slice) => {
    if (slice.protocol === "rest") return [{ family, ...slice }];
    const cuts = new Set<number>([slice.lo, slice.hi + 1]);
    for (const s of selectors) {
      if (s.protocol !== slice.protocol) continue;
      for (const c of [s.lo, s.hi + 1]) if (c > slice.lo && c <= slice.hi) cuts.add(c);
    }
    const sorted = [...cuts].sort((a, b) => a - b);
    return sorted.slice(0, -1).map((lo, i) => ({ family, protocol: slice.protocol, lo, hi: sorted[i + 1] - 1 }));
  });
}
