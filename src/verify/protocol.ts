// What part of the protocol/port space a rule matches, in one shape for both clouds: an IANA
// protocol number and a range. TCP/UDP ranges are ports; ICMP ranges encode type*256+code, so
// "type 3, any code" is the range 768-1023 and "any ICMP" is 0-65535.
import type { Port } from "../flows/port";
import { VerifyError } from "./errors";

export const TCP = 6;
export const UDP = 17;
export const ICMP = 1;
export const ICMPV6 = 58;

export type Selector = { readonly protocol: "all" } | { readonly protocol: number; readonly lo: number; readonly hi: number };

const NAMES: Record<string, number> = { tcp: TCP, udp: UDP, icmp: ICMP, icmpv6: ICMPV6 };

/** "-1", "all", "" and absent mean every protocol; names and numbers as AWS and Huawei accept them. */
export function protocolNumber(text: string | number | undefined): number | "all" {
  if (text === undefined || text === "" || text === "-1" || text === -1 || text === "all") return "all";
  const lower = String(text).toLowerCase();
  if (lower in NAMES) return NAMES[lower];
  if (/^\d{1,3}$/.test(lower) && Number(lower) <= 255) return Number(lower);
  throw new VerifyError(`unknown protocol "${text}"`);
}

export function hasPorts(protocol: number): boolean {
  return protocol === TCP || protocol === UDP;
}

export function isIcmp(protocol: number): boolean {
  return protocol === ICMP || protocol === ICMPV6;
}

/** The whole range of a protocol: ports 1-65535, every ICMP type and code, or the bare protocol. */
export function fullRange(protocol: number): [number, number] {
  if (hasPorts(protocol)) return [1, 65535];
  if (isIcmp(protocol)) return [0, 65535];
  return [0, 0];
}

/** ICMP type and code, -1 meaning any, as a range of the encoded space. */
export function icmpRange(type: number, code: number): [number, number] {
  if (type < 0) return [0, 65535];
  if (code < 0) return [type * 256, type * 256 + 255];
  return [type * 256 + code, type * 256 + code];
}

export function selectorOfPort(port: Port, family: "ipv4" | "ipv6" = "ipv4"): Selector {
  switch (port.protocol) {
    case "all":
      return { protocol: "all" };
    case "icmp": {
      const [lo, hi] = icmpRange(port.type, port.code);
      return { protocol: family === "ipv6" ? ICMPV6 : ICMP, lo, hi };
    }
    default:
      return { protocol: NAMES[port.protocol], lo: port.from, hi: port.to };
  }
}

export function protocolLabel(protocol: number | "rest"): string {
  if (protocol === "rest") return "other protocols";
  const name = Object.keys(NAMES).find((k) => NAMES[k] === protocol);
  return name ? name.toUpperCase() : `protocol ${protocol}`;
}

/** "TCP 22", "UDP 30000-32767", "TCP ALL", "ICMP 3/4", "ICMP type 3", "ALL". */
export function rangeLabel(protocol: number | "rest", lo: number, hi: number): string {
  const name = protocolLabel(protocol);
  if (protocol === "rest" || !(hasPorts(protocol) || isIcmp(protocol))) return name;
  const [flo, fhi] = fullRange(protocol);
  if (lo <= flo && hi >= fhi) return `${name} ALL`;
  if (hasPorts(protocol)) return `${name} ${lo === hi ? lo : `${lo}-${hi}`}`;
  const [t1, c1, t2, c2] = [lo >> 8, lo & 255, hi >> 8, hi & 255];
  if (lo === hi) return `${name} ${t1}/${c1}`;
  if (t1 === t2 && c1 === 0 && c2 === 255) return `${name} type ${t1}`;
  return `${name} ${t1}/${c1}-${t2}/${c2}`;
}
