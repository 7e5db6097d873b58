// What passes of a flow, as slices of traffic: protocol and port range, from which source
// addresses, to which destination addresses. One piece per atom for policy checks; neighbours
// merged for reports.
import type { IpFamily } from "../net/cidr";
import type { Resolved } from "./endpoint";
import type { AtomOutcome } from "./evaluate";
import { fullRange, rangeLabel } from "./protocol";
import { Space, spaceCovers, spaceText, spaceUnion } from "./space";

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
  /** The admitted source addresses as a set, for policy checks. */
  readonly fromSpace: Space;
}

export function piecesOf(atoms: AtomOutcome[], from: Resolved, to: Resolved): Piece[] {
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

/** Pieces as one line; every protocol on every port, alike, reads "ALL". */
export function piecesText(pieces: readonly Piece[]): string {
  const alike = pieces.every((p) => JSON.stringify([p.from, p.to, p.uncertain]) === JSON.stringify([pieces[0].from, pieces[0].to, pieces[0].uncertain]));
  const whole = pieces.every((p) => p.protocol === "rest" || (p.lo <= fullRange(p.protocol)[0] && p.hi >= fullRange(p.protocol)[1]));
  if (pieces.length && alike && whole && pieces.some((p) => p.protocol === "rest")) return pieceText({ ...pieces[0], traffic: "ALL" });
  return pieces.map(pieceText).join("; ");
}
