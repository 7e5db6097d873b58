// Checks that need the rendered shape of a cluster: every group sits on an interface, no pod
// carries more groups than CCE binds, and group names fit the clouds' limits. Run at spec load so
// a bad spec fails with its spec path before anything is written.
import { groupsOf, Target } from "../flows/target";
import { MAX_GROUPS_PER_POD, checkPlacement, cloudGroupsOf, placementOf, podGroupsOfPool } from "../placement";
import { AWS_NAME_PREFIX_LIMIT, HUAWEI_NAME_LIMIT, awsNamePrefix, huaweiGroupName } from "../spelling/names";
import { SpecError } from "./errors";
import type { Cluster } from "./model";

export function checkLimits(clusters: readonly Cluster[]): Cluster[] {
  for (const c of clusters) {
    const targets: Target[] = [...(c.aws ? [{ cloud: "aws" } as const] : []), ...(c.huawei?.networkModels ?? []).map((model) => ({ cloud: "huawei", model }) as const)];
    for (const target of targets) {
      checkPodGroups(c, target);
      checkPlacement(c, groupsOf(c, target), placementOf(c, target).interfaces);
      checkNames(c, target);
    }
  }
  return [...clusters];
}

function checkPodGroups(c: Cluster, target: Target): void {
  c.nodeGroups.forEach((pool, j) => {
    const groups = podGroupsOfPool(c, pool, target);
    if (groups.length > MAX_GROUPS_PER_POD) {
      throw new SpecError(
        `${c.specPath}.nodeGroups[${j}].appTiers`,
        `CCE Turbo pods on node group "${pool.name}" would carry ${groups.length} security groups (the ENI group and ${groups.length - 1} app tiers); CCE binds at most ${MAX_GROUPS_PER_POD}: split the app tiers over more node groups or bind some per workload (pods.cceBinding: workload)`,
      );
    }
  });
}

function checkNames(c: Cluster, target: Target): void {
  const cloudCreated = new Set(cloudGroupsOf(target).map((g) => g.group));
  const groups = groupsOf(c, target).filter((g) => !cloudCreated.has(g.tier));
  const pathOf = (tier: string, fallback: string) => {
    const j = c.tiers.findIndex((t) => t.name === tier);
    return j >= 0 ? `${c.specPath}.tiers[${j}].name` : `${c.specPath}.${fallback}`;
  };
  for (const g of groups) {
    if (target.cloud === "huawei") {
      const name = huaweiGroupName(c.name, g, c.huawei?.nameSuffix ?? "sg");
      if (name.length > HUAWEI_NAME_LIMIT) {
        throw new SpecError(
          pathOf(g.tier, "huawei.nameSuffix"),
          `the Huawei group name "${name}" is ${name.length} characters; Huawei allows ${HUAWEI_NAME_LIMIT}: shorten the cluster name, the tier name or huawei.nameSuffix`,
        );
      }
    } else {
      const prefix = awsNamePrefix(c.aws?.namePrefix ?? `${c.name}-`, g.tier);
      if (prefix.length > AWS_NAME_PREFIX_LIMIT) {
        throw new SpecError(
          pathOf(g.tier, "aws.namePrefix"),
          `the AWS name_prefix "${prefix}" is ${prefix.length} characters; aws_security_group allows ${AWS_NAME_PREFIX_LIMIT}: shorten aws.namePrefix or the tier name`,
        );
      }
    }
  }
}

