// A stack as the checker sees it: the network interfaces and the groups each carries, the rules on
// those groups (references resolved, protocols and ports normalized, defaults the clouds create
// added). Nothing here is cloud syntax.
import type { IpFamily } from "../net/cidr";
import type { AddressSet } from "./address-set";
import type { Selector } from "./protocol";

export type Cloud = "aws" | "huawei";

export interface SgGroup {
  /** Unique in the stack: the resource address ("aws_security_group.web") or the external ID. */
  readonly id: string;
  /** The tier the group serves: the resource name, or what an output/caller says of an external ID. */
  readonly tier: string;
  /** The cluster-sg-role tag ("node", "database"…), "external" when unknown. */
  readonly role: string;
  readonly cloud: Cloud;
  /** False for groups the stack only references (the EKS cluster SG). */
  readonly managed: boolean;
  readonly name?: string;
}

export type Peer =
  | { readonly kind: "group"; readonly group: string }
  | { readonly kind: "addresses"; readonly addresses: AddressSet; readonly text: string }
  /** A managed prefix list; `addresses` when the caller knows its entries. */
  | { readonly kind: "prefix-list"; readonly name: string; readonly addresses?: AddressSet };

export interface SgRule {
  /** Where the rule comes from: a resource address, or the cloud default it models. */
  readonly address: string;
  readonly group: string;
  readonly direction: "ingress" | "egress";
  readonly action: "allow" | "deny";
  /** Huawei 1 (highest) to 100; AWS rules are all allow, so order never matters there. */
  readonly priority: number;
  readonly match: Selector;
  readonly families: readonly IpFamily[];
  readonly peer: Peer;
  readonly description?: string;
  /** Set for rules the cloud creates itself, not the Terraform document. */
  readonly cloudDefault?: string;
  /** The catalog row a modelled cloud default comes from. */
  readonly seedRow?: string;
}

/**
 * Where groups take effect: a node pool's ENIs, pods, the control-plane ENIs, a tier's instances.
 * Read from the stack's `placement` output.
 */
export interface SgInterface {
  /** "control-plane", "node-pool:<node group>", "pods:<app tier>", "pods:default", "fargate", "tier:<tier>". */
  readonly id: string;
  /** Group IDs (SgGroup.id) in the order the interface carries them. */
  readonly groups: readonly string[];
  /** Where its members take their addresses from, when known (else: anywhere). */
  readonly addresses?: AddressSet;
}

export interface SgStack {
  readonly name?: string;
  readonly groups: readonly SgGroup[];
  readonly rules: readonly SgRule[];
  /** From the `placement` output; empty when the document has none. */
  readonly interfaces: readonly SgInterface[];
  /** Where each tier's members take their addresses from, when known (else: anywhere). */
  readonly placement: Readonly<Record<string, AddressSet>>;
  /** Entries of managed prefix lists the caller knows, by AWS name. */
  readonly prefixLists: Readonly<Record<string, AddressSet>>;
}
