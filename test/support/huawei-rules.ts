// Reads huaweicloud security group rules back out of synthesized Terraform JSON, resolving group
// references to tier names, so tests can speak in tiers and ports.
import type { TfJson } from "./synth";

export interface HwRule {
  readonly name: string;
  readonly group: string;
  readonly direction: "ingress" | "egress";
  readonly ethertype: string;
  readonly protocol?: string;
  readonly ports?: string;
  /** "sg:<tier>" or "cidr:<block>" */
  readonly peer: string;
  readonly description: string;
}

const SG_REF = /^\$\{huaweicloud_networking_secgroup\.([A-Za-z0-9_-]+)\.id\}$/;
/** Groups CCE creates, referenced through the stack's variables. */
const CCE_CREATED: Record<string, string> = {
  "${var.control_plane_security_group_id}": "control-plane",
  "${var.eni_security_group_id}": "eni",
};

function tierOf(ref: unknown): string {
  if (CCE_CREATED[String(ref)]) return CCE_CREATED[String(ref)];
  const m = SG_REF.exec(String(ref));
  if (!m) throw new Error(`unexpected group reference ${String(ref)}`);
  return m[1];
}

export function hwGroups(tf: TfJson): Record<string, Record<string, unknown>> {
  return tf.resource?.huaweicloud_networking_secgroup ?? {};
}

export function hwRules(tf: TfJson): HwRule[] {
  return Object.entries(tf.resource?.huaweicloud_networking_secgroup_rule ?? {}).map(([name, r]) => ({
    name,
    group: tierOf(r.security_group_id),
    direction: r.direction as "ingress" | "egress",
    ethertype: String(r.ethertype),
    protocol: r.protocol as string | undefined,
    ports: r.ports as string | undefined,
    peer: r.remote_group_id !== undefined ? `sg:${tierOf(r.remote_group_id)}` : `cidr:${String(r.remote_ip_prefix)}`,
    description: String(r.description ?? ""),
  }));
}

function entries(ports: string): Array<[number, number]> {
  return ports.split(",").map((p) => {
    const [a, b] = p.split("-").map(Number);
    return [a, b ?? a];
  });
}

/** The rule admitting (protocol, port or "from-to") from/to peer on group; "all" = every protocol. */
export function hwAdmits(
  rules: readonly HwRule[],
  q: { group: string; direction: "ingress" | "egress"; protocol: string; ports?: string; peer: string },
): HwRule | undefined {
  const wanted = q.ports ? entries(q.ports) : [[1, 65535] as [number, number]];
  return rules.find((r) => {
    if (r.group !== q.group || r.direction !== q.direction || r.peer !== q.peer) return false;
    if (r.protocol === undefined) return true;
    if (r.protocol !== q.protocol) return false;
    if (r.ports === undefined) return true;
    const have = entries(r.ports);
    return wanted.every(([a, b]) => have.some(([x, y]) => x <= a && b <= y));
  });
}
