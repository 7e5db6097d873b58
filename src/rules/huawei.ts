// The Huawei rules stage: flows become huaweicloud_networking_secgroup_rule entries. Rules that
// share direction, protocol, ethertype and peer merge into one rule with a `ports` list
// ("5443,5444,8445,9443"), keeping the resource count minimal; one peer per rule.
import { SpecError } from "../spec/errors";
import type { FlowSet } from "../flows/build";
import { Binding, Flow, GroupRole, Source, endpointKey, sideDescription, uniqueSources } from "../flows/flow";
import type { RuleOptions } from "./aws";
import { Port, portCovers, portKey } from "../flows/port";
import { ANY_IPV4, ANY_IPV6 } from "../net/cidr";
import { cloudGroupsOf } from "../placement/placement";
import { RulePeer, peerKey } from "./peer";
import { coalesce, portsText, Range } from "./port-list";
import { MAX_DESCRIPTION, safeDescription } from "./description";

/** The provider accepts at most this many entries in one `ports` list; longer lists split. */
export const MAX_PORT_ENTRIES = 15;

export interface HuaweiRule {
  readonly key: string;
  readonly direction: "ingress" | "egress";
  readonly ethertype: "IPv4" | "IPv6";
  /** Omitted for all protocols. */
  readonly protocol?: "tcp" | "udp" | "icmp" | "icmpv6";
  /** tcp/udp: "22,80,1-30"; omitted for every port. */
  readonly ports?: string;
  /** ICMP type and code, which `ports` cannot express. */
  readonly icmp?: { readonly type: number; readonly code: number };
  readonly peer: RulePeer;
  readonly description: string;
  readonly sources: readonly Source[];
  /** Modules: the `ports` list as literal entries and variables (rendered "5444,${var.x}"). */
  readonly portParts?: ReadonlyArray<string | Binding>;
  /** Modules: the list variable the rule iterates over (one rule per CIDR in it). */
  readonly forEach?: string;
}

export interface HuaweiGroupPlan {
  readonly tier: string;
  readonly role: GroupRole;
  /** False for groups CCE creates (master, Turbo ENI): referenced by ID, only our rules are managed. */
  readonly created: boolean;
  readonly rules: readonly HuaweiRule[];
}

interface Atom {
  readonly direction: "ingress" | "egress";
  readonly ethertype: "IPv4" | "IPv6";
  readonly port: Port;
  readonly peer: RulePeer;
  readonly flow: Flow;
}

export function planHuaweiRules(set: FlowSet, options: RuleOptions = {}): HuaweiGroupPlan[] {
  const ipv6 = set.cluster.ipFamily === "ipv6";
  const rendered = set.flows.filter((f) => !f.providedBy);
  const provided = set.flows.filter((f) => f.providedBy);
  const cloudCreated = new Set(cloudGroupsOf(set.target).map((c) => c.group));
  return set.groups.map((g) => {
    const atoms: Atom[] = [];
    for (const f of rendered) {
      if (endpointKey(f.to) === endpointKey(g)) atoms.push(...atomsOf(f, "ingress", f.from, ipv6, set));
      if (endpointKey(f.from) === endpointKey(g)) atoms.push(...atomsOf(f, "egress", f.to, ipv6, set));
    }
    const added = atoms.filter((a) => !coveredByDefault(a, g.tier, provided));
    return { tier: g.tier, role: g.role, created: !cloudCreated.has(g.tier), rules: merge(added, g.tier, options) };
  });
}

/** A rule the cloud already created (CCE's master and ENI group rules) is not rendered again. */
function coveredByDefault(a: Atom, tier: string, provided: readonly Flow[]): boolean {
  return provided.some((f) => {
    const side = a.direction === "ingress" ? f.to : f.from;
    const peer = a.direction === "ingress" ? f.from : f.to;
    if (side.kind !== "group" || side.tier !== tier || !portCovers(f.port, a.port)) return false;
    if (endpointKey(peer) === endpointKey(a.peer)) return true;
    // 0.0.0.0/0 (::/0) holds every address of its family, security groups' members included.
    return peer.kind === "cidr" && peer.cidr === (a.ethertype === "IPv4" ? ANY_IPV4 : ANY_IPV6);
  });
}

