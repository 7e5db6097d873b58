// A flow is cloud-neutral intent: traffic from one endpoint to another on a port, with why it is
// needed and which seed rows or spec settings demand it. Renderers turn flows into rules.
import { Port } from "./port";

export type GroupRole =
  | "cluster"
  | "control-plane"
  | "node"
  | "node-addon"
  | "node-app"
  | "vpc-endpoint"
  | "load-balancer"
  | "database"
  | "cache"
  | "bastion"
  | "eni";

export type Endpoint =
  /** A security group of the cluster; `tier` is its name (platform name or app tier name). */
  | { readonly kind: "group"; readonly tier: string; readonly role: GroupRole }
  /** One CIDR block; `label` says what it stands for ("VPC", "internet"). */
  | { readonly kind: "cidr"; readonly cidr: string; readonly label: string; readonly binding?: Binding }
  /** A named set of addresses the cloud maintains (AWS managed prefix list). */
  | { readonly kind: "prefix-list"; readonly name: "cloudfront"; readonly label: string };

/**
 * The spec setting a value came from, named as the module variable that replaces it in the
 * generated Terraform modules ("admin_cidrs", "orders_db_port"). `list`: one of several values.
 */
export interface Binding {
  readonly variable: string;
  readonly list: boolean;
}

/** Where a flow comes from: a seed table row, or a setting in the user's spec. */
export type Source =
  | { readonly seed: string; readonly table: string; readonly row: string; readonly id: string }
  | { readonly spec: string };

export interface Flow {
  readonly from: Endpoint;
  readonly to: Endpoint;
  readonly port: Port;
  /** Set when the port is a spec value (service, database... ports) that modules expose. */
  readonly portBinding?: Binding;
  /**
   * Rule descriptions as the seed words them, per side: an ingress row names the source, an
   * egress row the destination. A side no row speaks for borrows the other's.
   */
  readonly description: { readonly ingress?: string; readonly egress?: string };
  readonly sources: readonly Source[];
  /** Set when the cloud creates this rule itself (EKS cluster SG defaults): it exists, nobody renders it. */
  readonly providedBy?: string;
}

/** Module variable names: tier names with '_' for '-'. */
export function variableName(...parts: string[]): string {
  return parts.join("_").replace(/-/g, "_");
}

export function endpointKey(e: Endpoint): string {
  switch (e.kind) {
    case "group":
      return `sg:${e.tier}`;
    case "cidr":
      return `cidr:${e.cidr}`;
    case "prefix-list":
      return `pl:${e.name}`;
  }
}

export function endpointLabel(e: Endpoint): string {
  return e.kind === "group" ? e.tier : e.label;
}

/** Sources without repeats, in a stable order. */
export function uniqueSources(sources: readonly Source[]): Source[] {
  const seen = new Map<string, Source>();
  for (const s of sources) seen.set("spec" in s ? `spec:${s.spec}` : `seed:${s.id}`, s);
  return [...seen.keys()].sort().map((k) => seen.get(k)!);
}

/** The description a rule on one side of a flow gets (the other side's when the seed has none). */
export function sideDescription(flow: Flow, direction: "ingress" | "egress"): string {
  return flow.description[direction] ?? flow.description[direction === "ingress" ? "egress" : "ingress"] ?? "";
}

export function sourceLabel(s: Source): string {
  return "spec" in s ? `spec ${s.spec}` : `seed ${s.seed} ${s.table}: ${s.row}`;
}
