// The spelling's expressions as plain Terraform template strings ("${merge(var.tags, {...})}"),
// written the way cdktf renders the same Fn calls, so both renderers give identical files.
import type { Expressions } from "../spelling/expressions";

/** True when the whole string is one interpolation, "${...}". */
function isWholeInterpolation(s: string): boolean {
  if (!s.startsWith("${") || !s.endsWith("}")) return false;
  let depth = 0;
  for (let i = 1; i < s.length; i++) {
    if (s[i] === "{") depth++;
    else if (s[i] === "}" && --depth === 0) return i === s.length - 1;
  }
  return false;
}

/** A value as it appears inside an expression. */
function inner(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "string") return isWholeInterpolation(value) ? value.slice(2, -1) : `"${value}"`;
  if (Array.isArray(value)) return `[${value.map(inner).join(", ")}]`;
  if (typeof value === "object") {
    return `{${Object.entries(value as Record<string, unknown>).map(([k, v]) => `"${k}" = ${inner(v)}`).join(", ")}}`;
  }
  return String(value);
}

const call = (fn: string, args: readonly unknown[]) => `\${${fn}(${args.map(inner).join(", ")})}`;

export const stringExpressions: Expressions = {
  isExpression: (value) => typeof value === "string" && value.includes("${"),
  merge: (parts) => call("merge", parts) as unknown as Record<string, string>,
  zipmap: (keys, values) => call("zipmap", [keys, values]),
  format: (pattern, args) => call("format", [pattern, ...args]),
  coalesce: (values) => call("coalesce", values),
  isIpv4Cidr: (cidr) => `\${can(cidrnetmask(${inner(cidr)}))}`,
  yamlencode: (value) => call("yamlencode", [value]),
  conditional: (condition, then, otherwise) => `\${${inner(condition)} ? ${inner(then)} : ${inner(otherwise)}}`,
};
