// Resource instances of a document. Module stacks write one rule per list entry with
// for_each = "${toset(var.X)}" and "${each.value}"; each entry becomes its own instance, addressed
// as Terraform does (type.name["value"]). `count` and other for_each forms are not judged.
import type { TfJson } from "./terraform-json";
import { Inputs, stringList } from "./terraform-refs";
import { VerifyError } from "./errors";

type Attrs = Record<string, unknown>;

const SET_OF_VAR = /^\$\{toset\((var\.[A-Za-z0-9_-]+)\)\}$/;

export function instancesOf(doc: TfJson, type: string, inputs: Inputs): Array<[address: string, attrs: Attrs]> {
  return Object.entries(doc.resource?.[type] ?? {}).flatMap(([name, attrs]): Array<[string, Attrs]> => {
    const address = `${type}.${name}`;
    if (attrs.count !== undefined) throw new VerifyError(`${address}: count is not supported; use one resource per rule or for_each over a list variable`);
    if (attrs.for_each === undefined) return [[address, attrs]];
    const { for_each: forEach, ...rest } = attrs;
    if (additionalRulesEmpty(forEach, doc, inputs, address)) return [];
    const m = typeof forEach === "string" ? SET_OF_VAR.exec(forEach) : null;
    const values = stringList(m ? `\${${m[1]}}` : forEach, doc, inputs, `${address}.for_each`);
    return [...new Set(values)].map((v): [string, Attrs] => [`${address}[${JSON.stringify(v)}]`, substitute(rest, v) as Attrs]);
  });
}

function substitute(value: unknown, each: string): unknown {
  if (typeof value === "string") return value === "${each.value}" || value === "${each.key}" ? each : value.split("${each.value}").join(each).split("${each.key}").join(each);
  if (Array.isArray(value)) return value.map((v) => substitute(v, each));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, each)]));
  return value;
}

const ADDITIONAL_RULES = /var\.([A-Za-z0-9_]+_additional_rules)\b/;

/**
 * A module's `*_additional_rules` input (the consumer's own rules, beside the spec's): no instances
 * while the map is empty (its default); rules in it are not judged, so verify says so and stops.
 */
function additionalRulesEmpty(forEach: unknown, doc: TfJson, inputs: Inputs, address: string): boolean {
  const m = typeof forEach === "string" ? ADDITIONAL_RULES.exec(forEach) : null;
  if (!m) return false;
  const value = (inputs as Record<string, unknown>)[m[1]] ?? doc.variable?.[m[1]]?.default ?? {};
  if (typeof value === "object" && value !== null && Object.keys(value).length === 0) return true;
  throw new VerifyError(`${address}: var.${m[1]} holds rules of your own; verify judges the spec's rules, run it with that map empty`);
}
