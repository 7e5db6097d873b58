// Terraform values as the synthesized JSON spells them: literals, "${var.X}" module inputs, and
// whole-value references to resources and data sources. Anything else (function calls, other
// interpolation) cannot be judged statically and stops the check with its location.
import type { TfJson } from "./terraform-json";
import { VerifyError } from "./errors";
import { hasTemplateSequence, unliteral } from "../spelling/literal";

export type Inputs = Readonly<Record<string, string | number | readonly string[]>>;

export type Reference =
  | { readonly kind: "literal"; readonly value: string }
  | { readonly kind: "resource"; readonly type: string; readonly name: string; readonly attribute: string; readonly text: string }
  | { readonly kind: "data"; readonly type: string; readonly name: string; readonly attribute: string; readonly text: string };

const VAR = /^\$\{var\.([A-Za-z0-9_-]+)\}$/;
const VAR_INSIDE = /\$\{var\.([A-Za-z0-9_-]+)\}/g;
const REF = /^\$\{(data\.)?([a-z0-9_]+)\.([A-Za-z0-9_-]+)\.(.+)\}$/;

/**
 * Replaces ${var.X} with the caller's input, else the variable's default: a whole value keeps its
 * type (a list, a number); inside a string ("${var.a},${var.b}") it is spliced in as text.
 */
export function withInputs(value: unknown, doc: TfJson, inputs: Inputs, where: string): unknown {
  if (typeof value !== "string") return value;
  const whole = VAR.exec(value);
  if (whole) return inputOf(whole[1], doc, inputs, where);
  return value.replace(VAR_INSIDE, (_, name: string) => {
    const v = inputOf(name, doc, inputs, where);
    if (Array.isArray(v)) throw new VerifyError(`${where}: \${var.${name}} is a list and cannot be spliced into "${value}"`);
    return String(v);
  });
}

/** A whole "${var.X}" with neither an input nor a default (a group ID the stack takes as a variable). */
export function unsetVariable(value: unknown, doc: TfJson, inputs: Inputs): value is string {
  const whole = typeof value === "string" ? VAR.exec(value) : null;
  // An optional variable (default null, the EKS cluster SG before the cluster exists) is unset too.
  return !!whole && inputs[whole[1]] == null && doc.variable?.[whole[1]]?.default == null;
}

function inputOf(name: string, doc: TfJson, inputs: Inputs, where: string): unknown {
  const given = inputs[name] ?? doc.variable?.[name]?.default;
  if (given === undefined) throw new VerifyError(`${where}: \${var.${name}} has no value; pass its value as a module input`);
  return given;
}

export function parseReference(value: unknown, where: string): Reference {
  const text = String(value);
  const m = REF.exec(text);
  if (m) return { kind: m[1] ? "data" : "resource", type: m[2], name: m[3], attribute: m[4], text };
  if (hasTemplateSequence(text)) throw new VerifyError(`${where}: cannot evaluate ${text} statically; pass a literal or a module input`);
  // A literal as Terraform reads it: spec text was written with "$${" and "%%{".
  return { kind: "literal", value: unliteral(text) };
}

/** A value that must be a literal string (a CIDR, an address) once module inputs are in. */
export function literalText(value: unknown, where: string): string {
  const ref = parseReference(value, where);
  if (ref.kind !== "literal") throw new VerifyError(`${where}: cannot evaluate ${ref.text} statically; pass a literal or a module input`);
  return ref.value;
}

/** A list attribute, or one string, after module inputs. */
export function stringList(value: unknown, doc: TfJson, inputs: Inputs, where: string): string[] {
  const v = withInputs(value, doc, inputs, where);
  if (v === undefined || v === null) return [];
  if (Array.isArray(v)) return v.map((x, i) => literalText(withInputs(x, doc, inputs, `${where}[${i}]`), `${where}[${i}]`));
  return [literalText(v, where)];
}

export function optionalNumber(value: unknown, doc: TfJson, inputs: Inputs, where: string): number | undefined {
  const v = withInputs(value, doc, inputs, where);
  if (v === undefined || v === null || v === "") return undefined;
  const n = Number(v);
  if (!Number.isInteger(n)) throw new VerifyError(`${where}: "${String(v)}" is not a whole number`);
  return n;
}