function atomsOf(f: Flow, direction: "ingress" | "egress", peer: RulePeer, ipv6: boolean, set: FlowSet): Atom[] {
  if (peer.kind === "prefix-list") {
    const lb = set.cluster.tiers.findIndex((t) => t.kind === "load-balancer" && t.sources.cloudfront);
    throw new SpecError(
      `${set.cluster.specPath}.tiers[${lb}].sources.cloudfront`,
      "Huawei Cloud has no CloudFront prefix list; list the CDN's CIDRs under sources.cidrs instead",
    );
  }
  const families: Array<"IPv4" | "IPv6"> = peer.kind === "cidr" ? [peer.cidr.includes(":") ? "IPv6" : "IPv4"] : ipv6 ? ["IPv4", "IPv6"] : ["IPv4"];
  return families.map((ethertype) => ({ direction, ethertype, port: f.port, peer, flow: f }));
}

function merge(atoms: Atom[], self: string, options: RuleOptions): HuaweiRule[] {
  const buckets = new Map<string, Atom[]>();
  for (const a of atoms) {
    const protocol = a.port.protocol;
    // ICMP with a type and code cannot share a rule; everything else merges per protocol.
    const shape = protocol === "icmp" && a.port.type !== -1 ? portKey(a.port) : protocol;
    const binding = options.bindings && a.peer.kind === "cidr" ? a.peer.binding : undefined;
    const peer = binding ? binding.variable : peerKey(a.peer, self);
    const key = [a.direction, shape, a.ethertype.toLowerCase(), a.direction === "ingress" ? "from" : "to", peer].join("_");
    buckets.set(key, [...(buckets.get(key) ?? []), a]);
  }
  const rules: HuaweiRule[] = [];
  for (const key of [...buckets.keys()].sort()) rules.push(...toRules(key, buckets.get(key)!, options));
  return rules;
}

function toRules(key: string, atoms: Atom[], options: RuleOptions): HuaweiRule[] {
  const first = atoms[0];
  const binding = options.bindings && first.peer.kind === "cidr" ? first.peer.binding : undefined;
  const base = {
    direction: first.direction,
    ethertype: first.ethertype,
    peer: first.peer,
    sources: uniqueSources(atoms.flatMap((a) => a.flow.sources)),
    description: describe(atoms),
    ...(binding?.list ? { forEach: binding.variable } : {}),
  };
  const port = first.port;
  if (port.protocol === "all") return [{ ...base, key }];
  if (port.protocol === "icmp") {
    // Huawei names ICMP for IPv6 rules "icmpv6".
    const protocol = first.ethertype === "IPv6" ? "icmpv6" : "icmp";
    return [{ ...base, key, protocol, ...(port.type === -1 ? {} : { icmp: { type: port.type, code: port.code } }) }];
  }
  const bound = options.bindings ? atoms.filter((a) => a.flow.portBinding) : [];
  if (bound.length > 0) return [{ ...base, key, protocol: port.protocol, ...portList(atoms, bound) }];
  const ranges = coalesce(atoms.map((a) => a.port as Range));
  if (ranges.length === 1 && ranges[0].from === 1 && ranges[0].to === 65535) return [{ ...base, key, protocol: port.protocol }];
  const chunks: Range[][] = [];
  for (let i = 0; i < ranges.length; i += MAX_PORT_ENTRIES) chunks.push(ranges.slice(i, i + MAX_PORT_ENTRIES));
  return chunks.map((chunk, i) => ({ ...base, key: i === 0 ? key : `${key}_${i + 1}`, protocol: port.protocol as "tcp" | "udp", ports: portsText(chunk) }));
}

/** Module mode: literal entries stay literal, spec ports become their variables. */
function portList(atoms: Atom[], bound: Atom[]): { ports: string; portParts: Array<string | Binding> } {
  const literal = coalesce(atoms.filter((a) => !a.flow.portBinding).map((a) => a.port as Range));
  const variables = new Map(bound.map((a) => [a.flow.portBinding!.variable, a.flow.portBinding!]));
  const parts = [...portsText(literal).split(",").filter(Boolean), ...[...variables.keys()].sort().map((v) => variables.get(v)!)];
  return { ports: portsText(coalesce(atoms.map((a) => a.port as Range))), portParts: parts };
}

function describe(atoms: Atom[]): string {
  const texts = [...new Set(atoms.map((a) => sideDescription(a.flow, a.direction)))];
  return safeDescription(texts.filter(Boolean).join("; ")).slice(0, MAX_DESCRIPTION);
}
