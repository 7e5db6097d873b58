// How a spelling reads spec values that a generated module turns into variables: stacks built from
// a spec get the literal values; module stacks get their variables.
import type { Endpoint } from "../flows/flow";
import type { Cluster } from "../spec/model";
import type { Expressions, Iteration, ModuleValues } from "./expressions";

/** What both clouds' spellings take (the constructs' props). */
export interface SpellingProps {
  readonly cluster: Cluster;
  /**
   * Extra tags (Record<string, string>), or an expression for a whole tags map: a cdktf token, or
   * "${var.tags}" in the JSON renderer's modules.
   */
  readonly tags?: unknown;
  /** Defaults to the spec's cluster name; may be an expression. */
  readonly clusterName?: string;
  /** Module mode: spec ports and CIDRs come from these variables. */
  readonly bound?: ModuleValues;
}

/** A rule's peer CIDR: the iteration value, the scalar variable, or the literal. */
export function cidrValue(peer: Extract<Endpoint, { kind: "cidr" }>, bound: ModuleValues | undefined, each?: Iteration): string {
  if (each) return each.value;
  if (bound && peer.binding && !peer.binding.list) return bound.scalar(peer.binding.variable);
  return peer.cidr;
}

/**
 * Which attribute a CIDR goes in (cidr_ipv4 / cidr_ipv6, or Huawei's ethertype). A literal says so
 * itself; a variable in an IPv6 cluster may hold either family, so the choice is made in Terraform.
 */
export function cidrFamily(x: Expressions, cidr: string, ipv6Cluster: boolean): { v4?: string; v6?: string; isV4: boolean | string } {
  if (!x.isExpression(cidr)) return cidr.includes(":") ? { v6: cidr, isV4: false } : { v4: cidr, isV4: true };
  if (!ipv6Cluster) return { v4: cidr, isV4: true };
  const isV4 = x.isIpv4Cidr(cidr);
  return { v4: x.conditional(isV4, cidr, null), v6: x.conditional(isV4, null, cidr), isV4 };
}

/**
 * User tags (spec, then props), then ours; `clusterTagFor` adds kubernetes.io/cluster/<name> = owned.
 * With an expression for the name or the tags (modules) the map is merged in Terraform.
 */
export function mergeTags(
  x: Expressions,
  specTags: Record<string, string>,
  extra: unknown,
  own: Record<string, string>,
  clusterTagFor?: string,
): Record<string, string> {
  const literal = (extra === undefined || !x.isExpression(extra)) && (clusterTagFor === undefined || !x.isExpression(clusterTagFor));
  if (literal) {
    const clusterTag = clusterTagFor === undefined ? {} : { [`kubernetes.io/cluster/${clusterTagFor}`]: "owned" };
    return { ...specTags, ...((extra as Record<string, string> | undefined) ?? {}), ...own, ...clusterTag };
  }
  const parts: unknown[] = [...(Object.keys(specTags).length > 0 ? [specTags] : []), extra ?? {}, own];
  if (clusterTagFor !== undefined) parts.push(x.zipmap([x.format("kubernetes.io/cluster/%s", [clusterTagFor])], ["owned"]));
  return x.merge(parts);
}
