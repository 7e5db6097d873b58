// Cross-field checks the schema cannot express (CIDR arithmetic, references between tiers), and
// resolution of defaults that depend on other fields. Every problem is collected, so one run
// reports them all.
import { Cidr, parseCidr, overlaps } from "../net/cidr";
import { Problems } from "./errors";
import { Cluster } from "./model";
import type { ClusterSpec, TopologySpec } from "./schema";
import { PLATFORM_TIERS } from "./platform-tiers";

export function resolveSpec(spec: TopologySpec): Cluster[] {
  const problems = new Problems();
  const seen = new Set<string>();
  const clusters = spec.clusters.map((cluster, i) => {
    const at = `clusters[${i}]`;
    if (seen.has(cluster.name)) problems.add(`${at}.name`, `cluster "${cluster.name}" is defined twice; give each cluster its own name`);
    seen.add(cluster.name);
    return resolveCluster(cluster, at, problems);
  });
  problems.throwIfAny();
  return clusters;
}

function resolveCluster(c: ClusterSpec, at: string, problems: Problems): Cluster {
  if (!c.aws && !c.huawei) problems.add(at, "nothing to render; add an aws: section, a huawei: section, or both");
  checkNetwork(c, at, problems);
  checkPortRanges(c, at, problems);
  const tierNames = checkTierNames(c, at, problems);
  const apps = c.tiers.filter((t) => t.kind === "app").map((t) => t.name);
  const refApps = (list: string[] | undefined, path: string): string[] => {
    const names = list ?? apps;
    names.forEach((n, j) => {
      if (!apps.includes(n)) problems.add(`${path}[${j}]`, `"${n}" is not an app tier; define it under tiers with kind: app`);
    });
    return [...names].sort();
  };
  const cidr = (text: string, path: string) => checkCidr(text, path, c.ipFamily, problems);

  const tiers = c.tiers.map((t, j) => {
    const p = `${at}.tiers[${j}]`;
    switch (t.kind) {
      case "load-balancer":
        if (!t.sources.internet && !t.sources.cloudfront && t.sources.cidrs.length === 0) {
          problems.add(`${p}.sources`, "a load balancer needs a source: set internet: true, cloudfront: true or list cidrs");
        }
        t.sources.cidrs.forEach((x, k) => cidr(x, `${p}.sources.cidrs[${k}]`));
        if (t.sources.cloudfront && c.huawei) {
          problems.add(`${p}.sources.cloudfront`, "Huawei Cloud has no CloudFront prefix list; list the CDN's CIDRs under sources.cidrs instead");
        }
        return { ...t, targets: refApps(t.targets, `${p}.targets`) };
      case "database":
      case "cache":
        if (t.engine === undefined && t.port === undefined) {
          problems.add(`${p}.engine`, `a ${t.kind} tier needs an engine or an explicit port`);
        }
        return { ...t, clients: refApps(t.clients, `${p}.clients`) };
      case "bastion":
        t.sshFrom.forEach((x, k) => cidr(x, `${p}.sshFrom[${k}]`));
        return t;
      default:
        return t;
    }
  });

  const groupNames = new Set<string>();
  const nodeGroups = c.nodeGroups.map((g, j) => {
    const p = `${at}.nodeGroups[${j}]`;
    if (groupNames.has(g.name)) problems.add(`${p}.name`, `node group "${g.name}" is defined twice; names must be unique`);
    groupNames.add(g.name);
    if (g.role !== "app" && g.appTiers) {
      problems.add(`${p}.appTiers`, "only node groups with role: app carry app tiers");
      return { name: g.name, role: g.role, appTiers: [] };
    }
    return { name: g.name, role: g.role, appTiers: g.role === "app" ? refApps(g.appTiers, `${p}.appTiers`) : [] };
  });

  c.rules.forEach((r, j) => {
    const p = `${at}.rules[${j}]`;
    if ("tier" in r.from && !tierNames.has(r.from.tier)) problems.add(`${p}.from.tier`, unknownTier(r.from.tier, tierNames));
    if ("cidr" in r.from) cidr(r.from.cidr, `${p}.from.cidr`);
    if ("tier" in r.to && !tierNames.has(r.to.tier)) problems.add(`${p}.to.tier`, unknownTier(r.to.tier, tierNames));
    if ("cidr" in r.to) cidr(r.to.cidr, `${p}.to.cidr`);
    if ("cidr" in r.from && "cidr" in r.to) problems.add(`${p}.to`, "a rule joins a tier to a peer: give a tier at one end (from or to)");
    if ((r.protocol === "tcp" || r.protocol === "udp") && !r.ports) problems.add(`${p}.ports`, `a ${r.protocol} rule needs ports`);
    if ((r.protocol === "all" || r.protocol === "icmp") && r.ports) problems.add(`${p}.ports`, `a ${r.protocol} rule takes no ports; remove them`);
  });

  c.huawei?.networkModels.forEach((m, j) => {
    if (c.huawei!.networkModels.indexOf(m) !== j) problems.add(`${at}.huawei.networkModels[${j}]`, `network model "${m}" is listed twice; list each once`);
  });
  c.huawei?.subnetDnsServers.forEach((x, j) => cidr(x, `${at}.huawei.subnetDnsServers[${j}]`));

  const egress = c.egress ?? (c.profile === "hardened" ? "restricted" : "open");
  return { ...c, specPath: at, egress, tiers, nodeGroups };
}

