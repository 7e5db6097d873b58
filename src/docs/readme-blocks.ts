// Markdown tables generated from the catalog for the README: which seed rows each profile uses.
import { CATALOG } from "../catalog";
import type { CatalogRow } from "../catalog/row";
import { portLabel } from "../flows/port";
import { placementTable } from "./placement-table";

const PROFILES = ["minimum", "recommended", "hardened"] as const;

function peerText(row: CatalogRow): string {
  const p = row.peer;
  if (p === "self") return "self";
  if ("role" in p) return p.role;
  if ("prefixList" in p) return `${p.prefixList} prefix list`;
  return typeof p.cidr === "object" ? p.cidr.literal : `${p.cidr} CIDR`;
}

function portText(row: CatalogRow): string {
  return "ref" in row.port ? `${row.port.ref} port` : portLabel(row.port);
}

function condition(row: CatalogRow): string {
  const w = row.when ?? {};
  const parts = [
    w.egress && `egress ${w.egress}`,
    w.addon && `addons.${w.addon}`,
    w.lbType && `load balancer type ${w.lbType}`,
    w.lbSource && `load balancer source ${w.lbSource}`,
    w.appAwsApis && "app awsApis",
    w.networkModels && `model ${w.networkModels.join("/")}`,
    w.huaweiProfile && `huawei profile ${w.huaweiProfile}`,
    w.podSecurityGroups && "aws.podSecurityGroups",
    row.providedBy && "created by the cloud, not rendered",
  ].filter(Boolean);
  return parts.join("; ") || "-";
}

function profileTable(): string {
  const rows = CATALOG.filter((r) => r.cloud !== "huawei");
  const lines = [
    `| row | seed / table | group | dir | peer | port | ${PROFILES.join(" | ")} | also needs |`,
    `|---|---|---|---|---|---|${PROFILES.map(() => "---").join("|")}|---|`,
  ];
  for (const r of rows) {
    const marks = PROFILES.map((p) => (!r.when?.profiles || r.when.profiles.includes(p) ? "x" : ""));
    lines.push(`| \`${r.id}\` | ${r.seed} ${r.table} | ${r.group.role} | ${r.direction === "ingress" ? "in" : "out"} | ${peerText(r)} | ${portText(r)} | ${marks.join(" | ")} | ${condition(r)} |`);
  }
  return `${lines.join("\n")}\n`;
}

/** Seed 004 rows for one CCE network model (or the hardening rows), with the profile they need. */
function cceTable(pick: (row: CatalogRow) => boolean): string {
  const lines = ["| row | seed table | group | dir | peer | port | when |", "|---|---|---|---|---|---|---|"];
  for (const r of CATALOG.filter((row) => row.seed === "004" && pick(row))) {
    const when = [
      r.when?.huaweiProfile && `profile ${r.when.huaweiProfile}`,
      r.when?.egress && `egress ${r.when.egress}`,
      r.table.startsWith("Hardening") && r.when?.networkModels?.length === 1 && `${r.when.networkModels[0]} only`,
      r.providedBy && "CCE's own rule: modelled, not rendered",
    ].filter(Boolean).join("; ") || "always";
    lines.push(`| \`${r.id}\` | ${r.table} | ${r.group.role} | ${r.direction === "ingress" ? "in" : "out"} | ${peerText(r)} | ${portText(r)} | ${when} |`);
  }
  return `${lines.join("\n")}\n`;
}

export function readmeBlocks(): Record<string, string> {
  const model = (m: "vpc" | "tunnel" | "turbo") => (r: CatalogRow) => !r.table.startsWith("Hardening") && (r.when?.networkModels ?? []).includes(m);
  return {
    "aws-profile-rows": profileTable(),
    "cce-vpc-rows": cceTable(model("vpc")),
    "cce-tunnel-rows": cceTable(model("tunnel")),
    "cce-turbo-rows": cceTable(model("turbo")),
    "cce-hardening-rows": cceTable((r) => r.table.startsWith("Hardening")),
    "placement-aws-eks": placementTable({ cloud: "aws" }),
    "placement-cce-vpc": placementTable({ cloud: "huawei", model: "vpc" }),
    "placement-cce-tunnel": placementTable({ cloud: "huawei", model: "tunnel" }),
    "placement-cce-turbo": placementTable({ cloud: "huawei", model: "turbo" }),
  };
}
