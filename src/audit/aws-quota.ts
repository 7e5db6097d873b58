// AWS VPC quotas (defaults; adjustable): 60 inbound and 60 outbound rules per security group,
// counted separately for IPv4 and IPv6 (a group reference counts in both; an AWS-managed prefix
// list counts as its weight), and 5 security groups per network interface. Source: Amazon VPC
// User Guide, "Amazon VPC quotas" and "Security group size"; prefix list weights from
// "AWS-managed prefix lists".
import type { AwsGroupPlan } from "../rules/aws";
import type { Cluster } from "../spec/model";
import { placementOf } from "../placement";
import { eksClusterDefaults } from "../verify/default-rules";
import { FamilyCounts, cidrRuleCounts } from "./list-sizes";
import type { QuotaViolation } from "./quota";

export const AWS_QUOTAS = { rulesPerDirection: 60, groupsPerInterface: 5 } as const;

/** Weights of the AWS-managed prefix lists our stacks reference, by the flows' short name. */
export const AWS_PREFIX_LIST_WEIGHTS: Readonly<Record<string, number>> = { cloudfront: 55 };

const FAMILY_NAME = { ipv4: "IPv4", ipv6: "IPv6" } as const;
const DIRECTION_NAME = { ingress: "inbound", egress: "outbound" } as const;

export function checkAwsQuotas(cluster: Cluster, plan: readonly AwsGroupPlan[]): QuotaViolation[] {
  return [...plan.flatMap((g) => ruleViolations(cluster, g)), ...interfaceViolations(cluster, plan)];
}

function ruleViolations(cluster: Cluster, g: AwsGroupPlan): QuotaViolation[] {
  const tally = { ingress: { ipv4: 0, ipv6: 0 }, egress: { ipv4: 0, ipv6: 0 } };
  const add = (direction: "ingress" | "egress", c: FamilyCounts) => {
    tally[direction].ipv4 += c.ipv4;
    tally[direction].ipv6 += c.ipv6;
  };
  for (const r of g.rules) {
    const p = r.peer;
    if (p.kind === "group") add(r.direction, { ipv4: 1, ipv6: 1 });
    else if (p.kind === "prefix-list") add(r.direction, { ipv4: AWS_PREFIX_LIST_WEIGHTS[p.name] ?? 1, ipv6: 0 });
    else add(r.direction, cidrRuleCounts(cluster, p.cidr, r.forEach));
  }
  // The EKS cluster SG keeps the rules EKS made; they use the same quota as ours.
  const eks = g.created ? [] : eksClusterDefaults({ id: g.tier, tier: g.tier, role: g.role, cloud: "aws", managed: false }, cluster.ipFamily);
  for (const r of eks) add(r.direction, { ipv4: r.families.includes("ipv4") ? 1 : 0, ipv6: r.families.includes("ipv6") ? 1 : 0 });
  const limit = AWS_QUOTAS.rulesPerDirection;
  return (["ingress", "egress"] as const).flatMap((direction): QuotaViolation[] => {
    const { ipv4, ipv6 } = tally[direction];
    if (ipv4 <= limit && ipv6 <= limit) return [];
    // Group references count in both families, so both often overflow together: report once.
    const family = ipv4 >= ipv6 ? "ipv4" : "ipv6";
    const count = Math.max(ipv4, ipv6);
    const which = ipv4 === ipv6 ? "rules in each IP family" : `${FAMILY_NAME[family]} rules`;
    const weighted = g.rules.some((r) => r.direction === direction && r.peer.kind === "prefix-list") ? ` (each rule naming the CloudFront prefix list counts as ${AWS_PREFIX_LIST_WEIGHTS.cloudfront})` : "";
    const who = eks.length ? " (with the rules EKS created)" : "";
    return [{
      cloud: "aws", quota: "rules-per-group", subject: g.tier, direction, family, count, limit, excess: count - limit,
      message: `group ${g.tier} has ${count} ${DIRECTION_NAME[direction]} ${which}${who}${weighted}, ${count - limit} over AWS's ${limit} per group; split the tier or raise the quota`,
    }];
  });
}

/**
 * Which groups share one network interface, read from the placement model (seed 003): each node
 * group's nodes carry node plus node-addon or their app tiers; the control-plane ENIs carry the EKS
 * cluster SG plus the control-plane group. The other interfaces (Fargate, pods with security groups
 * for pods, load balancer, database, cache, VPC endpoint, bastion) carry one group each, so they
 * cannot exceed the quota.
 */
export function awsInterfaces(cluster: Cluster, plan: readonly AwsGroupPlan[]): Array<{ name: string; groups: string[] }> {
  const has = (tier: string) => plan.some((g) => g.tier === tier);
  const { interfaces } = placementOf(cluster, { cloud: "aws" });
  const nodeGroups = interfaces
    .filter((i) => i.kind === "node-pool")
    .map((i) => ({ name: `node group ${i.id.slice("node-pool:".length)}`, groups: i.groups.filter(has) }));
  const controlPlane = interfaces.filter((i) => i.kind === "control-plane").map((i) => ({ name: "control-plane ENIs", groups: [...i.groups] }));
  return [...nodeGroups, ...controlPlane];
}

function interfaceViolations(cluster: Cluster, plan: readonly AwsGroupPlan[]): QuotaViolation[] {
  const limit = AWS_QUOTAS.groupsPerInterface;
  return awsInterfaces(cluster, plan)
    .filter((i) => i.groups.length > limit)
    .map((i) => ({
      cloud: "aws" as const, quota: "groups-per-interface" as const, subject: i.name, count: i.groups.length, limit, excess: i.groups.length - limit,
      message: `${i.name} puts ${i.groups.length} security groups on each network interface (${i.groups.join(", ")}), ${i.groups.length - limit} over AWS's ${limit}; spread its app tiers over more node groups or raise the quota`,
    }));
}
