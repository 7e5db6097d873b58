// Parity: every abstract flow any target of a cluster needs (union, keyed by from/to/port), with
// its verdict on each target's synthesized stack, and why targets differ, from the seed rows and
// settings behind the flow.
import type { Inputs } from "./terraform-refs";
import { CATALOG } from "../catalog";
import { buildFlows } from "../flows/build";
import { Endpoint as FlowEndpoint, Flow, endpointKey, endpointLabel as flowEndpointLabel } from "../flows/flow";
import { portCovers, portKey, portLabel, comparePorts } from "../flows/port";
import { Target, groupsForRole, groupsOf, targetName } from "../flows/target";
import type { Cluster } from "../spec/model";
import { allowsPort, FlowResult } from "./allows";
import { endpointOfFlow, loadOptionsOf, stackName, targetsOf } from "./cluster-context";
import { loadStack } from "./load-stack";
import type { SgStack } from "./model";
import { whyRowIsOff } from "./row-applicability";
import type { TfJson } from "./terraform-json";
import { VerifyError } from "./errors";

export interface ParityCell {
  readonly target: string;
  /** The target's flows demand this traffic (itself, or inside a wider flow: `within`). */
  readonly required: boolean;
  readonly within?: string;
  readonly verdict: FlowResult["verdict"] | "n/a";
  /** The group that plays a missing tier's role here ("node" for node-addon on CCE), or why n/a. */
  readonly note?: string;
  readonly rules?: readonly string[];
}

export interface ParityRow {
  readonly from: string;
  readonly to: string;
  readonly traffic: string;
  readonly cells: readonly ParityCell[];
  readonly differs: boolean;
  readonly reason?: string;
}

export interface ParityTable {
  readonly cluster: string;
  readonly targets: readonly string[];
  readonly rows: readonly ParityRow[];
}

interface TargetView {
  readonly target: Target;
  readonly name: string;
  readonly stack: SgStack;
  readonly flows: readonly Flow[];
}

/** `inputsOf`: module variable values per target, when the documents are generated modules. */
export function parity(cluster: Cluster, docs: Readonly<Record<string, TfJson>>, inputsOf: (target: Target) => Inputs = () => ({})): ParityTable {
  const views: TargetView[] = targetsOf(cluster).map((target) => {
    const doc = docs[stackName(cluster, target)];
    if (!doc) throw new VerifyError(`stack ${stackName(cluster, target)} is missing; synthesize the spec first`);
    const stack = loadStack(doc, { ...loadOptionsOf(cluster, target), inputs: inputsOf(target) });
    return { target, name: targetName(target), stack, flows: buildFlows(cluster, target).flows };
  });
  const union = new Map<string, Flow>();
  for (const v of views) for (const f of v.flows) if (!union.has(keyOf(f))) union.set(keyOf(f), f);
  const flows = [...union.values()].sort(
    (a, b) => flowEndpointLabel(a.from).localeCompare(flowEndpointLabel(b.from)) || flowEndpointLabel(a.to).localeCompare(flowEndpointLabel(b.to)) || comparePorts(a.port, b.port),
  );
  const rows = flows.map((flow) => {
    const cells = views.map((v) => cellOf(flow, v, cluster));
    const differs = new Set(cells.map((c) => `${c.required}/${c.verdict}`)).size > 1;
    return {
      from: labelOf(flow.from),
      to: labelOf(flow.to),
      traffic: portLabel(flow.port),
      cells,
      differs,
      ...(differs ? { reason: differenceReason(flow, views, cells, cluster) } : {}),
    };
  });
  return { cluster: cluster.name, targets: views.map((v) => v.name), rows };
}

function keyOf(f: Flow): string {
  return `${endpointKey(f.from)}>${endpointKey(f.to)}|${portKey(f.port)}`;
}

function labelOf(e: FlowEndpoint): string {
  return e.kind === "cidr" && e.label !== e.cidr ? `${e.label} ${e.cidr}` : flowEndpointLabel(e);
}

/** The same endpoint on another target: a missing group stands in by role, if any group plays it. */
function onTarget(e: FlowEndpoint, v: TargetView, cluster: Cluster): FlowEndpoint | undefined {
  if (e.kind !== "group" || v.stack.groups.some((g) => g.tier === e.tier)) return e;
  return groupsForRole(groupsOf(cluster, v.target), e.role, v.target).find((g) => v.stack.groups.some((s) => s.tier === g.tier));
}

