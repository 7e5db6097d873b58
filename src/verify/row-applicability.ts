// Why a catalog row gives no flow on a target: the same conditions the flows stage applies
// (rowApplies), spelled for a reader comparing clouds.
import type { CatalogRow } from "../catalog/row";
import type { Target } from "../flows/target";
import type { Cluster } from "../spec/model";

export function whyRowIsOff(row: CatalogRow, cluster: Cluster, target: Target): string | undefined {
  const w = row.when ?? {};
  if (row.cloud !== "any" && row.cloud !== target.cloud) return row.cloud === "huawei" ? "Huawei CCE only" : "AWS EKS only";
  if (w.networkModels && (target.cloud !== "huawei" || !w.networkModels.includes(target.model))) return `${w.networkModels.join("/")} network model only`;
  if (w.profiles && !w.profiles.includes(cluster.profile)) return `profile ${w.profiles.join("/")} only (spec: ${cluster.profile})`;
  const egress = target.cloud === "aws" ? cluster.egress : cluster.huawei?.egress ?? "open";
  if (w.egress && w.egress !== egress) return `egress ${w.egress} only (spec: ${egress})`;
  if (w.addon && !cluster.addons[w.addon]) return `needs addons.${w.addon}`;
  const huaweiProfile = cluster.huawei?.profile ?? "narrowed";
  if (w.huaweiProfile && huaweiProfile !== w.huaweiProfile) return `huawei.profile ${w.huaweiProfile} only (spec: ${huaweiProfile})`;
  return undefined;
}
