// Rules the clouds create themselves, which no Terraform document shows but traffic obeys:
// - the EKS cluster SG (created by EKS, referenced by ID or data lookup): inbound all from itself,
//   outbound all to 0.0.0.0/0 (::/0 too in IPv6 clusters) and to itself (EFA);
// - a Huawei group without delete_default_rules = true: inbound all from itself, outbound all;
// - the groups CCE creates (the master group; Turbo's ENI group): the rows of seed 004's tables for
//   them as CCE writes them (the "cce-default" form, whatever profile the spec asks for, since
//   adding rules cannot narrow a rule that is already there).
// Groups aws_security_group creates have none: Terraform removes AWS's default egress rule.
import { CATALOG } from "../catalog";
import type { CatalogRow } from "../catalog/row";
import { cidrsOf } from "../flows/expand-row";
import type { Target } from "../flows/target";
import type { IpFamily } from "../net/cidr";
import type { Cluster } from "../spec/model";
import { FAMILIES, everything, fromList } from "./address-set";
import type { SgGroup, SgRule } from "./model";
import { rangeLabel, selectorOfPort } from "./protocol";
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
    .filter((g) => doc.resource?.huaweicloud_networking_secgroup?.[g.id.slice(g.id.indexOf(".") + 1)]?.delete_default_rules !== true)
    .flatMap((g) => [
      ...FAMILIES.map((f) => rule(g, "ingress", `all ${f} from itself`, { kind: "group", group: g.id }, [f], HUAWEI)),
      ...FAMILIES.map((f) => rule(g, "egress", `all to ${f === "ipv4" ? "0.0.0.0/0" : "::/0"}`, { kind: "addresses", addresses: everything(f), text: f === "ipv4" ? "0.0.0.0/0" : "::/0" }, [f], HUAWEI)),
    ]);
}

/** Roles of the groups CCE creates itself, and the seed 004 tables that list their rules. */
export const CCE_CREATED_ROLES = ["control-plane", "eni"] as const;

/**
 * Rules CCE puts on a group it creates (role control-plane or eni), from the seed 004 rows for that
 * group in the target's network model, in the form CCE creates them.
 */
export function cceCreatedDefaults(group: SgGroup, cluster: Cluster, target: Target): SgRule[] {
  if (target.cloud !== "huawei") return [];
  return CATALOG.filter((row) => asCceCreates(row, group.role, target.model)).flatMap((row) => rowRules(row, group, cluster));
}

function asCceCreates(row: CatalogRow, role: string, model: string): boolean {
  const w = row.when ?? {};
  return (
    row.cloud === "huawei" && row.seed === "004" && row.group.role === role && /^Table \d/.test(row.table) &&
    !!w.networkModels?.includes(model as "vpc") && w.huaweiProfile !== "narrowed" && !w.egress
  );
}

function rowRules(row: CatalogRow, g: SgGroup, cluster: Cluster): SgRule[] {
  if (!("protocol" in row.port)) return [];
  const port = row.port;
  const origin = row.providedBy ?? "CCE default rule";
  const base = (family: IpFamily, peer: SgRule["peer"], peerText: string): SgRule => {
    const match = selectorOfPort(port, family);
    const traffic = match.protocol === "all" ? "all" : rangeLabel(match.protocol, match.lo, match.hi);
    return {
      address: `${g.tier} (${origin}): ${row.id} ${row.direction} ${traffic} ${row.direction === "ingress" ? "from" : "to"} ${peerText}`,
      group: g.id, direction: row.direction, action: "allow", priority: 1, match, families: [family], peer,
      description: row.description, cloudDefault: origin, seedRow: row.id,
    };
  };
  const families: readonly IpFamily[] = cluster.ipFamily === "ipv6" ? FAMILIES : ["ipv4"];
  if (row.peer === "self") return families.map((f) => base(f, { kind: "group", group: g.id }, "itself"));
  if (typeof row.peer !== "object" || !("cidr" in row.peer)) return [];
  return cidrsOf(row.peer.cidr, cluster).map((c) => {
    const addresses = fromList([c.cidr]);
    return base(addresses.ipv4.length ? "ipv4" : "ipv6", { kind: "addresses", addresses, text: c.cidr }, c.cidr);
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
