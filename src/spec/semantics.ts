// Cross-field checks the schema cannot express (CIDR arithmetic, references between tiers), and
// resolution of defaults that depend on other fields.
import { Cidr, parseCidr, overlaps } from "../net/cidr";
import { SpecError } from "./errors";
import { Cluster } from "./model";
import type { ClusterSpec, TopologySpec } from "./schema";
import { PLATFORM_TIERS } from "./platform-tiers";

export function resolveSpec(spec: TopologySpec): Cluster[] {
  const seen = new Set<string>();
  return spec.clusters.map((cluster, i) => {
    const at = `clusters[${i}]`;
    if (seen.has(cluster.name)) throw new SpecError(`${at}.name`, `cluster "${cluster.name}" is defined twice; give each cluster its own name`);
    seen.add(cluster.name);
    return resolveCluster(cluster, at);
  });
}

function resolveCluster(c: ClusterSpec, at: string): Cluster {
  if (!c.aws && !c.huawei) throw new SpecError(at, "nothing to render; add an aws: section, a huawei: section, or both");
  const net = checkNetwork(c, at);
  checkPortRanges(c, at);
  const tierNames = checkTierNames(c, at);
  const apps = c.tiers.filter((t) => t.kind === "app").map((t) => t.name);
  const refApps = (list: string[] | undefined, path: string): string[] => {
    const names = list ?? apps;
    names.forEach((n, j) => {
      if (!apps.includes(n)) throw new SpecError(`${path}[${j}]`, `"${n}" is not an app tier; define it under tiers with kind: app`);
    });
    return [...names].sort();
  };

  const tiers = c.tiers.map((t, j) => {
    const p = `${at}.tiers[${j}]`;
    switch (t.kind) {
      case "load-balancer":
        if (!t.sources.internet && !t.sources.cloudfront && t.sources.cidrs.length === 0) {
          throw new SpecError(`${p}.sources`, "a load balancer needs a source: set internet: true, cloudfront: true or list cidrs");
        }
        t.sources.cidrs.forEach((x, k) => checkCidr(x, `${p}.sources.cidrs[${k}]`, c.ipFamily));
        return { ...t, targets: refApps(t.targets, `${p}.targets`) };
      case "database":
      case "cache":
        if (t.engine === undefined && t.port === undefined) {
          throw new SpecError(`${p}.engine`, `a ${t.kind} tier needs an engine or an explicit port`);
        }
        return { ...t, clients: refApps(t.clients, `${p}.clients`) };
      case "bastion":
        t.sshFrom.forEach((x, k) => checkCidr(x, `${p}.sshFrom[${k}]`, c.ipFamily));
        return t;
      default:
        return t;
    }
  });

  const groupNames = new Set<string>();
  const nodeGroups = c.nodeGroups.map((g, j) => {
    const p = `${at}.nodeGroups[${j}]`;
    if (groupNames.has(g.name)) throw new SpecError(`${p}.name`, `node group "${g.name}" is defined twice; names must be unique`);
    groupNames.add(g.name);
    if (g.role !== "app" && g.appTiers) throw new SpecError(`${p}.appTiers`, "only node groups with role: app carry app tiers");
    return { name: g.name, role: g.role, appTiers: g.role === "app" ? refApps(g.appTiers, `${p}.appTiers`) : [] };
  });

  c.rules.forEach((r, j) => {
    const p = `${at}.rules[${j}]`;
    if ("tier" in r.from && !tierNames.has(r.from.tier)) throw unknownTier(`${p}.from.tier`, r.from.tier, tierNames);
    if ("cidr" in r.from) checkCidr(r.from.cidr, `${p}.from.cidr`, c.ipFamily);
    if (!tierNames.has(r.to.tier)) throw unknownTier(`${p}.to.tier`, r.to.tier, tierNames);
    if ((r.protocol === "tcp" || r.protocol === "udp") && !r.ports) throw new SpecError(`${p}.ports`, `a ${r.protocol} rule needs ports`);
    if ((r.protocol === "all" || r.protocol === "icmp") && r.ports) throw new SpecError(`${p}.ports`, `a ${r.protocol} rule takes no ports; remove them`);
  });

  if (c.huawei && net.vpcs.some((v) => overlaps(v, net.pod))) {
    throw new SpecError(`${at}.network.podCidr`, `the container CIDR ${net.pod.text} overlaps a VPC CIDR; CCE needs them disjoint`);
  }

  c.huawei?.networkModels.forEach((m, j) => {
    if (c.huawei!.networkModels.indexOf(m) !== j) throw new SpecError(`${at}.huawei.networkModels[${j}]`, `network model "${m}" is listed twice; list each once`);
  });
  c.huawei?.subnetDnsServers.forEach((x, j) => checkCidr(x, `${at}.huawei.subnetDnsServers[${j}]`, c.ipFamily));

  const egress = c.egress ?? (c.profile === "hardened" ? "restricted" : "open");
  return { ...c, specPath: at, egress, tiers, nodeGroups };
}

