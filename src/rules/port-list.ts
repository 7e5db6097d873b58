// Huawei's `ports` attribute: "22,80,1-30". Coalesces port ranges so a merged rule stays short.
export interface Range {
  readonly from: number;
  readonly to: number;
}

export function coalesce(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.from - b.from || a.to - b.to);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    // Only overlaps merge: "5443,5444" stays as written in the seed, readable next to it.
    if (last && r.from <= last.to) out[out.length - 1] = { from: last.from, to: Math.max(last.to, r.to) };
    else out.push(r);
  }
  return out;
}

export function portsText(ranges: readonly Range[]): string {
  return ranges.map((r) => (r.from === r.to ? `${r.from}` : `${r.from}-${r.to}`)).join(",");
}
