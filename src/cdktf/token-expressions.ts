// The spelling's expressions as cdktf tokens (the constructs' side of src/spelling/expressions.ts).
import { Fn, Token } from "cdktf";
import type { Expressions } from "../spelling/expressions";

/**
 * A literal map (spec tags) as cdktf writes it inside a function call: cdktf copies keys as they
 * are and escapes only "${" and newlines in values. Our strings are already template literals
 * ("$${", "%%{"), so keys get HCL's string escapes and values those plus "$${" undone for cdktf to
 * redo. Tokens (references, variables) pass through.
 */
function literalMapForCdktf(part: unknown): unknown {
  if (part === null || typeof part !== "object" || Array.isArray(part) || Token.isUnresolved(part)) return part;
  const hclEscapes = (s: string) => s.replace(/\\/g, "\\\\").replace(/"/g, '\\"');
  return Object.fromEntries(
    Object.entries(part as Record<string, unknown>).map(([k, v]) => [
      hclEscapes(k).replace(/\n/g, "\\n"),
      typeof v === "string" && !Token.isUnresolved(v) ? hclEscapes(v).replace(/\$\$\{/g, "${") : v,
    ]),
  );
}

export const tokenExpressions: Expressions = {
  isExpression: (value) => Token.isUnresolved(value),
  merge: (parts) => Fn.merge(parts.map(literalMapForCdktf)) as unknown as Record<string, string>,
  zipmap: (keys, values) => Fn.zipmap([...keys], [...values]),
  format: (pattern, args) => Fn.format(pattern, [...args]),
  coalesce: (values) => Fn.coalesce([...values]),
  isIpv4Cidr: (cidr) => Token.asString(Fn.can(Fn.cidrnetmask(cidr))),
  yamlencode: (value) => Token.asString(Fn.yamlencode(value)),
  conditional: (condition, then, otherwise) =>
    Token.asString(Fn.conditional(condition, then ?? Token.nullValue(), otherwise ?? Token.nullValue())),
};
