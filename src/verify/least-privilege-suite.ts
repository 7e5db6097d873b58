// Least privilege, as hand-written policy over the synthesized stack:
// - nobody on the internet may SSH to the nodes unless the spec opts in (CCE's cce-default);
// - the internet reaches nothing but the load balancers, except the listed exceptions;
// - a database or cache is reachable only from its client app tiers, on its port;
// - a VPC endpoint only on 443, from the add-on nodes, app tiers that call cloud APIs, and the bastion.
// Checks run between interfaces (what a node pool, a pod, an instance carries), not single groups:
// every interface of the stack is tried as a source, so a stray rule from any group is caught, and
// an interface passes on what its groups together allow (an app pool without awsApis must not
// reach the endpoints; Turbo's default pods must not reach a database). Extra flows the spec's
// `rules` ask for are allowances, cited by spec path.
import { CACHE_PORTS, DATABASE_PORTS } from "../catalog/engines";
import { Port, portCovers } from "../flows/port";
import { Target } from "../flows/target";
import type { Cluster, Tier } from "../spec/model";
import type { Allowance, Check } from "./check";
import { rowCitation } from "./catalog-ref";
import { internetOf } from "./cluster-context";
import { Endpoints } from "./endpoint";
import { internetAllowances, rangePort } from "./internet-exceptions";
import { InterfaceIndex } from "./interface-index";
import type { SgInterface, SgStack } from "./model";

export const POLICIES = {
  "no-ssh-from-internet": "Nobody on the internet may SSH to the nodes unless the spec opts in",
  "internet-only-load-balancers": "The internet reaches only the load balancers, except listed seed rows and spec settings",
  "database-only-from-clients": "A database is reachable only from its client app tiers, on its port",
  "cache-only-from-clients": "A cache is reachable only from its client app tiers, on its port",
  "vpc-endpoint-443-only": "A VPC endpoint is reachable only on 443, from add-on nodes, app tiers with awsApis, and the bastion",
} as const;
export type PolicyName = keyof typeof POLICIES;

export function leastPrivilegeChecks(cluster: Cluster, target: Target, stack: SgStack): Check[] {
  const index = new InterfaceIndex(stack);
  const interfaces = stack.interfaces;
  const tiersOn = (i: SgInterface) => index.groupsOf(i).map((g) => g.tier);
  const rolesOn = (i: SgInterface) => index.groupsOf(i).map((g) => g.role);
  const internet = internetOf(cluster);
  const check = (name: PolicyName, from: Check["from"], to: SgInterface, port: Port, allowances: Allowance[]): Check => ({
    suite: "least-privilege",
    name,
    from,
    to: Endpoints.iface(to.id),
    port,
    expect: "denied",
    allowances,
    because: [POLICIES[name]],
  });

  const checks: Check[] = [];
  for (const to of index.carrying("node")) {
    // What the spec or a seed row opens to any group the node pool carries (node, node-addon, app tiers).
    const ssh = dedupe(tiersOn(to).flatMap((t) => internetAllowances(cluster, target, t))).filter((a) => portCovers(a.port, Port.tcp(22)));
    checks.push(check("no-ssh-from-internet", internet, to, Port.tcp(22), ssh));
  }
  for (const to of interfaces) {
    checks.push(check("internet-only-load-balancers", internet, to, Port.allTraffic(), tiersOn(to).flatMap((t) => internetAllowances(cluster, target, t))));
  }

  for (const t of cluster.tiers) {
    const policy = storePolicy(t, cluster);
    if (!policy) continue;
    for (const to of index.carrying(t.name)) {
      for (const source of interfaces) {
        const allow = [
          ...policy.allow({ tiers: tiersOn(source), roles: rolesOn(source) }),
          ...tiersOn(source).flatMap((s) => specRuleAllowances(cluster, s, t.name)),
        ];
        checks.push(check(policy.name, Endpoints.iface(source.id), to, Port.allTraffic(), dedupe(allow)));
      }
    }
  }
  return checks;
}

/** What a source interface carries: its groups' tiers and roles. */
type Carried = { readonly tiers: readonly string[]; readonly roles: readonly string[] };
type StorePolicy = { name: PolicyName; allow: (source: Carried) => Allowance[] };

function storePolicy(t: Tier, cluster: Cluster): StorePolicy | undefined {
  const fromRow = (id: string, port: Port): Allowance[] => [{ port, ref: id, because: rowCitation(id) }];
  const clients: readonly string[] = t.kind === "database" || t.kind === "cache" ? t.clients ?? [] : [];
  const isClient = (s: Carried) => clients.some((c) => s.tiers.includes(c));
  switch (t.kind) {
    case "database": {
      const port = Port.tcp(t.port ?? DATABASE_PORTS[t.engine!]);
      return { name: "database-only-from-clients", allow: (s) => (isClient(s) ? fromRow("s000-db-in-app", port) : []) };
    }
    case "cache": {
      const port = Port.tcp(t.port ?? CACHE_PORTS[t.engine!]);
      return { name: "cache-only-from-clients", allow: (s) => (isClient(s) ? fromRow("s000-cache-in-app", port) : []) };
    }
    case "vpc-endpoint":
      return {
        name: "vpc-endpoint-443-only",
        allow: (s) => {
          // Seed 000: the add-on node group, app tiers that call cloud APIs, and the bastion.
          const apiApps = s.tiers.some((x) => cluster.tiers.some((a) => a.name === x && a.kind === "app" && a.awsApis));
          return [
            ...(s.roles.includes("node-addon") ? fromRow("s000-vpce-in-addon-443", Port.tcp(443)) : []),
            ...(s.roles.includes("bastion") ? fromRow("s000-vpce-in-bastion-443", Port.tcp(443)) : []),
            ...(apiApps ? fromRow("s000-vpce-in-app-443", Port.tcp(443)) : []),
          ];
        },
      };
    default:
      return undefined;
  }
}

function dedupe(allowances: readonly Allowance[]): Allowance[] {
  const seen = new Set<string>();
  return allowances.filter((a) => {
    const key = `${a.ref}|${JSON.stringify(a.port)}|${(a.from ?? []).join(",")}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Extra flows the spec asks for towards `to`: from the source group, or from a CIDR it may sit in. */
function specRuleAllowances(cluster: Cluster, source: string, to: string): Allowance[] {
  return cluster.rules.flatMap((r, j) => {
    if (!("tier" in r.to) || r.to.tier !== to || ("tier" in r.from && r.from.tier !== source)) return [];
    const path = `${cluster.specPath}.rules[${j}]`;
    const ports = r.protocol === "all" ? [Port.allTraffic()] : r.protocol === "icmp" ? [Port.allIcmp()] : (r.ports ?? []).map((p) => rangePort(r.protocol as "tcp" | "udp", p));
    const from = "cidr" in r.from ? { from: [r.from.cidr], fromLabel: r.from.cidr } : {};
    return ports.map((port): Allowance => ({ port, ...from, ref: path, because: `spec ${path}: ${r.description}` }));
  });
}
