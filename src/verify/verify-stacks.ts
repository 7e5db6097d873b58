// Runs the required and least-privilege suites for every stack a spec synthesizes, between the
// interfaces its `placement` output lists; a group we create that no interface carries fails too.
import type { Target } from "../flows/target";
import { targetName } from "../flows/target";
import type { Cluster } from "../spec/model";
import { CheckResult, runCheck } from "./check";
import { loadOptionsOf, stackName, targetsOf } from "./cluster-context";
import { leastPrivilegeChecks } from "./least-privilege-suite";
import { LoadOptions, loadStack } from "./load-stack";
import { requiredChecks } from "./required-suite";
import type { TfJson } from "./terraform-json";
import { VerifyError } from "./errors";
import { InterfaceIndex } from "./interface-index";
import { PLACEMENT_OUTPUT } from "./interfaces";
import { placementProblems as placementAgainstSpec } from "./placement-check";
import { podBindingProblems } from "./pod-binding";
import type { SgGroup, SgStack } from "./model";

/** One interface and the groups it carries, in order: what the report lists first. */
export interface InterfaceRow {
  readonly id: string;
  readonly groups: ReadonlyArray<{ readonly tier: string; readonly role: string; readonly managed: boolean; readonly id: string }>;
}

export interface StackReport {
  readonly stack: string;
  readonly cluster: string;
  readonly target: string;
  readonly interfaces: readonly InterfaceRow[];
  /**
   * Placement problems: groups the stack creates that no interface carries (their rules never
   * take effect), interfaces missing or carrying other groups than the spec says.
   */
  readonly placementProblems: readonly string[];
  readonly results: readonly CheckResult[];
  readonly passed: boolean;
}

/** `options` adds to what the spec says, e.g. the inputs of a module stack. */
export function verifyStack(cluster: Cluster, target: Target, doc: TfJson, options: LoadOptions = {}): StackReport {
  const stack = loadStack(doc, { ...loadOptionsOf(cluster, target), ...options });
  if (!stack.interfaces.length) {
    throw new VerifyError(`${stack.name}: no "${PLACEMENT_OUTPUT}" output (which interface carries which groups); synthesize the spec with this version first`);
  }
  const checks = [...requiredChecks(cluster, target, stack), ...leastPrivilegeChecks(cluster, target, stack)];
  const results = checks.map((c) => runCheck(stack, c));
  const placementProblems = [
    ...new InterfaceIndex(stack).unplaced().map((g) => `no interface carries the ${g.tier} group, so its rules never take effect`),
    ...placementAgainstSpec(cluster, target, stack),
    ...podBindingProblems(cluster, target, doc, stack),
  ];
  return {
    stack: stack.name!,
    cluster: cluster.name,
    target: targetName(target),
    interfaces: interfaceRows(stack),
    placementProblems,
    results,
    passed: placementProblems.length === 0 && results.every((r) => r.pass),
  };
}

export function interfaceRows(stack: SgStack): InterfaceRow[] {
  const byId = new Map<string, SgGroup>(stack.groups.map((g) => [g.id, g]));
  return stack.interfaces.map((i) => ({
    id: i.id,
    groups: i.groups.map((id) => {
      const g = byId.get(id)!;
      return { tier: g.tier, role: g.role, managed: g.managed, id: g.id };
    }),
  }));
}

/** `docs` maps stack names (prod-aws-eks…) to their cdk.tf.json. */
export function verifyStacks(clusters: readonly Cluster[], docs: Readonly<Record<string, TfJson>>): StackReport[] {
  return clusters.flatMap((cluster) =>
    targetsOf(cluster).map((target) => {
      const name = stackName(cluster, target);
      const doc = docs[name];
      if (!doc) throw new VerifyError(`stack ${name} is missing; synthesize the spec first (npm run synth)`);
      return verifyStack(cluster, target, doc);
    }),
  );
}
