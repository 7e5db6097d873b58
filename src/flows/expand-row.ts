// Turns one catalog row into the flows it demands for one cluster on one target: pairs the row's
// group with its peer tiers, resolves spec-dependent ports and CIDRs, and applies its conditions.
import { API_SERVER_PORT, CACHE_PORTS, DATABASE_PORTS } from "../catalog/engines";
import type { CatalogRow, CidrRef, PortRef } from "../catalog/row";
import type { Cluster, Tier } from "../spec/model";
import { ANY_IPV4, ANY_IPV6 } from "../net/cidr";
import type { Endpoint, Flow } from "./flow";
import { Port } from "./port";
import { Group, Target, groupsForRole } from "./target";

export interface Context {
  readonly cluster: Cluster;
  readonly target: Target;
  readonly groups: readonly Group[];
  readonly tierByName: ReadonlyMap<string, Tier>;
}

export function rowApplies(row: CatalogRow, ctx: Context): boolean {
  const { cluster, target } = ctx;
  const w = row.when ?? {};
  if (row.cloud !== "any" && row.cloud !== target.cloud) return false;
  if (w.profiles && !w.profiles.includes(cluster.profile)) return false;
  if (w.egress && w.egress !== (target.cloud === "aws" ? cluster.egress : cluster.huawei?.egress ?? "open")) return false;
  if (w.addon && !cluster.addons[w.addon]) return false;
  if (w.networkModels && (target.cloud !== "huawei" || !w.networkModels.includes(target.model))) return false;
  if (w.huaweiProfile && (cluster.huawei?.profile ?? "narrowed") !== w.huaweiProfile) return false;
  return true;
}

export function expandRow(row: CatalogRow, ctx: Context): Flow[] {
  if (!rowApplies(row, ctx)) return [];
  const flows: Flow[] = [];
  const source = { seed: row.seed, table: row.table, row: row.row, id: row.id };
  for (const group of groupsForRole(ctx.groups, row.group.role, ctx.target)) {
    for (const peer of peersOf(row, group, ctx)) {
      if (!pairApplies(row, group, peer, ctx)) continue;
      for (const port of portsOf(row.port, group, peer, ctx)) {
        const [from, to] = row.direction === "ingress" ? [peer, group] : [group, peer];
        flows.push({ from, to, port, description: { [row.direction]: row.description }, sources: [source], providedBy: row.providedBy });
      }
    }
  }
  return flows;
}

function peersOf(row: CatalogRow, group: Group, ctx: Context): Endpoint[] {
  const peer = row.peer;
  if (peer === "self") return [group];
  if ("role" in peer) return groupsForRole(ctx.groups, peer.role, ctx.target).filter((p) => related(group, p, ctx));
  if ("prefixList" in peer) return [{ kind: "prefix-list", name: peer.prefixList, label: "CloudFront origin-facing" }];
  return cidrsOf(peer.cidr, ctx.cluster).map(({ cidr, label }) => ({ kind: "cidr", cidr, label }));
}

export function cidrsOf(ref: CidrRef, cluster: Cluster): Array<{ cidr: string; label: string }> {
  const n = cluster.network;
  const many = (list: readonly string[], label: string) => list.map((cidr) => ({ cidr, label }));
  if (typeof ref === "object") return [{ cidr: ref.literal, label: ref.literal }];
  switch (ref) {
    case "anywhere":
      return many(cluster.ipFamily === "ipv6" ? [ANY_IPV4, ANY_IPV6] : [ANY_IPV4], "anywhere");
    case "vpc":
      return many(n.vpcCidrs, "VPC");
    case "pod":
      return many([n.podCidr], "containers");
    case "control-plane":
      return many([n.controlPlaneCidr], "control plane");
    case "admin":
      return many(n.adminCidrs, "admin");
    case "dns-servers":
      return many(cluster.huawei?.subnetDnsServers ?? [], "subnet DNS");
    default:
      throw new Error(`unknown CIDR reference ${JSON.stringify(ref)}`);
  }
}

/** Which app-tier pairs talk: load balancers to their targets, apps to the stores they use. */
function related(a: Group, b: Group, ctx: Context): boolean {
  const ta = ctx.tierByName.get(a.tier);
  const tb = ctx.tierByName.get(b.tier);
  if (!ta || !tb) return true; // platform groups talk to every tier a row names
  const pair = (x: Tier, y: Tier): boolean | undefined => {
    if (x.kind === "load-balancer" && y.kind === "app") return (x as { targets: string[] }).targets.includes(y.name);
    if ((x.kind === "database" || x.kind === "cache") && y.kind === "app") return (x as { clients: string[] }).clients.includes(y.name);
    return undefined;
  };
  return pair(ta, tb) ?? pair(tb, ta) ?? true;
}

function pairApplies(row: CatalogRow, group: Group, peer: Endpoint, ctx: Context): boolean {
  const w = row.when ?? {};
  const tiers = [group, peer].flatMap((e) => (e.kind === "group" && ctx.tierByName.get(e.tier)) || []);
  const lb = tiers.find((t) => t.kind === "load-balancer");
  const app = tiers.find((t) => t.kind === "app");
  if (w.lbType && lb?.kind === "load-balancer" && lb.type !== w.lbType) return false;
  if (w.lbSource && lb?.kind === "load-balancer" && !lb.sources[w.lbSource]) return false;
  if (w.appAwsApis && app?.kind === "app" && !app.awsApis) return false;
  return true;
}

function portsOf(ref: PortRef, group: Group, peer: Endpoint, ctx: Context): Port[] {
  if (!("ref" in ref)) return [ref];
  const tiers = [group, peer].flatMap((e) => (e.kind === "group" && ctx.tierByName.get(e.tier)) || []);
  const find = <K extends Tier["kind"]>(kind: K) => tiers.find((t): t is Extract<Tier, { kind: K }> => t.kind === kind);
  switch (ref.ref) {
    case "service":
      return (find("app")?.servicePorts ?? []).map(Port.tcp);
    case "health-check": {
      const app = find("app");
      return app?.healthCheckPort && !app.servicePorts.includes(app.healthCheckPort) ? [Port.tcp(app.healthCheckPort)] : [];
    }
    case "database": {
      const db = find("database");
      return db ? [Port.tcp(db.port ?? DATABASE_PORTS[db.engine!])] : [];
    }
    case "cache": {
      const cache = find("cache");
      return cache ? [Port.tcp(cache.port ?? CACHE_PORTS[cache.engine!])] : [];
    }
    case "listener":
      return (find("load-balancer")?.listenerPorts ?? []).map(Port.tcp);
    case "api-server":
      return [Port.tcp(API_SERVER_PORT[ctx.target.cloud])];
  }
}
