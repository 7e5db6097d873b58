// Seed 004: "How Can I Configure a Security Group Rule for a Cluster?" — CCE's default groups per
// network model (Tables 1-7) and "Hardening Outbound Rules". Rows CCE marks "Modification
// recommended" (SSH 22, 5443 from 0.0.0.0/0) and the NodePort rows ("made if necessary") come in
// two forms: exactly as CCE creates them (huawei profile cce-default) and narrowed to the CIDRs
// the seed's own suggestion names (profile narrowed, the default). CCE creates the master and ENI
// groups (Tables 2, 4, 6, 7) itself: their rows are modelled as the cloud's, and 5443 from
// 0.0.0.0/0 stays open on the master group in both profiles until an operator removes it.
import { Port } from "../flows/port";
import type { CatalogRow, PeerRef, PortRef, When } from "./row";
import { CONTROL_PLANE, ENI, NODE } from "./groups";

type Model = "vpc" | "tunnel" | "turbo";
type Dir = "ingress" | "egress";

const TABLE: Record<string, string> = {
  t1: "Table 1 VPC model worker node security group",
  t2: "Table 2 VPC model master node security group",
  t3: "Table 3 tunnel model worker node security group",
  t4: "Table 4 tunnel model master node security group",
  t5: "Table 5 Cloud Native 2.0 (Turbo) worker node security group",
  t6: "Table 6 Cloud Native 2.0 (Turbo) master node security group",
  t7: "Table 7 Cloud Native 2.0 (Turbo) ENI security group",
  hardening: "Hardening Outbound Rules",
};
const MODEL_OF: Record<string, Model[]> = {
  t1: ["vpc"], t2: ["vpc"], t3: ["tunnel"], t4: ["tunnel"], t5: ["turbo"], t6: ["turbo"], t7: ["turbo"],
  hardening: ["vpc", "tunnel", "turbo"],
};

const VPC: PeerRef = { cidr: "vpc" };
const PODS: PeerRef = { cidr: "pod" };
const MASTER_CIDR: PeerRef = { cidr: "control-plane" };
const ANYWHERE: PeerRef = { cidr: "anywhere" };
const ADMIN: PeerRef = { cidr: "admin" };
const CCE_DEFAULT = { huaweiProfile: "cce-default" } as const;
const NARROWED = { huaweiProfile: "narrowed" } as const;
const RESTRICTED = { egress: "restricted" } as const;
const OPEN = { egress: "open" } as const;
/**
 * Profile hardened follows seed 000's hardened design: node groups admit no SSH at all (no node
 * row has port 22); SSH enters only at the bastion (its sshFrom), which reaches the cluster through
 * kube-apiserver ("Bastion Instance Security Group - APIServer"). So CCE's node SSH row is left out.
 */
const NODE_SSH_PROFILES = ["minimum", "recommended"] as const;

/**
 * CCE creates the master group and the Turbo ENI group itself, with these rows as their rules: we
 * reference the groups and model the rows, never render them. Narrowed rows are ours, not CCE's.
 */
const CREATED_BY_CCE: Partial<Record<string, string>> = {
  "control-plane": "CCE default rule of the master node security group",
  eni: "CCE default rule of the ENI security group",
};

function cce(
  id: string, table: keyof typeof TABLE, row: string, group: CatalogRow["group"], direction: Dir,
  peer: PeerRef, port: PortRef, description: string, when: When = {},
): CatalogRow {
  const providedBy = when.huaweiProfile === "narrowed" ? undefined : CREATED_BY_CCE[group.role];
  return {
    id: `s004-${table}-${id}`, cloud: "huawei", seed: "004", table: TABLE[table], row,
    group, direction, peer, port, description, when: { networkModels: when.networkModels ?? MODEL_OF[table], ...when },
    ...(providedBy ? { providedBy } : {}),
  };
}

