// Runs the required and least-privilege suites for every stack a spec synthesizes.
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

export interface StackReport {
  readonly stack: string;
  readonly cluster: string;
  readonly target: string;
  readonly results: readonly CheckResult[];
  readonly passed: boolean;
}

/** `options` adds to what the spec says, e.g. the inputs of a module stack. */
export function verifyStack(cluster: Cluster, target: Target, doc: TfJson, options: LoadOptions = {}): StackReport {
  const stack = loadStack(doc, { ...loadOptionsOf(cluster, target), ...options });
  const checks = [...requiredChecks(cluster, target), ...leastPrivilegeChecks(cluster, target, stack)];
  const results = checks.map((c) => runCheck(stack, c));
  return { stack: stack.name!, cluster: cluster.name, target: targetName(target), results, passed: results.every((r) => r.pass) };
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
