// Amazon EKS User Guide, "Use a security group policy for an Amazon EKS Pod" (SecurityGroupPolicy),
// the IMPORTANT list of what the security groups given to pods must allow. They apply with
// aws.podSecurityGroups only, when each app tier's pods carry its group on their branch ENIs.
import { Port } from "../flows/port";
import type { CatalogRow, PeerRef, PortRef } from "./row";
import { CLUSTER, NODE, NODE_APP } from "./groups";

const SOURCE = "Amazon EKS User Guide";
const TABLE = "Use a security group policy for an Amazon EKS Pod / criteria for the pod security groups";
const WHEN = { podSecurityGroups: true } as const;
const PROBES = "They must allow inbound communication from the security group applied to your nodes (for kubelet) over any ports that you've configured probes for";
const DNS = "They must allow outbound communication over TCP and UDP ports 53 to a security group assigned to the Pods (or nodes that the Pods run on) running CoreDNS";
const COREDNS = "The security group for your CoreDNS Pods must allow inbound TCP and UDP port 53 traffic from the security group that you specify";

function row(id: string, text: string, group: CatalogRow["group"], direction: "ingress" | "egress", peer: PeerRef, port: PortRef, description: string): CatalogRow {
  return { id: `eks-sgp-${id}`, cloud: "aws", seed: SOURCE, table: TABLE, row: text, group, direction, peer, port, when: WHEN, description };
}

export const AWS_POD_SECURITY_GROUPS: readonly CatalogRow[] = [
  row("app-in-node-probe-service", PROBES, NODE_APP, "ingress", NODE, { ref: "service" }, "Node group - kubelet probes"),
  row("app-in-node-probe-health", PROBES, NODE_APP, "ingress", NODE, { ref: "health-check" }, "Node group - kubelet probes"),
  row("app-out-node-dns-tcp", DNS, NODE_APP, "egress", NODE, Port.tcp(53), "CoreDNS on the nodes - TCP"),
  row("app-out-node-dns-udp", DNS, NODE_APP, "egress", NODE, Port.udp(53), "CoreDNS on the nodes - UDP"),
  row("app-out-cluster-dns-tcp", DNS, NODE_APP, "egress", CLUSTER, Port.tcp(53), "CoreDNS on the cluster security group - TCP"),
  row("app-out-cluster-dns-udp", DNS, NODE_APP, "egress", CLUSTER, Port.udp(53), "CoreDNS on the cluster security group - UDP"),
  row("node-in-app-dns-tcp", COREDNS, NODE, "ingress", NODE_APP, Port.tcp(53), "App pods - DNS to CoreDNS - TCP"),
  row("node-in-app-dns-udp", COREDNS, NODE, "ingress", NODE_APP, Port.udp(53), "App pods - DNS to CoreDNS - UDP"),
  row("cluster-in-app-dns-tcp", COREDNS, CLUSTER, "ingress", NODE_APP, Port.tcp(53), "App pods - DNS to CoreDNS - TCP"),
  row("cluster-in-app-dns-udp", COREDNS, CLUSTER, "ingress", NODE_APP, Port.udp(53), "App pods - DNS to CoreDNS - UDP"),
];
