// allows(stack, {from, to, protocol, port}): does the stack let this traffic through, and which
// rules say so? "allowed" means every address of both ends on every port asked; "denied" means
// none; "partial" says exactly what passes.
import type { IpFamily } from "../net/cidr";
import type { Port } from "../flows/port";
import type { SgRule, SgStack } from "./model";
import { Endpoint, Resolved, resolveEndpoint } from "./endpoint";
import { AtomOutcome, evaluate } from "./evaluate";
import { Selector, fullRange, icmpRange, protocolNumber, rangeLabel, selectorOfPort } from "./protocol";
import { Space, spaceCovers, spaceText, spaceUnion } from "./space";
import { VerifyError } from "./errors";

export interface FlowQuery {
  readonly from: Endpoint;
  readonly to: Endpoint;
  /** "all", "tcp", "udp", "icmp", "icmpv6" or an IANA number; default "all". */
  readonly protocol?: string | number;
  /** TCP/UDP: a port or [from, to] (default every port); ICMP: {type, code}, -1 = any. */
  readonly port?: number | readonly [number, number] | { readonly type: number; readonly code: number };
  /** Which address family to judge; default: the families of the address ends, else IPv4. */
  readonly family?: IpFamily;
}

export interface RuleRef {
  readonly address: string;
  readonly tier: string;
  readonly direction: "ingress" | "egress";
  readonly action: "allow" | "deny";
  readonly description?: string;
  readonly cloudDefault?: string;
}

/** A slice of traffic that passes: protocol and ports, from which addresses, to which. */
export interface Piece {
  readonly family: IpFamily;
  readonly traffic: string;
  readonly protocol: number | "rest";
  readonly lo: number;
  readonly hi: number;
  /** Source addresses let through; "all" when the whole source. */
  readonly from: "all" | readonly string[];
  readonly to: "all" | readonly string[];
  readonly uncertain: boolean;
  /** Internal: the admitted source space, for policy checks. */
  readonly fromSpace: Space;
}

export interface FlowResult {
  readonly allowed: boolean;
  readonly verdict: "allowed" | "denied" | "partial";
  readonly egressRule?: RuleRef;
  readonly ingressRule?: RuleRef;
  readonly egressRules: readonly RuleRef[];
  readonly ingressRules: readonly RuleRef[];
  readonly admitted: readonly Piece[];
  readonly reason: string;
}

export function allows(stack: SgStack, query: FlowQuery): FlowResult {
  return judgeWithAtoms(stack, query.from, query.to, selectorOf(query), query.family).result;
}

/** The same for a flow's Port (src/flows). */
export function allowsPort(stack: SgStack, from: Endpoint, to: Endpoint, port: Port, family?: IpFamily): FlowResult {
  return judgeWithAtoms(stack, from, to, port, family).result;
}

/** The result plus one piece per atom, cut at `splitAt` too, for policy checks. */
export function judgeWithAtoms(
  stack: SgStack, fromE: Endpoint, toE: Endpoint, query: Selector | Port, family?: IpFamily, splitAt: readonly Port[] = [],
): { result: FlowResult; atomPieces: Piece[] } {
  const from = resolveEndpoint(stack, fromE);
  const to = resolveEndpoint(stack, toE);
  if (!from.groups.length && !to.groups.length) throw new VerifyError(`neither ${from.label} nor ${to.label} is a group of ${stack.name ?? "the stack"}`);
  const families = family ? [family] : familiesOf(from, to);
  const atoms = families.flatMap((f) =>
    evaluate(stack, from, to, isSelector(query) ? query : selectorOfPort(query, f), f, splitAt.map((p) => selectorOfPort(p, f))),
  );
  const atomPieces = piecesOf(atoms.filter((a) => a.verdict !== "denied"), from, to);
  return { result: summarize(atoms, atomPieces, from, to, describeQuery(query)), atomPieces };
}

function isSelector(q: Selector | Port): q is Selector {
  return q.protocol === "all" || typeof q.protocol === "number";
}

function familiesOf(from: Resolved, to: Resolved): IpFamily[] {
  const both = [...new Set([...from.families, ...to.families])];
  return both.length ? both.sort() : ["ipv4"];
}

function selectorOf(q: FlowQuery): Selector {
  const protocol = protocolNumber(q.protocol ?? "all");
  if (protocol === "all") return { protocol };
  const p = q.port;
  if (p === undefined) {
    const [lo, hi] = fullRange(protocol);
    return { protocol, lo, hi };
  }
  if (typeof p === "number") return { protocol, lo: p, hi: p };
  if (Array.isArray(p)) return { protocol, lo: p[0], hi: p[1] };
  const { type, code } = p as { type: number; code: number };
  const [lo, hi] = icmpRange(type, code);
  return { protocol, lo, hi };
}

