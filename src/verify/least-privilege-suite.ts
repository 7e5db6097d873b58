// Least privilege, as hand-written policy over the synthesized stack:
// - nobody on the internet may SSH to the nodes unless the spec opts in (CCE's cce-default);
// - the internet reaches nothing but the load balancers, except the listed exceptions;
// - a database or cache is reachable only from its client app tiers, on its port;
// - a VPC endpoint only on 443, from the add-on nodes, app tiers that call cloud APIs, and the bastion.
// Every group of the stack is tried as a source, so a stray rule from any group is caught; extra
// flows the spec's `rules` ask for are allowances, cited by spec path.
import { CACHE_PORTS, DATABASE_PORTS } from "../catalog/engines";
import { Port, portCovers } from "../flows/port";
import { Target } from "../flows/target";
import type { Cluster, Tier } from "../spec/model";
import type { Allowance, Check } from "./check";
import { rowCitation } from "./catalog-ref";
import { internetOf } from "./cluster-context";
import { Endpoints } from "./endpoint";
import { internetAllowances, rangePort } from "./internet-exceptions";
import type { SgStack } from "./model";

export const POLICIES = {
  "no-ssh-from-internet": "Nobody on the internet may SSH to the nodes unless the spec opts in",
  "internet-only-load-balancers": "The internet reaches only the load balancers, except listed seed rows and spec settings",
  "database-only-from-clients": "A database is reachable only from its client app tiers, on its port",
  "cache-only-from-clients": "A cache is reachable only from its client app tiers, on its port",
  "vpc-endpoint-443-only": "A VPC endpoint is reachable only on 443, from add-on nodes, app tiers with awsApis, and the bastion",
} as const;
export type PolicyName = keyof typeof POLICIES;

export function leastPrivilegeChecks(cluster: Cluster, target: Target, stack: SgStack): Check[] {
  const tiers = [...new Set(stack.groups.map((g) => g.tier))];
  const roleOf = (tier: string) => stack.groups.find((g) => g.tier === tier)?.role;
  const internet = internetOf(cluster);
  const check = (name: PolicyName, from: Check["from"], to: string, port: Port, allowances: Allowance[]): Check => ({
    suite: "least-privilege",
    name,
    from,
    to: Endpoints.group(to),
    port,
    expect: "denied",
    allowances,
    because: [POLICIES[name]],
  });

  const checks: Check[] = [];
  if (tiers.includes("node")) {
    const ssh = internetAllowances(cluster, target, "node").filter((a) => portCovers(a.port, Port.tcp(22)));
    checks.push(check("no-ssh-from-internet", internet, "node", Port.tcp(22), ssh));
  }
  for (const tier of tiers) checks.push(check("internet-only-load-balancers", internet, tier, Port.allTraffic(), internetAllowances(cluster, target, tier)));

  for (const t of cluster.tiers) {
    if (!tiers.includes(t.name)) continue;
    const policy = storePolicy(t, cluster, target, roleOf);
    if (!policy) continue;
    for (const source of tiers) {
      checks.push(check(policy.name, Endpoints.group(source), t.name, Port.allTraffic(), [...policy.allow(source), ...specRuleAllowances(cluster, source, t.name)]));
    }
  }
  return checks;
}

type StorePolicy = { name: PolicyName; allow: (source: string) => Allowance[] };

function storePolicy(t: Tier, cluster: Cluster, target: Target, roleOf: (tier: string) => string | undefined): StorePolicy | undefined {
  const fromRow = (id: string, port: Port): Allowance[] => [{ port, ref: id, because: rowCitation(id) }];
  switch (t.kind) {
    case "database": {
      const port = Port.tcp(t.port ?? DATABASE_PORTS[t.engine!]);
      return { name: "database-only-from-clients", allow: (s) => ((t.clients ?? []).includes(s) ? fromRow("s000-db-in-app", port) : []) };
    }
    case "cache": {
      const port = Port.tcp(t.port ?? CACHE_PORTS[t.engine!]);
      return { name: "cache-only-from-clients", allow: (s) => ((t.clients ?? []).includes(s) ? fromRow("s000-cache-in-app", port) : []) };
    }
    case "vpc-endpoint":
      return {
        name: "vpc-endpoint-443-only",
        allow: (s) => {
          const role = roleOf(s);
          // CCE has one node group for add-ons and apps; it plays the add-on role there.
          if (role === "node-addon" || (target.cloud === "huawei" && role === "node")) return fromRow("s000-vpce-in-addon-443", Port.tcp(443));
          if (role === "bastion") return fromRow("s000-vpce-in-bastion-443", Port.tcp(443));
          const app = cluster.tiers.find((x) => x.name === s);
          return app?.kind === "app" && app.awsApis ? fromRow("s000-vpce-in-app-443", Port.tcp(443)) : [];
        },
      };
    default:
      return undefined;
  }
}

/** Extra flows the spec asks for towards `to`: from the source group, or from a CIDR it may sit in. */
function specRuleAllowances(cluster: Cluster, source: string, to: string): Allowance[] {
  return cluster.rules.flatMap((r, j) => {
    if (r.to.tier !== to || ("tier" in r.from && r.from.tier !== source)) return [];
    const path = `${cluster.specPath}.rules[${j}]`;
    const ports = r.protocol === "all" ? [Port.allTraffic()] : r.protocol === "icmp" ? [Port.allIcmp()] : (r.ports ?? []).map((p) => rangePort(r.protocol as "tcp" | "udp", p));
    const from = "cidr" in r.from ? { from: [r.from.cidr], fromLabel: r.from.cidr } : {};
    return ports.map((port): Allowance => ({ port, ...from, ref: path, because: `spec ${path}: ${r.description}` }));
  });
}
