// Seed 003: which group attaches to what. EKS puts its cluster SG on the control-plane ENIs, on
// managed node groups that name no security groups, and on Fargate pods; the control-plane
// (additional) group goes on the control-plane ENIs only; node groups carry the node groups.
import type { Cluster } from "../spec/model";
import type { AwsGroupPlan } from "../rules/aws";

export interface AwsAttachments {
  /** aws_eks_cluster.vpc_config.security_group_ids (EKS adds its cluster SG itself). */
  readonly controlPlaneEnis: string[];
  /** Per node group: the launch template's vpc_security_group_ids (managed or self-managed). */
  readonly nodeGroups: Record<string, string[]>;
  /** Fargate pods get the cluster SG only; EKS chooses it. */
  readonly fargatePods: string[];
}

export function awsAttachments(cluster: Cluster, plan: readonly AwsGroupPlan[]): AwsAttachments {
  const has = (tier: string) => plan.some((g) => g.tier === tier);
  const nodeGroups: Record<string, string[]> = {};
  for (const ng of [...cluster.nodeGroups].sort((a, b) => a.name.localeCompare(b.name))) {
    nodeGroups[ng.name] = ["node", ...(ng.role === "addon" ? ["node-addon"] : ng.appTiers)].filter(has);
  }
  return { controlPlaneEnis: ["control-plane"], nodeGroups, fargatePods: ["cluster"] };
}
