// Writes stacks as cdktf does (cdktf.out/manifest.json, stacks/<stack>/cdk.tf.json), without cdktf:
// json-stable-stringify, the library cdktf itself formats its files with.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import stringify from "json-stable-stringify";
import type { Cluster } from "../spec/model";
import { cceStackJson, eksStackJson } from "./stack";
import { CDKTF_VERSION } from "../cdktf/version";
import type { TerraformJson } from "./document";

export interface JsonSynthOptions {
  readonly offline?: boolean;
}

/** Every stack of every cluster, in the order src/cdktf/app.ts adds them. */
export function stacksJson(clusters: readonly Cluster[], outdir: string, options: JsonSynthOptions = {}): Map<string, TerraformJson> {
  const stacks = new Map<string, TerraformJson>();
  for (const cluster of clusters) {
    if (cluster.aws) {
      const name = `${cluster.name}-aws-eks`;
      stacks.set(name, eksStackJson(cluster, name, { outdir, offline: options.offline }));
    }
    for (const model of cluster.huawei?.networkModels ?? []) {
      const name = `${cluster.name}-cce-${model}`;
      stacks.set(name, cceStackJson(cluster, model, name, { outdir }));
    }
  }
  return stacks;
}

/** Writes manifest.json and stacks/<stack>/cdk.tf.json into `outdir`; returns the stack names. */
export function writeStacksJson(clusters: readonly Cluster[], outdir: string, options: JsonSynthOptions = {}): string[] {
  const stacks = stacksJson(clusters, outdir, options);
  const manifest: Record<string, unknown> = {};
  for (const [name, json] of stacks) {
    const dir = `stacks/${name}`;
    mkdirSync(join(outdir, dir), { recursive: true });
    writeFileSync(join(outdir, dir, "cdk.tf.json"), stringify(json, { space: 2 }) as string);
    manifest[name] = {
      annotations: [],
      constructPath: name,
      dependencies: [],
      name,
      stackMetadataPath: `${dir}/metadata.json`,
      synthesizedStackPath: `${dir}/cdk.tf.json`,
      workingDirectory: dir,
    };
  }
  writeFileSync(join(outdir, "manifest.json"), stringify({ stacks: manifest, version: CDKTF_VERSION }, { space: 2 }) as string);
  return [...stacks.keys()];
}
