// Flows that come from explicit spec settings rather than seed rows: who may SSH to the bastion,
// load balancer source CIDRs, admission webhook ports, and the user's extra rules.
import type { Cluster } from "../spec/model";
import type { Endpoint, Flow } from "./flow";
import { Port } from "./port";
import { Binding, variableName } from "./flow";
import { Context, boundPorts } from "./expand-row";
import { Group, groupsForRole } from "./target";

export function specFlows(ctx: Context): Flow[] {
  const { cluster } = ctx;
  const flows: Flow[] = [];
  const group = (tier: string): Group | undefined => ctx.groups.find((g) => g.tier === tier);
  const add = (from: Endpoint, to: Endpoint | undefined, port: Port, description: string, spec: string, portBinding?: Binding) => {
    if (to) flows.push({ from, to, port, portBinding, description: { ingress: description, egress: description }, sources: [{ spec }] });
  };
  const cidr = (c: string, variable?: string): Endpoint => ({
    kind: "cidr", cidr: c, label: c, ...(variable ? { binding: { variable, list: true } } : {}),
  });

  cluster.tiers.forEach((t, j) => {
    const at = `${cluster.specPath}.tiers[${j}]`;
    if (t.kind === "bastion") {
      const ssh = variableName(t.name, "ssh_cidrs");
      t.sshFrom.forEach((c, k) => add(cidr(c, ssh), group(t.name), Port.tcp(22), "Operators - SSH to bastion", `${at}.sshFrom[${k}]`));
    }
    if (t.kind === "load-balancer") {
      const sources = variableName(t.name, "source_cidrs");
      t.sources.cidrs.forEach((c, k) =>
        boundPorts(t.listenerPorts, t.name, "listener_port").forEach(({ port, binding }) =>
          add(cidr(c, sources), group(t.name), port, "Allowed clients - listener", `${at}.sources.cidrs[${k}]`, binding),
        ),
      );
    }
  });

  const controlPlane = groupsForRole(ctx.groups, "control-plane")[0];
  boundPorts(cluster.addons.admissionWebhookPorts, "admission_webhook_port").forEach(({ port, binding }, k) =>
    add(controlPlane, group("node"), port, "Control plane - admission webhook", `${cluster.specPath}.addons.admissionWebhookPorts[${k}]`, binding),
  );

  cluster.rules.forEach((r, j) => {
    const at = `${cluster.specPath}.rules[${j}]`;
    const from: Endpoint | undefined = "cidr" in r.from ? cidr(r.from.cidr) : group(r.from.tier);
    if (!from) return; // a platform group this target does not have (e.g. cluster on CCE)
    // `to: {cidr}`: an egress flow from the tier to hosts outside the cluster.
    const to: Endpoint | undefined = "cidr" in r.to ? cidr(r.to.cidr) : group(r.to.tier);
    for (const port of rulePorts(r)) add(from, to, port, r.description, at);
  });
  return flows;
}

function rulePorts(r: Cluster["rules"][number]): Port[] {
  if (r.protocol === "all") return [Port.allTraffic()];
  if (r.protocol === "icmp") return [Port.allIcmp()];
  return (r.ports ?? []).map((p) => {
    const [from, to] = typeof p === "number" ? [p, p] : p.split("-").map(Number);
    return r.protocol === "tcp" ? Port.tcpRange(from, to) : Port.udpRange(from, to);
  });
}
