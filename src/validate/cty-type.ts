// Checks a JSON value against a Terraform (cty) type from `terraform providers schema -json`.
// Deliberately stricter than Terraform's implicit conversions ("80" for a number, 1 for a string):
// synthesized output should already carry the right JSON kind, so a mismatch is a generator bug.
import type { CtyType } from "./schema-file";
import { hasTemplateSequence } from "../spelling/literal";

/**
 * "${...}" / "%{...}" anywhere in a string means Terraform evaluates it: its type is unknown here.
 * Escaped ones ("$${", "%%{": spec text) are literal text.
 */
export function isExpression(value: unknown): value is string {
  return typeof value === "string" && hasTemplateSequence(value);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export interface TypeProblem {
  /** Relative path below the attribute, e.g. "[2]" or ".name" ("" for the value itself). */
  path: string;
  message: string;
}

export function describeType(type: CtyType): string {
  if (typeof type === "string") return type;
  const [kind, inner] = type;
  if (kind === "object") return `object({${Object.keys(inner as object).join(", ")}})`;
  if (kind === "tuple") return `tuple([${(inner as CtyType[]).map(describeType).join(", ")}])`;
  return `${String(kind)}(${describeType(inner as CtyType)})`;
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return "array";
  if (value === null) return "null";
  return typeof value;
}

/** Returns every mismatch found in `value` (null is "unset" and always fits). */
export function checkCtyType(value: unknown, type: CtyType, path = ""): TypeProblem[] {
  if (value === null || value === undefined || isExpression(value)) return [];
  const wrong = (): TypeProblem[] => [{ path, message: `expected ${describeType(type)}, got ${kindOf(value)}` }];

  if (typeof type === "string") {
    switch (type) {
      case "string":
        return typeof value === "string" ? [] : wrong();
      case "number":
        return typeof value === "number" && Number.isFinite(value) ? [] : wrong();
      case "bool":
        return typeof value === "boolean" ? [] : wrong();
      case "dynamic":
        return [];
      default:
        return [{ path, message: `unsupported schema type ${JSON.stringify(type)}` }];
    }
  }

  const [kind, inner, optionalAttrs] = type as [string, unknown, string[] | undefined];
  switch (kind) {
    case "list":
    case "set":
      if (!Array.isArray(value)) return wrong();
      return value.flatMap((item, i) => checkCtyType(item, inner as CtyType, `${path}[${i}]`));
    case "map":
      if (!isPlainObject(value)) return wrong();
      return Object.entries(value).flatMap(([k, v]) => checkCtyType(v, inner as CtyType, `${path}[${JSON.stringify(k)}]`));
    case "tuple": {
      const items = inner as CtyType[];
      if (!Array.isArray(value) || value.length !== items.length) return wrong();
      return value.flatMap((item, i) => checkCtyType(item, items[i], `${path}[${i}]`));
    }
    case "object": {
      if (!isPlainObject(value)) return wrong();
      const attrs = inner as Record<string, CtyType>;
      const optional = new Set(optionalAttrs ?? []);
      const problems: TypeProblem[] = [];
      for (const [k, v] of Object.entries(value)) {
        if (!(k in attrs)) problems.push({ path: `${path}.${k}`, message: "unknown object attribute" });
        else problems.push(...checkCtyType(v, attrs[k], `${path}.${k}`));
      }
      for (const k of Object.keys(attrs)) {
        if (!(k in value) && !optional.has(k)) problems.push({ path: `${path}.${k}`, message: "object attribute is required" });
      }
      return problems;
    }
    default:
      return [{ path, message: `unsupported schema type ${JSON.stringify(type)}` }];
  }
}
