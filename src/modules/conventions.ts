// HCL conventions of the written modules: resource names use underscores
// (`aws_security_group.control_plane`), as Terraform style and terraform-aws-modules have them, and
// the AWS outputs follow terraform-aws-modules/eks: `cluster_primary_security_group_id` is the group
// EKS creates, `cluster_security_group_id` the additional control-plane group this module creates.
// Stacks keep their construct-ID addresses (see README, "Module names").
import type { Json } from "./hcl";
import type { TfDocument } from "./files";
import type { Rendering } from "./variables";

/** AWS outputs renamed to terraform-aws-modules/eks names (old name -> new name). */
export const EKS_OUTPUT_NAMES: Readonly<Record<string, string>> = {
  cluster_security_group_id: "cluster_primary_security_group_id",
  control_plane_security_group_id: "cluster_security_group_id",
};

const underscored = (name: string) => name.replace(/-/g, "_");

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Rewrites every `type.name` reference inside expressions to the underscored name. */
function renameReferences(value: Json, renames: ReadonlyArray<[RegExp, string]>): Json {
  if (typeof value === "string") {
    if (!value.includes("${")) return value;
    return mapInterpolations(value, (expr) => renames.reduce((s, [from, to]) => s.replace(from, to), expr));
  }
  if (Array.isArray(value)) return value.map((v) => renameReferences(v, renames));
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renameReferences(v, renames)]));
}

/**
 * Applies `f` to the `${...}` interpolations of a template only: literal text (spec text, with
 * `$${` as the escaped `${`) is data and stays as written.
 */
export function mapInterpolations(template: string, f: (expression: string) => string): string {
  let out = "";
  let i = 0;
  while (i < template.length) {
    if (template.startsWith("$${", i)) {
      out += "$${";
      i += 3;
    } else if (template.startsWith("${", i)) {
      let depth = 0;
      let j = i + 2;
      for (; j < template.length; j++) {
        const c = template[j];
        if (c === '"') {
          for (j++; j < template.length && template[j] !== '"'; j++) if (template[j] === "\\") j++;
        } else if (c === "{") depth++;
        else if (c === "}" && depth-- === 0) break;
      }
      out += "${" + f(template.slice(i + 2, j)) + "}";
      i = j + 1;
    } else {
      out += template[i++];
    }
  }
  return out;
}

export function conventionalDocument(doc: TfDocument, rendering: Rendering): TfDocument {
  const renames: Array<[RegExp, string]> = [];
  const renameSection = (section: TfDocument["resource"], prefix: string) => {
    if (!section) return section;
    return Object.fromEntries(Object.entries(section).map(([type, byName]) => [
      type,
      Object.fromEntries(Object.entries(byName).map(([name, body]) => {
        const to = underscored(name);
        // A reference ends at the attribute (`.id`) or an instance key (`["x"]`).
        if (to !== name) renames.push([new RegExp(`\\b${escapeRegex(`${prefix}${type}.${name}`)}(?=[.\\[])`, "g"), `${prefix}${type}.${to}`]);
        return [to, body];
      })),
    ]));
  };
  const resource = renameSection(doc.resource, "");
  const data = renameSection(doc.data, "data.");
  // Longer names first, so `node` never rewrites part of `node-addon`.
  renames.sort((a, b) => b[0].source.length - a[0].source.length);
  const output = Object.fromEntries(
    Object.entries(doc.output ?? {}).map(([name, o]) => [rendering.cloud === "aws" ? EKS_OUTPUT_NAMES[name] ?? name : name, o]),
  );
  return renameReferences({ ...doc, ...(resource ? { resource } : {}), ...(data ? { data } : {}), output } as unknown as Json, renames) as unknown as TfDocument;
}
