// What a module feeds the spelling: every value a consumer chooses comes from a variable.
import type { Cluster } from "../spec/model";
import type { NetworkModelName } from "../spec/schema";
import type { AwsSpellingProps } from "./aws";
import type { CceSpellingProps } from "./cce";
import type { Expressions, ModuleValues } from "./expressions";

export function awsModuleProps(cluster: Cluster, bound: ModuleValues, x: Expressions): AwsSpellingProps {
  const clusterName = bound.scalar("cluster_name");
  const tags = bound.whole("tags");
  // Empty name_prefix means "<cluster_name>-", as in the stacks.
  const namePrefix = x.coalesce([bound.scalar("name_prefix"), x.format("%s-", [clusterName])]);
  return {
    cluster, bound, clusterName, tags, namePrefix,
    vpcId: bound.scalar("vpc_id"),
    clusterSecurityGroupId: bound.scalar("cluster_primary_security_group_id"),
  };
}

export function cceModuleProps(cluster: Cluster, model: NetworkModelName, bound: ModuleValues): CceSpellingProps {
  const clusterName = bound.scalar("cluster_name");
  const tags = bound.whole("tags");
  return {
    cluster, bound, clusterName, tags, model, nameSuffix: bound.scalar("name_suffix"),
    // CCE creates these groups with the cluster; the consumer passes their IDs in.
    controlPlaneSecurityGroupId: bound.scalar("control_plane_security_group_id"),
    ...(model === "turbo" ? { eniSecurityGroupId: bound.scalar("eni_security_group_id") } : {}),
  };
}
