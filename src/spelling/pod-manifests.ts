// The Kubernetes objects that bind app tiers' groups to their pods, as one `kind: List` document
// for `terraform output -raw pod_security_group_manifests | kubectl apply -f -`:
// - EKS (aws.podSecurityGroups): a SecurityGroupPolicy per app tier (vpcresources.k8s.aws/v1beta1);
// - CCE Turbo (pods.cceBinding: workload): a SecurityGroup per such tier (crd.yangtse.cni/v1).
// Labels and namespace come from the spec (checked against Kubernetes' syntax, so they hold no
// Terraform template characters); IDs are resolved by Terraform.
import type { Placement } from "../placement";
import { boundPerWorkload } from "../placement/placement";
import type { AppTier, Cluster } from "../spec/model";

function podSelector(tier: AppTier): Record<string, unknown> {
  return { matchLabels: tier.pods?.labels ?? { app: tier.name } };
}

function metadata(tier: AppTier): Record<string, unknown> {
  return { name: `${tier.name}-security-groups`, namespace: tier.pods?.namespace ?? "default" };
}

/** One object per app tier whose pods interface is bound per workload; none when there is nothing to bind. */
export function podManifestItems(cluster: Cluster, cloud: "aws" | "huawei", placement: Placement, ids: Readonly<Record<string, string>>): Record<string, unknown>[] {
  const groupsOf = (tier: string) => placement.interfaces.find((i) => i.id === `pods:${tier}`)?.groups ?? [];
  const apps = cluster.tiers.filter((t): t is AppTier => t.kind === "app").sort((a, b) => a.name.localeCompare(b.name));
  if (cloud === "aws") {
    return apps
      .filter((t) => groupsOf(t.name).length > 0)
      .map((t) => ({
        apiVersion: "vpcresources.k8s.aws/v1beta1",
        kind: "SecurityGroupPolicy",
        metadata: metadata(t),
        spec: { podSelector: podSelector(t), securityGroups: { groupIds: groupsOf(t.name).map((g) => ids[g]) } },
      }));
  }
  return apps
    .filter((t) => boundPerWorkload(t) && groupsOf(t.name).length > 0)
    .map((t) => ({
      apiVersion: "crd.yangtse.cni/v1",
      kind: "SecurityGroup",
      metadata: metadata(t),
      spec: { podSelector: podSelector(t), securityGroups: groupsOf(t.name).map((g) => ({ id: ids[g] })) },
    }));
}
