// Every spec value a flow can carry into a rule, under the module variable name it becomes
// (see expand-row.ts and spec-flows.ts, which attach these names to ports and CIDRs).
import type { Cluster } from "../spec/model";
import { CACHE_PORTS, DATABASE_PORTS } from "../catalog/engines";
import { variableName } from "./flow";

export interface Setting {
  readonly variable: string;
  readonly kind: "cidr" | "cidr-list" | "port";
  readonly value: string | readonly string[] | number;
  readonly description: string;
}

export function bindableSettings(cluster: Cluster): Setting[] {
  const n = cluster.network;
  const out: Setting[] = [
    { variable: "vpc_cidrs", kind: "cidr-list", value: n.vpcCidrs, description: "CIDR blocks of the cluster VPC" },
    ...(n.podCidr ? [{ variable: "pod_cidr", kind: "cidr", value: n.podCidr, description: "Container (pod) CIDR block" } as const] : []),
    ...(n.controlPlaneCidr ? [{ variable: "control_plane_cidr", kind: "cidr", value: n.controlPlaneCidr, description: "CIDR block of the control-plane (master) nodes" } as const] : []),
    { variable: "admin_cidrs", kind: "cidr-list", value: n.adminCidrs, description: "Operator networks allowed to reach nodes over SSH" },
    { variable: "subnet_dns_servers", kind: "cidr-list", value: cluster.huawei?.subnetDnsServers ?? [], description: "DNS servers of the node subnet (/32 blocks)" },
  ];
  const ports = (values: readonly number[], description: string, ...name: string[]) =>
    values.forEach((value, i) =>
      out.push({ variable: variableName(...name, ...(values.length > 1 ? [String(i + 1)] : [])), kind: "port", value, description }),
    );
  for (const t of cluster.tiers) {
    switch (t.kind) {
      case "app":
        ports(t.servicePorts, `Service port of the ${t.name} tier`, t.name, "service_port");
        if (t.healthCheckPort !== undefined) ports([t.healthCheckPort], `Health-check port of the ${t.name} tier`, t.name, "health_check_port");
        break;
      case "database":
        ports([t.port ?? DATABASE_PORTS[t.engine!]], `Port of the ${t.name} database${t.engine ? ` (${t.engine})` : ""}`, t.name, "port");
        break;
      case "cache":
        ports([t.port ?? CACHE_PORTS[t.engine!]], `Port of the ${t.name} cache${t.engine ? ` (${t.engine})` : ""}`, t.name, "port");
        break;
      case "load-balancer":
        ports(t.listenerPorts, `Listener port of the ${t.name} load balancer`, t.name, "listener_port");
        out.push({ variable: variableName(t.name, "source_cidrs"), kind: "cidr-list", value: t.sources.cidrs, description: `Client CIDR blocks allowed to reach the ${t.name} load balancer` });
        break;
      case "bastion":
        out.push({ variable: variableName(t.name, "ssh_cidrs"), kind: "cidr-list", value: t.sshFrom, description: `CIDR blocks allowed to SSH to the ${t.name} bastion` });
        break;
    }
  }
  ports(cluster.addons.admissionWebhookPorts, "Admission webhook port the control plane calls on nodes", "admission_webhook_port");
  return out;
}
