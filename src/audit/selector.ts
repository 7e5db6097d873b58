// Comparing the protocol/port ranges rules match (the checker's Selector).
import { Selector, rangeLabel } from "../verify/protocol";

export function selectorCovers(outer: Selector, inner: Selector): boolean {
  if (outer.protocol === "all") return true;
  if (inner.protocol === "all") return false;
  return outer.protocol === inner.protocol && outer.lo <= inner.lo && inner.hi <= outer.hi;
}

export function selectorsOverlap(a: Selector, b: Selector): boolean {
  if (a.protocol === "all" || b.protocol === "all") return true;
  return a.protocol === b.protocol && a.lo <= b.hi && b.lo <= a.hi;
}

/** "ALL", "TCP 22", "UDP 30000-32767". */
export function selectorLabel(s: Selector): string {
  return s.protocol === "all" ? "ALL" : rangeLabel(s.protocol, s.lo, s.hi);
}
