// The addresses an endpoint stands for: concrete blocks, plus opaque named sets (prefix lists
// whose entries nobody told us) that only a rule naming the same set, or a rule covering a whole
// address family, can be said to match.
import type { IpFamily } from "../net/cidr";
import { AddressSet, EMPTY, covers, everything, intersect, isEmpty, subtract, toCidrs, union } from "./address-set";

export interface Space {
  readonly addresses: AddressSet;
  readonly opaque: readonly string[];
}

export const NOWHERE: Space = { addresses: EMPTY, opaque: [] };

export function spaceUnion(a: Space, b: Space): Space {
  if (spaceIsEmpty(b)) return a;
  if (spaceIsEmpty(a)) return b;
  return { addresses: union(a.addresses, b.addresses), opaque: [...new Set([...a.opaque, ...b.opaque])].sort() };
}

export function spaceMinus(a: Space, b: Space): Space {
  if (spaceIsEmpty(b)) return a;
  return { addresses: subtract(a.addresses, b.addresses), opaque: a.opaque.filter((o) => !b.opaque.includes(o)) };
}

export function spaceIsEmpty(s: Space): boolean {
  return isEmpty(s.addresses) && s.opaque.length === 0;
}

export function spaceCovers(outer: Space, inner: Space): boolean {
  return covers(outer.addresses, inner.addresses) && inner.opaque.every((o) => outer.opaque.includes(o));
}

/** The part of `s` a rule's address block matches, and whether opaque sets make that unknown. */
export function matchAddresses(s: Space, block: AddressSet, family: IpFamily): { hit: Space; unknown: boolean } {
  const wholeFamily = coversFamily(block, family);
  return {
    hit: { addresses: intersect(s.addresses, block), opaque: wholeFamily ? s.opaque : [] },
    unknown: !wholeFamily && s.opaque.length > 0,
  };
}

/** Whether a rule's block is a whole family (0.0.0.0/0, ::/0); rules keep their blocks, so remember. */
const wholeFamilies = new WeakMap<AddressSet, Partial<Record<IpFamily, boolean>>>();
function coversFamily(block: AddressSet, family: IpFamily): boolean {
  let known = wholeFamilies.get(block);
  if (!known) wholeFamilies.set(block, (known = {}));
  return (known[family] ??= covers(block, everything(family)));
}

export function spaceText(s: Space): string[] {
  return [...toCidrs(s.addresses), ...s.opaque.map((o) => `prefix list ${o}`)];
}
