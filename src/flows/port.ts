// Ports as small immutable values with named constructors and a human label, in the manner of
// aws-cdk's Port: the label ends up in rule descriptions and keys.

export type Port =
  | { readonly protocol: "all" }
  | { readonly protocol: "tcp" | "udp"; readonly from: number; readonly to: number }
  /** ICMP type and code; -1 means "any". */
  | { readonly protocol: "icmp"; readonly type: number; readonly code: number };

export const Port = {
  allTraffic: (): Port => ({ protocol: "all" }),
  tcp: (port: number): Port => ({ protocol: "tcp", from: port, to: port }),
  tcpRange: (from: number, to: number): Port => ({ protocol: "tcp", from, to }),
  udp: (port: number): Port => ({ protocol: "udp", from: port, to: port }),
  udpRange: (from: number, to: number): Port => ({ protocol: "udp", from, to }),
  allTcp: (): Port => ({ protocol: "tcp", from: 1, to: 65535 }),
  allUdp: (): Port => ({ protocol: "udp", from: 1, to: 65535 }),
  icmp: (type: number, code: number): Port => ({ protocol: "icmp", type, code }),
  allIcmp: (): Port => ({ protocol: "icmp", type: -1, code: -1 }),
};

export function portLabel(p: Port): string {
  switch (p.protocol) {
    case "all":
      return "ALL";
    case "icmp":
      return p.type === -1 ? "ICMP ALL" : `ICMP ${p.type}/${p.code}`;
    default:
      if (p.from === 1 && p.to === 65535) return `${p.protocol.toUpperCase()} ALL`;
      return `${p.protocol.toUpperCase()} ${p.from === p.to ? p.from : `${p.from}-${p.to}`}`;
  }
}

/** A stable, address-safe key: "tcp_443", "tcp_1025-65535", "icmp_3_4", "all". */
export function portKey(p: Port): string {
  switch (p.protocol) {
    case "all":
      return "all";
    case "icmp":
      return p.type === -1 ? "icmp_all" : `icmp_${p.type}_${p.code}`;
    default:
      return `${p.protocol}_${p.from === p.to ? p.from : `${p.from}-${p.to}`}`;
  }
}

/** True when every packet `inner` admits is admitted by `outer`. */
export function portCovers(outer: Port, inner: Port): boolean {
  if (outer.protocol === "all") return true;
  if (outer.protocol !== inner.protocol) return false;
  if (outer.protocol === "icmp" && inner.protocol === "icmp") {
    return outer.type === -1 || (outer.type === inner.type && (outer.code === -1 || outer.code === inner.code));
  }
  if (outer.protocol !== "icmp" && (inner.protocol === "tcp" || inner.protocol === "udp")) {
    return outer.from <= inner.from && inner.to <= outer.to;
  }
  return false;
}

const PROTOCOL_ORDER: Record<Port["protocol"], number> = { all: 0, icmp: 1, tcp: 2, udp: 3 };

/** Orders ports for deterministic output: protocol, then numbers (any-ICMP after typed ICMP). */
export function comparePorts(a: Port, b: Port): number {
  if (a.protocol !== b.protocol) return PROTOCOL_ORDER[a.protocol] - PROTOCOL_ORDER[b.protocol];
  if (a.protocol === "icmp" && b.protocol === "icmp") {
    const type = (p: typeof a) => (p.type === -1 ? Infinity : p.type);
    return type(a) - type(b) || a.code - b.code;
  }
  if ((a.protocol === "tcp" || a.protocol === "udp") && (b.protocol === "tcp" || b.protocol === "udp")) {
    return a.from - b.from || a.to - b.to;
  }
  return 0;
}

/** Numeric-aware string order ("rule_9" before "rule_10"); one collator, reused, is fast. */
export const compareNames = new Intl.Collator("en", { numeric: true }).compare;
