// Sets of IP addresses as sorted, disjoint intervals per family. Rules are compared by exact set
// arithmetic, so a union of narrower rules can cover a block, /32 and /128 are single hosts, and
// Huawei address-group ranges ("10.0.0.1-10.0.0.9") need no special case.
import * as ipaddr from "ipaddr.js";
import { IpFamily, parseCidr } from "../net/cidr";
import { VerifyError } from "./errors";

export type Interval = readonly [bigint, bigint];
export type AddressSet = { readonly [F in IpFamily]: readonly Interval[] };

export const FAMILIES: readonly IpFamily[] = ["ipv4", "ipv6"];
const BITS: Record<IpFamily, number> = { ipv4: 32, ipv6: 128 };

export const EMPTY: AddressSet = { ipv4: [], ipv6: [] };

export function everything(family: IpFamily): AddressSet {
  return { ...EMPTY, [family]: [[0n, (1n << BigInt(BITS[family])) - 1n]] };
}

/**
 * "10.0.0.0/16", "10.0.0.5", "2001:db8::/32" or a range "10.0.0.1-10.0.0.9"; `where` prefixes
 * errors with the attribute that held the text.
 */
export function parseAddresses(text: string, where?: string): AddressSet {
  const fail = (problem: string) => new VerifyError(where ? `${where}: ${problem}` : problem);
  const range = text.split("-");
  if (range.length === 2) {
    const [lo, hi] = range.map((t) => parseAddresses(t.trim(), where));
    const family = lo.ipv4.length ? "ipv4" : "ipv6";
    if (!hi[family].length || hi[family][0][1] < lo[family][0][0]) throw fail(`"${text}" is not an address range`);
    return { ...EMPTY, [family]: [[lo[family][0][0], hi[family][0][1]]] };
  }
  const cidr = parseCidr(text.includes("/") ? text : `${text}/${text.includes(":") ? 128 : 32}`);
  if (typeof cidr === "string") throw fail(cidr);
  const host = BigInt(BITS[cidr.family] - cidr.prefix);
  const start = toBigInt(cidr.address.toByteArray());
  return { ...EMPTY, [cidr.family]: [[start, start + (1n << host) - 1n]] };
}

export function fromList(texts: readonly string[]): AddressSet {
  return texts.reduce((acc, t) => union(acc, parseAddresses(t)), EMPTY);
}

export function onlyFamily(set: AddressSet, family: IpFamily): AddressSet {
  return { ...EMPTY, [family]: set[family] };
}

export function union(a: AddressSet, b: AddressSet): AddressSet {
  // The checker unions and subtracts in inner loops, mostly with an empty side.
  if (isEmpty(b)) return a;
  if (isEmpty(a)) return b;
  return perFamily((f) => normalize([...a[f], ...b[f]]));
}

export function intersect(a: AddressSet, b: AddressSet): AddressSet {
  return perFamily((f) => {
    const out: Interval[] = [];
    for (const [lo1, hi1] of a[f]) {
      for (const [lo2, hi2] of b[f]) {
        const lo = lo1 > lo2 ? lo1 : lo2;
        const hi = hi1 < hi2 ? hi1 : hi2;
        if (lo <= hi) out.push([lo, hi]);
      }
    }
    return normalize(out);
  });
}

export function subtract(a: AddressSet, b: AddressSet): AddressSet {
  if (isEmpty(a) || isEmpty(b)) return a;
  return perFamily((f) => {
    let rest: Interval[] = [...a[f]];
    for (const [blo, bhi] of b[f]) {
      rest = rest.flatMap(([lo, hi]): Interval[] => {
        if (bhi < lo || blo > hi) return [[lo, hi]];
        const parts: Interval[] = [];
        if (blo > lo) parts.push([lo, blo - 1n]);
        if (bhi < hi) parts.push([bhi + 1n, hi]);
        return parts;
      });
    }
    return rest;
  });
}

export function isEmpty(set: AddressSet): boolean {
  return set.ipv4.length === 0 && set.ipv6.length === 0;
}

/** True when every address of `inner` is in `outer`. */
export function covers(outer: AddressSet, inner: AddressSet): boolean {
  return isEmpty(subtract(inner, outer));
}

export function sameSet(a: AddressSet, b: AddressSet): boolean {
  return covers(a, b) && covers(b, a);
}

/** The fewest CIDR blocks that spell the set, for reports. */
export function toCidrs(set: AddressSet): string[] {
  return FAMILIES.flatMap((f) => set[f].flatMap(([lo, hi]) => rangeToCidrs(lo, hi, f)));
}

function rangeToCidrs(lo: bigint, hi: bigint, family: IpFamily): string[] {
  const bits = BITS[family];
  const out: string[] = [];
  while (lo <= hi) {
    let size = 0;
    while (size < bits && lo % (1n << BigInt(size + 1)) === 0n && lo + (1n << BigInt(size + 1)) - 1n <= hi) size++;
    out.push(`${format(lo, family)}/${bits - size}`);
    lo += 1n << BigInt(size);
  }
  return out;
}

function perFamily(fn: (f: IpFamily) => Interval[]): AddressSet {
  return { ipv4: fn("ipv4"), ipv6: fn("ipv6") };
}

function normalize(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  const out: Array<[bigint, bigint]> = [];
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1n) last[1] = hi > last[1] ? hi : last[1];
    else out.push([lo, hi]);
  }
  return out;
}

function toBigInt(bytes: number[]): bigint {
  return bytes.reduce((acc, b) => (acc << 8n) | BigInt(b), 0n);
}

function format(value: bigint, family: IpFamily): string {
  const bytes: number[] = [];
  for (let i = 0; i < BITS[family] / 8; i++) bytes.unshift(Number((value >> BigInt(8 * i)) & 0xffn));
  return ipaddr.fromByteArray(bytes).toString();
}
