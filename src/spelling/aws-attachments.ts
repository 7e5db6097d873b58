// Seed 003: which group attaches where, as the attachment arguments EKS takes. EKS puts its cluster
// SG on the control-plane ENIs, on managed node groups that name no security groups, and on
// Fargate pods; the control-plane (additional) group goes on the control-plane ENIs only; node
// groups carry the node groups. Read from the placement model.
import type { AwsGroupPlan } from "../rules/aws";
import type { Placement } from "../placement";

export interface AwsAttachments {
  /** aws_eks_cluster.vpc_config.security_group_ids (EKS adds its cluster SG itself). */
  readonly controlPlaneEnis: string[];
  /** Per node group: the launch template's vpc_security_group_ids (managed or self-managed). */
  readonly nodeGroups: Record<string, string[]>;
  /** Fargate pods get the cluster SG only; EKS chooses it. */
  readonly fargatePods: string[];
}

export function awsAttachments(placement: Placement, plan: readonly AwsGroupPlan[]): AwsAttachments {
  const has = (tier: string) => plan.some((g) => g.tier === tier);
  const { interfaces } = placement;
  const carried = (id: string) => interfaces.find((i) => i.id === id)?.groups ?? [];
  const nodeGroups: Record<string, string[]> = {};
  for (const i of interfaces.filter((x) => x.kind === "node-pool")) nodeGroups[i.id.slice("node-pool:".length)] = i.groups.filter(has);
  // EKS adds its cluster SG to the control-plane ENIs; the argument lists only ours.
  return { controlPlaneEnis: carried("control-plane").filter((g) => g !== "cluster"), nodeGroups, fargatePods: [...carried("fargate")] };
}
