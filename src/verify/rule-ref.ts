// How results name the rules behind them: the resource address (or the cloud default it
// models), the tier of the group it sits on, its direction and action.
import type { SgGroup, SgRule } from "./model";

export interface RuleRef {
  readonly address: string;
  readonly tier: string;
  readonly direction: "ingress" | "egress";
  readonly action: "allow" | "deny";
  readonly description?: string;
  readonly cloudDefault?: string;
}

/** A converter that names rules by tier, once each, in first-seen order. */
export function ruleRefs(groups: readonly SgGroup[]): (rules: readonly SgRule[]) => RuleRef[] {
  const ref = (r: SgRule): RuleRef => ({
    address: r.address,
    tier: groups.find((g) => g.id === r.group)?.tier ?? r.group,
    direction: r.direction,
    action: r.action,
    ...(r.description !== undefined ? { description: r.description } : {}),
    ...(r.cloudDefault ? { cloudDefault: r.cloudDefault } : {}),
  });
  return (rules) => [...new Map(rules.map((r) => [r.address, ref(r)])).values()];
}