function cellOf(flow: Flow, v: TargetView, cluster: Cluster): ParityCell {
  const from = onTarget(flow.from, v, cluster);
  const to = onTarget(flow.to, v, cluster);
  const missing = [[flow.from, from], [flow.to, to]].find(([, mapped]) => !mapped)?.[0];
  if (!from || !to) return { target: v.name, required: false, verdict: "n/a", note: `no ${flowEndpointLabel(missing!)} group` };
  const same = (a: FlowEndpoint, b: FlowEndpoint) => endpointKey(a) === endpointKey(b);
  const demanding = v.flows.find((f) => same(f.from, from) && same(f.to, to) && portCovers(f.port, flow.port));
  const family = [from, to].some((e) => e.kind === "cidr" && e.cidr.includes(":")) ? "ipv6" : "ipv4";
  const result = allowsPort(v.stack, endpointOfFlow(from), endpointOfFlow(to), flow.port, family);
  const stand = [from, to].filter((e, i) => e !== [flow.from, flow.to][i]).map((e) => `as ${flowEndpointLabel(e)}`);
  return {
    target: v.name,
    required: Boolean(demanding),
    ...(demanding && portKey(demanding.port) !== portKey(flow.port) ? { within: portLabel(demanding.port) } : {}),
    verdict: result.verdict,
    ...(stand.length ? { note: stand.join(", ") } : {}),
    rules: [...result.egressRules, ...result.ingressRules].map((r) => r.address),
  };
}

/** "cce-tunnel needs UDP 4789 (seed 004 Table 3: s004-t3-in-vxlan-any); aws-eks: Huawei CCE only". */
function differenceReason(flow: Flow, views: readonly TargetView[], cells: readonly ParityCell[], cluster: Cluster): string {
  const needing = views.filter((_, i) => cells[i].required);
  const sources = [...new Map(needing.flatMap((v) => demandSources(flow, v, cluster)).map((s) => [s.key, s])).values()];
  const clauses = new Map<string, string[]>();
  const add = (text: string, target: string) => clauses.set(text, [...(clauses.get(text) ?? []), target]);
  views.forEach((v, i) => {
    const c = cells[i];
    if (c.required) return;
    if (c.verdict === "n/a") {
      add(c.note!, v.name);
      return;
    }
    const off = mergeModels([...new Set(sources.map((s) => (s.row && whyRowIsOff(s.row, cluster, v.target)) || "the same row or setting gives another port or peer here"))]);
    const anyway = c.verdict !== "denied" ? `; ${c.verdict} anyway by ${(c.rules ?? []).join(", ")}` : "";
    add(`${off.join(", ")}${anyway}`, v.name);
  });
  const others = [...clauses.entries()].map(([text, targets]) => `${targets.join(", ")}: ${text}`);
  if (!needing.length) return others.join("; ");
  const names = needing.map((v) => v.name);
  return [`${names.join(", ")} need${names.length === 1 ? "s" : ""} ${portLabel(flow.port)} (${cite(sources)})`, ...others].join("; ");
}

/** "seed 004 Table 3: s004-t3-in-vxlan-any; spec clusters[0].rules[0]". */
function cite(sources: ReadonlyArray<{ key: string; table?: string }>): string {
  const byTable = new Map<string, string[]>();
  for (const s of sources) byTable.set(s.table ?? s.key, [...(byTable.get(s.table ?? s.key) ?? []), ...(s.table ? [s.key] : [])]);
  return [...byTable.entries()].map(([table, ids]) => (ids.length ? `${table}: ${ids.join(", ")}` : table)).join("; ");
}

/** "vpc network model only, turbo network model only" -> "vpc/turbo network model only". */
function mergeModels(texts: string[]): string[] {
  const suffix = " network model only";
  const models = texts.filter((t) => t.endsWith(suffix)).map((t) => t.slice(0, -suffix.length));
  const rest = texts.filter((t) => !t.endsWith(suffix));
  return models.length ? [`${models.join("/")}${suffix}`, ...rest] : rest;
}

function demandSources(flow: Flow, v: TargetView, cluster: Cluster) {
  const from = onTarget(flow.from, v, cluster);
  const to = onTarget(flow.to, v, cluster);
  const f = v.flows.find((x) => from && to && endpointKey(x.from) === endpointKey(from) && endpointKey(x.to) === endpointKey(to) && portCovers(x.port, flow.port));
  return (f?.sources ?? []).map((s) =>
    "spec" in s
      ? { key: `spec ${s.spec}`, row: undefined }
      : { key: s.id, table: `seed ${s.seed} ${shortTable(s.table)}`, row: CATALOG.find((r) => r.id === s.id) },
  );
}

/** Seed 004 names tables "Table 3 tunnel model worker node security group"; "Table 3" is enough. */
function shortTable(table: string): string {
  return /^Table \d+/.exec(table)?.[0] ?? table;
}
