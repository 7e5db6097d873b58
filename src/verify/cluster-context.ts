// What the spec tells the checker about one cluster on one target: the stack's name, where each
// group's members take their addresses from, which networks are the cluster's own (everything
// else is "the internet"), and how flow endpoints become checker endpoints.
import type { IpFamily } from "../net/cidr";
import type { Endpoint as FlowEndpoint } from "../flows/flow";
import { Target, groupsOf, targetName } from "../flows/target";
import { type Cluster, cceCidr, networkCidrs } from "../spec/model";
import { Endpoint, Endpoints } from "./endpoint";
import type { LoadOptions } from "./load-stack";

export function stackName(cluster: Cluster, target: Target): string {
  return `${cluster.name}-${targetName(target)}`;
}

/** The stacks synth writes for a cluster, in synth's order. */
export function targetsOf(cluster: Cluster): Target[] {
  return [
    ...(cluster.aws ? [{ cloud: "aws" } as const] : []),
    ...(cluster.huawei?.networkModels ?? []).map((model) => ({ cloud: "huawei", model }) as const),
  ];
}

/**
 * Every group sits in the VPC (the AWS VPC CNI gives pods VPC addresses too), except CCE's master
 * group (the control-plane CIDR) and Turbo's ENI group (the container CIDR).
 */
export function groupAddressesOf(cluster: Cluster, target: Target): Record<string, string[]> {
  const n = cluster.network;
  return Object.fromEntries(
    groupsOf(cluster, target).map((g) => {
      if (target.cloud === "huawei" && g.role === "control-plane") return [g.tier, [cceCidr(cluster, "controlPlaneCidr")]];
      if (g.role === "eni") return [g.tier, [cceCidr(cluster, "podCidr")]];
      return [g.tier, [...n.vpcCidrs]];
    }),
  );
}

/**
 * Where each interface's members take their addresses from: CCE's masters from the control-plane
 * CIDR, Turbo pods from the container CIDR, everything else (node pools, EKS pods with the VPC CNI,
 * Fargate, the tiers' instances) from the VPC.
 */
export function interfaceAddressesOf(cluster: Cluster, target: Target): (id: string) => string[] {
  const n = cluster.network;
  return (id) => {
    if (target.cloud === "huawei" && id === "control-plane") return [cceCidr(cluster, "controlPlaneCidr")];
    if (target.cloud === "huawei" && id.startsWith("pods:")) return [cceCidr(cluster, "podCidr")];
    return [...n.vpcCidrs];
  };
}

export function loadOptionsOf(cluster: Cluster, target: Target): LoadOptions {
  const clusterSg = cluster.aws?.clusterSecurityGroupId;
  return {
    name: stackName(cluster, target),
    cluster,
    target,
    ipFamily: cluster.ipFamily,
    placement: groupAddressesOf(cluster, target),
    interfaceAddresses: interfaceAddressesOf(cluster, target),
    externalGroups: target.cloud === "aws" && clusterSg ? { [clusterSg]: { tier: "cluster", role: "cluster" } } : {},
  };
}

export function clusterNetworks(cluster: Cluster): string[] {
  return networkCidrs(cluster);
}

export function familiesOf(cluster: Cluster): IpFamily[] {
  return cluster.ipFamily === "ipv6" ? ["ipv4", "ipv6"] : ["ipv4"];
}

/** Hosts outside every network of the cluster. */
export function internetOf(cluster: Cluster): Endpoint {
  return Endpoints.internet(clusterNetworks(cluster), familiesOf(cluster));
}

export function endpointOfFlow(e: FlowEndpoint): Endpoint {
  switch (e.kind) {
    case "group":
      return Endpoints.group(e.tier);
    case "cidr":
      return Endpoints.cidr(e.cidr, e.label === e.cidr ? undefined : `${e.label} ${e.cidr}`);
    case "prefix-list":
      return Endpoints.prefixList(e.name);
  }
}

export function endpointLabel(e: Endpoint): string {
  if ("interface" in e) return e.interface;
  if ("group" in e) return e.group;
  if ("groups" in e) return e.groups.join("+");
  if ("prefixList" in e) return `prefix list ${e.prefixList}`;
  return e.label ?? e.cidrs.join(", ");
}
