// allows(stack, {from, to, protocol, port}): does the stack let this traffic through, and which
// rules say so? "allowed" means every address of both ends on every port asked; "denied" means
// none; "partial" says exactly what passes.
import type { IpFamily } from "../net/cidr";
import type { Port } from "../flows/port";
import type { SgStack } from "./model";
import { Endpoint, Resolved, resolveEndpoint } from "./endpoint";
import { AtomOutcome, evaluate } from "./evaluate";
import { Piece, mergePieces, piecesOf } from "./pieces";
import { Selector, fullRange, icmpRange, isIcmp, protocolNumber, rangeLabel, selectorOfPort } from "./protocol";
import { reasonOf } from "./reason";
import { RuleRef, ruleRefs } from "./rule-ref";
import { VerifyError } from "./errors";

export type { Piece } from "./pieces";
export { pieceText } from "./pieces";
export type { RuleRef } from "./rule-ref";

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
  if (isIcmp(protocol)) {
    // A bare number is an ICMP type, any code.
    const { type, code } = typeof p === "number" ? { type: p, code: -1 } : (p as { type: number; code: number });
    const [lo, hi] = icmpRange(type, code);
    return { protocol, lo, hi };
  }
  const [lo, hi] = typeof p === "number" ? [p, p] : Array.isArray(p) ? p : [NaN, NaN];
  if (!(lo >= 1 && hi <= 65535 && lo <= hi)) throw new VerifyError(`port ${JSON.stringify(p)} is not a port or [from, to] range within 1-65535`);
  return { protocol, lo, hi };
}

function describeQuery(q: Selector | Port): string {
  if (isSelector(q)) return q.protocol === "all" ? "ALL" : rangeLabel(q.protocol, q.lo, q.hi);
  const s = selectorOfPort(q);
  return s.protocol === "all" ? "ALL" : rangeLabel(s.protocol, s.lo, s.hi);
}

function summarize(atoms: AtomOutcome[], atomPieces: Piece[], from: Resolved, to: Resolved, traffic: string): FlowResult {
  const refs = ruleRefs([...from.groups, ...to.groups]);
  const passing = atoms.filter((a) => a.verdict !== "denied");
  const egressRules = refs(passing.flatMap((a) => [...(a.egress?.allowRules ?? [])]));
  const ingressRules = refs(passing.flatMap((a) => [...(a.ingress?.allowRules ?? [])]));
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
    reason: reasonOf({ verdict, atoms, admitted, from, to, traffic, egressRules, ingressRules, refs }),
  };
}
