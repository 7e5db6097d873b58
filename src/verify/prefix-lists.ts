// Managed prefix lists (AWS): a named set of addresses the cloud maintains. The checker knows a
// list's entries only when the caller gives them; otherwise it matches the list by name alone and
// treats any overlap with plain addresses as unknown.
import { AddressSet, fromList } from "./address-set";
import type { Peer } from "./model";
import type { TfJson } from "./terraform-json";
import { Inputs, parseReference, withInputs } from "./terraform-refs";
import { VerifyError } from "./errors";
import { CLOUDFRONT_PREFIX_LIST } from "../catalog/engines";

/** Short names the flows use for the lists our stacks look up. */
export const KNOWN_PREFIX_LISTS: Readonly<Record<string, string>> = {
  cloudfront: CLOUDFRONT_PREFIX_LIST,
};

export function prefixListName(name: string): string {
  return KNOWN_PREFIX_LISTS[name] ?? name;
}

export class PrefixLists {
  constructor(
    private readonly doc: TfJson,
    private readonly inputs: Inputs,
    private readonly contents: Readonly<Record<string, readonly string[]>> = {},
  ) {}

  resolve(value: unknown, where: string): Extract<Peer, { kind: "prefix-list" }> {
    const ref = parseReference(withInputs(value, this.doc, this.inputs, where), where);
    let name: string;
    if (ref.kind === "literal") name = ref.value;
    else if (ref.kind === "data" && ref.type === "aws_ec2_managed_prefix_list" && ref.attribute === "id") {
      const block = this.doc.data?.aws_ec2_managed_prefix_list?.[ref.name];
      if (!block) throw new VerifyError(`${where}: ${ref.text} names a data source that is not in this stack`);
      name = String(block.name ?? ref.name);
    } else throw new VerifyError(`${where}: ${ref.text} is not a managed prefix list ID`);
    const entries = this.contents[name] ?? Object.entries(this.contents).find(([k]) => prefixListName(k) === name)?.[1];
    const addresses: AddressSet | undefined = entries ? fromList(entries) : undefined;
    return { kind: "prefix-list", name, ...(addresses ? { addresses } : {}) };
  }
}
