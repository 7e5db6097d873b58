// What an ingress rule open to the whole address space exposes, judged on its protocol and ports
// alone: the finding it raises, how severe, and which published controls flag the same thing.
import type { Cloud } from "../verify/model";
import { ICMP, ICMPV6, Selector, TCP, UDP, hasPorts } from "../verify/protocol";
import { EC2_18_AUTHORIZED_TCP, EC2_19_PORTS, HUAWEI_COMMON_PORTS } from "./controls";
import type { Severity } from "./severity";

export interface Exposure {
  /** The finding ID ("ssh-from-anywhere"); suppressions may name it. */
  readonly id: string;
  readonly severity: Severity;
  readonly controls: readonly string[];
  /** Risky services inside the rule's range: "SSH 22", "NodePort 30000-32767". */
  readonly includes: readonly string[];
}

const NODEPORTS: readonly [number, number] = [30000, 32767];
const CCE_API_SERVER = 5443;

export function classifyExposure(m: Selector, cloud: Cloud): Exposure {
  const all = m.protocol === "all";
  const tcp = (port: number) => all || (m.protocol === TCP && m.lo <= port && port <= m.hi);
  const wholePorts = all || (typeof m.protocol === "number" && hasPorts(m.protocol) && m.lo <= 1 && m.hi >= 65535);
  const nodePorts = all || ((m.protocol === TCP || m.protocol === UDP) && m.lo <= NODEPORTS[1] && m.hi >= NODEPORTS[0]);
  const highRisk = EC2_19_PORTS.filter(tcp);
  // Named only when the rule is wider than the service, else the traffic label says it already.
  const wider = (lo: number, hi: number) => all || m.lo < lo || m.hi > hi;
  const includes = [
    ...(tcp(22) && wider(22, 22) ? ["SSH 22"] : []),
    ...(tcp(3389) && wider(3389, 3389) ? ["RDP 3389"] : []),
    ...(tcp(CCE_API_SERVER) && wider(CCE_API_SERVER, CCE_API_SERVER) ? [`kube-apiserver ${CCE_API_SERVER}`] : []),
    ...(nodePorts && wider(NODEPORTS[0], NODEPORTS[1]) ? [`NodePort ${NODEPORTS.join("-")}`] : []),
    ...(tcp(80) && wider(80, 80) ? ["HTTP 80"] : []),
    ...highRisk.filter((p) => p !== 22 && p !== 3389 && wider(p, p)).map((p) => `high-risk TCP ${p}`),
  ];
  return { ...primary(m, { wholePorts, tcp, nodePorts, highRisk }), controls: controlsOf(m, cloud, { wholePorts, tcp, highRisk }), includes };
}

interface Facts {
  readonly wholePorts: boolean;
  readonly tcp: (port: number) => boolean;
  readonly nodePorts: boolean;
  readonly highRisk: readonly number[];
}

function primary(m: Selector, f: Facts): { id: string; severity: Severity } {
  if (f.wholePorts) return { id: "all-ports-from-anywhere", severity: "critical" };
  if (f.tcp(22)) return { id: "ssh-from-anywhere", severity: "high" };
  if (f.tcp(3389)) return { id: "rdp-from-anywhere", severity: "high" };
  if (f.highRisk.length) return { id: "high-risk-port-from-anywhere", severity: "high" };
  if (f.tcp(CCE_API_SERVER)) return { id: "kube-apiserver-from-anywhere", severity: "medium" };
  if (f.nodePorts) return { id: "nodeport-from-anywhere", severity: "medium" };
  if (f.tcp(80)) return { id: "http-from-anywhere", severity: "medium" };
  // ICMP from anywhere (ping, PMTUD) is common and low-risk; any other port or protocol is not.
  if (m.protocol === ICMP || m.protocol === ICMPV6) return { id: "icmp-from-anywhere", severity: "low" };
  return { id: "port-from-anywhere", severity: "medium" };
}

function controlsOf(m: Selector, cloud: Cloud, f: Pick<Facts, "wholePorts" | "tcp" | "highRisk">): string[] {
  if (cloud === "huawei") {
    return [
      ...(f.tcp(22) ? ["vpc-sg-restricted-ssh"] : []),
      ...(f.wholePorts ? ["vpc-sg-ports-check"] : []),
      ...(HUAWEI_COMMON_PORTS.some(f.tcp) ? ["vpc-sg-restricted-common-ports"] : []),
    ];
  }
  const all = m.protocol === "all";
  // EC2.18 judges TCP and UDP; with its default parameters only TCP 80 and 443 may be open.
  const unauthorized = all || m.protocol === UDP || (m.protocol === TCP && !(m.lo === m.hi && EC2_18_AUTHORIZED_TCP.includes(m.lo)));
  return [
    ...(f.tcp(22) ? ["EC2.13"] : []),
    ...(f.tcp(3389) ? ["EC2.14"] : []),
    ...(unauthorized ? ["EC2.18"] : []),
    ...(f.highRisk.length ? ["EC2.19"] : []),
    ...(f.tcp(22) ? ["CKV_AWS_24"] : []),
    ...(f.tcp(3389) ? ["CKV_AWS_25"] : []),
    ...(f.tcp(80) ? ["CKV_AWS_260"] : []),
    ...(all ? ["CKV_AWS_277"] : []),
  ];
}
