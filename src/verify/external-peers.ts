// The ends outside a stack that its rules name: address blocks (the internet, the VPC, an admin
// network…) and managed prefix lists, one each however many rules name them. The cloud defaults
// count too: the EKS cluster SG's egress to 0.0.0.0/0 is real traffic.
import type { IpFamily } from "../net/cidr";
import { AddressSet, FAMILIES, sameSet, toCidrs } from "./address-set";
import type { Endpoint } from "./endpoint";
import type { Peer, SgStack } from "./model";
import { prefixListName } from "./prefix-lists";
import { byText } from "./text-order";

export interface ExternalPeer {
  /** Stable identity: the canonical blocks, or the list's name. */
  readonly key: string;
  /** As the rules spell it: "0.0.0.0/0", "address group x", a prefix list name. */
  readonly text: string;
  readonly kind: "addresses" | "prefix-list";
  readonly endpoint: Endpoint;
  readonly families: readonly IpFamily[];
  readonly addresses?: AddressSet;
  /** True for a rule peer naming exactly this end. */
  readonly isPeer: (p: Peer) => boolean;
}

export function externalPeers(stack: SgStack): ExternalPeer[] {
  const byKey = new Map<string, ExternalPeer>();
  for (const r of stack.rules) {
    const e = externalOf(r.peer, stack);
    if (e && !byKey.has(e.key)) byKey.set(e.key, e);
  }
  return [...byKey.values()].sort((a, b) => byText(a.key, b.key));
}

function externalOf(p: Peer, stack: SgStack): ExternalPeer | undefined {
  if (p.kind === "group") return undefined;
  if (p.kind === "addresses") {
    const cidrs = toCidrs(p.addresses);
    const addresses = p.addresses;
    return {
      key: `a:${cidrs.join(",")}`,
      text: p.text,
      kind: "addresses",
      endpoint: { cidrs, label: p.text },
      families: FAMILIES.filter((f) => addresses[f].length > 0),
      addresses,
      isPeer: (q) => q.kind === "addresses" && sameSet(q.addresses, addresses),
    };
  }
  const name = prefixListName(p.name);
  const known = stack.prefixLists[name];
  return {
    key: `p:${name}`,
    text: name,
    kind: "prefix-list",
    endpoint: { prefixList: name },
    families: known ? FAMILIES.filter((f) => known[f].length > 0) : ["ipv4"],
    isPeer: (q) => q.kind === "prefix-list" && prefixListName(q.name) === name,
  };
}
