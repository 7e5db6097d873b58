// Exposures to the whole internet that are intended, written here from the seeds and the spec
// (not read back from the generator): the load balancer's listeners, and the CCE rows the vendor
// marks "Modification not recommended". They are reported as "info" with their citation; every
// other open ingress rule is a finding.
import { Port } from "../flows/port";
import type { Target } from "../flows/target";
import type { Cluster } from "../spec/model";
import { catalogRow, rowCitation } from "../verify/catalog-ref";

export interface Authorization {
  readonly tier: string;
  readonly port: Port;
  /** The seed row ID or spec path that makes the exposure intended. */
  readonly ref: string;
  readonly because: string;
  readonly kind: "load balancer listener" | "vendor-required";
}

/** CCE rows from 0.0.0.0/0 that seed 004 marks "Modification not recommended". */
export const VENDOR_REQUIRED_ROWS: readonly string[] = ["s004-t3-in-vxlan-any", "s004-t4-in-vxlan-any", "s004-t6-in-5444-any"];

const ANYWHERE = ["0.0.0.0/0", "::/0"];

export function authorizedExposures(cluster: Cluster, target: Target): Authorization[] {
  const out: Authorization[] = [];
  cluster.tiers.forEach((t, j) => {
    if (t.kind !== "load-balancer") return;
    for (const p of t.listenerPorts) {
      if (t.sources.internet) out.push({ tier: t.name, port: Port.tcp(p), ref: "s000-lb-in-internet", because: rowCitation("s000-lb-in-internet"), kind: "load balancer listener" });
      t.sources.cidrs.forEach((c, k) => {
        if (!ANYWHERE.includes(c)) return;
        const path = `${cluster.specPath}.tiers[${j}].sources.cidrs[${k}]`;
        out.push({ tier: t.name, port: Port.tcp(p), ref: path, because: `spec ${path}: listener clients ${c}`, kind: "load balancer listener" });
      });
    }
  });
  if (target.cloud === "huawei") {
    for (const id of VENDOR_REQUIRED_ROWS) {
      const row = catalogRow(id);
      if (!row.when?.networkModels?.includes(target.model) || !("protocol" in row.port)) continue;
      const note = row.row.includes("Modification not recommended") ? "" : ' (CCE: "Modification not recommended")';
      out.push({ tier: row.group.role, port: row.port, ref: id, because: `${rowCitation(id)}${note}`, kind: "vendor-required" });
    }
  }
  return out;
}
