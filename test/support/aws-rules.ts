// Reads AWS security groups and rules back out of synthesized Terraform JSON, resolving group
// references to tier names, so tests can speak in tiers and ports.
import type { TfJson } from "./synth";

export interface SynthRule {
  readonly name: string;
  readonly group: string; // tier of the group the rule is on
  readonly direction: "ingress" | "egress";
  readonly protocol: string;
  readonly from?: number;
  readonly to?: number;
  /** "sg:<tier>", "cidr:<block>", or "pl:<data source>" */
  readonly peer: string;
  readonly description: string;
}

const SG_REF = /^\$\{aws_security_group\.([A-Za-z0-9_-]+)\.id\}$/;

export function awsGroups(tf: TfJson): Record<string, Record<string, unknown>> {
  return tf.resource?.aws_security_group ?? {};
}

export function awsRules(tf: TfJson, clusterSgId = "sg-0123456789abcdef0"): SynthRule[] {
  const tierOf = (ref: unknown): string => {
    if (ref === clusterSgId) return "cluster";
    const m = SG_REF.exec(String(ref));
    if (!m) throw new Error(`unexpected group reference ${String(ref)}`);
    return m[1];
  };
  const read = (direction: "ingress" | "egress") =>
    Object.entries(tf.resource?.[`aws_vpc_security_group_${direction}_rule`] ?? {}).map(([name, r]): SynthRule => {
      const peer =
        r.referenced_security_group_id !== undefined
          ? `sg:${tierOf(r.referenced_security_group_id)}`
          : r.cidr_ipv4 !== undefined
            ? `cidr:${r.cidr_ipv4}`
            : r.cidr_ipv6 !== undefined
              ? `cidr:${r.cidr_ipv6}`
              : `pl:${String(r.prefix_list_id)}`;
      return {
        name,
        group: tierOf(r.security_group_id),
        direction,
        protocol: String(r.ip_protocol),
        from: r.from_port as number | undefined,
        to: r.to_port as number | undefined,
        peer,
        description: String(r.description ?? ""),
      };
    });
  return [...read("ingress"), ...read("egress")];
}

/** Does some rule admit (protocol, port range) from/to peer on the group? "-1" admits everything. */
export function admits(rules: readonly SynthRule[], q: Omit<SynthRule, "name" | "description">): SynthRule | undefined {
  return rules.find(
    (r) =>
      r.group === q.group &&
      r.direction === q.direction &&
      r.peer === q.peer &&
      (r.protocol === "-1" ||
        (r.protocol === q.protocol &&
          (q.protocol === "icmp" ? r.from === q.from && r.to === q.to : r.from! <= q.from! && q.to! <= r.to!))),
  );
}
