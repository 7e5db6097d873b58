// Hand-written policy: the only traffic the internet may start towards a cluster's groups, each
// with the seed row or spec setting that makes it intended. Everything not listed here must be
// denied. This list is written from the seeds, not from the generator, so a rule the generator
// adds by mistake shows up as a violation instead of being explained away.
import type { NetworkModelName } from "../spec/schema";
import type { Cluster } from "../spec/model";
import type { Target } from "../flows/target";
import { Port } from "../flows/port";
import { ANY_IPV4 } from "../net/cidr";
import type { Allowance } from "./check";
import { rowCitation } from "./catalog-ref";

/** CCE's tables per network model: worker node table, master node table. */
const CCE_TABLES: Record<NetworkModelName, { node: string; master: string }> = {
  vpc: { node: "t1", master: "t2" },
  tunnel: { node: "t3", master: "t4" },
  turbo: { node: "t5", master: "t6" },
};

const seedRow = (id: string, port: Port, from?: { cidrs: string[]; label: string }): Allowance => ({
  port,
  ...(from ? { from: from.cidrs, fromLabel: from.label } : {}),
  ref: id,
  because: rowCitation(id),
});

const specSetting = (path: string, port: Port, cidrs: string[]): Allowance => ({
  port,
  ...(cidrs.includes(ANY_IPV4) || cidrs.includes("::/0") ? {} : { from: cidrs }),
  fromLabel: cidrs.join(", "),
  ref: path,
  because: `spec ${path}`,
});

/** What the internet may reach on `tier` (a group of the stack), and why. */
export function internetAllowances(cluster: Cluster, target: Target, tier: string): Allowance[] {
  const out: Allowance[] = [];
  cluster.tiers.forEach((t, j) => {
    if (t.name !== tier) return;
    const at = `${cluster.specPath}.tiers[${j}]`;
    if (t.kind === "load-balancer") {
      for (const p of t.listenerPorts) {
        // Seed 000: the load balancer is the one group the internet is meant to reach.
        if (t.sources.internet) out.push(seedRow("s000-lb-in-internet", Port.tcp(p)));
        if (t.sources.cloudfront) out.push({ ...seedRow("s000-lb-in-cloudfront", Port.tcp(p)), prefixList: "cloudfront" });
        t.sources.cidrs.forEach((c, k) => out.push(specSetting(`${at}.sources.cidrs[${k}]`, Port.tcp(p), [c])));
      }
    }
    if (t.kind === "bastion") t.sshFrom.forEach((c, k) => out.push(specSetting(`${at}.sshFrom[${k}]`, Port.tcp(22), [c])));
  });
  cluster.rules.forEach((r, j) => {
    if (!("tier" in r.to) || r.to.tier !== tier || !("cidr" in r.from)) return;
    const ports = r.protocol === "all" ? [Port.allTraffic()] : r.protocol === "icmp" ? [Port.allIcmp()] : (r.ports ?? []).map((p) => rangePort(r.protocol as "tcp" | "udp", p));
    for (const port of ports) out.push(specSetting(`${cluster.specPath}.rules[${j}]`, port, [r.from.cidr]));
  });
  if (target.cloud === "huawei") out.push(...cceAllowances(cluster, target.model, tier));
  return out;
}

function cceAllowances(cluster: Cluster, model: NetworkModelName, tier: string): Allowance[] {
  const { node, master } = CCE_TABLES[model];
  const cceDefault = (cluster.huawei?.profile ?? "narrowed") === "cce-default";
  const admin = { cidrs: cluster.network.adminCidrs, label: "admin CIDRs" };
  if (tier === "node") {
    return [
      // CCE's SSH row: from anywhere as CCE creates it, from the admin networks when narrowed;
      // none in profile hardened (seed 000: SSH enters only at the bastion).
      ...(cluster.profile === "hardened" ? [] : [cceDefault ? seedRow(`s004-${node}-in-ssh-any`, Port.tcp(22)) : seedRow(`s004-${node}-in-ssh-admin`, Port.tcp(22), admin)]),
      ...(cceDefault
        ? [seedRow(`s004-${node}-in-nodeport-tcp-any`, Port.tcpRange(30000, 32767)), seedRow(`s004-${node}-in-nodeport-udp-any`, Port.udpRange(30000, 32767))]
        : []),
      // "Modification not recommended": VXLAN between containers of the tunnel model.
      ...(model === "tunnel" ? [seedRow("s004-t3-in-vxlan-any", Port.udp(4789))] : []),
    ];
  }
  if (tier === "control-plane") {
    return [
      // CCE creates 5443 from 0.0.0.0/0 on its master group whatever our profile; the narrowed
      // profile cannot take it away by adding rules, so verify reports it as still open (README).
      cceDefault ? seedRow(`s004-${master}-in-5443-any`, Port.tcp(5443)) : { ...seedRow(`s004-${master}-in-5443-any`, Port.tcp(5443)), stillOpen: NARROWING_NEEDS_REMOVAL },
      ...(model === "tunnel" ? [seedRow("s004-t4-in-vxlan-any", Port.udp(4789))] : []),
      ...(model === "turbo" ? [seedRow("s004-t6-in-5444-any", Port.tcp(5444))] : []),
    ];
  }
  return [];
}

export const NARROWING_NEEDS_REMOVAL =
  "CCE created this rule on its master security group and the narrowed profile cannot remove it by adding rules; delete it from the group (README: \"Removing 5443 from 0.0.0.0/0\")";

export function rangePort(protocol: "tcp" | "udp", p: number | string): Port {
  const [from, to] = typeof p === "number" ? [p, p] : p.split("-").map(Number);
  return protocol === "tcp" ? Port.tcpRange(from, to) : Port.udpRange(from, to);
}
