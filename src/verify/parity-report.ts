// The parity table as Markdown or JSON: first every interface with the groups it carries on each
// target, then the flows between them.
import { displayText } from "./display";
import { table } from "./markdown";
import type { ParityCell, ParityTable } from "./parity";

export function cellText(c: ParityCell): string {
  if (c.verdict === "n/a") return `n/a (${c.note})`;
  const verdict = c.required && c.verdict !== "allowed" ? c.verdict.toUpperCase() : c.verdict;
  const within = c.within ? ` within ${c.within}` : "";
  const note = c.note ? ` ${c.note}` : "";
  return c.required ? `required: ${verdict}${within}${note}` : `${verdict}${note}`;
}

export function parityMarkdown(tables: readonly ParityTable[]): string {
  return tables
    .map((t) => {
      const rows = t.rows.map((r) => [r.from, r.to, r.traffic, ...r.cells.map(cellText), r.reason ?? ""]);
      const differing = t.rows.filter((r) => r.differs).length;
      const interfaces = t.interfaces.map((i) => [i.id, ...i.groups.map((g) => (g ? g.map(displayText).join(", ") : "-"))]);
      return [
        `## ${t.cluster}: ${t.rows.length} flows across ${t.targets.join(", ")} (${differing} differ)`,
        "",
        table(["interface", ...t.targets.map((x) => `groups on ${x}`)], interfaces),
        "",
        table(["from", "to", "traffic", ...t.targets, "why they differ"], rows),
      ].join("\n");
    })
    .join("\n\n")
    .concat("\n");
}

export function parityJson(tables: readonly ParityTable[]): unknown {
  return { clusters: tables };
}
