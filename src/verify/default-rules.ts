// Rules the clouds create themselves, which no Terraform document shows but traffic obeys:
// - the EKS cluster SG (created by EKS, referenced by ID or data lookup): inbound all from itself,
//   outbound all to 0.0.0.0/0 (::/0 too in IPv6 clusters) and to itself (EFA);
// - a Huawei group without delete_default_rules = true: inbound all from itself, outbound all.
// Groups aws_security_group creates have none: Terraform removes AWS's default egress rule.
import type { IpFamily } from "../net/cidr";
import { FAMILIES, everything, parseAddresses } from "./address-set";
import type { Port } from "../flows/port";
import { selectorOfPort } from "./protocol";
import type { SgGroup, SgRule } from "./model";
import type { TfJson } from "./terraform-json";

const EKS = "EKS default rule of the cluster security group";
const HUAWEI = "Huawei default rule (delete_default_rules is not true)";

export function eksClusterDefaults(group: SgGroup, ipFamily: IpFamily): SgRule[] {
  const anywhere = ipFamily === "ipv6" ? FAMILIES : (["ipv4"] as const);
  return [
    rule(group, "ingress", "all from itself", { kind: "group", group: group.id }, FAMILIES, EKS),
    rule(group, "egress", "all to itself", { kind: "group", group: group.id }, FAMILIES, EKS),
    ...anywhere.map((f) => rule(group, "egress", `all to ${f === "ipv4" ? "0.0.0.0/0" : "::/0"}`, { kind: "addresses", addresses: everything(f), text: f === "ipv4" ? "0.0.0.0/0" : "::/0" }, [f], EKS)),
  ];
}

export function huaweiDefaults(doc: TfJson, groups: readonly SgGroup[]): SgRule[] {
  return groups
    .filter((g) => g.cloud === "huawei" && g.managed)
    .filter((g) => doc.resource?.huaweicloud_networking_secgroup?.[g.tier]?.delete_default_rules !== true)
    .flatMap((g) => [
      ...FAMILIES.map((f) => rule(g, "ingress", `all ${f} from itself`, { kind: "group", group: g.id }, [f], HUAWEI)),
      ...FAMILIES.map((f) => rule(g, "egress", `all to ${f === "ipv4" ? "0.0.0.0/0" : "::/0"}`, { kind: "addresses", addresses: everything(f), text: f === "ipv4" ? "0.0.0.0/0" : "::/0" }, [f], HUAWEI)),
    ]);
}

/** A rule the cloud creates on a group it owns (CCE's master and ENI groups), from the catalog. */
export interface CloudDefault {
  readonly tier: string;
  readonly direction: "ingress" | "egress";
  readonly port: Port;
  /** Another group by tier name, or addresses. */
  readonly peer: { readonly tier: string } | { readonly cidr: string };
  readonly origin: string;
}

/** The catalog's modelled rules of groups the stack only references. */
export function modelledDefaults(groups: readonly SgGroup[], defaults: readonly CloudDefault[], ipFamily: IpFamily): SgRule[] {
  const families = ipFamily === "ipv6" ? FAMILIES : (["ipv4"] as const);
  const byTier = new Map(groups.filter((g) => !g.managed).map((g) => [g.tier, g]));
  const anyByTier = new Map(groups.map((g) => [g.tier, g]));
  return defaults.flatMap((d): SgRule[] => {
    const g = byTier.get(d.tier);
    if (!g) return [];
    if ("tier" in d.peer) {
      const peer = anyByTier.get(d.peer.tier);
      if (!peer) return [];
      return families.map((f) => ({ ...rule(g, d.direction, `${d.port.protocol} with ${peer.tier}`, { kind: "group", group: peer.id }, [f], d.origin), match: selectorOfPort(d.port, f) }));
    }
    const family = d.peer.cidr.includes(":") ? "ipv6" : "ipv4";
    const text = d.peer.cidr;
    return [{ ...rule(g, d.direction, `${d.port.protocol} with ${text}`, { kind: "addresses", addresses: parseAddresses(text), text }, [family], d.origin), match: selectorOfPort(d.port, family) }];
  });
}

function rule(g: SgGroup, direction: SgRule["direction"], what: string, peer: SgRule["peer"], families: readonly IpFamily[], origin: string): SgRule {
  return {
    address: `${g.tier} (${origin}): ${direction} ${what}`,
    group: g.id,
    direction,
    action: "allow",
    priority: 1,
    match: { protocol: "all" },
    families,
    peer,
    cloudDefault: origin,
  };
}
