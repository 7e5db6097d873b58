// Merges flows that several seed rows demand (one flow, many sources) and drops a flow whose port
// another flow between the same endpoints already covers, so no rule is emitted twice.
import { Flow, endpointKey } from "./flow";
import { comparePorts, portCovers } from "./port";

export function normalizeFlows(flows: readonly Flow[]): Flow[] {
  const byPair = new Map<string, Flow[]>();
  for (const f of flows) {
    const key = `${endpointKey(f.from)}>${endpointKey(f.to)}`;
    byPair.set(key, [...(byPair.get(key) ?? []), f]);
  }
  const out: Flow[] = [];
  for (const key of [...byPair.keys()].sort()) out.push(...mergePair(byPair.get(key)!));
  return out;
}

function mergePair(flows: Flow[]): Flow[] {
  // Widest ports first, so each narrower flow finds the flow that absorbs it; on a tie the flow the
  // cloud provides wins, since a rule that already exists must not be rendered again.
  const ordered = [...flows].sort(
    (a, b) => width(b) - width(a) || Number(!a.providedBy) - Number(!b.providedBy) || comparePorts(a.port, b.port),
  );
  const kept: Flow[] = [];
  for (const f of ordered) {
    const i = kept.findIndex((k) => portCovers(k.port, f.port));
    if (i < 0) {
      kept.push(f);
      continue;
    }
    const k = kept[i];
    kept[i] = { ...k, sources: [...k.sources, ...f.sources], description: { ...f.description, ...k.description } };
  }
  return kept
    .map((f) => ({ ...f, sources: uniqueSources(f.sources) }))
    .sort((a, b) => comparePorts(a.port, b.port));
}

function width(f: Flow): number {
  const p = f.port;
  if (p.protocol === "all") return 1e9;
  if (p.protocol === "icmp") return p.type === -1 ? 256 : 1;
  return p.to - p.from + 1;
}

function uniqueSources(sources: Flow["sources"]): Flow["sources"] {
  const seen = new Map<string, Flow["sources"][number]>();
  for (const s of sources) seen.set("spec" in s ? `spec:${s.spec}` : `seed:${s.id}`, s);
  return [...seen.keys()].sort().map((k) => seen.get(k)!);
}
