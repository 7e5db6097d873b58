// How bad a finding is. "info" records an exposure the spec or a vendor table authorizes; --strict
// fails from "medium" up.
export const SEVERITIES = ["info", "low", "medium", "high", "critical"] as const;
export type Severity = (typeof SEVERITIES)[number];

export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

export function atLeast(s: Severity, floor: Severity): boolean {
  return severityRank(s) >= severityRank(floor);
}

/** The threshold `--strict` fails on. */
export const STRICT_FLOOR: Severity = "medium";
