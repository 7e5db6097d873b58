// Required flows: every flow the flows stage says a cluster needs on a target must pass in the
// synthesized stack, cloud defaults included (the EKS cluster SG's own rules, CCE's groups). A flow
// names groups; traffic runs between interfaces, so a flow from group X to group Y is checked from
// every interface carrying X to every interface carrying Y (app-tier pods -> the database, the
// control plane -> every node pool on 10250). A group no interface carries is judged as a lone
// group and fails the placement check (verify-stacks).
import type { IpFamily } from "../net/cidr";
import { buildFlows } from "../flows/build";
import { Endpoint as FlowEndpoint, Flow, sourceLabel } from "../flows/flow";
import type { Target } from "../flows/target";
import type { Cluster } from "../spec/model";
import type { Check } from "./check";
import { endpointOfFlow, familiesOf } from "./cluster-context";
import { Endpoint, Endpoints } from "./endpoint";
import type { SgStack } from "./model";
import { InterfaceIndex } from "./interface-index";
import { placementOf } from "../placement";

export function requiredChecks(cluster: Cluster, target: Target, stack: SgStack): Check[] {
  return interfaceFlows(cluster, target, stack).flatMap(({ flow, from, to }) => {
    const because = [...flow.sources.map(sourceLabel), ...(flow.providedBy ? [`provided by the cloud: ${flow.providedBy}`] : [])];
    return flowFamilies(flow, cluster).map(
      (family): Check => ({ suite: "required", name: "required", from, to, port: flow.port, family, expect: "allowed", because, flow: flowLabel(flow) }),
    );
  });
}

/** A flow of the flows stage on one pair of ends: interfaces where its groups are carried. */
export interface InterfaceFlow {
  readonly flow: Flow;
  readonly from: Endpoint;
  readonly to: Endpoint;
}

export function interfaceFlows(cluster: Cluster, target: Target, stack: SgStack): InterfaceFlow[] {
  const carriers = carriersOf(cluster, target, stack);
  return buildFlows(cluster, target).flows.flatMap((flow) =>
    endsOf(flow.from, carriers).flatMap((from) => endsOf(flow.to, carriers).map((to) => ({ flow, from, to }))),
  );
}

/**
 * The interfaces of the stack that carry a group, or that the spec's placement says should: pods
 * that lost their tier's group are still asked to reach the tier's database, and fail.
 */
function carriersOf(cluster: Cluster, target: Target, stack: SgStack): (tier: string) => string[] {
  const index = new InterfaceIndex(stack);
  const present = new Set(stack.interfaces.map((i) => i.id));
  const order = new Map(stack.interfaces.map((i, n) => [i.id, n]));
  const modelled = placementOf(cluster, target).interfaces.filter((i) => present.has(i.id));
  return (tier) => {
    const ids = new Set([...index.carrying(tier).map((i) => i.id), ...modelled.filter((i) => i.groups.includes(tier)).map((i) => i.id)]);
    return [...ids].sort((a, b) => order.get(a)! - order.get(b)!);
  };
}

/** A group end is every interface carrying it; anything else stays as it is. */
function endsOf(e: FlowEndpoint, carriers: (tier: string) => string[]): Endpoint[] {
  if (e.kind !== "group") return [endpointOfFlow(e)];
  const ids = carriers(e.tier);
  return ids.length ? ids.map((id) => Endpoints.iface(id)) : [endpointOfFlow(e)];
}

function flowLabel(flow: Flow): string {
  const end = (e: FlowEndpoint) => (e.kind === "group" ? e.tier : e.kind === "cidr" ? e.cidr : `prefix list ${e.name}`);
  return `${end(flow.from)} -> ${end(flow.to)}`;
}

/**
 * A CIDR end fixes the family. Group-to-group flows are checked in every family of the cluster,
 * except ICMP: Port models ICMPv4 only (an IPv6 PMTUD rule would be ICMPv6 type 2).
 */
function flowFamilies(flow: Flow, cluster: Cluster): IpFamily[] {
  const cidr = [flow.from, flow.to].find((e) => e.kind === "cidr");
  if (cidr?.kind === "cidr") return [cidr.cidr.includes(":") ? "ipv6" : "ipv4"];
  if ([flow.from, flow.to].some((e) => e.kind === "prefix-list") || flow.port.protocol === "icmp") return ["ipv4"];
  return familiesOf(cluster);
}
