// Terraform values as the synthesized JSON spells them: literals, "${var.X}" module inputs, and
// whole-value references to resources and data sources. Anything else (functions, string
// interpolation) cannot be judged statically and stops the check with its location.
import type { TfJson } from "./terraform-json";
import { VerifyError } from "./errors";

export type Inputs = Readonly<Record<string, string | number | readonly string[]>>;

export type Reference =
  | { readonly kind: "literal"; readonly value: string }
  | { readonly kind: "resource"; readonly type: string; readonly name: string; readonly attribute: string; readonly text: string }
  | { readonly kind: "data"; readonly type: string; readonly name: string; readonly attribute: string; readonly text: string };

const VAR = /^\$\{var\.([A-Za-z0-9_-]+)\}$/;
const REF = /^\$\{(data\.)?([a-z0-9_]+)\.([A-Za-z0-9_-]+)\.(.+)\}$/;

/** Replaces a whole-value ${var.X} with the caller's input, else the variable's default. */
export function withInputs(value: unknown, doc: TfJson, inputs: Inputs, where: string): unknown {
  if (typeof value !== "string") return value;
  const m = VAR.exec(value);
  if (!m) return value;
  const name = m[1];
  const given = inputs[name] ?? doc.variable?.[name]?.default;
  if (given === undefined) throw new VerifyError(`${where}: \${var.${name}} has no value; pass it as an input (e.g. --input ${name}=...)`);
  return given;
}

export function parseReference(value: unknown, where: string): Reference {
  const text = String(value);
  const m = REF.exec(text);
  if (m) return { kind: m[1] ? "data" : "resource", type: m[2], name: m[3], attribute: m[4], text };
  if (text.includes("${")) throw new VerifyError(`${where}: cannot evaluate ${text} statically; pass a literal or a module input`);
  return { kind: "literal", value: text };
}

/** A list attribute, or one string, after module inputs. */
export function stringList(value: unknown, doc: TfJson, inputs: Inputs, where: string): string[] {
  const v = withInputs(value, doc, inputs, where);
  if (v === undefined || v === null) return [];
  if (Array.isArray(v)) return v.map((x, i) => String(withInputs(x, doc, inputs, `${where}[${i}]`)));
  return [String(v)];
}

export function optionalNumber(value: unknown, doc: TfJson, inputs: Inputs, where: string): number | undefined {
  const v = withInputs(value, doc, inputs, where);
  if (v === undefined || v === null || v === "") return undefined;
  const n = Number(v);
  if (!Number.isInteger(n)) throw new VerifyError(`${where}: "${String(v)}" is not a whole number`);
  return n;
}
