// Merges flows that several seed rows demand (one flow, many sources) and drops a flow whose port
// another flow between the same endpoints already covers, so no rule is emitted twice.
import { Flow, endpointKey, uniqueSources } from "./flow";
import { comparePorts, portCovers } from "./port";

export interface NormalizeOptions {
  /**
   * Modules expose spec ports as variables: a flow on such a port must survive a change of the
   * value, so it neither absorbs nor is absorbed by another flow.
   */
  readonly keepBoundPorts?: boolean;
}

export function normalizeFlows(flows: readonly Flow[], options: NormalizeOptions = {}): Flow[] {
  const byPair = new Map<string, Flow[]>();
  for (const f of flows) {
    const key = `${endpointKey(f.from)}>${endpointKey(f.to)}`;
    byPair.set(key, [...(byPair.get(key) ?? []), f]);
  }
  const out: Flow[] = [];
  for (const key of [...byPair.keys()].sort()) out.push(...mergePair(byPair.get(key)!, options));
  return out;
}

function mergePair(flows: Flow[], options: NormalizeOptions): Flow[] {
  // Widest ports first, so each narrower flow finds the flow that absorbs it; on a tie the flow the
  // cloud provides wins, since a rule that already exists must not be rendered again.
  const ordered = [...flows].sort(
    (a, b) => width(b) - width(a) || Number(!a.providedBy) - Number(!b.providedBy) || comparePorts(a.port, b.port),
  );
  const kept: Flow[] = [];
  for (const f of ordered) {
    const i = kept.findIndex((k) => portCovers(k.port, f.port) && (!options.keepBoundPorts || sameBinding(k, f)));
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

function sameBinding(a: Flow, b: Flow): boolean {
  if (!a.portBinding && !b.portBinding) return true;
  return a.portBinding?.variable === b.portBinding?.variable && comparePorts(a.port, b.port) === 0;
}

function width(f: Flow): number {
  const p = f.port;
  if (p.protocol === "all") return 1e9;
  if (p.protocol === "icmp") return p.type === -1 ? 256 : 1;
  return p.to - p.from + 1;
}
