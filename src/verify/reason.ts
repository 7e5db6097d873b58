// One sentence on why a flow got its verdict: the rules that let it through, what passes of it,
// or which side stops it (no matching rule, or a deny rule).
import type { Resolved } from "./endpoint";
import type { AtomOutcome, SideOutcome } from "./evaluate";
import type { SgRule } from "./model";
import { Piece, piecesText } from "./pieces";
import type { RuleRef } from "./rule-ref";

export interface ReasonInput {
  readonly verdict: "allowed" | "denied" | "partial";
  readonly atoms: readonly AtomOutcome[];
  readonly admitted: readonly Piece[];
  readonly from: Resolved;
  readonly to: Resolved;
  readonly traffic: string;
  readonly egressRules: readonly RuleRef[];
  readonly ingressRules: readonly RuleRef[];
  readonly refs: (rules: readonly SgRule[]) => RuleRef[];
}

export function reasonOf({ verdict, atoms, admitted, from, to, traffic, egressRules, ingressRules, refs }: ReasonInput): string {
  const names = (rules: readonly RuleRef[]) => rules.map((r) => r.address).join(", ");
  if (verdict === "allowed") {
    const out = from.groups.length ? `egress ${names(egressRules)}` : `${from.label} is outside the stack (no egress check)`;
    const inn = to.groups.length ? `ingress ${names(ingressRules)}` : `${to.label} is outside the stack (no ingress check)`;
    return `${out}; ${inn}`;
  }
  const denies = refs(atoms.flatMap((a) => [...(a.egress?.denyRules ?? []), ...(a.ingress?.denyRules ?? [])]));
  if (verdict === "partial") return `only ${piecesText(admitted)}${denies.length ? `; denied by ${names(denies)}` : ""}`;
  const sideWhy = (outcomes: Array<SideOutcome | undefined>, noRule: string): string[] => {
    const closed = outcomes.filter((o): o is SideOutcome => Boolean(o?.none));
    if (!closed.length) return [];
    const by = refs(closed.flatMap((o) => [...o.denyRules]));
    return [by.length ? `denied by ${names(by)}` : noRule];
  };
  return [
    ...sideWhy(atoms.map((a) => a.egress), `no egress rule of ${from.label} lets ${traffic} out to ${to.label}`),
    ...sideWhy(atoms.map((a) => a.ingress), `no ingress rule of ${to.label} lets ${traffic} in from ${from.label}`),
  ].join("; ");
}
