// Does the stack place its groups where the spec's placement says (src/placement)? Every interface
// the spec implies must be in the `placement` output, carrying the same groups in the same order,
// and nothing else: a Turbo app tier whose pods lost their binding is caught here even when no
// flow of that tier fails on another interface.
import type { Target } from "../flows/target";
import { placementOf } from "../placement";
import type { Cluster } from "../spec/model";
import type { SgStack } from "./model";

export function placementProblems(cluster: Cluster, target: Target, stack: SgStack): string[] {
  const tierOf = new Map(stack.groups.map((g) => [g.id, g.tier]));
  const actual = new Map(stack.interfaces.map((i) => [i.id, i.groups.map((id) => tierOf.get(id)!)]));
  const expected = placementOf(cluster, target).interfaces;
  const problems: string[] = [];
  for (const e of expected) {
    const groups = actual.get(e.id);
    if (!groups) problems.push(`interface ${e.id} is missing from the placement output (the spec places ${e.groups.join(", ")} there)`);
    else if (groups.join(",") !== e.groups.join(",")) problems.push(`interface ${e.id} carries ${groups.join(", ") || "nothing"}, but the spec places ${e.groups.join(", ")} there`);
  }
  const known = new Set(expected.map((e) => e.id));
  for (const id of actual.keys()) if (!known.has(id)) problems.push(`interface ${id} is in the placement output, but the spec has no such interface`);
  return problems;
}
