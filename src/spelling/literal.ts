// Spec text is data, never code. Terraform evaluates "${...}" and "%{...}" in every string of a
// configuration, JSON and HCL alike, so spec text enters blocks with both doubled ("$${", "%%{"):
// the Terraform JSON sinks' one escaping function. Readers of our output undo it with `unliteral`.

/** Spec text as a Terraform template string that evaluates to exactly that text. */
export function literal(text: string): string {
  return text.replace(/([$%])\{/g, "$1$1{");
}

/** Every string of a map (tags), keys included: object keys are templates too. */
export function literalMap(map: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [literal(k), literal(v)]));
}

/** Every string in a JSON value, object keys included. */
export function literalJson<T>(value: T): T {
  if (typeof value === "string") return literal(value) as T;
  if (Array.isArray(value)) return value.map(literalJson) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [literal(k), literalJson(v)])) as T;
  }
  return value;
}

/** True when a template string holds a live interpolation or directive (not an escaped one). */
export function hasTemplateSequence(template: string): boolean {
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    if ((c === "$" || c === "%") && template[i + 1] === c && template[i + 2] === "{") i += 2;
    else if ((c === "$" || c === "%") && template[i + 1] === "{") return true;
  }
  return false;
}

/** The text a template string without live sequences evaluates to: `literal` undone. */
export function unliteral(template: string): string {
  return template.replace(/([$%])\1\{/g, "$1{");
}
