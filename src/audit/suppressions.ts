// A spec may accept a finding only in writing: a suppression names a finding ID or a control ID,
// optionally one group, and must carry a justification. Suppressed findings stay in the report
// with that justification; they just stop failing --strict.
import { AuditError } from "./errors";
import type { Finding } from "./finding";

export interface Suppression {
  /** A finding ID ("ssh-from-anywhere") or a control ID ("EC2.13"). */
  readonly id: string;
  /** Only findings on this group (tier); absent = every group. */
  readonly group?: string;
  readonly justification: string;
}

export function checkSuppressions(suppressions: readonly Suppression[]): void {
  for (const s of suppressions) {
    if (!s.id?.trim()) throw new AuditError("a suppression needs the id of a finding or control");
    if (!s.justification?.trim()) throw new AuditError(`suppression of ${describe(s)} needs a written justification`);
  }
}

export function matches(s: Suppression, f: Finding): boolean {
  return (s.id === f.id || f.controls.includes(s.id)) && (s.group === undefined || s.group === f.group);
}

/** Marks each finding with the first suppression that matches it. */
export function applySuppressions(findings: readonly Finding[], suppressions: readonly Suppression[]): Finding[] {
  checkSuppressions(suppressions);
  return findings.map((f) => {
    const s = suppressions.find((x) => matches(x, f));
    return s ? { ...f, suppressed: { by: describe(s), justification: s.justification.trim() } } : f;
  });
}

export function describe(s: Suppression): string {
  return s.group ? `${s.id} on ${s.group}` : s.id;
}
