// A Mermaid `flowchart LR` of what a stack allows: its interfaces (each with the groups it carries,
// tier and role) inside a box, the networks and prefix lists its rules name outside it, and one
// labelled edge per pair that the checker finds traffic for. A document without a placement output
// is drawn group by group. Everything is sorted, so the same stack always gives the same text.
import type { Target } from "../flows/target";
import type { Cluster } from "../spec/model";
import { loadOptionsOf, stackName } from "./cluster-context";
import { FlowGraph, FlowGraphEnd, FlowGraphOptions, flowGraph } from "./flow-graph";
import { LoadOptions, loadStack } from "./load-stack";
import type { SgGroup, SgStack } from "./model";
import { displayText } from "./display";
import { PeerLabels, labelOfBlock, peerLabelsOf, peerLabelsOfInputs } from "./peer-labels";
import type { TfJson } from "./terraform-json";
import { byText } from "./text-order";

export interface DiagramOptions extends FlowGraphOptions {
  /** Names for address blocks ("10.0.0.0/16" -> "VPC"); 0.0.0.0/0 and ::/0 are always "internet". */
  readonly peerLabels?: PeerLabels;
  /** The box around the groups; default the stack's name. */
  readonly title?: string;
}

export function stackDiagram(stack: SgStack, options: DiagramOptions = {}): string {
  return mermaid(flowGraph(stack, options), options.title ?? stack.name ?? "stack", options.peerLabels ?? {});
}

export interface TerraformDiagramOptions extends LoadOptions, DiagramOptions {
  /** With the spec's cluster and target, groups are placed and blocks named as the spec says. */
  readonly cluster?: Cluster;
  readonly target?: Target;
}

/**
 * For a module stack (or any synthesized document): `inputs` are the module's variable values
 * (spec values); variable defaults fill the rest, as in `loadStack`.
 */
export function diagramForTerraformJson(doc: TfJson, options: TerraformDiagramOptions = {}): string {
  const { cluster, target } = options;
  const fromSpec = cluster && target ? loadOptionsOf(cluster, target) : {};
  const stack = loadStack(doc, { ...fromSpec, ...options, name: options.name ?? (cluster && target ? stackName(cluster, target) : undefined) });
  const peerLabels = { ...peerLabelsOfInputs(options.inputs ?? {}), ...(cluster ? peerLabelsOf(cluster) : {}), ...(options.peerLabels ?? {}) };
  return stackDiagram(stack, { ...options, peerLabels });
}

function mermaid(graph: FlowGraph, title: string, labels: PeerLabels): string {
  const ids = new NodeIds();
  const lines = ["flowchart LR", `  subgraph ${ids.of(`stack:${title}`, `stack_${title}`)}["${escape(title)}"]`];
  const groupText = (g: SgGroup) => `${displayText(g.tier)} (${g.managed ? g.role : `${g.role}, not managed here`})`;
  for (const end of graph.ends) {
    if (end.iface) {
      lines.push(`    ${ids.of(`i:${end.key}`, `if_${end.key}`)}["${escape(displayText(end.key))}<br/>${escape(end.groups!.map(groupText).join(", "))}"]`);
    } else {
      const g = end.groups![0];
      const role = g.managed ? g.role : `${g.role}, not managed here`;
      lines.push(`    ${ids.of(`g:${g.tier}`, `sg_${g.tier}`)}["${escape(displayText(g.tier))}<br/>(${escape(role)})"]`);
    }
  }
  lines.push("  end");
  const externals = [...graph.externals].sort((a, b) => byText(externalName(a.text, a.kind, labels), externalName(b.text, b.kind, labels)) || byText(a.key, b.key));
  for (const e of externals) {
    const name = externalName(e.text, e.kind, labels);
    const [open, close] = e.kind === "prefix-list" ? ["{{", "}}"] : labelOfBlock(e.text, {}) ? ["((", "))"] : ["([", "])"];
    lines.push(`  ${ids.of(`x:${e.key}`, `net_${e.text === "::/0" ? "internet_v6" : labelOfBlock(e.text, {}) ?? e.text}`)}${open}"${escape(name)}"${close}`);
  }
  const idOf = (end: FlowGraphEnd) => ids.of(end.iface ? `i:${end.key}` : end.groups ? `g:${end.groups[0].tier}` : `x:${end.key}`, "");
  const edges = graph.edges
    .map((e) => ({ from: idOf(e.from), to: idOf(e.to), label: e.traffic.join(", ") }))
    .sort((a, b) => byText(a.from, b.from) || byText(a.to, b.to));
  for (const e of edges) lines.push(`  ${e.from} -->|"${escape(e.label)}"| ${e.to}`);
  return `${lines.join("\n")}\n`;
}

/** "internet<br/>0.0.0.0/0", "admin<br/>203.0.113.0/24", "prefix list com.amazonaws…". */
function externalName(text: string, kind: "addresses" | "prefix-list", labels: PeerLabels): string {
  if (kind === "prefix-list") return `prefix list ${text}`;
  const label = labelOfBlock(text, labels);
  return label ? `${label}<br/>${text}` : text;
}

/** Mermaid node IDs: letters, digits and '_', unique; the first caller of a key names it. */
class NodeIds {
  private readonly byKey = new Map<string, string>();
  private readonly taken = new Set<string>();

  of(key: string, wanted: string): string {
    const known = this.byKey.get(key);
    if (known) return known;
    const base = wanted.replace(/[^A-Za-z0-9_]/g, "_") || "n";
    let id = base;
    for (let i = 2; this.taken.has(id); i++) id = `${base}_${i}`;
    this.byKey.set(key, id);
    this.taken.add(id);
    return id;
  }
}

/** Mermaid's entity for a double quote; the rest of our labels are plain. */
function escape(text: string): string {
  return text.replace(/"/g, "#quot;");
}
