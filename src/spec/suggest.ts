// "Did you mean ...?" for unknown keys: the known keys of the mapping the user wrote into, and
// for a tier, the other tier kinds that do take the key.
import type { z } from "zod";

type Schema = z.ZodType;
interface Def {
  readonly type: string;
  readonly innerType?: Schema;
  readonly element?: Schema;
  readonly options?: readonly Schema[];
  readonly shape?: Record<string, Schema>;
  readonly values?: readonly unknown[];
}

const defOf = (s: Schema): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Strips optional/default/describe wrappers down to the schema that checks the value. */
function unwrap(s: Schema): Schema {
  let d = defOf(s);
  while (d.innerType && (d.type === "optional" || d.type === "default" || d.type === "nullable" || d.type === "prefault")) {
    s = d.innerType;
    d = defOf(s);
  }
  return s;
}

function shapeOf(s: Schema): Record<string, Schema> | undefined {
  const d = defOf(unwrap(s));
  return d.type === "object" ? (unwrap(s) as unknown as { shape: Record<string, Schema> }).shape : undefined;
}

/** The literal `kind` of a union option (tiers), if it has one. */
function kindOf(option: Schema): unknown {
  const kind = shapeOf(option)?.kind;
  return kind ? defOf(unwrap(kind)).values?.[0] : undefined;
}

/** The schema that checks `value` at `path`, and the union it was picked from (tiers). */
export function schemaAt(root: Schema, path: ReadonlyArray<PropertyKey>, value: unknown): { schema?: Schema; union?: readonly Schema[] } {
  let s: Schema | undefined = unwrap(root);
  let v = value;
  let union: readonly Schema[] | undefined;
  const pick = () => {
    const d = defOf(s!);
    if (d.type === "union" && d.options) {
      union = d.options;
      const kind = (v as { kind?: unknown } | null)?.kind;
      s = d.options.find((o) => kindOf(o) === kind);
      if (s) s = unwrap(s);
    } else {
      union = undefined;
    }
  };
  pick();
  for (const key of path) {
    if (!s) return {};
    const d = defOf(s);
    if (d.type === "object") s = shapeOf(s)?.[String(key)];
    else if (d.type === "array") s = d.element;
    else return {};
    v = v !== null && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[key] : undefined;
    if (s) s = unwrap(s);
    if (s) pick();
  }
  return { schema: s, union };
}

/** Edit distance (insert, delete, substitute, swap neighbours), case-insensitive. */
export function distance(a: string, b: string): number {
  a = a.toLowerCase();
  b = b.toLowerCase();
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The closest known key, when it is close enough to be a typo (or a plural/singular slip). */
export function closest(key: string, known: readonly string[]): string | undefined {
  const limit = Math.max(1, Math.floor(key.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const dist = distance(key, k);
    if (dist < bestDistance) [best, bestDistance] = [k, dist];
  }
  return bestDistance <= limit ? best : undefined;
}

/** The fix for an unknown key in the mapping at `path`: a near miss, or the tier kinds that take it. */
export function unknownKeyHint(root: Schema, path: ReadonlyArray<PropertyKey>, value: unknown, key: string): string {
  const { schema, union } = schemaAt(root, path, value);
  const known = schema ? Object.keys(shapeOf(schema) ?? {}) : [];
  const near = closest(key, known);
  if (near) return `did you mean "${near}"?`;
  const elsewhere = (union ?? []).filter((o) => o !== schema && shapeOf(o)?.[key] !== undefined).map((o) => String(kindOf(o)));
  if (elsewhere.length > 0) return `"${key}" belongs on tiers of kind ${elsewhere.join(" or ")}`;
  return known.length > 0 ? `this mapping takes ${known.join(", ")}` : "check the spelling against spec.schema.json";
}

/** Keys a near-miss unknown key stands for, so their "is required" reports can be dropped. */
export function suggestedKey(root: Schema, path: ReadonlyArray<PropertyKey>, value: unknown, key: string): string | undefined {
  const { schema } = schemaAt(root, path, value);
  return schema ? closest(key, Object.keys(shapeOf(schema) ?? {})) : undefined;
}
