// Seed 000: "Cluster and Nodegroup's Security Group Control", a hardened tier design for EKS.
// Rows about the cluster, additional cluster and general node groups apply to the hardened
// profile; rows about application tiers apply whenever both tiers exist (on either cloud).
import { Port } from "../flows/port";
import { CatalogRow } from "./row";
import { BASTION, CACHE, CLUSTER, CONTROL_PLANE, DATABASE, LOAD_BALANCER, NODE, NODE_ADDON, NODE_APP, VPC_ENDPOINT } from "./groups";

const SEED = "000";
const HARDENED = { profiles: ["hardened"] } as const;

export const SEED_000: readonly CatalogRow[] = [
  // Cluster Security Group
  { id: "s000-cluster-in-self-all", cloud: "aws", seed: SEED, table: "Cluster Security Group / Inbound", row: "ALL ALL Cluster Security Group (MySelf) - ALL",
    group: CLUSTER, direction: "ingress", peer: "self", port: Port.allTraffic(), when: HARDENED,
    description: "Cluster Security Group (MySelf) - ALL", providedBy: "EKS default rule of the cluster security group" },
  { id: "s000-cluster-out-self-443", cloud: "aws", seed: SEED, table: "Cluster Security Group / Outbound", row: "TCP 443 Cluster Security Group (MySelf) - APIServer",
    group: CLUSTER, direction: "egress", peer: "self", port: Port.tcp(443), when: HARDENED,
    description: "Cluster Security Group (MySelf) - APIServer" },

  // Additional Cluster Security Group (the control-plane group)
  { id: "s000-cp-in-self-443", cloud: "aws", seed: SEED, table: "Additional Cluster Security Group / Inbound", row: "TCP 443 Additional Cluster Security Group (MySelf) - APIServer",
    group: CONTROL_PLANE, direction: "ingress", peer: "self", port: Port.tcp(443), when: HARDENED,
    description: "Additional Cluster Security Group (MySelf) - APIServer" },
  { id: "s000-cp-in-node-443", cloud: "aws", seed: SEED, table: "Additional Cluster Security Group / Inbound", row: "TCP 443 Nodegroup General Security Group - APIServer",
    group: CONTROL_PLANE, direction: "ingress", peer: NODE, port: Port.tcp(443), when: HARDENED,
    description: "Nodegroup General Security Group - APIServer" },
  { id: "s000-cp-in-bastion-api", cloud: "any", seed: SEED, table: "Additional Cluster Security Group / Inbound", row: "TCP 443 Bastion Instance Security Group - APIServer",
    group: CONTROL_PLANE, direction: "ingress", peer: BASTION, port: { ref: "api-server" },
    description: "Bastion Instance Security Group - APIServer" },
  { id: "s000-cp-out-node-1024", cloud: "aws", seed: SEED, table: "Additional Cluster Security Group / Outbound", row: "TCP 1024 - 65535 Nodegroup General Security Group - Controllers",
    group: CONTROL_PLANE, direction: "egress", peer: NODE, port: Port.tcpRange(1024, 65535), when: HARDENED,
    description: "Nodegroup General Security Group - Controllers" },

  // Nodegroup General Security Group
  { id: "s000-node-in-self-all", cloud: "aws", seed: SEED, table: "Nodegroup General Security Group / Inbound", row: "ALL ALL Nodegroup General Security Group (MySelf) - ALL",
    group: NODE, direction: "ingress", peer: "self", port: Port.allTraffic(), when: HARDENED,
    description: "Nodegroup General Security Group (MySelf) - ALL" },
  { id: "s000-node-in-cp-1024", cloud: "aws", seed: SEED, table: "Nodegroup General Security Group / Inbound", row: "TCP 1024 - 65535 Additional Cluster Security Group - Controllers",
    group: NODE, direction: "ingress", peer: CONTROL_PLANE, port: Port.tcpRange(1024, 65535), when: HARDENED,
    description: "Additional Cluster Security Group - Controllers" },
  { id: "s000-node-out-self-all", cloud: "aws", seed: SEED, table: "Nodegroup General Security Group / Outbound", row: "ALL ALL Nodegroup General Security Group (MySelf) - ALL",
    group: NODE, direction: "egress", peer: "self", port: Port.allTraffic(), when: HARDENED,
    description: "Nodegroup General Security Group (MySelf) - ALL" },
  { id: "s000-node-out-any-443", cloud: "aws", seed: SEED, table: "Nodegroup General Security Group / Outbound", row: "TCP 443 0.0.0.0/0 Images & AWS APIs - HTTPS",
    group: NODE, direction: "egress", peer: { cidr: "anywhere" }, port: Port.tcp(443), when: { egress: "restricted" },
    description: "Images & AWS APIs - HTTPS" },
  { id: "s000-node-out-any-80", cloud: "aws", seed: SEED, table: "Nodegroup General Security Group / Outbound", row: "TCP 80 0.0.0.0/0 Images & AWS APIs - HTTP",
    group: NODE, direction: "egress", peer: { cidr: "anywhere" }, port: Port.tcp(80), when: { egress: "restricted" },
    description: "Images & AWS APIs - HTTP" },

  // Nodegroup App Security Group (one per app tier)
  { id: "s000-app-in-lb-service", cloud: "any", seed: SEED, table: "Nodegroup App Security Group / Inbound", row: "TCP Service Port Elastic Load Balancer Security Group - Application Service",
    group: NODE_APP, direction: "ingress", peer: LOAD_BALANCER, port: { ref: "service" },
    description: "Elastic Load Balancer Security Group - Application Service" },
  { id: "s000-app-out-db", cloud: "any", seed: SEED, table: "Nodegroup App Security Group / Outbound", row: "TCP Database Port Database Security Group - Database",
    group: NODE_APP, direction: "egress", peer: DATABASE, port: { ref: "database" },
    description: "Database Security Group - Database" },
  { id: "s000-app-out-cache", cloud: "any", seed: SEED, table: "Nodegroup App Security Group / Outbound", row: "TCP Cache Port Cache Security Group - Cache",
    group: NODE_APP, direction: "egress", peer: CACHE, port: { ref: "cache" },
    description: "Cache Security Group - Cache" },

  // VPC Endpoint Security Group
  { id: "s000-vpce-in-addon-443", cloud: "any", seed: SEED, table: "VPC Endpoint Security Group / Inbound", row: "TCP 443 Nodegroup Add-on Security Group - AWS APIs",
    group: VPC_ENDPOINT, direction: "ingress", peer: NODE_ADDON, port: Port.tcp(443),
    description: "Nodegroup Add-on Security Group - AWS APIs" },
  { id: "s000-vpce-in-app-443", cloud: "any", seed: SEED, table: "VPC Endpoint Security Group / Inbound", row: "TCP 443 Nodegroup App Security Group - AWS APIs (If Application Needs AWS APIs)",
    group: VPC_ENDPOINT, direction: "ingress", peer: NODE_APP, port: Port.tcp(443), when: { appAwsApis: true },
    description: "Nodegroup App Security Group - AWS APIs" },
  { id: "s000-vpce-in-bastion-443", cloud: "any", seed: SEED, table: "VPC Endpoint Security Group / Inbound", row: "TCP 443 Bastion Instance Security Group - AWS APIs",
    group: VPC_ENDPOINT, direction: "ingress", peer: BASTION, port: Port.tcp(443),
    description: "Bastion Instance Security Group - AWS APIs" },

  // Elastic Load Balancer Security Group
  { id: "s000-lb-in-internet", cloud: "any", seed: SEED, table: "Elastic Load Balancer Security Group / Inbound", row: "TCP Listener Port 0.0.0.0/0 Fron Internet",
    group: LOAD_BALANCER, direction: "ingress", peer: { cidr: "anywhere" }, port: { ref: "listener" }, when: { lbSource: "internet" },
    description: "From Internet" },
  { id: "s000-lb-in-cloudfront", cloud: "any", seed: SEED, table: "Elastic Load Balancer Security Group / Inbound", row: "TCP Listener Port CloudFront MAnaged Prefix List - From CloudFront Only",
    group: LOAD_BALANCER, direction: "ingress", peer: { prefixList: "cloudfront" }, port: { ref: "listener" }, when: { lbSource: "cloudfront" },
    description: "From CloudFront Only" },
  { id: "s000-lb-out-app-service", cloud: "any", seed: SEED, table: "Elastic Load Balancer Security Group / Outbound", row: "TCP Service Port Nodegroup App Security Group - Application Service",
    group: LOAD_BALANCER, direction: "egress", peer: NODE_APP, port: { ref: "service" },
    description: "Nodegroup App Security Group - Application Service" },

  // Database and Cache Security Groups
  { id: "s000-db-in-app", cloud: "any", seed: SEED, table: "Database Security Group / Inbound", row: "TCP Database Port Nodegroup App Security Group - Database",
    group: DATABASE, direction: "ingress", peer: NODE_APP, port: { ref: "database" },
    description: "Nodegroup App Security Group - Database" },
  { id: "s000-cache-in-app", cloud: "any", seed: SEED, table: "Cache Security Group / Inbound", row: "TCP Cache Port Nodegroup App Security Group - Cache",
    group: CACHE, direction: "ingress", peer: NODE_APP, port: { ref: "cache" },
    description: "Nodegroup App Security Group - Cache" },
];
