// The interfaces of a stack, read from its `placement` output (interface id -> the IDs of the
// groups it carries, in order). Each ID is resolved like any other group reference: a group the
// document creates, or a group the cloud creates (named by `cloud_security_group_ids`).
import { fromList } from "./address-set";
import { VerifyError } from "./errors";
import type { GroupIndex } from "./group-index";
import type { Cloud, SgInterface } from "./model";
import type { TfJson } from "./terraform-json";

export const PLACEMENT_OUTPUT = "placement";

/** Where an interface's members take their addresses from; undefined = anywhere. */
export type InterfaceAddresses = (id: string) => readonly string[] | undefined;

export function readInterfaces(doc: TfJson, groups: GroupIndex, addressesOf: InterfaceAddresses = () => undefined): SgInterface[] {
  const out = doc.output?.[PLACEMENT_OUTPUT];
  if (!out) return [];
  const where = `output.${PLACEMENT_OUTPUT}`;
  const value = out.value;
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new VerifyError(`${where}: expected an object of interface id -> list of security group IDs`);
  const cloud = cloudOf(doc);
  return Object.entries(value as Record<string, unknown>).map(([id, list]): SgInterface => {
    if (!Array.isArray(list)) throw new VerifyError(`${where}["${id}"]: expected a list of security group IDs`);
    const ids = list.map((g, i) => groups.resolve(g, cloud, `${where}["${id}"][${i}]`));
    const addresses = addressesOf(id);
    return { id, groups: [...new Set(ids)], ...(addresses ? { addresses: fromList(addresses) } : {}) };
  });
}

/** The provider whose groups the document holds. */
export function cloudOf(doc: TfJson): Cloud {
  const types = [...Object.keys(doc.resource ?? {}), ...Object.keys(doc.data ?? {})];
  if (types.some((t) => t.startsWith("huaweicloud_"))) return "huawei";
  return "aws";
}

/** Interfaces by id, for endpoint lookups. */
export function interfaceById(interfaces: readonly SgInterface[], id: string, stackName?: string): SgInterface {
  const found = interfaces.find((i) => i.id === id);
  if (found) return found;
  const known = interfaces.map((i) => i.id).join(", ");
  throw new VerifyError(`no interface "${id}" in ${stackName ?? "the stack"}; known: ${known || "none (the stack has no placement output)"}`);
}
