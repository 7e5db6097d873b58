// A check is one line of the flow matrix: traffic that must pass (required), or traffic that must
// not pass except where listed allowances say so (least privilege). Allowances name the seed row
// or spec setting that makes an exposure intended.
import type { IpFamily } from "../net/cidr";
import type { Port } from "../flows/port";
import { portLabel } from "../flows/port";
import { fromList, union, covers, EMPTY } from "./address-set";
import { FlowResult, judgeWithAtoms } from "./allows";
import { Piece, mergePieces } from "./pieces";
import type { Endpoint } from "./endpoint";
import type { SgStack } from "./model";
import { selectorOfPort } from "./protocol";

export interface Allowance {
  readonly port: Port;
  /** Sources this allowance admits; absent = any source. */
  readonly from?: readonly string[];
  readonly fromLabel?: string;
  /** A managed prefix list whose (unknown) entries may pass. */
  readonly prefixList?: string;
  /** The seed row ID or spec path that makes this traffic intended. */
  readonly ref: string;
  readonly because: string;
  /**
   * Set when the traffic passes only because the cloud created a rule the spec's profile would
   * narrow, and adding rules cannot remove it: reported as still open, with how to remove it.
   */
  readonly stillOpen?: string;
}

export interface Check {
  readonly suite: "required" | "least-privilege";
  /** "required", or the policy's name. */
  readonly name: string;
  readonly from: Endpoint;
  readonly to: Endpoint;
  readonly port: Port;
  readonly family?: IpFamily;
  readonly expect: "allowed" | "denied";
  /** For "denied": traffic these cover is intended, not a violation. */
  readonly allowances?: readonly Allowance[];
  /** Seed rows and spec settings behind a required flow; the policy statement otherwise. */
  readonly because: readonly string[];
  /** For a required check: the flow between groups it checks on these interfaces ("web -> orders-db"). */
  readonly flow?: string;
}

export interface CheckResult {
  readonly check: Check;
  readonly result: FlowResult;
  readonly pass: boolean;
  /** Traffic that passes although the policy forbids it. */
  readonly violations: readonly Piece[];
  /** Allowances marked stillOpen that some passing traffic falls under: reported, not failed. */
  readonly stillOpen: readonly Allowance[];
}

export function runCheck(stack: SgStack, check: Check): CheckResult {
  const allowances = check.allowances ?? [];
  const { result, atomPieces } = judgeWithAtoms(stack, check.from, check.to, check.port, check.family, allowances.map((a) => a.port));
  if (check.expect === "allowed") return { check, result, pass: result.allowed, violations: [], stillOpen: [] };
  const violations = mergePieces(atomPieces.filter((p) => !covered(p, allowances)));
  const stillOpen = allowances.filter((a) => a.stillOpen && atomPieces.some((p) => covered(p, [a])));
  return { check, result, pass: violations.length === 0, violations, stillOpen };
}

function covered(piece: Piece, allowances: readonly Allowance[]): boolean {
  const applicable = allowances.filter((a) => portCovers(a.port, piece));
  if (applicable.some((a) => !a.from && !a.prefixList)) return true;
  const sources = applicable.reduce((acc, a) => union(acc, fromList(a.from ?? [])), EMPTY);
  const lists = applicable.flatMap((a) => (a.prefixList ? [a.prefixList] : []));
  const opaqueOk = piece.fromSpace.opaque.length === 0 || lists.length > 0;
  const uncertainOk = !piece.uncertain || lists.length > 0;
  return covers(sources, piece.fromSpace.addresses) && opaqueOk && uncertainOk;
}

function portCovers(port: Port, piece: Piece): boolean {
  const s = selectorOfPort(port, piece.family);
  if (s.protocol === "all") return true;
  return s.protocol === piece.protocol && s.lo <= piece.lo && piece.hi <= s.hi;
}

export function allowanceText(a: Allowance): string {
  const from = a.fromLabel ?? (a.prefixList ? `prefix list ${a.prefixList}` : a.from ? a.from.join(", ") : "");
  return `${portLabel(a.port)}${from ? ` from ${from}` : ""} [${a.ref}${a.stillOpen ? ", CCE's own rule" : ""}]`;
}
