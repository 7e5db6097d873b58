// Renders Terraform JSON configuration as HCL that `terraform fmt` leaves unchanged: modules are
// read by people, so they get HCL rather than .tf.json; `--hcl` stacks too. Covers what our
// modules and stacks contain: blocks (terraform, backend, provider, variable, output, resource,
// data, locals and their nested blocks), strings with interpolations, whole-expression strings,
// numbers, booleans, null, lists and maps.
//
// Strings come in as Terraform JSON templates: spec text in them is already a literal
// (src/spelling/literal.ts escapes "${" and "%{"), and the template syntax is the same in HCL, so
// `quote` only adds HCL's own string escapes. Never heredocs: spec text could end them.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Keys that are nested blocks, not attributes, inside the block types we render. */
const NESTED_BLOCKS = new Set(["lifecycle", "validation", "required_providers", "backend", "root_volume", "data_volumes", "vpc_config", "scaling_config", "launch_template"]);

const IDENT = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** One top-level block: `resource "aws_security_group" "node" { ... }`. */
export function block(labels: string[], body: Record<string, Json>, indent = 0): string {
  const head = labels.map((l, i) => (i === 0 ? l : quoteLabel(l))).join(" ");
  return `${pad(indent)}${head} {\n${bodyLines(body, indent + 1)}${pad(indent)}}\n`;
}

/** Meta-arguments lead a block, as in hand-written Terraform. */
const META_ARGUMENTS = ["count", "for_each", "provider", "depends_on"];

function bodyLines(body: Record<string, Json>, indent: number): string {
  const rank = (k: string) => (META_ARGUMENTS.includes(k) ? META_ARGUMENTS.indexOf(k) : META_ARGUMENTS.length);
  const attrs = Object.entries(body)
    .filter(([k, v]) => !isNested(k, v))
    .sort(([a], [b]) => rank(a) - rank(b));
  const nested = Object.entries(body).filter(([k, v]) => isNested(k, v));
  let out = "";
  // terraform fmt aligns the `=` of consecutive one-line attributes; a multi-line value stands alone.
  let run: Array<[string, string]> = [];
  const flush = () => {
    const width = Math.max(0, ...run.map(([k]) => k.length));
    for (const [k, v] of run) out += `${pad(indent)}${k.padEnd(width)} = ${v}\n`;
    run = [];
  };
  for (const [key, value] of attrs) {
    const rendered = expr(value, indent);
    const name = attrKey(key);
    if (rendered.includes("\n")) flush();
    run.push([name, rendered]);
    if (rendered.includes("\n")) flush();
  }
  flush();
  for (const [key, value] of nested) {
    // backend "s3" { ... }: the backend type is the block's label.
    const items: Array<[string[], Json]> =
      key === "backend" ? Object.entries(value as Record<string, Json>).map(([type, v]) => [[key, type], v]) : (Array.isArray(value) ? value : [value]).map((v) => [[key], v]);
    for (const [labels, item] of items) {
      if (out !== "") out += "\n";
      out += block(labels, item as Record<string, Json>, indent);
    }
  }
  return out;
}

function isNested(key: string, value: Json): boolean {
  return NESTED_BLOCKS.has(key) && value !== null && typeof value === "object";
}

function expr(value: Json, indent: number): string {
  if (value === null) return "null";
  if (typeof value === "boolean" || typeof value === "number") return String(value);
  if (typeof value === "string") {
    // "${expr}" alone is the expression itself; "${a}-${b}" stays a template.
    return value.startsWith("${") && interpolationEnd(value, 2) === value.length - 1 ? spaceObjects(value.slice(2, -1)) : quote(value);
  }
  if (Array.isArray(value)) {
    const items = value.map((v) => expr(v, indent + 1));
    if (items.every((i) => !i.includes("\n")) && items.join(", ").length < 80) return `[${items.join(", ")}]`;
    return `[\n${items.map((i) => `${pad(indent + 1)}${i},\n`).join("")}${pad(indent)}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return "{}";
  const inner = bodyLines(Object.fromEntries(entries.map(([k, v]) => [k, v])), indent + 1);
  return `{\n${inner}${pad(indent)}}`;
}

/**
 * cdktf writes object constructors inside expressions as {"k" = v}; terraform fmt wants
 * { "k" = v }. Strings (and the interpolations in them) are copied untouched.
 */
function spaceObjects(expression: string): string {
  let out = "";
  for (let i = 0; i < expression.length; i++) {
    const c = expression[i];
    if (c === '"') {
      const end = stringEnd(expression, i + 1);
      out += expression.slice(i, end + 1);
      i = end;
    } else if (c === "{" && expression[i + 1] !== "}" && expression[i + 1] !== " ") {
      out += "{ ";
    } else if (c === "}" && out.length > 0 && !out.endsWith(" ") && !out.endsWith("{")) {
      out += " }";
    } else {
      out += c;
    }
  }
  return out;
}

/** Index of the quote closing a string that starts at `from`, skipping escapes and interpolations. */
function stringEnd(s: string, from: number): number {
  for (let i = from; i < s.length; i++) {
    if (s[i] === "\\") i++;
    else if (s.startsWith("$${", i) || s.startsWith("%%{", i)) i += 2;
    else if (s.startsWith("${", i)) i = interpolationEnd(s, i + 2);
    else if (s[i] === '"') return i;
  }
  throw new Error(`unterminated string in ${JSON.stringify(s)}`);
}

function attrKey(key: string): string {
  return IDENT.test(key) ? key : quote(key);
}

/**
 * A Terraform JSON template as an HCL quoted template: interpolations (`${...}`, which only the
 * project builds) are copied as they are, escaped sequences (`$${`, `%%{`) stay escaped, and
 * backslashes, quotes and control characters are escaped per the HCL spec.
 */
function quote(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if ((c === "$" || c === "%") && s[i + 1] === c && s[i + 2] === "{") {
      out += s.slice(i, i + 3);
      i += 2;
    } else if ((c === "$" || c === "%") && s[i + 1] === "{") {
      const end = interpolationEnd(s, i + 2);
      out += s.slice(i, end + 1);
      i = end;
    } else {
      out += escapeChar(c);
    }
  }
  return `"${out}"`;
}

/** Block labels are plain strings (no templates): only HCL's string escapes. */
function quoteLabel(s: string): string {
  return `"${[...s].map(escapeChar).join("")}"`;
}

const ESCAPES: Record<string, string> = { "\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function escapeChar(c: string): string {
  if (ESCAPES[c]) return ESCAPES[c];
  const code = c.charCodeAt(0);
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) ? `\\u${code.toString(16).padStart(4, "0")}` : c;
}

/** Index of the `}` closing an interpolation that starts at `from`, skipping nested braces and strings. */
function interpolationEnd(s: string, from: number): number {
  let depth = 0;
  let inString = false;
  for (let i = from; i < s.length; i++) {
    const c = s[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{") depth++;
    else if (c === "}") {
      if (depth === 0) return i;
      depth--;
    }
  }
  throw new Error(`unterminated interpolation in ${JSON.stringify(s)}`);
}

function pad(indent: number): string {
  return "  ".repeat(indent);
}
