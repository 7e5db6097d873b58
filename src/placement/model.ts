// Placement: the network interfaces a cluster has on a target and the groups each carries. A rule
// only matters where its group is attached, so flows, outputs, docs and verify all read this.
import type { GroupRole } from "../flows/flow";

export type InterfaceKind = "control-plane" | "node-pool" | "pods" | "fargate" | "tier";

/** Which source says an interface carries these groups (a seed section, or a cloud's documentation). */
export interface Citation {
  /** "003", "004", "000", or the document's title. */
  readonly seed: string;
  readonly section: string;
}

export interface Interface {
  /** `control-plane`, `node-pool:<node group>`, `pods:<app tier>`, `pods:default`, `fargate`, `tier:<tier>`. */
  readonly id: string;
  readonly kind: InterfaceKind;
  /** Group keys (platform group names and tier names), in the order the interface carries them. */
  readonly groups: readonly string[];
  readonly seed: Citation;
}

/** A group the cloud creates itself: referenced by ID, default rules modelled, never rendered. */
export interface CloudGroup {
  readonly group: string;
  readonly role: GroupRole;
  /** Its key in the `cloud_security_group_ids` output. */
  readonly output: "cluster" | "control-plane" | "eni";
}

export interface Placement {
  readonly interfaces: readonly Interface[];
  readonly cloudGroups: readonly CloudGroup[];
}