// The container, service and master CIDRs feed only CCE's rules and cluster arguments (seed 004);
// an EKS-only cluster (pods draw VPC addresses) need not invent them.
const CCE_NETWORK_FIELDS = ["podCidr", "serviceCidr", "controlPlaneCidr"] as const;

function checkNetwork(c: ClusterSpec, at: string, problems: Problems) {
  const n = c.network;
  const path = (field: string) => `${at}.network.${field}`;
  if (c.huawei) {
    for (const field of CCE_NETWORK_FIELDS) {
      if (n[field] === undefined) problems.add(path(field), `is required when the cluster has a huawei: section (CCE rules use it)`);
    }
  }
  const optional = (field: (typeof CCE_NETWORK_FIELDS)[number]) =>
    n[field] === undefined ? undefined : checkCidr(n[field]!, path(field), c.ipFamily, problems);
  const vpcs = n.vpcCidrs.flatMap((x, j) => checkCidr(x, `${path("vpcCidrs")}[${j}]`, c.ipFamily, problems) ?? []);
  const pod = optional("podCidr");
  const service = optional("serviceCidr");
  const controlPlane = optional("controlPlaneCidr");
  n.adminCidrs.forEach((x, j) => checkCidr(x, `${path("adminCidrs")}[${j}]`, c.ipFamily, problems));
  if (service && vpcs.some((v) => overlaps(v, service))) {
    problems.add(path("serviceCidr"), `the service CIDR ${service.text} overlaps a VPC CIDR; pick a range outside the VPC`);
  }
  if (c.huawei && pod && vpcs.some((v) => overlaps(v, pod))) {
    problems.add(path("podCidr"), `the container CIDR ${pod.text} overlaps a VPC CIDR; CCE needs them disjoint`);
  }
  if (pod && service && overlaps(pod, service)) {
    problems.add(path("serviceCidr"), `the service CIDR ${service.text} overlaps the pod CIDR ${pod.text}; pick disjoint ranges`);
  }
  // Master nodes are hosts, not pods or Services: a master CIDR inside either range would make
  // CCE's master rules admit pod or Service traffic (and the cluster refuses it anyway).
  for (const [other, label, field] of [[pod, "pod", "podCidr"], [service, "service", "serviceCidr"]] as const) {
    if (controlPlane && other && overlaps(controlPlane, other)) {
      problems.add(path("controlPlaneCidr"), `the control-plane CIDR ${controlPlane.text} overlaps the ${label} CIDR ${other.text} (${field}); pick disjoint ranges`);
    }
  }
}

/**
 * Every CIDR must parse, have no host bits, be written the way AWS and Huawei store it (otherwise
 * every plan shows a diff), and (for IPv4 clusters) be IPv4. Records the problem and returns
 * undefined when it is not.
 */
function checkCidr(text: string, path: string, family: "ipv4" | "ipv6", problems: Problems): Cidr | undefined {
  const cidr = parseCidr(text);
  if (typeof cidr === "string") return void problems.add(path, cidr);
  if (cidr.family === "ipv6" && (cidr.address as { isIPv4MappedAddress(): boolean }).isIPv4MappedAddress() && cidr.prefix >= 96) {
    const v4 = `${(cidr.address as { toIPv4Address(): { toString(): string } }).toIPv4Address().toString()}/${cidr.prefix - 96}`;
    return void problems.add(path, `"${text}" is an IPv4-mapped IPv6 block; security groups match IPv4 traffic by its IPv4 block (did you mean ${v4}?)`);
  }
  if (cidr.text !== text) {
    return void problems.add(path, `"${text}" is not written the way the cloud stores it, which would show as a change on every plan (did you mean ${cidr.text}?)`);
  }
  if (family === "ipv4" && cidr.family === "ipv6") {
    return void problems.add(path, `"${text}" is IPv6 but the cluster's ipFamily is ipv4; set ipFamily: ipv6 or use an IPv4 block`);
  }
  return cidr;
}

function checkPortRanges(c: ClusterSpec, at: string, problems: Problems) {
  c.rules.forEach((r, j) =>
    (r.ports ?? []).forEach((p, k) => {
      if (typeof p !== "string") return;
      const [from, to] = p.split("-").map(Number);
      const path = `${at}.rules[${j}].ports[${k}]`;
      if (from < 1 || to > 65535) problems.add(path, `"${p}" is outside 1-65535`);
      else if (from > to) problems.add(path, `"${p}" runs backwards; write it as "${to}-${from}"`);
    }),
  );
}

function checkTierNames(c: ClusterSpec, at: string, problems: Problems): Set<string> {
  const names = new Set<string>(PLATFORM_TIERS);
  c.tiers.forEach((t, j) => {
    const path = `${at}.tiers[${j}].name`;
    if ((PLATFORM_TIERS as readonly string[]).includes(t.name)) {
      problems.add(path, `"${t.name}" is reserved for a platform group; choose another tier name`);
    } else if (names.has(t.name)) {
      problems.add(path, `tier "${t.name}" is defined twice; tier names must be unique`);
    }
    names.add(t.name);
  });
  return names;
}

function unknownTier(name: string, known: Set<string>): string {
  return `no tier named "${name}"; use one of ${[...known].sort().join(", ")}`;
}
