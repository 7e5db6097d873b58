// Spells the traffic an edge carries: "ALL" when every atom passes, "TCP ALL" when a protocol
// passes whole, else one label per run of neighbouring ports that one rule spans on every side
// (egress and ingress), so a service port and its health-check port stay "TCP 8080, TCP 8081"
// rather than "TCP 8080-8081", while a narrow rule inside a wide one ("9443" in "1025-65535")
// does not cut the wide one apart.
import type { Atom } from "./evaluate";
import { rangeLabel } from "./protocol";

export interface ShownAtom {
  readonly atom: Atom;
  /** Per side, the rules (and port ranges) that let this atom through; neighbours merge when
   *  they share one on every side. */
  readonly credit: ReadonlyArray<readonly string[]>;
}

/** `all`: every atom of the query (one family), `shown`: those that pass. */
export function trafficLabels(all: readonly Atom[], shown: readonly ShownAtom[]): string[] {
  if (!shown.length) return [];
  const key = (a: Atom) => `${a.protocol}:${a.lo}`;
  const passing = new Set(shown.map((s) => key(s.atom)));
  if (all.every((a) => passing.has(key(a)))) return ["ALL"];
  const protocols = [...new Set(all.map((a) => a.protocol))];
  return protocols.flatMap((p) => {
    const mine = shown.filter((s) => s.atom.protocol === p);
    if (!mine.length) return [];
    const whole = all.filter((a) => a.protocol === p).every((a) => passing.has(key(a)));
    if (whole) return [rangeLabel(p, Math.min(...mine.map((s) => s.atom.lo)), Math.max(...mine.map((s) => s.atom.hi)))];
    return runs(mine).map((r) => rangeLabel(p, r.lo, r.hi));
  });
}

function runs(shown: readonly ShownAtom[]): Array<{ lo: number; hi: number }> {
  const out: Array<{ lo: number; hi: number; credit: ReadonlyArray<readonly string[]> }> = [];
  const spanned = (a: ReadonlyArray<readonly string[]>, b: ReadonlyArray<readonly string[]>) =>
    a.length === b.length && a.every((side, i) => side.some((c) => b[i].includes(c)));
  for (const s of [...shown].sort((a, b) => a.atom.lo - b.atom.lo)) {
    const last = out[out.length - 1];
    if (last && last.hi + 1 === s.atom.lo && spanned(last.credit, s.credit)) {
      last.hi = s.atom.hi;
      last.credit = s.credit;
    } else out.push({ lo: s.atom.lo, hi: s.atom.hi, credit: s.credit });
  }
  return out;
}
