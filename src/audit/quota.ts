// Quota preflight over the rule plans, before anything is synthesized: a plan that the cloud would
// refuse (or, on Huawei, partly ignore) stops synth with an error naming the group and the excess.
import { SpecError } from "../spec/errors";
import type { Cluster } from "../spec/model";

export interface QuotaViolation {
  readonly cloud: "aws" | "huawei";
  readonly quota: "rules-per-group" | "groups-per-interface";
  /** The group's tier, or the network interface ("node group apps", "control-plane ENIs"). */
  readonly subject: string;
  readonly direction?: "ingress" | "egress";
  readonly family?: "ipv4" | "ipv6";
  readonly count: number;
  readonly limit: number;
  readonly excess: number;
  readonly message: string;
}

/** Thrown at synth time; names the spec file and the cluster's path, so the CLI prints the usual one line. */
export class QuotaError extends SpecError {
  constructor(
    cluster: Cluster,
    readonly violations: readonly QuotaViolation[],
  ) {
    super(cluster.specPath, `security group quotas exceeded: ${violations.map((v) => v.message).join("; ")}`, cluster.specFile);
    this.name = "QuotaError";
  }
}

export function throwOnViolations(cluster: Cluster, violations: readonly QuotaViolation[]): void {
  if (violations.length) throw new QuotaError(cluster, violations);
}

export { checkAwsQuotas, awsInterfaces, AWS_QUOTAS, AWS_PREFIX_LIST_WEIGHTS } from "./aws-quota";
export { checkHuaweiQuotas, HUAWEI_QUOTAS } from "./huawei-quota";