/** The worker-node rows Tables 1, 3 and 5 share: NodePort, SSH, self, all egress. */
function workerCommon(t: "t1" | "t3" | "t5"): CatalogRow[] {
  return [
    cce("in-nodeport-tcp-any", t, "TCP port range 30000 to 32767 from All IP addresses (0.0.0.0/0) - NodePort Services", NODE, "ingress", ANYWHERE, Port.tcpRange(30000, 32767), "NodePort Services - TCP", CCE_DEFAULT),
    cce("in-nodeport-udp-any", t, "UDP port range 30000 to 32767 from All IP addresses (0.0.0.0/0) - NodePort Services", NODE, "ingress", ANYWHERE, Port.udpRange(30000, 32767), "NodePort Services - UDP", CCE_DEFAULT),
    cce("in-nodeport-tcp-vpc", t, "TCP 30000-32767 narrowed to the VPC CIDR (suggestion: VPC, load balancer and container CIDRs)", NODE, "ingress", VPC, Port.tcpRange(30000, 32767), "NodePort Services from the VPC and load balancers - TCP", NARROWED),
    cce("in-nodeport-udp-vpc", t, "UDP 30000-32767 narrowed to the VPC CIDR (suggestion: VPC, load balancer and container CIDRs)", NODE, "ingress", VPC, Port.udpRange(30000, 32767), "NodePort Services from the VPC and load balancers - UDP", NARROWED),
    cce("in-nodeport-tcp-pods", t, "TCP 30000-32767 narrowed to the container CIDR (suggestion: VPC, load balancer and container CIDRs)", NODE, "ingress", PODS, Port.tcpRange(30000, 32767), "NodePort Services from containers - TCP", NARROWED),
    cce("in-nodeport-udp-pods", t, "UDP 30000-32767 narrowed to the container CIDR (suggestion: VPC, load balancer and container CIDRs)", NODE, "ingress", PODS, Port.udpRange(30000, 32767), "NodePort Services from containers - UDP", NARROWED),
    cce("in-ssh-any", t, "TCP port 22 from All IP addresses (0.0.0.0/0) - SSH access to Linux ECSs (Modification recommended)", NODE, "ingress", ANYWHERE, Port.tcp(22), "SSH access to Linux ECSs", { ...CCE_DEFAULT, profiles: NODE_SSH_PROFILES }),
    cce("in-ssh-admin", t, "TCP port 22 narrowed to fixed IP ranges (suggestion: allow access only from fixed IP addresses)", NODE, "ingress", ADMIN, Port.tcp(22), "SSH access from admin networks", { ...NARROWED, profiles: NODE_SSH_PROFILES }),
    cce("in-self-all", t, "All from Worker node security group - access between pods in the worker node security group", NODE, "ingress", "self", Port.allTraffic(), "Worker node security group - ALL"),
    cce("out-any-all", t, "Outbound All to All IP addresses (0.0.0.0/0)", NODE, "egress", ANYWHERE, Port.allTraffic(), "All outbound traffic", OPEN),
  ];
}

/** The master rows Tables 2, 4 and 6 share. */
function masterCommon(t: "t2" | "t4" | "t6"): CatalogRow[] {
  return [
    cce("in-5444-vpc", t, "TCP port 5444 from VPC CIDR block - kube-apiserver lifecycle management", CONTROL_PLANE, "ingress", VPC, Port.tcp(5444), "kube-apiserver lifecycle management from the VPC"),
    cce("in-9443-vpc", t, "TCP port 9443 from VPC CIDR block - network add-on of the worker nodes", CONTROL_PLANE, "ingress", VPC, Port.tcp(9443), "Network add-on of the worker nodes"),
    // CCE creates this rule whatever our profile: the narrowed rows below cannot take it away (README).
    cce("in-5443-any", t, "TCP port 5443 from All IP addresses (0.0.0.0/0) - kube-apiserver (Modification recommended)", CONTROL_PLANE, "ingress", ANYWHERE, Port.tcp(5443), "kube-apiserver of the master nodes"),
    cce("in-5443-vpc", t, "TCP port 5443 narrowed to the VPC CIDR (suggestion: VPC, service mesh control plane and container CIDRs)", CONTROL_PLANE, "ingress", VPC, Port.tcp(5443), "kube-apiserver from the VPC", NARROWED),
    cce("in-5443-pods", t, "TCP port 5443 narrowed to the container CIDR (suggestion: VPC, service mesh control plane and container CIDRs)", CONTROL_PLANE, "ingress", PODS, Port.tcp(5443), "kube-apiserver from containers", NARROWED),
    cce("in-8445-vpc", t, "TCP port 8445 from VPC CIDR block - storage add-on of the worker nodes", CONTROL_PLANE, "ingress", VPC, Port.tcp(8445), "Storage add-on of the worker nodes"),
    cce("in-self-all", t, "All from Master node security group", CONTROL_PLANE, "ingress", "self", Port.allTraffic(), "Master node security group - ALL"),
    cce("out-any-all", t, "Outbound All to All IP addresses (0.0.0.0/0) - Modification not recommended", CONTROL_PLANE, "egress", ANYWHERE, Port.allTraffic(), "All outbound traffic"),
  ];
}

