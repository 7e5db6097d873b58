// Security group names, and the API limits they must stay within (checked at spec load, never
// truncated: a cut name could collide with another group's).
import type { GroupRole } from "../flows/flow";

/** Huawei Cloud VPC: a security group name is at most 64 characters. */
export const HUAWEI_NAME_LIMIT = 64;
/** hashicorp/aws aws_security_group: name_prefix is at most 100 characters (the name itself 255). */
export const AWS_NAME_PREFIX_LIMIT = 100;

/** CCE's own naming: {cluster}-cce-node-{suffix}; other groups use their tier name. */
const CCE_NAME: Partial<Record<GroupRole, string>> = { node: "node" };

export function huaweiGroupName(cluster: string, group: { tier: string; role: GroupRole }, suffix: string): string {
  return `${cluster}-cce-${CCE_NAME[group.role] ?? group.tier}-${suffix}`;
}

export function awsNamePrefix(prefix: string, tier: string): string {
  return `${prefix}${tier}-`;
}
