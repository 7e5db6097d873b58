// The project never creates a group nothing attaches: every group of a target must sit on some
// interface, or synth fails with the spec setting that leaves it dangling.
import type { Group } from "../flows/target";
import { SpecError } from "../spec/errors";
import type { Cluster } from "../spec/model";
import type { Interface } from "./model";

export function checkPlacement(cluster: Cluster, groups: readonly Group[], interfaces: readonly Interface[]): void {
  const carried = new Set(interfaces.flatMap((i) => i.groups));
  for (const g of groups) {
    if (carried.has(g.tier)) continue;
    const j = cluster.tiers.findIndex((t) => t.name === g.tier);
    if (j >= 0) {
      throw new SpecError(
        `${cluster.specPath}.tiers[${j}]`,
        `no interface carries the group of app tier "${g.tier}": no node group runs it; list it under a node group's appTiers`,
      );
    }
    throw new Error(`${cluster.specPath}: no interface carries the ${g.tier} group`);
  }
}