function checkNetwork(c: ClusterSpec, at: string) {
  const n = c.network;
  const vpcs = n.vpcCidrs.map((x, j) => checkCidr(x, `${at}.network.vpcCidrs[${j}]`, c.ipFamily));
  const pod = checkCidr(n.podCidr, `${at}.network.podCidr`, c.ipFamily);
  const service = checkCidr(n.serviceCidr, `${at}.network.serviceCidr`, c.ipFamily);
  checkCidr(n.controlPlaneCidr, `${at}.network.controlPlaneCidr`, c.ipFamily);
  n.adminCidrs.forEach((x, j) => checkCidr(x, `${at}.network.adminCidrs[${j}]`, c.ipFamily));
  if (vpcs.some((v) => overlaps(v, service))) {
    throw new SpecError(`${at}.network.serviceCidr`, `the service CIDR ${service.text} overlaps a VPC CIDR; pick a range outside the VPC`);
  }
  if (overlaps(pod, service)) {
    throw new SpecError(`${at}.network.serviceCidr`, `the service CIDR ${service.text} overlaps the pod CIDR ${pod.text}; pick disjoint ranges`);
  }
  return { vpcs, pod, service };
}

/** Every CIDR must parse, have no host bits, and (for IPv4 clusters) be IPv4. */
function checkCidr(text: string, path: string, family: "ipv4" | "ipv6"): Cidr {
  const cidr = parseCidr(text);
  if (typeof cidr === "string") throw new SpecError(path, cidr);
  if (family === "ipv4" && cidr.family === "ipv6") {
    throw new SpecError(path, `"${text}" is IPv6 but the cluster's ipFamily is ipv4; set ipFamily: ipv6 or use an IPv4 block`);
  }
  return cidr;
}

function checkPortRanges(c: ClusterSpec, at: string) {
  c.rules.forEach((r, j) =>
    (r.ports ?? []).forEach((p, k) => {
      if (typeof p !== "string") return;
      const [from, to] = p.split("-").map(Number);
      const path = `${at}.rules[${j}].ports[${k}]`;
      if (from < 1 || to > 65535) throw new SpecError(path, `"${p}" is outside 1-65535`);
      if (from > to) throw new SpecError(path, `"${p}" runs backwards; write it as "${to}-${from}"`);
    }),
  );
}

function checkTierNames(c: ClusterSpec, at: string): Set<string> {
  const names = new Set<string>(PLATFORM_TIERS);
  c.tiers.forEach((t, j) => {
    const path = `${at}.tiers[${j}].name`;
    if ((PLATFORM_TIERS as readonly string[]).includes(t.name)) {
      throw new SpecError(path, `"${t.name}" is reserved for a platform group; choose another tier name`);
    }
    if (names.has(t.name)) throw new SpecError(path, `tier "${t.name}" is defined twice; tier names must be unique`);
    names.add(t.name);
  });
  return names;
}

function unknownTier(path: string, name: string, known: Set<string>): SpecError {
  return new SpecError(path, `no tier named "${name}"; use one of ${[...known].sort().join(", ")}`);
}
