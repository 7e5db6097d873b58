// Which interfaces carry a group, and which groups an interface carries, computed once per stack.
import type { SgGroup, SgInterface, SgStack } from "./model";

export class InterfaceIndex {
  private readonly byTier = new Map<string, SgInterface[]>();
  private readonly groupById: Map<string, SgGroup>;

  constructor(readonly stack: SgStack) {
    this.groupById = new Map(stack.groups.map((g) => [g.id, g]));
    for (const i of stack.interfaces) {
      for (const id of i.groups) {
        const g = this.groupById.get(id)!;
        for (const key of new Set([g.tier, g.id])) this.byTier.set(key, [...(this.byTier.get(key) ?? []), i]);
      }
    }
  }

  /** Interfaces carrying the group with this tier name (or ID), in placement order. */
  carrying(tier: string): readonly SgInterface[] {
    return this.byTier.get(tier) ?? [];
  }

  groupsOf(i: SgInterface): SgGroup[] {
    return i.groups.map((id) => this.groupById.get(id)!);
  }

  /** Groups no interface carries: nothing attaches them, so their rules never take effect. */
  unplaced(): SgGroup[] {
    const carried = new Set(this.stack.interfaces.flatMap((i) => i.groups));
    return this.stack.groups.filter((g) => g.managed && !carried.has(g.id));
  }
}
