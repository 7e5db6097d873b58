// Parity: every flow any target of a cluster needs, between interfaces (union, keyed by from
// interface / to interface / port: interface ids are the same on every target), with its verdict
// on each target's synthesized stack, and why targets differ, from the seed rows and settings
// behind the flow.
import type { Inputs } from "./terraform-refs";
import { CATALOG } from "../catalog";
import type { Flow } from "../flows/flow";
import { portCovers, portKey, portLabel, comparePorts } from "../flows/port";
import { Target, targetName } from "../flows/target";
import type { Cluster } from "../spec/model";
import { allowsPort, FlowResult } from "./allows";
import { endpointLabel, loadOptionsOf, stackName, targetsOf } from "./cluster-context";
import type { Endpoint } from "./endpoint";
import { InterfaceFlow, interfaceFlows } from "./required-suite";
import { byText } from "./text-order";
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
  /** Why n/a. */
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
  /** Every interface of any target, with the groups (tier names, in order) it carries on each; absent where it does not exist. */
  readonly interfaces: ReadonlyArray<{ readonly id: string; readonly groups: ReadonlyArray<readonly string[] | null> }>;
  readonly rows: readonly ParityRow[];
}

interface TargetView {
  readonly target: Target;
  readonly name: string;
  readonly stack: SgStack;
  /** The target's flows on the interfaces that carry their groups. */
  readonly pairs: readonly InterfaceFlow[];
}

/** One row: a flow between two ends (interfaces, or addresses outside), on one port. */
interface RowKey {
  readonly from: Endpoint;
  readonly to: Endpoint;
  readonly flow: Flow;
}

/** `inputsOf`: module variable values per target, when the documents are generated modules. */
export function parity(cluster: Cluster, docs: Readonly<Record<string, TfJson>>, inputsOf: (target: Target) => Inputs = () => ({})): ParityTable {
  const views: TargetView[] = targetsOf(cluster).map((target) => {
    const doc = docs[stackName(cluster, target)];
    if (!doc) throw new VerifyError(`stack ${stackName(cluster, target)} is missing; synthesize the spec first`);
    const stack = loadStack(doc, { ...loadOptionsOf(cluster, target), inputs: inputsOf(target) });
    return { target, name: targetName(target), stack, pairs: interfaceFlows(cluster, target, stack) };
  });
  const union = new Map<string, RowKey>();
  for (const v of views) for (const p of v.pairs) if (!union.has(keyOf(p))) union.set(keyOf(p), p);
  const keys = [...union.values()].sort(
    (a, b) => byText(endLabel(a.from), endLabel(b.from)) || byText(endLabel(a.to), endLabel(b.to)) || comparePorts(a.flow.port, b.flow.port),
  );
  const rows = keys.map((k) => {
    const cells = views.map((v) => cellOf(k, v));
    const differs = new Set(cells.map((c) => `${c.required}/${c.verdict}`)).size > 1;
    return {
      from: endLabel(k.from),
      to: endLabel(k.to),
      traffic: portLabel(k.flow.port),
      cells,
      differs,
      ...(differs ? { reason: differenceReason(k, views, cells, cluster) } : {}),
    };
  });
  return { cluster: cluster.name, targets: views.map((v) => v.name), interfaces: interfacesAcross(views), rows };
}

function interfacesAcross(views: readonly TargetView[]): ParityTable["interfaces"] {
  const ids = [...new Set(views.flatMap((v) => v.stack.interfaces.map((i) => i.id)))].sort(byText);
  return ids.map((id) => ({
    id,
    groups: views.map((v) => {
      const i = v.stack.interfaces.find((x) => x.id === id);
      const tierOf = new Map(v.stack.groups.map((g) => [g.id, g.tier]));
      return i ? i.groups.map((g) => tierOf.get(g)!) : null;
    }),
  }));
}

function endKey(e: Endpoint): string {
  if ("interface" in e) return `if:${e.interface}`;
  if ("group" in e) return `sg:${e.group}`;
  if ("prefixList" in e) return `pl:${e.prefixList}`;
  if ("cidrs" in e) return `cidr:${e.cidrs.join(",")}`;
  return `sg:${e.groups.join("+")}`;
}

function keyOf(k: RowKey): string {
  return `${endKey(k.from)}>${endKey(k.to)}|${portKey(k.flow.port)}`;
}

function endLabel(e: Endpoint): string {
  return endpointLabel(e);
}

/** Whether the end exists on a target: its interface (or lone group) is in that stack. */
function existsOn(e: Endpoint, v: TargetView): boolean {
  if ("interface" in e) return v.stack.interfaces.some((i) => i.id === e.interface);
  if ("group" in e) return v.stack.groups.some((g) => g.tier === e.group);
  return true;
}

function demandOf(k: RowKey, v: TargetView): InterfaceFlow | undefined {
  return v.pairs.find((p) => endKey(p.from) === endKey(k.from) && endKey(p.to) === endKey(k.to) && portCovers(p.flow.port, k.flow.port));
}

function cellOf(k: RowKey, v: TargetView): ParityCell {
  const missing = [k.from, k.to].find((e) => !existsOn(e, v));
  if (missing) return { target: v.name, required: false, verdict: "n/a", note: `no ${endLabel(missing)} ${"interface" in missing ? "interface" : "group"}` };
  const demanding = demandOf(k, v);
  const family = [k.flow.from, k.flow.to].some((e) => e.kind === "cidr" && e.cidr.includes(":")) ? "ipv6" : "ipv4";
  const result = allowsPort(v.stack, k.from, k.to, k.flow.port, family);
  return {
    target: v.name,
    required: Boolean(demanding),
    ...(demanding && portKey(demanding.flow.port) !== portKey(k.flow.port) ? { within: portLabel(demanding.flow.port) } : {}),
    verdict: result.verdict,
    rules: [...result.egressRules, ...result.ingressRules].map((r) => r.address),
  };
}

/** "cce-tunnel needs UDP 4789 (seed 004 Table 3: s004-t3-in-vxlan-any); aws-eks: Huawei CCE only". */
function differenceReason(k: RowKey, views: readonly TargetView[], cells: readonly ParityCell[], cluster: Cluster): string {
  const flow = k.flow;
  const needing = views.filter((_, i) => cells[i].required);
  const sources = [...new Map(needing.flatMap((v) => demandSources(k, v)).map((s) => [s.key, s])).values()];
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

function demandSources(k: RowKey, v: TargetView) {
  return (demandOf(k, v)?.flow.sources ?? []).map((s) =>
    "spec" in s
      ? { key: `spec ${s.spec}`, row: undefined }
      : { key: s.id, table: `seed ${s.seed} ${shortTable(s.table)}`, row: CATALOG.find((r) => r.id === s.id) },
  );
}

/** Seed 004 names tables "Table 3 tunnel model worker node security group"; "Table 3" is enough. */
function shortTable(table: string): string {
  return /^Table \d+/.exec(table)?.[0] ?? table;
}
