// Which security group a value names. Groups the document creates are found by resource address;
// anything else (a literal sg-id, the EKS cluster SG from a data lookup) becomes an external group,
// named by the caller, by the stack output that describes it, or by its own ID.
import type { Cloud, SgGroup } from "./model";
import type { TfJson } from "./terraform-json";
import { Inputs, parseReference, unsetVariable, withInputs } from "./terraform-refs";
import { VerifyError } from "./errors";
import { ROLE_TAG } from "../spelling/aws";
import { unliteral } from "../spelling/literal";

const GROUP_TYPES: Record<Cloud, string> = { aws: "aws_security_group", huawei: "huaweicloud_networking_secgroup" };
/** How our stacks describe a group output: "ID of the cluster security group (role cluster)...". */
const OUTPUT_DESCRIPTION = /^ID of the (\S+) security group \(role ([a-z-]+)\)/;

export type ExternalGroups = Readonly<Record<string, { readonly tier: string; readonly role?: string }>>;

export class GroupIndex {
  private readonly groups = new Map<string, SgGroup>();
  private readonly described = new Map<string, { tier: string; role: string }>();
  /** External groups that are the EKS-created cluster SG (their default rules are modelled). */
  readonly eksClusterGroups = new Set<string>();

  constructor(
    private readonly doc: TfJson,
    private readonly inputs: Inputs,
    private readonly external: ExternalGroups = {},
  ) {
    for (const [name, out] of Object.entries(doc.output ?? {})) {
      const m = OUTPUT_DESCRIPTION.exec(unliteral(out.description ?? ""));
      if (!m || typeof out.value !== "string") continue;
      // Keyed as written and as module inputs resolve it, since rules may spell it either way.
      for (const key of new Set([out.value, this.valueOrSelf(out.value, `output.${name}`)])) this.described.set(key, { tier: m[1], role: m[2] });
    }
    for (const cloud of ["aws", "huawei"] as const) {
      for (const [name, r] of Object.entries(doc.resource?.[GROUP_TYPES[cloud]] ?? {})) {
        const id = `${GROUP_TYPES[cloud]}.${name}`;
        // Module stacks merge tags in an expression; their outputs still say the role.
        const tags = typeof r.tags === "object" && r.tags ? (r.tags as Record<string, string>) : {};
        const role = tags[ROLE_TAG] ?? this.described.get(`\${${id}.id}`)?.role ?? "unknown";
        this.groups.set(id, { id, tier: name, role, cloud, managed: true, name: unliteral(String(r.name ?? r.name_prefix ?? name)) });
      }
    }
    // A group the stack only names in an output (the EKS cluster SG when no rule of ours touches
    // it) or the caller declares still exists, with its default rules.
    for (const raw of [...this.described.keys(), ...Object.keys(external)]) {
      if (raw.startsWith("${var.")) {
        // A CCE-created group the stack takes as a variable nobody gave a value: named by the variable.
        if (unsetVariable(raw, doc, inputs)) this.resolve(raw, doc.resource?.huaweicloud_networking_secgroup ? "huawei" : "aws", "output");
        continue;
      }
      const ref = parseReference(raw, "output");
      if (ref.kind === "resource") continue;
      const cloud: Cloud = (ref.kind === "data" ? ref.type : ref.value).startsWith(ref.kind === "data" ? "aws_" : "sg-") ? "aws" : "huawei";
      this.resolve(raw, cloud, "output");
    }
  }

  /** A ${var.X} nobody gave a value stays as written: an output may name a group no rule uses. */
  private valueOrSelf(value: string, where: string): string {
    try {
      return String(withInputs(value, this.doc, this.inputs, where));
    } catch (e) {
      if (e instanceof VerifyError) return value;
      throw e;
    }
  }

  all(): SgGroup[] {
    return [...this.groups.values()];
  }

  get(id: string): SgGroup {
    return this.groups.get(id)!;
  }

  /** The group a rule attribute names; `where` locates the attribute for error messages. */
  resolve(value: unknown, cloud: Cloud, where: string): string {
    // A group ID variable without a value (a CCE-created group): the variable names the group.
    if (unsetVariable(value, this.doc, this.inputs)) {
      if (!this.groups.has(value)) this.addExternal(value, undefined, cloud, value);
      return value;
    }
    const raw = withInputs(value, this.doc, this.inputs, where);
    if (raw === undefined || raw === null) throw new VerifyError(`${where}: missing security group ID`);
    const ref = parseReference(raw, where);
    if (ref.kind === "resource") {
      const id = `${ref.type}.${ref.name}`;
      if (ref.type !== GROUP_TYPES[cloud] || ref.attribute !== "id") throw new VerifyError(`${where}: ${ref.text} is not a ${GROUP_TYPES[cloud]} ID`);
      if (!this.groups.has(id)) throw new VerifyError(`${where}: ${ref.text} names a group that is not in this stack`);
      return id;
    }
    const id = ref.kind === "literal" ? ref.value : ref.text;
    if (!this.groups.has(id)) this.addExternal(id, ref.kind === "data" ? ref : undefined, cloud, String(raw));
    return id;
  }

  private addExternal(id: string, data: { type: string; name: string; attribute: string } | undefined, cloud: Cloud, raw: string) {
    const isEksLookup = data?.type === "aws_eks_cluster" && data.attribute.endsWith("cluster_security_group_id");
    const named =
      this.external[id] ??
      this.external[raw] ??
      this.described.get(raw) ??
      (isEksLookup ? { tier: "cluster", role: "cluster" } : data?.type === GROUP_TYPES[cloud] ? { tier: data.name } : undefined);
    const role = named?.role ?? (isEksLookup ? "cluster" : "external");
    this.groups.set(id, { id, tier: named?.tier ?? id, role, cloud, managed: false });
    if (cloud === "aws" && role === "cluster") this.eksClusterGroups.add(id);
  }
}
