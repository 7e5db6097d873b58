// Turns one catalog row into the flows it demands for one cluster on one target: pairs the row's
// group with its peer tiers, resolves spec-dependent ports and CIDRs, and applies its conditions.
import { API_SERVER_PORT, CACHE_PORTS, DATABASE_PORTS } from "../catalog/engines";
import type { CatalogRow, CidrRef, PortRef } from "../catalog/row";
import { type Cluster, type Tier, cceCidr } from "../spec/model";
import { ANY_IPV4, ANY_IPV6 } from "../net/cidr";
import { Binding, Endpoint, Flow, variableName } from "./flow";
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
  if (w.podSecurityGroups && !(target.cloud === "aws" && cluster.aws?.podSecurityGroups)) return false;
  if (w.huaweiProfile && (cluster.huawei?.profile ?? "narrowed") !== w.huaweiProfile) return false;
  return true;
}

export function expandRow(row: CatalogRow, ctx: Context): Flow[] {
  if (!rowApplies(row, ctx)) return [];
  const flows: Flow[] = [];
  const source = { seed: row.seed, table: row.table, row: row.row, id: row.id };
  for (const group of groupsForRole(ctx.groups, row.group.role)) {
    for (const peer of peersOf(row, group, ctx)) {
      if (!pairApplies(row, group, peer, ctx)) continue;
      for (const { port, binding } of portsOf(row.port, group, peer, ctx)) {
        const [from, to] = row.direction === "ingress" ? [peer, group] : [group, peer];
        flows.push({
          from, to, port, portBinding: binding,
          description: { [row.direction]: row.description }, sources: [source], providedBy: row.providedBy,
        });
      }
    }
  }
  return flows;
}

function peersOf(row: CatalogRow, group: Group, ctx: Context): Endpoint[] {
  const peer = row.peer;
  if (peer === "self") return [group];
  if ("role" in peer) return groupsForRole(ctx.groups, peer.role).filter((p) => related(group, p, ctx));
  if ("prefixList" in peer) return [{ kind: "prefix-list", name: peer.prefixList, label: "CloudFront origin-facing" }];
  return cidrsOf(peer.cidr, ctx.cluster);
}

type CidrEndpoint = Extract<Endpoint, { kind: "cidr" }>;

/** CIDR endpoints of a catalog reference; spec values carry the module variable they come from. */
export function cidrsOf(ref: CidrRef, cluster: Cluster): CidrEndpoint[] {
  const n = cluster.network;
  const bound = (list: readonly string[], label: string, variable?: string, isList = true): CidrEndpoint[] =>
    list.map((cidr) => ({ kind: "cidr", cidr, label, ...(variable ? { binding: { variable, list: isList } } : {}) }));
  if (typeof ref === "object") return bound([ref.literal], ref.literal);
  switch (ref) {
    case "anywhere":
      return bound(cluster.ipFamily === "ipv6" ? [ANY_IPV4, ANY_IPV6] : [ANY_IPV4], "anywhere");
    case "vpc":
      return bound(n.vpcCidrs, "VPC", "vpc_cidrs");
    case "pod":
      return bound([cceCidr(cluster, "podCidr")], "containers", "pod_cidr", false);
    case "control-plane":
      return bound([cceCidr(cluster, "controlPlaneCidr")], "control plane", "control_plane_cidr", false);
    case "admin":
      return bound(n.adminCidrs, "admin", "admin_cidrs");
    case "dns-servers":
      return bound(cluster.huawei?.subnetDnsServers ?? [], "subnet DNS", "subnet_dns_servers");
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

interface BoundPort {
  readonly port: Port;
  readonly binding?: Binding;
}

/** Ports of a list setting: "web_service_port", or "web_service_port_2" when there are several. */
export function boundPorts(ports: readonly number[], ...name: string[]): BoundPort[] {
  return ports.map((p, i) => ({
    port: Port.tcp(p),
    binding: { variable: variableName(...name, ...(ports.length > 1 ? [String(i + 1)] : [])), list: false },
  }));
}

function portsOf(ref: PortRef, group: Group, peer: Endpoint, ctx: Context): BoundPort[] {
  if (!("ref" in ref)) return [{ port: ref }];
  const tiers = [group, peer].flatMap((e) => (e.kind === "group" && ctx.tierByName.get(e.tier)) || []);
  const find = <K extends Tier["kind"]>(kind: K) => tiers.find((t): t is Extract<Tier, { kind: K }> => t.kind === kind);
  switch (ref.ref) {
    case "service": {
      const app = find("app");
      return app ? boundPorts(app.servicePorts, app.name, "service_port") : [];
    }
    case "health-check": {
      const app = find("app");
      return app?.healthCheckPort && !app.servicePorts.includes(app.healthCheckPort)
        ? boundPorts([app.healthCheckPort], app.name, "health_check_port")
        : [];
    }
    case "database": {
      const db = find("database");
      return db ? boundPorts([db.port ?? DATABASE_PORTS[db.engine!]], db.name, "port") : [];
    }
    case "cache": {
      const cache = find("cache");
      return cache ? boundPorts([cache.port ?? CACHE_PORTS[cache.engine!]], cache.name, "port") : [];
    }
    case "listener": {
      const lb = find("load-balancer");
      return lb ? boundPorts(lb.listenerPorts, lb.name, "listener_port") : [];
    }
    case "api-server":
      return [{ port: Port.tcp(API_SERVER_PORT[ctx.target.cloud]) }];
  }
}
