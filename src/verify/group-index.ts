// Which security group a value names. Groups the document creates are found by resource address
// and take their role from the cluster-sg-role tag; anything else (a literal ID, the EKS cluster SG
// from a data lookup, a module input) is a group the stack only references: named by the caller,
// or by the stack's `cloud_security_group_ids` output (role -> ID), else by its own ID. Output
// descriptions are prose for people and never read.
import type { Cloud, SgGroup } from "./model";
import type { TfJson } from "./terraform-json";
import { Inputs, parseReference, unsetVariable, withInputs } from "./terraform-refs";
import { VerifyError } from "./errors";
import { ROLE_TAG } from "../spelling/aws";
import { unliteral } from "../spelling/literal";

const GROUP_TYPES: Record<Cloud, string> = { aws: "aws_security_group", huawei: "huaweicloud_networking_secgroup" };
/** The output naming each group the cloud creates, by role (cluster, control-plane, eni). */
export const CLOUD_GROUPS_OUTPUT = "cloud_security_group_ids";
/** A role tag inside a tags expression (modules merge var.tags): `"cluster-sg-role" = "node"`. */
const ROLE_IN_EXPRESSION = new RegExp(`"?${ROLE_TAG}"?\\s*[=:]\\s*"([a-z-]+)"`);

export type ExternalGroups = Readonly<Record<string, { readonly tier: string; readonly role?: string }>>;

export class GroupIndex {
  private readonly groups = new Map<string, SgGroup>();
  /** Cloud-created groups by ID as written and as module inputs resolve it: role. */
  private readonly cloudCreated = new Map<string, { tier: string; role: string }>();
  /** External groups that are the EKS-created cluster SG (their default rules are modelled). */
  readonly eksClusterGroups = new Set<string>();

  constructor(
    private readonly doc: TfJson,
    private readonly inputs: Inputs,
    private readonly external: ExternalGroups = {},
  ) {
    const cloudIds = doc.output?.[CLOUD_GROUPS_OUTPUT]?.value;
    if (cloudIds !== undefined && (typeof cloudIds !== "object" || cloudIds === null || Array.isArray(cloudIds))) {
      throw new VerifyError(`output.${CLOUD_GROUPS_OUTPUT}: expected an object of role -> security group ID`);
    }
    for (const [role, value] of Object.entries((cloudIds ?? {}) as Record<string, unknown>)) {
      if (typeof value !== "string") throw new VerifyError(`output.${CLOUD_GROUPS_OUTPUT}.${role}: expected a security group ID`);
      // Keyed as written and as module inputs resolve it, since rules may spell it either way.
      for (const key of new Set([value, this.valueOrSelf(value, `output.${CLOUD_GROUPS_OUTPUT}.${role}`)])) this.cloudCreated.set(key, { tier: role, role });
    }
    for (const cloud of ["aws", "huawei"] as const) {
      for (const [name, r] of Object.entries(doc.resource?.[GROUP_TYPES[cloud]] ?? {})) {
        const id = `${GROUP_TYPES[cloud]}.${name}`;
        const role = roleTag(r.tags) ?? "unknown";
        // Modules write tier names with underscores (HCL style); spec tier names never hold one.
        this.groups.set(id, { id, tier: name.replace(/_/g, "-"), role, cloud, managed: true, name: unliteral(String(r.name ?? r.name_prefix ?? name)) });
      }
    }
    // A group the cloud creates (even if no rule of ours touches it) or the caller declares still
    // exists, with its default rules.
    for (const raw of [...this.cloudCreated.keys(), ...Object.keys(external)]) {
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
      this.cloudCreated.get(id) ??
      this.cloudCreated.get(raw) ??
      (isEksLookup ? { tier: "cluster", role: "cluster" } : data?.type === GROUP_TYPES[cloud] ? { tier: data.name } : undefined);
    const role = named?.role ?? (isEksLookup ? "cluster" : "external");
    this.groups.set(id, { id, tier: named?.tier ?? id, role, cloud, managed: false });
    if (cloud === "aws" && role === "cluster") this.eksClusterGroups.add(id);
  }
}

/** The role tag: a literal map, or inside a merge(...) expression as modules write it. */
function roleTag(tags: unknown): string | undefined {
  if (typeof tags === "object" && tags) {
    const v = (tags as Record<string, unknown>)[ROLE_TAG];
    return typeof v === "string" ? v : undefined;
  }
  return typeof tags === "string" ? ROLE_IN_EXPRESSION.exec(tags)?.[1] : undefined;
}
