// Which modules a spec produces and what their folders are called.
import type { Cluster } from "../spec/model";
import type { Rendering } from "./variables";

export function moduleName(rendering: Rendering): string {
  return rendering.cloud === "aws" ? "aws-eks-security-groups" : `huaweicloud-cce-${rendering.model}`;
}

export function renderingsOf(cluster: Cluster): Rendering[] {
  return [
    ...(cluster.aws ? [{ cloud: "aws" } as const] : []),
    ...(cluster.huawei?.networkModels ?? []).map((model) => ({ cloud: "huawei", model }) as const),
  ];
}

/** With several clusters in a spec, each module folder is prefixed with its cluster's name. */
export function moduleDirName(clusters: readonly Cluster[], cluster: Cluster, rendering: Rendering): string {
  return (clusters.length > 1 ? `${cluster.name}-` : "") + moduleName(rendering);
}
