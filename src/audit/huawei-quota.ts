// Huawei Cloud security group rule limit. The ECS/VPC docs say the rules whose remote is a
// security group, an IP address group, or a list of inconsecutive ports may number at most 128 per
// direction, beyond which they do not take effect; an older wording caps all inbound rules at 128,
// a newer one says 120 per ethertype. We count every rule per direction (a `ports` list is one
// rule; for_each rules count once per list entry), both ethertypes together: the strictest reading.
import type { HuaweiGroupPlan } from "../rules/huawei";
import type { Cluster } from "../spec/model";
import { cidrRuleCounts } from "./list-sizes";
import type { QuotaViolation } from "./quota";

export const HUAWEI_QUOTAS = { rulesPerDirection: 128 } as const;

const DIRECTION_NAME = { ingress: "inbound", egress: "outbound" } as const;

export function checkHuaweiQuotas(cluster: Cluster, plan: readonly HuaweiGroupPlan[]): QuotaViolation[] {
  const limit = HUAWEI_QUOTAS.rulesPerDirection;
  return plan.flatMap((g) =>
    (["ingress", "egress"] as const).flatMap((direction): QuotaViolation[] => {
      const rules = g.rules.filter((r) => r.direction === direction);
      const count = rules.reduce((n, r) => n + instances(cluster, r), 0);
      if (count <= limit) return [];
      const complex = rules.filter((r) => r.peer.kind === "group" || (r.ports ?? "").includes(",")).reduce((n, r) => n + instances(cluster, r), 0);
      return [{
        cloud: "huawei", quota: "rules-per-group", subject: g.tier, direction, count, limit, excess: count - limit,
        message: `group ${g.tier} has ${count} ${DIRECTION_NAME[direction]} rules (${complex} with a group remote or a ports list), ${count - limit} over Huawei's ${limit} per direction; split the tier`,
      }];
    }),
  );
}

function instances(cluster: Cluster, r: HuaweiGroupPlan["rules"][number]): number {
  if (!r.forEach || r.peer.kind !== "cidr") return 1;
  const c = cidrRuleCounts(cluster, r.peer.cidr, r.forEach);
  return c.ipv4 + c.ipv6;
}
