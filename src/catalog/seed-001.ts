// Seed 001: "Amazon EKS security group considerations" — minimum and recommended rows for the
// control plane (our additional cluster group) and worker node groups, and the cluster SG defaults.
import { Port } from "../flows/port";
import { CatalogRow } from "./row";
import { BASTION, CLUSTER, CONTROL_PLANE, NODE } from "./groups";

const SEED = "001";
const CP_TABLE = "Control Plane Security Group";
const NODE_TABLE = "Worker Node Security Group";
const MINIMUM_UP = { profiles: ["minimum", "recommended"] } as const;
const RECOMMENDED = { profiles: ["recommended"] } as const;

export const SEED_001: readonly CatalogRow[] = [
  { id: "s001-cluster-in-self-all", cloud: "aws", seed: SEED, table: "Cluster security group", row: "Recommended inbound traffic: All All Self",
    group: CLUSTER, direction: "ingress", peer: "self", port: Port.allTraffic(),
    description: "Cluster security group - ALL from itself", providedBy: "EKS default rule of the cluster security group" },
  { id: "s001-cluster-out-any-all", cloud: "aws", seed: SEED, table: "Cluster security group", row: "Recommended outbound traffic: All All 0.0.0.0/0",
    group: CLUSTER, direction: "egress", peer: { cidr: "anywhere" }, port: Port.allTraffic(),
    description: "Cluster security group - ALL outbound", providedBy: "EKS default rule of the cluster security group" },

  { id: "s001-cp-in-node-443", cloud: "aws", seed: SEED, table: CP_TABLE, row: "Minimum / Recommended inbound traffic: TCP 443 from all worker node security groups",
    group: CONTROL_PLANE, direction: "ingress", peer: NODE, port: Port.tcp(443), when: MINIMUM_UP,
    description: "Worker nodes - APIServer" },
  { id: "s001-cp-in-bastion-443", cloud: "aws", seed: SEED, table: CP_TABLE, row: "Inbound TCP 443 from security groups that generate API server client traffic (bastion) when private access is enabled",
    group: CONTROL_PLANE, direction: "ingress", peer: BASTION, port: Port.tcp(443),
    description: "API server clients (bastion) - APIServer" },
  { id: "s001-cp-out-node-10250", cloud: "aws", seed: SEED, table: CP_TABLE, row: "Minimum outbound traffic: TCP 10250 to all worker node security groups",
    group: CONTROL_PLANE, direction: "egress", peer: NODE, port: Port.tcp(10250), when: MINIMUM_UP,
    description: "Worker nodes - kubelet" },
  { id: "s001-cp-out-node-1025", cloud: "aws", seed: SEED, table: CP_TABLE, row: "Recommended outbound traffic: TCP 1025-65535 to all worker node security groups",
    group: CONTROL_PLANE, direction: "egress", peer: NODE, port: Port.tcpRange(1025, 65535), when: RECOMMENDED,
    description: "Worker nodes - controllers and extensions" },

  { id: "s001-node-in-node-all", cloud: "aws", seed: SEED, table: NODE_TABLE, row: "Minimum inbound traffic (from other worker nodes): any protocol and ports, from all worker node security groups",
    group: NODE, direction: "ingress", peer: "self", port: Port.allTraffic(), when: MINIMUM_UP,
    description: "Worker nodes - inter-node traffic" },
  { id: "s001-node-in-cp-10250", cloud: "aws", seed: SEED, table: NODE_TABLE, row: "Minimum inbound traffic (from control plane): TCP 10250 from the control plane security group",
    group: NODE, direction: "ingress", peer: CONTROL_PLANE, port: Port.tcp(10250), when: MINIMUM_UP,
    description: "Control plane - kubelet" },
  { id: "s001-node-in-cp-443", cloud: "aws", seed: SEED, table: NODE_TABLE, row: "Recommended inbound traffic: TCP 443 from the control plane security group",
    group: NODE, direction: "ingress", peer: CONTROL_PLANE, port: Port.tcp(443), when: RECOMMENDED,
    description: "Control plane - webhooks on 443" },
  { id: "s001-node-in-cp-1025", cloud: "aws", seed: SEED, table: NODE_TABLE, row: "Recommended inbound traffic: TCP 1025-65535 from the control plane security group",
    group: NODE, direction: "ingress", peer: CONTROL_PLANE, port: Port.tcpRange(1025, 65535), when: RECOMMENDED,
    description: "Control plane - controllers and extensions" },
  { id: "s001-node-in-node-443", cloud: "aws", seed: SEED, table: NODE_TABLE, row: "Recommended inbound traffic: TCP 443 from all worker node security groups",
    group: NODE, direction: "ingress", peer: "self", port: Port.tcp(443), when: RECOMMENDED,
    description: "Worker nodes - HTTPS" },
  { id: "s001-node-in-node-1025", cloud: "aws", seed: SEED, table: NODE_TABLE, row: "Recommended inbound traffic: TCP 1025-65535 from all worker node security groups",
    group: NODE, direction: "ingress", peer: "self", port: Port.tcpRange(1025, 65535), when: RECOMMENDED,
    description: "Worker nodes - high ports" },
  { id: "s001-node-out-cp-443", cloud: "aws", seed: SEED, table: NODE_TABLE, row: "Minimum outbound traffic: TCP 443 to the control plane security group",
    group: NODE, direction: "egress", peer: CONTROL_PLANE, port: Port.tcp(443), when: MINIMUM_UP,
    description: "Control plane - APIServer" },
  { id: "s001-node-out-any-all", cloud: "aws", seed: SEED, table: NODE_TABLE, row: "Recommended outbound traffic: All All 0.0.0.0/0",
    group: NODE, direction: "egress", peer: { cidr: "anywhere" }, port: Port.allTraffic(), when: { egress: "open" },
    description: "All outbound - images, EKS and AWS APIs" },
];