function describeQuery(q: Selector | Port): string {
  if (isSelector(q)) return q.protocol === "all" ? "ALL" : rangeLabel(q.protocol, q.lo, q.hi);
  const s = selectorOfPort(q);
  return s.protocol === "all" ? "ALL" : rangeLabel(s.protocol, s.lo, s.hi);
}

function summarize(atoms: AtomOutcome[], atomPieces: Piece[], from: Resolved, to: Resolved, traffic: string): FlowResult {
  const ref = (r: SgRule): RuleRef => ({
    address: r.address,
    tier: [...from.groups, ...to.groups].find((g) => g.id === r.group)?.tier ?? r.group,
    direction: r.direction,
    action: r.action,
    ...(r.description !== undefined ? { description: r.description } : {}),
    ...(r.cloudDefault ? { cloudDefault: r.cloudDefault } : {}),
  });
  const passing = atoms.filter((a) => a.verdict !== "denied");
  const unique = (rules: SgRule[]) => [...new Map(rules.map((r) => [r.address, ref(r)])).values()];
  const egressRules = unique(passing.flatMap((a) => [...(a.egress?.allowRules ?? [])]));
  const ingressRules = unique(passing.flatMap((a) => [...(a.ingress?.allowRules ?? [])]));
  const verdict = atoms.every((a) => a.verdict === "allowed") ? "allowed" : atoms.every((a) => a.verdict === "denied") ? "denied" : "partial";
  const admitted = mergePieces(atomPieces);
  return {
    allowed: verdict === "allowed",
    verdict,
    egressRule: egressRules[0],
    ingressRule: ingressRules[0],
    egressRules,
    ingressRules,
    admitted,
    reason: reasonOf(verdict, atoms, admitted, from, to, traffic, egressRules, ingressRules, ref),
  };
}

function piecesOf(atoms: AtomOutcome[], from: Resolved, to: Resolved): Piece[] {
  return atoms.map((a) => {
    const fromSpace = a.ingress?.admitted ?? from.space(a.family);
    const toSpace = a.egress?.admitted ?? to.space(a.family);
    return {
      family: a.family,
      protocol: a.protocol,
      lo: a.lo,
      hi: a.hi,
      traffic: rangeLabel(a.protocol, a.lo, a.hi),
      from: spaceCovers(fromSpace, from.space(a.family)) ? "all" : spaceText(fromSpace),
      to: spaceCovers(toSpace, to.space(a.family)) ? "all" : spaceText(toSpace),
      uncertain: Boolean(a.egress?.uncertain || a.ingress?.uncertain),
      fromSpace,
    };
  });
}

/** Joins neighbouring pieces that differ only in ports, for reports. */
export function mergePieces(pieces: readonly Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    const same =
      last && last.family === p.family && last.protocol === p.protocol && last.hi + 1 === p.lo &&
      JSON.stringify([last.from, last.to, last.uncertain]) === JSON.stringify([p.from, p.to, p.uncertain]);
    if (same) out[out.length - 1] = { ...last, hi: p.hi, traffic: rangeLabel(p.protocol, last.lo, p.hi), fromSpace: spaceUnion(last.fromSpace, p.fromSpace) };
    else out.push(p);
  }
  return out;
}

export function pieceText(p: Piece): string {
  const from = p.from === "all" ? "" : ` from ${p.from.join(", ")}`;
  const to = p.to === "all" ? "" : ` to ${p.to.join(", ")}`;
  return `${p.traffic}${from}${to}${p.uncertain ? " (prefix list entries unknown)" : ""}`;
}

function reasonOf(
  verdict: FlowResult["verdict"], atoms: AtomOutcome[], admitted: Piece[], from: Resolved, to: Resolved, traffic: string,
  egress: RuleRef[], ingress: RuleRef[], ref: (r: SgRule) => RuleRef,
): string {
  const names = (rules: RuleRef[]) => rules.map((r) => r.address).join(", ");
  if (verdict === "allowed") {
    const out = from.groups.length ? `egress ${names(egress)}` : `${from.label} is outside the stack (no egress check)`;
    const inn = to.groups.length ? `ingress ${names(ingress)}` : `${to.label} is outside the stack (no ingress check)`;
    return `${out}; ${inn}`;
  }
  if (verdict === "partial") return `only ${admitted.map(pieceText).join("; ")}`;
  const denies = [...new Map(atoms.flatMap((a) => [...(a.egress?.denyRules ?? []), ...(a.ingress?.denyRules ?? [])]).map((r) => [r.address, ref(r)])).values()];
  const why: string[] = [];
  if (atoms.some((a) => a.egress?.none)) why.push(`no egress rule of ${from.label} lets ${traffic} out to ${to.label}`);
  if (atoms.some((a) => a.ingress?.none)) why.push(`no ingress rule of ${to.label} lets ${traffic} in from ${from.label}`);
  if (denies.length) why.push(`denied by ${names(denies)}`);
  return why.join("; ");
}
