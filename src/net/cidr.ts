// CIDR parsing and set relations, on top of ipaddr.js, so the spec and the rules agree on one notion
// of "a network".
import * as ipaddr from "ipaddr.js";

export type IpFamily = "ipv4" | "ipv6";

export interface Cidr {
  readonly text: string; // canonical form, e.g. "10.0.0.0/16"
  readonly family: IpFamily;
  readonly address: ipaddr.IPv4 | ipaddr.IPv6;
  readonly prefix: number;
}

/** Parses a CIDR; returns an error text instead of throwing so callers can name the spec path. */
export function parseCidr(text: string): Cidr | string {
  if (!/^[0-9a-fA-F:.]+\/\d{1,3}$/.test(text)) return `"${text}" is not a CIDR block (expected e.g. 10.0.0.0/16)`;
  let parsed: [ipaddr.IPv4 | ipaddr.IPv6, number];
  try {
    parsed = ipaddr.parseCIDR(text);
  } catch {
    return `"${text}" is not a CIDR block (expected e.g. 10.0.0.0/16)`;
  }
  const [address, prefix] = parsed;
  const family: IpFamily = address.kind() === "ipv4" ? "ipv4" : "ipv6";
  // ipaddr.js also reads "10.0.0/24", octal "010.0.0.0" and bare integers; a spec must not.
  if (family === "ipv4" && !ipaddr.IPv4.isValidFourPartDecimal(text.split("/")[0])) {
    return `"${text}" is not a CIDR block (write four decimal octets, e.g. 10.0.0.0/16)`;
  }
  const network =
    family === "ipv4" ? ipaddr.IPv4.networkAddressFromCIDR(text) : ipaddr.IPv6.networkAddressFromCIDR(text);
  if (network.toString() !== address.toString()) {
    return `"${text}" has host bits set (did you mean ${network.toString()}/${prefix}?)`;
  }
  return { text: `${network.toString()}/${prefix}`, family, address, prefix };
}

export function mustParseCidr(text: string): Cidr {
  const cidr = parseCidr(text);
  if (typeof cidr === "string") throw new Error(cidr);
  return cidr;
}

/** True when every address of `inner` is in `outer`. */
export function contains(outer: Cidr, inner: Cidr): boolean {
  if (outer.family !== inner.family || outer.prefix > inner.prefix) return false;
  return inner.address.match([outer.address, outer.prefix] as never);
}

export function overlaps(a: Cidr, b: Cidr): boolean {
  return contains(a, b) || contains(b, a);
}

export const ANY_IPV4 = "0.0.0.0/0";
export const ANY_IPV6 = "::/0";
