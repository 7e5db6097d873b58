// The `audit` command: risky rules per stack as a findings table (or JSON). Exit 0, or with
// --strict 2 when an open finding of medium or above remains; 1 for bad input.
import { auditJson, auditMarkdown, failsStrict } from "../audit/audit-report";
import { SuppressionsOf, auditStacks } from "../audit/audit-stacks";
import { loadSpecFile } from "../spec/load";
import { EXIT_CHECK_FAILED, docsFor } from "./verify-commands";

export interface AuditCommandOptions {
  readonly spec: string;
  readonly stacks?: string;
  readonly json?: boolean;
  readonly strict?: boolean;
}

/** `suppressionsOf`: where a cluster's written suppressions come from (the spec, once it has them). */
export function auditCommand(o: AuditCommandOptions, suppressionsOf: SuppressionsOf = () => []): number {
  const clusters = loadSpecFile(o.spec);
  const audits = auditStacks(clusters, docsFor(clusters, o.stacks), suppressionsOf);
  process.stdout.write(o.json ? `${JSON.stringify(auditJson(audits), null, 2)}\n` : auditMarkdown(audits));
  const failing = audits.some((c) => c.stacks.some((a) => a.findings.some(failsStrict)));
  return o.strict && failing ? EXIT_CHECK_FAILED : 0;
}
