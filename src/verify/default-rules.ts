// Rules the clouds create themselves, which no Terraform document shows but traffic obeys:
// - the EKS cluster SG (created by EKS, referenced by ID or data lookup): inbound all from itself,
//   outbound all to 0.0.0.0/0 (::/0 too in IPv6 clusters) and to itself (EFA);
// - a Huawei group without delete_default_rules = true: inbound all from itself, outbound all.
// Groups aws_security_group creates have none: Terraform removes AWS's default egress rule.
import type { IpFamily } from "../net/cidr";
import { FAMILIES, everything } from "./address-set";
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