export const SEED_004: readonly CatalogRow[] = [
  // Table 1: VPC network model, worker nodes
  cce("in-udp-vpc", "t1", "All UDP ports from VPC CIDR block - between worker nodes and master nodes", NODE, "ingress", VPC, Port.allUdp(), "Worker and master nodes in the VPC - UDP"),
  cce("in-tcp-vpc", "t1", "All TCP ports from VPC CIDR block - between worker nodes and master nodes", NODE, "ingress", VPC, Port.allTcp(), "Worker and master nodes in the VPC - TCP"),
  cce("in-icmp-master", "t1", "All ICMP ports from Master node security group - masters access workers", NODE, "ingress", CONTROL_PLANE, Port.allIcmp(), "Master nodes - ICMP"),
  cce("in-all-pods", "t1", "All from Container CIDR block - containers access the nodes", NODE, "ingress", PODS, Port.allTraffic(), "Containers within the cluster"),
  ...workerCommon("t1"),
  // Table 2: VPC network model, master nodes
  cce("in-5444-pods", "t2", "TCP port 5444 from Container CIDR block - kube-apiserver lifecycle management", CONTROL_PLANE, "ingress", PODS, Port.tcp(5444), "kube-apiserver lifecycle management from containers"),
  ...masterCommon("t2"),
  // Table 3: tunnel network model, worker nodes
  cce("in-vxlan-any", "t3", "UDP port 4789 from All IP addresses (0.0.0.0/0) - access between containers", NODE, "ingress", ANYWHERE, Port.udp(4789), "VXLAN between containers"),
  cce("in-kubelet-master", "t3", "TCP port 10250 from Master node CIDR block - kubelet (kubectl exec)", NODE, "ingress", MASTER_CIDR, Port.tcp(10250), "Master nodes - kubelet"),
  ...workerCommon("t3"),
  // Table 4: tunnel network model, master nodes
  cce("in-vxlan-any", "t4", "UDP port 4789 from All IP addresses (0.0.0.0/0) - access between containers", CONTROL_PLANE, "ingress", ANYWHERE, Port.udp(4789), "VXLAN between containers"),
  cce("in-5444-pods", "t4", "TCP port 5444 from Container CIDR block - kube-apiserver lifecycle management", CONTROL_PLANE, "ingress", PODS, Port.tcp(5444), "kube-apiserver lifecycle management from containers"),
  ...masterCommon("t4"),
  // Table 5: Cloud Native 2.0 (Turbo), worker nodes
  cce("in-kubelet-master", "t5", "TCP port 10250 from Master node CIDR block - kubelet (kubectl exec)", NODE, "ingress", MASTER_CIDR, Port.tcp(10250), "Master nodes - kubelet"),
  cce("in-all-pods", "t5", "All from Container subnet CIDR block - containers access the nodes", NODE, "ingress", PODS, Port.allTraffic(), "Containers within the cluster"),
  ...workerCommon("t5"),
  // Table 6: Cloud Native 2.0 (Turbo), master nodes
  cce("in-5444-any", "t6", "TCP port 5444 from All IP addresses (0.0.0.0/0) - kube-apiserver lifecycle management (Modification not recommended)", CONTROL_PLANE, "ingress", ANYWHERE, Port.tcp(5444), "kube-apiserver lifecycle management"),
  cce("in-all-pods", "t6", "All from Container subnet CIDR block", CONTROL_PLANE, "ingress", PODS, Port.allTraffic(), "Containers within the cluster"),
  ...masterCommon("t6"),
  // Table 7: Cloud Native 2.0 (Turbo), ENI security group bound to containers
  cce("in-self-all", "t7", "All from ENI security group - containers access each other", ENI, "ingress", "self", Port.allTraffic(), "ENI security group - containers"),
  cce("in-all-vpc", "t7", "All from VPC CIDR block - instances in the cluster VPC access the containers", ENI, "ingress", VPC, Port.allTraffic(), "Instances in the cluster VPC"),
  cce("out-any-all", "t7", "Outbound All to All IP addresses (0.0.0.0/0)", ENI, "egress", ANYWHERE, Port.allTraffic(), "All outbound traffic"),
  // Hardening Outbound Rules: what worker nodes still need when egress is restricted
  cce("dns-tcp", "hardening", "TCP port 53 to DNS server of the subnet", NODE, "egress", { cidr: "dns-servers" }, Port.tcp(53), "Domain name resolution - TCP", RESTRICTED),
  cce("dns-udp", "hardening", "UDP port 53 to DNS server of the subnet", NODE, "egress", { cidr: "dns-servers" }, Port.udp(53), "Domain name resolution - UDP", RESTRICTED),
  cce("coredns-tcp", "hardening", "TCP port 5353 to Container CIDR block - CoreDNS", NODE, "egress", PODS, Port.tcp(5353), "CoreDNS domain name resolution - TCP", RESTRICTED),
  cce("coredns-udp", "hardening", "UDP port 5353 to Container CIDR block - CoreDNS", NODE, "egress", PODS, Port.udp(5353), "CoreDNS domain name resolution - UDP", RESTRICTED),
  cce("vxlan", "hardening", "UDP port 4789 to All IP addresses (required only by clusters that use the tunnel networks)", NODE, "egress", ANYWHERE, Port.udp(4789), "VXLAN between containers", { ...RESTRICTED, networkModels: ["tunnel"] }),
  cce("apiserver-5443", "hardening", "TCP port 5443 to Master node CIDR block - kube-apiserver", NODE, "egress", MASTER_CIDR, Port.tcp(5443), "kube-apiserver of the master nodes", RESTRICTED),
  cce("apiserver-5444-vpc", "hardening", "TCP port 5444 to CIDR blocks of the VPC and containers", NODE, "egress", VPC, Port.tcp(5444), "kube-apiserver lifecycle management - VPC", RESTRICTED),
  cce("apiserver-5444-pods", "hardening", "TCP port 5444 to CIDR blocks of the VPC and containers", NODE, "egress", PODS, Port.tcp(5444), "kube-apiserver lifecycle management - containers", RESTRICTED),
  cce("master-6443", "hardening", "TCP port 6443 to Master node CIDR block", NODE, "egress", MASTER_CIDR, Port.tcp(6443), "Master nodes - 6443", RESTRICTED),
  cce("storage-8445", "hardening", "TCP port 8445 to VPC CIDR block - storage add-on", NODE, "egress", VPC, Port.tcp(8445), "Storage add-on of the worker nodes", RESTRICTED),
  cce("network-9443", "hardening", "TCP port 9443 to VPC CIDR block - network add-on", NODE, "egress", VPC, Port.tcp(9443), "Network add-on of the worker nodes", RESTRICTED),
  cce("vpcep-all", "hardening", "All ports to 198.19.128.0/17 - VPC Endpoint (VPCEP)", NODE, "egress", { cidr: { literal: "198.19.128.0/17" } }, Port.allTraffic(), "VPC Endpoint (VPCEP)", RESTRICTED),
  cce("ntp-123", "hardening", "UDP port 123 to 100.125.0.0/16 - internal NTP server", NODE, "egress", { cidr: { literal: "100.125.0.0/16" } }, Port.udp(123), "Internal NTP server", RESTRICTED),
  cce("obs-443", "hardening", "TCP port 443 to 100.125.0.0/16 - OBS over internal networks", NODE, "egress", { cidr: { literal: "100.125.0.0/16" } }, Port.tcp(443), "OBS over internal networks - installation package", RESTRICTED),
  cce("report-6443", "hardening", "TCP port 6443 to 100.125.0.0/16 - report that worker nodes are installed", NODE, "egress", { cidr: { literal: "100.125.0.0/16" } }, Port.tcp(6443), "Report that worker nodes are installed", RESTRICTED),
];
