// The flow matrix per stack, as Markdown or JSON: one row per check with from, to, traffic,
// what the spec and policy expect, what the synthesized rules actually allow, and the verdict.
import { portLabel } from "../flows/port";
import { pieceText, piecesText } from "./pieces";
import { CheckResult, allowanceText } from "./check";
import { endpointLabel } from "./cluster-context";
import { table } from "./markdown";
import type { StackReport } from "./verify-stacks";

export function expectedText(r: CheckResult): string {
  const a = r.check.allowances ?? [];
  if (r.check.expect === "allowed") return "allowed";
  return a.length ? `denied except ${a.map(allowanceText).join("; ")}` : "denied";
}

export function actualText(r: CheckResult): string {
  const res = r.result;
  if (res.verdict !== "partial") return res.verdict;
  return `only ${piecesText(res.admitted)}`;
}

function traffic(r: CheckResult): string {
  return `${portLabel(r.check.port)}${r.check.family === "ipv6" ? " (IPv6)" : ""}`;
}

export function verifyMarkdown(reports: readonly StackReport[]): string {
  const parts = reports.map((rep) => {
    const failed = rep.results.filter((r) => !r.pass);
    const title = `## ${rep.stack}: ${rep.results.length} checks, ${failed.length ? `${failed.length} FAILED` : "all passed"}`;
    const rows = rep.results.map((r) => [r.check.name, endpointLabel(r.check.from), endpointLabel(r.check.to), traffic(r), expectedText(r), actualText(r), r.pass ? "PASS" : "FAIL"]);
    const details = failed.map((r) => {
      const what = r.check.expect === "allowed" ? r.result.reason : `passes although forbidden: ${piecesText(r.violations)} (${r.result.reason})`;
      return `- FAIL ${r.check.name} ${endpointLabel(r.check.from)} -> ${endpointLabel(r.check.to)} ${traffic(r)}: ${what}; because ${r.check.because.join("; ")}`;
    });
    return [title, "", table(["check", "from", "to", "traffic", "expected", "actual", "verdict"], rows), ...(details.length ? ["", ...details] : [])].join("\n");
  });
  return `${parts.join("\n\n")}\n\n${summaryLine(reports)}\n`;
}

export function summaryLine(reports: readonly StackReport[]): string {
  const all = reports.flatMap((r) => r.results);
  const failed = reports.filter((r) => !r.passed).map((r) => r.stack);
  return failed.length
    ? `verify: ${all.filter((r) => !r.pass).length} of ${all.length} checks FAILED (${failed.join(", ")})`
    : `verify: ${all.length} checks on ${reports.length} stacks, all passed`;
}

export function verifyJson(reports: readonly StackReport[]): unknown {
  return {
    passed: reports.every((r) => r.passed),
    stacks: reports.map((rep) => ({
      stack: rep.stack,
      cluster: rep.cluster,
      target: rep.target,
      passed: rep.passed,
      checks: rep.results.map((r) => ({
        suite: r.check.suite,
        check: r.check.name,
        from: endpointLabel(r.check.from),
        to: endpointLabel(r.check.to),
        traffic: portLabel(r.check.port),
        family: r.check.family ?? null,
        expected: r.check.expect,
        allowances: (r.check.allowances ?? []).map((a) => ({ traffic: portLabel(a.port), from: a.from ?? null, prefixList: a.prefixList ?? null, ref: a.ref, because: a.because })),
        actual: r.result.verdict,
        admitted: r.result.admitted.map(pieceText),
        verdict: r.pass ? "pass" : "fail",
        violations: r.violations.map(pieceText),
        reason: r.result.reason,
        egressRules: r.result.egressRules.map((x) => x.address),
        ingressRules: r.result.ingressRules.map((x) => x.address),
        because: r.check.because,
      })),
    })),
  };
}
