// What an address block in a rule stands for, in the spec's words ("VPC", "admin"), so reports
// and diagrams can say "admin 203.0.113.0/24" instead of a bare CIDR. Several settings may name
// the same block; their names are joined.
import type { Cluster } from "../spec/model";
import { byText } from "./text-order";

export type PeerLabels = Readonly<Record<string, string>>;

export const ANYWHERE_LABEL = "internet";

export function peerLabelsOf(cluster: Cluster): PeerLabels {
  const n = cluster.network;
  const named: Array<[string, string]> = [
    ...n.vpcCidrs.map((c): [string, string] => [c, "VPC"]),
    ...([[n.podCidr, "pods"], [n.serviceCidr, "services"], [n.controlPlaneCidr, "control plane"]] as const).flatMap(([c, l]): Array<[string, string]> => (c ? [[c, l]] : [])),
    ...n.adminCidrs.map((c): [string, string] => [c, "admin"]),
    ...(cluster.huawei?.subnetDnsServers ?? []).map((c): [string, string] => [c, "subnet DNS"]),
  ];
  for (const t of cluster.tiers) {
    if (t.kind === "load-balancer") named.push(...t.sources.cidrs.map((c): [string, string] => [c, `${t.name} clients`]));
    if (t.kind === "bastion") named.push(...t.sshFrom.map((c): [string, string] => [c, `${t.name} SSH`]));
  }
  const out: Record<string, string[]> = {};
  for (const [cidr, label] of named) {
    if (cidr === "0.0.0.0/0" || cidr === "::/0") continue;
    if (!(out[cidr] ??= []).includes(label)) out[cidr].push(label);
  }
  return Object.fromEntries(Object.entries(out).map(([c, labels]) => [c, labels.join(", ")]));
}

/** Module inputs name their CIDRs too: `admin_cidrs` -> "admin cidrs". */
export function peerLabelsOfInputs(inputs: Readonly<Record<string, unknown>>): PeerLabels {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(inputs).sort(([a], [b]) => byText(a, b))) {
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) if (typeof v === "string" && v.includes("/") && !(v in out)) out[v] = name.replace(/_/g, " ");
  }
  return out;
}

/** "internet" for the whole address space, the spec's name if any, else nothing. */
export function labelOfBlock(text: string, labels: PeerLabels): string | undefined {
  if (text === "0.0.0.0/0" || text === "::/0") return ANYWHERE_LABEL;
  return labels[text];
}
