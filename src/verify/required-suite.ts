// Required flows: every flow the flows stage says a cluster needs on a target must pass in the
// synthesized stack, cloud defaults included (the EKS cluster SG's own rules).
import type { IpFamily } from "../net/cidr";
import { buildFlows } from "../flows/build";
import { Flow, sourceLabel } from "../flows/flow";
import type { Target } from "../flows/target";
import type { Cluster } from "../spec/model";
import type { Check } from "./check";
import { endpointOfFlow, familiesOf } from "./cluster-context";

export function requiredChecks(cluster: Cluster, target: Target): Check[] {
  return buildFlows(cluster, target).flows.flatMap((flow) =>
    flowFamilies(flow, cluster).map(
      (family): Check => ({
        suite: "required",
        name: "required",
        from: endpointOfFlow(flow.from),
        to: endpointOfFlow(flow.to),
        port: flow.port,
        family,
        expect: "allowed",
        because: [...flow.sources.map(sourceLabel), ...(flow.providedBy ? [`provided by the cloud: ${flow.providedBy}`] : [])],
      }),
    ),
  );
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
