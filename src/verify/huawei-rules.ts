// Reads huaweicloud_networking_secgroup_rule resources: direction, ethertype, protocol (absent =
// all), `ports` lists ("22,80,1000-2000") or port_range_min/max (ICMP type/code), one remote
// (group, IP prefix, address group, or none = anywhere), action allow/deny and priority 1-100.
import type { IpFamily } from "../net/cidr";
import { AddressSet, EMPTY, everything, fromList, onlyFamily, parseAddresses, union } from "./address-set";
import type { Peer, SgRule } from "./model";
import { instancesOf } from "./for-each";
import { GroupIndex } from "./group-index";
import { Selector, fullRange, hasPorts, icmpRange, isIcmp, protocolNumber } from "./protocol";
import type { TfJson } from "./terraform-json";
import { Inputs, literalText, optionalNumber, parseReference, stringList, unsetVariable, withInputs } from "./terraform-refs";
import { VerifyError } from "./errors";

export type AddressGroups = Readonly<Record<string, readonly string[]>>;

export function readHuaweiRules(doc: TfJson, inputs: Inputs, groups: GroupIndex, addressGroups: AddressGroups = {}): SgRule[] {
  const rules: SgRule[] = [];
  for (const [where, r] of instancesOf(doc, "huaweicloud_networking_secgroup_rule", inputs)) {
    // A group ID variable without a value stays as written: the group index names it.
    const value = (key: string) => (unsetVariable(r[key], doc, inputs) ? r[key] : withInputs(r[key], doc, inputs, `${where}.${key}`));
    const direction = value("direction");
    if (direction !== "ingress" && direction !== "egress") throw new VerifyError(`${where}.direction: "${String(direction)}" must be ingress or egress`);
    const family: IpFamily = String(value("ethertype") ?? "IPv4").toLowerCase() === "ipv6" ? "ipv6" : "ipv4";
    const action = String(value("action") ?? "allow");
    if (action !== "allow" && action !== "deny") throw new VerifyError(`${where}.action: "${action}" must be allow or deny`);
    const priority = optionalNumber(r.priority, doc, inputs, `${where}.priority`) ?? 1;
    if (priority < 1 || priority > 100) throw new VerifyError(`${where}.priority: ${priority} is outside 1-100`);
    const group = groups.resolve(r.security_group_id, "huawei", `${where}.security_group_id`);
    const peer = peerOf(value, family, doc, inputs, groups, addressGroups, where);
    for (const match of selectorsOf(r, doc, inputs, where)) {
      rules.push({ address: where, group, direction, action, priority, match, families: [family], peer, description: r.description === undefined ? undefined : String(r.description) });
    }
  }
  return rules;
}

/** One selector per `ports` entry; the provider's all-ports forms become the full range. */
function selectorsOf(r: Record<string, unknown>, doc: TfJson, inputs: Inputs, where: string): Selector[] {
  const protocol = protocolNumber(withInputs(r.protocol, doc, inputs, `${where}.protocol`) as string | undefined);
  if (protocol === "all") return [{ protocol }];
  const min = optionalNumber(r.port_range_min, doc, inputs, `${where}.port_range_min`);
  const max = optionalNumber(r.port_range_max, doc, inputs, `${where}.port_range_max`);
  if (isIcmp(protocol)) {
    const [lo, hi] = icmpRange(min ?? -1, max ?? -1);
    return [{ protocol, lo, hi }];
  }
  const ports = withInputs(r.ports, doc, inputs, `${where}.ports`);
  if (!hasPorts(protocol) || (ports === undefined && min === undefined && max === undefined)) {
    const [lo, hi] = fullRange(protocol);
    return [{ protocol, lo, hi }];
  }
  if (ports !== undefined) return parsePortList(String(ports), `${where}.ports`).map(([lo, hi]) => ({ protocol, lo, hi }));
  const [lo, hi] = [min ?? 1, max ?? 65535];
  if (lo > hi) throw new VerifyError(`${where}: port_range_min ${lo} is above port_range_max ${hi}`);
  return [{ protocol, lo, hi }];
}

/** "22,80,1000-2000" as ranges. */
export function parsePortList(text: string, where: string): Array<[number, number]> {
  return text.split(",").map((entry) => {
    const m = /^\s*(\d{1,5})(?:\s*-\s*(\d{1,5}))?\s*$/.exec(entry);
    const [lo, hi] = m ? [Number(m[1]), Number(m[2] ?? m[1])] : [NaN, NaN];
    if (!m || lo < 1 || hi > 65535 || lo > hi) throw new VerifyError(`${where}: "${entry}" is not a port or port range (1-65535)`);
    return [lo, hi];
  });
}

function peerOf(
  value: (key: string) => unknown, family: IpFamily, doc: TfJson, inputs: Inputs, groups: GroupIndex, addressGroups: AddressGroups, where: string,
): Peer {
  const given = ["remote_group_id", "remote_ip_prefix", "remote_address_group_id"].filter((k) => value(k) !== undefined && value(k) !== null);
  if (given.length > 1) throw new VerifyError(`${where}: sets ${given.join(" and ")}; a rule takes one remote`);
  const key = given[0];
  if (key === "remote_group_id") return { kind: "group", group: groups.resolve(value(key), "huawei", `${where}.${key}`) };
  if (key === "remote_ip_prefix") {
    const text = literalText(value(key), `${where}.${key}`);
    const addresses = onlyFamily(parseAddresses(text, `${where}.${key}`), family);
    if (!addresses[family].length) throw new VerifyError(`${where}.remote_ip_prefix: "${text}" does not match ethertype ${family === "ipv4" ? "IPv4" : "IPv6"}`);
    return { kind: "addresses", addresses, text };
  }
  if (key === "remote_address_group_id") {
    const { addresses, text } = addressGroup(value(key), doc, inputs, addressGroups, `${where}.${key}`);
    return { kind: "addresses", addresses: onlyFamily(addresses, family), text };
  }
  // No remote: the rule applies to every address of its ethertype.
  return { kind: "addresses", addresses: everything(family), text: family === "ipv4" ? "0.0.0.0/0" : "::/0" };
}

function addressGroup(value: unknown, doc: TfJson, inputs: Inputs, known: AddressGroups, where: string): { addresses: AddressSet; text: string } {
  const ref = parseReference(value, where);
  if (ref.kind === "literal") {
    const entries = known[ref.value];
    if (!entries) throw new VerifyError(`${where}: address group ${ref.value} is not in this stack; pass its addresses to the checker`);
    return { addresses: fromList(entries), text: `address group ${ref.value}` };
  }
  const block = ref.kind === "resource" && ref.type === "huaweicloud_vpc_address_group" ? doc.resource?.huaweicloud_vpc_address_group?.[ref.name] : undefined;
  if (!block) throw new VerifyError(`${where}: ${ref.text} is not a huaweicloud_vpc_address_group in this stack`);
  const at = `huaweicloud_vpc_address_group.${ref.name}`;
  const extra = ((block.ip_extra_set ?? []) as Array<{ ip: string }>).map((e) => e.ip);
  const entries = [...stringList(block.addresses, doc, inputs, `${at}.addresses`), ...extra];
  return { addresses: entries.reduce((acc, e) => union(acc, parseAddresses(e, `${at}.addresses`)), EMPTY), text: `address group ${ref.name}` };
}
