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
  const ctx = flowContext(cluster, target);
  const raw = [...catalog.flatMap((row) => expandRow(row, ctx)), ...specFlows(ctx)];
  return { cluster, target, groups: ctx.groups, flows: normalizeFlows(raw, options) };
}

/** What expanding a catalog row needs to know about one cluster on one target. */
export function flowContext(cluster: Cluster, target: Target): Context {
  return { cluster, target, groups: groupsOf(cluster, target), tierByName: new Map(cluster.tiers.map((t) => [t.name, t])) };
}
