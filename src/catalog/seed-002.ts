// Seed 002: "Amazon EKS Security Group Setup" — the add-on and load balancer target rows
// (Knative, Istio, ALB/NLB target groups) and the PMTUD ICMP rule.
import { Port } from "../flows/port";
import { CatalogRow } from "./row";
import { CONTROL_PLANE, LOAD_BALANCER, NODE, NODE_APP } from "./groups";

const SEED = "002";
const CP_TABLE = "Additional cluster security group";
const NODE_TABLE = "Worker node security group";

export const SEED_002: readonly CatalogRow[] = [
  { id: "s002-cp-out-node-8443", cloud: "aws", seed: SEED, table: CP_TABLE, row: "Outbound TCP 8443 Worker node SG - Knative web hook",
    group: CONTROL_PLANE, direction: "egress", peer: NODE, port: Port.tcp(8443), when: { addon: "knative" },
    description: "Worker nodes - Knative webhook" },
  { id: "s002-node-in-cp-8443", cloud: "aws", seed: SEED, table: NODE_TABLE, row: "Inbound TCP 8443 Additional cluster SG - Knative web hook",
    group: NODE, direction: "ingress", peer: CONTROL_PLANE, port: Port.tcp(8443), when: { addon: "knative" },
    description: "Control plane - Knative webhook" },
  { id: "s002-node-in-cp-443-istio", cloud: "aws", seed: SEED, table: NODE_TABLE, row: "Inbound TCP 443 Additional cluster SG - Known requirements: Istio",
    group: NODE, direction: "ingress", peer: CONTROL_PLANE, port: Port.tcp(443), when: { addon: "istio" },
    description: "Control plane - Istio webhooks service port" },
  { id: "s002-node-in-cp-15017-istio", cloud: "aws", seed: SEED, table: "Ports used by the Istio control plane (istiod)", row: "15017 HTTPS Webhook container port, forwarded from 443",
    group: NODE, direction: "ingress", peer: CONTROL_PLANE, port: Port.tcp(15017), when: { addon: "istio" },
    description: "Control plane - istiod webhook container port" },
  { id: "s002-node-in-self-pmtud", cloud: "aws", seed: SEED, table: NODE_TABLE, row: "Inbound ICMP (for IPv4) Destination Unreachable fragmentation required, and DF flag set - Self - Recommended rule",
    group: NODE, direction: "ingress", peer: "self", port: Port.icmp(3, 4), when: { profiles: ["recommended", "hardened"] },
    description: "Path MTU discovery - ICMP fragmentation needed" },
  { id: "s002-app-in-alb-listener", cloud: "any", seed: SEED, table: NODE_TABLE, row: "Inbound TCP Instance listener ALB SG - ALB and TG required rule",
    group: NODE_APP, direction: "ingress", peer: LOAD_BALANCER, port: { ref: "service" }, when: { lbType: "alb" },
    description: "ALB - target group instance listener" },
  { id: "s002-app-in-alb-health", cloud: "any", seed: SEED, table: NODE_TABLE, row: "Inbound TCP Health check ALB SG - ALB and TG required rule",
    group: NODE_APP, direction: "ingress", peer: LOAD_BALANCER, port: { ref: "health-check" }, when: { lbType: "alb" },
    description: "ALB - target group health check" },
  { id: "s002-app-in-nlb-listener", cloud: "any", seed: SEED, table: NODE_TABLE, row: "Inbound TCP Instance listener and health check NLB SG - NLB and TG required rule",
    group: NODE_APP, direction: "ingress", peer: LOAD_BALANCER, port: { ref: "service" }, when: { lbType: "nlb" },
    description: "NLB - target group instance listener" },
  { id: "s002-app-in-nlb-health", cloud: "any", seed: SEED, table: NODE_TABLE, row: "Inbound TCP Instance listener and health check NLB SG - NLB and TG required rule",
    group: NODE_APP, direction: "ingress", peer: LOAD_BALANCER, port: { ref: "health-check" }, when: { lbType: "nlb" },
    description: "NLB - target group health check" },
  { id: "s002-node-in-self-all", cloud: "aws", seed: SEED, table: NODE_TABLE, row: "Inbound All All Self - Minimum rule",
    group: NODE, direction: "ingress", peer: "self", port: Port.allTraffic(), when: { profiles: ["minimum", "recommended"] },
    description: "Worker nodes - inter-node traffic" },
  { id: "s002-node-in-cp-10250", cloud: "aws", seed: SEED, table: NODE_TABLE, row: "Inbound TCP 10250 Additional cluster SG - Minimum rule",
    group: NODE, direction: "ingress", peer: CONTROL_PLANE, port: Port.tcp(10250), when: { profiles: ["minimum", "recommended"] },
    description: "Control plane - kubelet" },
  { id: "s002-cp-in-node-443", cloud: "aws", seed: SEED, table: CP_TABLE, row: "Inbound TCP 443 Worker node SG - Minimum rule",
    group: CONTROL_PLANE, direction: "ingress", peer: NODE, port: Port.tcp(443), when: { profiles: ["minimum", "recommended"] },
    description: "Worker nodes - APIServer" },
  { id: "s002-cp-out-node-10250", cloud: "aws", seed: SEED, table: CP_TABLE, row: "Outbound TCP 10250 Worker node SG - Minimum rule",
    group: CONTROL_PLANE, direction: "egress", peer: NODE, port: Port.tcp(10250), when: { profiles: ["minimum", "recommended"] },
    description: "Worker nodes - kubelet" },
  { id: "s002-node-out-any-all", cloud: "aws", seed: SEED, table: NODE_TABLE, row: "Outbound All All - Default rule",
    group: NODE, direction: "egress", peer: { cidr: "anywhere" }, port: Port.allTraffic(), when: { egress: "open" },
    description: "All outbound - images, EKS and AWS APIs" },
];
