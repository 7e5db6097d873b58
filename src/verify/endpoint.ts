// Either end of a flow: an interface of the stack's placement (by id), a network interface carrying
// one group (by tier name) or several (an instance, groups in binding order), a set of addresses
// (a host, the VPC, "the internet"), or a managed prefix list. Interfaces and groups are inside the
// stack; everything else is outside it.
import type { IpFamily } from "../net/cidr";
import { EMPTY, everything, fromList, onlyFamily, subtract, FAMILIES } from "./address-set";
import type { SgGroup, SgStack } from "./model";
import { prefixListName } from "./prefix-lists";
import { Space } from "./space";
import { VerifyError } from "./errors";
import { interfaceById } from "./interfaces";

export type Endpoint =
  /** An interface the stack's `placement` output lists: "node-pool:apps", "pods:web", "tier:orders-db". */
  | { readonly interface: string }
  | { readonly group: string }
  | { readonly groups: readonly string[] }
  | { readonly cidrs: readonly string[]; readonly except?: readonly string[]; readonly label?: string }
  | { readonly prefixList: string };

export const Endpoints = {
  iface: (id: string): Endpoint => ({ interface: id }),
  group: (tier: string): Endpoint => ({ group: tier }),
  /** An instance carrying several groups, in the order they are bound (Huawei matches in that order). */
  instance: (...tiers: string[]): Endpoint => ({ groups: tiers }),
  cidr: (cidr: string, label?: string): Endpoint => ({ cidrs: [cidr], ...(label ? { label } : {}) }),
  /** Hosts anywhere outside `except` (a cluster's own networks): someone on the internet. */
  internet: (except: readonly string[] = [], families: readonly IpFamily[] = ["ipv4"]): Endpoint => ({
    cidrs: families.map((f) => (f === "ipv4" ? "0.0.0.0/0" : "::/0")),
    except,
    label: "internet",
  }),
  prefixList: (name: string): Endpoint => ({ prefixList: name }),
};

/** An endpoint bound to a stack: its groups (IDs, binding order) and its addresses per family. */
export interface Resolved {
  readonly label: string;
  readonly groups: readonly SgGroup[];
  readonly space: (family: IpFamily) => Space;
  /** Families the endpoint has addresses in; empty for groups (any family). */
  readonly families: readonly IpFamily[];
}

export function resolveEndpoint(stack: SgStack, e: Endpoint): Resolved {
  if ("interface" in e) {
    const i = interfaceById(stack.interfaces, e.interface, stack.name);
    const groups = i.groups.map((id) => stack.groups.find((g) => g.id === id)!);
    const placed = i.addresses;
    return {
      label: i.id,
      groups,
      space: (f) => ({ addresses: placed && placed[f].length ? onlyFamily(placed, f) : everything(f), opaque: [] }),
      families: [],
    };
  }
  if ("group" in e || "groups" in e) {
    const tiers = "group" in e ? [e.group] : e.groups;
    const groups = tiers.map((t) => findGroup(stack, t));
    const placed = tiers.map((t) => stack.placement[t]).find(Boolean);
    return {
      label: tiers.join("+"),
      groups,
      space: (f) => ({ addresses: placed && placed[f].length ? onlyFamily(placed, f) : everything(f), opaque: [] }),
      families: [],
    };
  }
  if ("prefixList" in e) {
    const name = prefixListName(e.prefixList);
    const known = stack.prefixLists[name];
    return {
      label: `prefix list ${e.prefixList}`,
      groups: [],
      space: (f) => (known ? { addresses: onlyFamily(known, f), opaque: [] } : { addresses: EMPTY, opaque: [name] }),
      families: known ? FAMILIES.filter((f) => known[f].length) : ["ipv4"],
    };
  }
  const addresses = subtract(fromList(e.cidrs), fromList(e.except ?? []));
  return {
    label: e.label ?? e.cidrs.join(", "),
    groups: [],
    space: (f) => ({ addresses: onlyFamily(addresses, f), opaque: [] }),
    families: FAMILIES.filter((f) => addresses[f].length),
  };
}

export function findGroup(stack: SgStack, tier: string): SgGroup {
  const found = stack.groups.filter((g) => g.tier === tier || g.id === tier);
  if (found.length === 1) return found[0];
  const known = [...new Set(stack.groups.map((g) => g.tier))].sort().join(", ");
  if (!found.length) throw new VerifyError(`no security group for tier "${tier}" in ${stack.name ?? "the stack"}; known: ${known}`);
  throw new VerifyError(`tier "${tier}" names ${found.length} groups in ${stack.name ?? "the stack"}; use the group ID`);
}
