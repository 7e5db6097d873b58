// Reads aws_vpc_security_group_ingress_rule / _egress_rule resources: one peer each (IPv4 CIDR,
// IPv6 CIDR, referenced group or prefix list), ip_protocol -1/tcp/udp/icmp/icmpv6 or a number,
// ports for TCP/UDP, ICMP type and code in from_port/to_port. AWS rules only allow.
import type { IpFamily } from "../net/cidr";
import { FAMILIES, onlyFamily, parseAddresses } from "./address-set";
import type { Peer, SgRule } from "./model";
import { instancesOf } from "./for-each";
import { GroupIndex } from "./group-index";
import { PrefixLists } from "./prefix-lists";
import { Selector, fullRange, hasPorts, icmpRange, isIcmp, protocolNumber } from "./protocol";
import type { TfJson } from "./terraform-json";
import { Inputs, literalText, optionalNumber, withInputs } from "./terraform-refs";
import { unliteral } from "../spelling/literal";
import { VerifyError } from "./errors";

const LEGACY = ["aws_security_group_rule"];

export function readAwsRules(doc: TfJson, inputs: Inputs, groups: GroupIndex, prefixLists: PrefixLists): SgRule[] {
  for (const type of LEGACY) {
    if (Object.keys(doc.resource?.[type] ?? {}).length) throw new VerifyError(`${type} is not supported; use aws_vpc_security_group_ingress_rule / _egress_rule`);
  }
  for (const [name, g] of Object.entries(doc.resource?.aws_security_group ?? {})) {
    // Inline rules would be a second source of truth the checker does not read.
    if ((Array.isArray(g.ingress) && g.ingress.length) || (Array.isArray(g.egress) && g.egress.length)) {
      throw new VerifyError(`aws_security_group.${name}: inline ingress/egress blocks are not supported; use separate rule resources`);
    }
  }
  const rules: SgRule[] = [];
  for (const direction of ["ingress", "egress"] as const) {
    for (const [where, r] of instancesOf(doc, `aws_vpc_security_group_${direction}_rule`, inputs)) {
      const value = (key: string) => withInputs(r[key], doc, inputs, `${where}.${key}`);
      const { peer, families } = peerOf(value, groups, prefixLists, where);
      rules.push({
        address: where,
        group: groups.resolve(r.security_group_id, "aws", `${where}.security_group_id`),
        direction,
        action: "allow",
        priority: 1,
        match: selectorOf(r, doc, inputs, where),
        families,
        peer,
        description: r.description === undefined ? undefined : unliteral(String(r.description)),
      });
    }
  }
  return rules;
}

function selectorOf(r: Record<string, unknown>, doc: TfJson, inputs: Inputs, where: string): Selector {
  const protocol = protocolNumber(withInputs(r.ip_protocol, doc, inputs, `${where}.ip_protocol`) as string);
  if (protocol === "all") return { protocol };
  const from = optionalNumber(r.from_port, doc, inputs, `${where}.from_port`);
  const to = optionalNumber(r.to_port, doc, inputs, `${where}.to_port`);
  if (isIcmp(protocol)) {
    const [lo, hi] = icmpRange(from ?? -1, to ?? -1);
    return { protocol, lo, hi };
  }
  if (!hasPorts(protocol)) {
    // Any other protocol number: AWS admits every packet of it, whatever ports say.
    const [lo, hi] = fullRange(protocol);
    return { protocol, lo, hi };
  }
  if (from === undefined || to === undefined) throw new VerifyError(`${where}: a TCP/UDP rule needs from_port and to_port`);
  if (from > to) throw new VerifyError(`${where}: from_port ${from} is above to_port ${to}`);
  return { protocol, lo: Math.max(from, 1), hi: to };
}

function peerOf(value: (key: string) => unknown, groups: GroupIndex, prefixLists: PrefixLists, where: string): { peer: Peer; families: IpFamily[] } {
  const given = ["cidr_ipv4", "cidr_ipv6", "referenced_security_group_id", "prefix_list_id"].filter((k) => value(k) !== undefined && value(k) !== null);
  if (given.length !== 1) throw new VerifyError(`${where}: needs exactly one of cidr_ipv4, cidr_ipv6, referenced_security_group_id, prefix_list_id (has ${given.join(", ") || "none"})`);
  const key = given[0];
  if (key === "referenced_security_group_id") {
    return { peer: { kind: "group", group: groups.resolve(value(key), "aws", `${where}.${key}`) }, families: [...FAMILIES] };
  }
  if (key === "prefix_list_id") return { peer: prefixLists.resolve(value(key), `${where}.${key}`), families: [...FAMILIES] };
  const family: IpFamily = key === "cidr_ipv4" ? "ipv4" : "ipv6";
  const text = literalText(value(key), `${where}.${key}`);
  const addresses = parseAddresses(text, `${where}.${key}`);
  if (!onlyFamily(addresses, family)[family].length) throw new VerifyError(`${where}.${key}: "${text}" is not an ${family === "ipv4" ? "IPv4" : "IPv6"} block`);
  return { peer: { kind: "addresses", addresses, text }, families: [family] };
}
