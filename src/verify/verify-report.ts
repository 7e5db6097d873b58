// The flow matrix per stack, as Markdown or JSON: first every interface with the groups it
// carries, then one row per check with from, to, traffic, what the spec and policy expect, what the
// synthesized rules actually allow, and the verdict; then cloud-created rules still open.
import { portLabel } from "../flows/port";
import { pieceText, piecesText } from "./pieces";
import { CheckResult, allowanceText } from "./check";
import { endpointLabel } from "./cluster-context";
import { table } from "./markdown";
import type { InterfaceRow, StackReport } from "./verify-stacks";
import { displayText } from "./display";

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
    const failures = failed.length + rep.placementProblems.length;
    const title = `## ${rep.stack}: ${rep.interfaces.length} interfaces, ${rep.results.length} checks, ${failures ? `${failures} FAILED` : "all passed"}`;
    const rows = rep.results.map((r) => [checkName(r), endpointLabel(r.check.from), endpointLabel(r.check.to), traffic(r), expectedText(r), actualText(r), r.pass ? "PASS" : "FAIL"]);
    const details = [
      ...rep.placementProblems.map((problem) => `- FAIL placement: ${problem}`),
      ...failed.map((r) => {
        const what = r.check.expect === "allowed" ? r.result.reason : `passes although forbidden: ${piecesText(r.violations)} (${r.result.reason})`;
        return `- FAIL ${checkName(r)} ${endpointLabel(r.check.from)} -> ${endpointLabel(r.check.to)} ${traffic(r)}: ${what}; because ${r.check.because.join("; ")}`;
      }),
    ];
    const open = stillOpenLines(rep);
    return [
      title,
      "",
      interfacesTable(rep.interfaces),
      "",
      table(["check", "from", "to", "traffic", "expected", "actual", "verdict"], rows),
      ...(details.length ? ["", ...details] : []),
      ...(open.length ? ["", ...open] : []),
    ].join("\n");
  });
  return `${parts.join("\n\n")}\n\n${summaryLine(reports)}\n`;
}

function checkName(r: CheckResult): string {
  return r.check.flow ? `${r.check.name} (${r.check.flow})` : r.check.name;
}

/** Every interface and the groups it carries, in order; groups the cloud creates say so. */
export function interfacesTable(rows: readonly InterfaceRow[]): string {
  return table(
    ["interface", "groups (in order)"],
    rows.map((i) => [i.id, i.groups.map((g) => `${displayText(g.tier)} (${g.role}${g.managed ? "" : ", created by the cloud"})`).join(", ")]),
  );
}

/** Rules the cloud created that the spec's profile would narrow: open, and how to remove them. */
export function stillOpenLines(rep: StackReport): string[] {
  const seen = new Set<string>();
  return rep.results.flatMap((r) =>
    r.stillOpen.flatMap((a) => {
      const key = `${a.ref} ${endpointLabel(r.check.to)}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return [`- STILL OPEN ${portLabel(a.port)} from ${a.fromLabel ?? "anywhere"} to ${endpointLabel(r.check.to)} [${a.ref}]: ${a.stillOpen}`];
    }),
  );
}

export function summaryLine(reports: readonly StackReport[]): string {
  const all = reports.flatMap((r) => r.results);
  const failed = reports.filter((r) => !r.passed).map((r) => r.stack);
  const unplaced = reports.reduce((n, r) => n + r.placementProblems.length, 0);
  const groups = unplaced ? `, ${unplaced} placement problem${unplaced === 1 ? "" : "s"}` : "";
  return failed.length
    ? `verify: ${all.filter((r) => !r.pass).length} of ${all.length} checks FAILED${groups} (${failed.join(", ")})`
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
      interfaces: rep.interfaces.map((i) => ({ id: i.id, groups: i.groups.map((g) => ({ tier: displayText(g.tier), role: g.role, createdByCloud: !g.managed })) })),
      placementProblems: rep.placementProblems,
      checks: rep.results.map((r) => ({
        suite: r.check.suite,
        check: r.check.name,
        flow: r.check.flow ?? null,
        from: endpointLabel(r.check.from),
        to: endpointLabel(r.check.to),
        traffic: portLabel(r.check.port),
        family: r.check.family ?? null,
        expected: r.check.expect,
        allowances: (r.check.allowances ?? []).map((a) => ({ traffic: portLabel(a.port), from: a.from ?? null, prefixList: a.prefixList ?? null, ref: a.ref, because: a.because, stillOpen: a.stillOpen ?? null })),
        stillOpen: r.stillOpen.map((a) => a.ref),
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
