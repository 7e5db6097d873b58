// One audit finding: a rule (or group) of a synthesized stack, how severe, which published
// controls flag the same thing, and why it exists (the seed rows or spec settings behind it).
import type { Severity } from "./severity";

export interface Finding {
  /** The check that raised it ("ssh-from-anywhere", "rule-without-description"…). */
  readonly id: string;
  readonly severity: Severity;
  /** Control IDs from controls.ts ("EC2.13", "CKV_AWS_24", "vpc-sg-restricted-ssh"). */
  readonly controls: readonly string[];
  readonly stack?: string;
  /** The tier of the group the rule sits on. */
  readonly group: string;
  /** Terraform address of the rule (or of the group, for group findings). */
  readonly rule: string;
  readonly traffic?: string;
  readonly peer?: string;
  readonly message: string;
  /** Seed row IDs and spec paths that produce the rule, when the spec is known. */
  readonly origin: readonly string[];
  /** Set for intended exposures (severity info): the seed row or spec setting that authorizes it. */
  readonly authorizedBy?: { readonly ref: string; readonly because: string };
  readonly suppressed?: { readonly by: string; readonly justification: string };
}
