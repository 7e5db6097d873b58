// The flows stage: a resolved cluster and a target in, the normalized flows it needs out.
import { CATALOG } from "../catalog";
import type { CatalogRow } from "../catalog/row";
import type { Cluster } from "../spec/model";
import { Context, expandRow } from "./expand-row";
import type { Flow } from "./flow";
import { NormalizeOptions, normalizeFlows } from "./normalize";
import { specFlows } from "./spec-flows";
import { Group, Target, groupsOf } from "./target";

export interface FlowSet {
  readonly cluster: Cluster;
  readonly target: Target;
  readonly groups: readonly Group[];
  readonly flows: readonly Flow[];
}

export interface BuildOptions extends NormalizeOptions {
  readonly catalog?: readonly CatalogRow[];
}

export function buildFlows(cluster: Cluster, target: Target, options: BuildOptions = {}): FlowSet {
  const catalog = options.catalog ?? CATALOG;
  const groups = groupsOf(cluster, target);
  const ctx: Context = { cluster, target, groups, tierByName: new Map(cluster.tiers.map((t) => [t.name, t])) };
  const raw = [...catalog.flatMap((row) => expandRow(row, ctx)), ...specFlows(ctx)];
  return { cluster, target, groups, flows: normalizeFlows(raw, options) };
}
