// How a construct reads spec values that a generated module turns into variables. Stacks built
// from a spec pass nothing and get the literal values; module stacks pass their variables.
import { Fn, IResolvable, ListTerraformIterator, Token } from "cdktf";
import type { Endpoint } from "../flows/flow";
import type { Cluster } from "../spec/model";

/** What both clouds' constructs take. */
export interface SecurityGroupsProps {
  readonly cluster: Cluster;
  /** Extra tags, or a token for a whole tags map (a module variable). */
  readonly tags?: Record<string, string> | IResolvable;
  /** Defaults to the spec's cluster name; may be a token. */
  readonly clusterName?: string;
  /** Module mode: spec ports and CIDRs come from these variables. */
  readonly bound?: BoundValues;
}

/** A module stack's variables, as constructs need them. */
export interface BoundValues {
  /** The variable's value as a token (a scalar CIDR or port). */
  scalar(variable: string): string;
  /** An iterator over a list variable, for `for_each`. */
  iterate(variable: string): ListTerraformIterator;
}

/** A rule's peer CIDR: the iterator value, the scalar variable, or the literal. */
export function cidrValue(peer: Extract<Endpoint, { kind: "cidr" }>, bound: BoundValues | undefined, each?: ListTerraformIterator): string {
  if (each) return each.value as string;
  if (bound && peer.binding && !peer.binding.list) return bound.scalar(peer.binding.variable);
  return peer.cidr;
}

/**
 * Which attribute a CIDR goes in (cidr_ipv4 / cidr_ipv6, or Huawei's ethertype). A literal says so
 * itself; a variable in an IPv6 cluster may hold either family, so the choice is made in Terraform.
 */
export function cidrFamily(cidr: string, ipv6Cluster: boolean): { v4?: string; v6?: string; isV4: boolean | string } {
  if (!Token.isUnresolved(cidr)) return cidr.includes(":") ? { v6: cidr, isV4: false } : { v4: cidr, isV4: true };
  if (!ipv6Cluster) return { v4: cidr, isV4: true };
  const isV4 = Fn.can(Fn.cidrnetmask(cidr));
  return {
    v4: Token.asString(Fn.conditional(isV4, cidr, Token.nullValue())),
    v6: Token.asString(Fn.conditional(isV4, Token.nullValue(), cidr)),
    isV4: Token.asString(isV4),
  };
}
