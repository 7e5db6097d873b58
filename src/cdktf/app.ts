// Builds the cdktf App for a whole spec: one stack per cluster and cloud rendering.
import { App } from "cdktf";
import type { Cluster } from "../spec/model";
import { EksStack, StackOptions } from "./eks-stack";
import { CceStack } from "./cce-stack";

export interface AppOptions extends StackOptions {
  readonly outdir?: string;
  readonly hclOutput?: boolean;
}


export function buildApp(clusters: readonly Cluster[], options: AppOptions = {}): App {
  const app = new App({ outdir: options.outdir, hclOutput: options.hclOutput, skipValidation: false });
  for (const cluster of clusters) {
    if (cluster.aws) new EksStack(app, `${cluster.name}-aws-eks`, cluster, options);
    for (const model of cluster.huawei?.networkModels ?? []) new CceStack(app, `${cluster.name}-cce-${model}`, cluster, model);
  }
  return app;
}
