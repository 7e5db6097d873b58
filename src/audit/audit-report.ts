// The audit as Markdown (a findings table per stack) or JSON, and the verdict --strict uses:
// an open (unsuppressed, unauthorized) finding of medium or above fails.
import { table } from "../verify/markdown";
import type { StackAudit } from "./audit-stack";
import type { ClusterAudit } from "./audit-stacks";
import type { Finding } from "./finding";
import { STRICT_FLOOR, atLeast } from "./severity";

export function isOpen(f: Finding): boolean {
  return !f.suppressed && f.severity !== "info";
}

export function failsStrict(f: Finding): boolean {
  return isOpen(f) && atLeast(f.severity, STRICT_FLOOR);
}

function status(f: Finding): string {
  if (f.suppressed) return "suppressed";
  return f.severity === "info" ? "authorized" : "open";
}

function why(f: Finding): string {
  return f.suppressed ? `${f.message}. Suppressed (${f.suppressed.by}): ${f.suppressed.justification}` : f.message;
}

function stackTitle(a: StackAudit): string {
  const failing = a.findings.filter(failsStrict).length;
  const count = (pred: (f: Finding) => boolean) => a.findings.filter(pred).length;
  const rest = [`${count((f) => isOpen(f) && !failsStrict(f))} low`, `${count((f) => !f.suppressed && f.severity === "info")} info`, `${count((f) => !!f.suppressed)} suppressed`];
  return `## ${a.stack}: ${failing ? `${failing} open at ${STRICT_FLOOR} or above` : `nothing open at ${STRICT_FLOOR} or above`} (${rest.join(", ")})`;
}

export function auditMarkdown(audits: readonly ClusterAudit[]): string {
  const parts = audits.flatMap((c) => [
    ...c.stacks.map((a) => {
      const rows = a.findings.map((f) => [f.severity, f.id, status(f), f.controls.join(", "), f.group, f.rule, f.traffic ?? "", f.peer ?? "", why(f)]);
      const body = rows.length ? table(["severity", "finding", "status", "controls", "group", "rule", "traffic", "from", "why"], rows) : "No findings.";
      return `${stackTitle(a)}\n\n${body}`;
    }),
    ...(c.unusedSuppressions.length ? [`Unused suppressions in ${c.cluster}: ${c.unusedSuppressions.join("; ")}`] : []),
  ]);
  return `${parts.join("\n\n")}\n\n${auditSummary(audits)}\n`;
}

export function auditSummary(audits: readonly ClusterAudit[]): string {
  const stacks = audits.flatMap((c) => c.stacks);
  const all = stacks.flatMap((a) => a.findings);
  const failing = all.filter(failsStrict);
  const tail = `${all.filter((f) => !f.suppressed && f.severity === "info").length} info, ${all.filter((f) => f.suppressed).length} suppressed`;
  if (!failing.length) return `audit: nothing open at ${STRICT_FLOOR} or above on ${stacks.length} stacks (${tail})`;
  const where = [...new Set(failing.map((f) => f.stack))].join(", ");
  return `audit: ${failing.length} open finding${failing.length === 1 ? "" : "s"} at ${STRICT_FLOOR} or above (${where}; ${tail})`;
}

export function auditJson(audits: readonly ClusterAudit[]): unknown {
  return {
    passed: audits.every((c) => c.stacks.every((a) => !a.findings.some(failsStrict))),
    strictFloor: STRICT_FLOOR,
    clusters: audits.map((c) => ({
      cluster: c.cluster,
      unusedSuppressions: c.unusedSuppressions,
      stacks: c.stacks.map((a) => ({ stack: a.stack, target: a.target ?? null, findings: a.findings.map((f) => ({ ...f, status: status(f) })) })),
    })),
  };
}
