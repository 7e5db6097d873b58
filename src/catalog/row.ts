// The shape of one catalog entry: one row of one seed table, as data. The flow builder reads these;
// nothing else decides which flows exist.
import type { Port } from "../flows/port";
import type { GroupRole } from "../flows/flow";

export type Cloud = "aws" | "huawei";

/** A group named by role; rows about tier kinds (database, app...) pair concrete tiers by relation. */
export type GroupRef = { readonly role: GroupRole };

export type CidrRef =
  | "anywhere" // 0.0.0.0/0 (and ::/0 in IPv6 clusters)
  | "vpc"
  | "pod"
  | "control-plane"
  | "admin"
  | "lb-sources" // the load balancer tier's sources
  | "ssh-sources" // the bastion tier's sshFrom
  | "dns-servers" // the subnet's DNS servers (Huawei section)
  | { readonly literal: string };

export type PeerRef =
  | "self"
  | GroupRef
  | { readonly cidr: CidrRef }
  | { readonly prefixList: "cloudfront" };

/** Ports that depend on the spec: resolved per tier by the flow builder. */
export type PortRef =
  | Port
  | { readonly ref: "service" | "health-check" | "database" | "cache" | "listener" | "api-server" };

export interface When {
  readonly profiles?: ReadonlyArray<"minimum" | "recommended" | "hardened">;
  readonly egress?: "open" | "restricted";
  readonly addon?: "istio" | "knative";
  readonly lbType?: "alb" | "nlb";
  /** The grey "if application needs AWS APIs" row of seed 000. */
  readonly appAwsApis?: true;
  readonly lbSource?: "internet" | "cloudfront";
  readonly networkModels?: ReadonlyArray<"vpc" | "tunnel" | "turbo">;
  /** EKS security groups for pods (aws.podSecurityGroups): the flows AWS documents such pods need. */
  readonly podSecurityGroups?: true;
  /** Huawei: rows that CCE creates wide open ("cce-default") versus narrowed to spec CIDRs. */
  readonly huaweiProfile?: "cce-default" | "narrowed";
}

export interface CatalogRow {
  /** Stable key, unique across the catalog. */
  readonly id: string;
  readonly cloud: Cloud | "any";
  /** Seed file number ("000".."004"), or the cloud document a row comes from, and the table (group and direction) the row sits in. */
  readonly seed: string;
  readonly table: string;
  /** The row as the seed states it, for reviewers. */
  readonly row: string;
  /** The group the table belongs to, and the rule's direction on it. */
  readonly group: GroupRef;
  readonly direction: "ingress" | "egress";
  readonly peer: PeerRef;
  readonly port: PortRef;
  readonly when?: When;
  /** Rule description (AWS charset). */
  readonly description: string;
  /** The cloud creates this rule itself; it is modelled, never rendered. */
  readonly providedBy?: string;
}
