// Builds the cdktf App for a whole spec: one stack per cluster and cloud rendering.
import { App } from "cdktf";
import type { Cluster } from "../spec/model";
import { EksStack, StackOptions } from "./eks-stack";

export interface AppOptions extends StackOptions {
  readonly outdir?: string;
  readonly hclOutput?: boolean;
}

export function stackNames(cluster: Cluster): string[] {
  return cluster.aws ? [`${cluster.name}-aws-eks`] : [];
}

export function buildApp(clusters: readonly Cluster[], options: AppOptions = {}): App {
  const app = new App({ outdir: options.outdir, hclOutput: options.hclOutput, skipValidation: false });
  for (const cluster of clusters) {
    if (cluster.aws) new EksStack(app, `${cluster.name}-aws-eks`, cluster, options);
  }
  return app;
}
