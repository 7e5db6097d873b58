// Per-group `*_additional_rules` inputs, shaped like terraform-aws-modules/eks's
// `node_security_group_additional_rules`: a map of rule name -> rule, each added to the group as
// written. Rules here are the consumer's, not the spec's: they trace to no seed row, and verify
// judges a module only with these maps empty (their default).
import type { Json } from "./hcl";
import type { TfDocument } from "./files";
import type { ModuleVariable, Rendering } from "./variables";

/** terraform-aws-modules/eks names for the control-plane and shared node groups. */
const AWS_NAMES: Readonly<Record<string, string>> = { control_plane: "cluster", node: "node" };

export const additionalRulesVariable = (rendering: Rendering, group: string): string =>
  `${(rendering.cloud === "aws" ? AWS_NAMES[group] : undefined) ?? group}_security_group_additional_rules`;

type Blocks = Record<string, Record<string, Json>>;

function awsRule(variable: string, group: string, direction: "ingress" | "egress"): Record<string, Json> {
  const own = `aws_security_group.${group}.id`;
  return {
    for_each: `\${{ for k, v in var.${variable} : k => v if v.type == "${direction}" }}`,
    security_group_id: `\${${own}}`,
    description: "${try(each.value.description, each.key)}",
    ip_protocol: "${each.value.protocol}",
    from_port: "${try(each.value.from_port, null)}",
    to_port: "${try(each.value.to_port, null)}",
    cidr_ipv4: "${try(each.value.cidr_ipv4, null)}",
    cidr_ipv6: "${try(each.value.cidr_ipv6, null)}",
    prefix_list_id: "${try(each.value.prefix_list_id, null)}",
    referenced_security_group_id: `\${try(each.value.self, false) ? ${own} : try(each.value.referenced_security_group_id, null)}`,
  };
}

/**
 * CCE rules take one remote: rules with remote_ip_prefix go into one resource, the rest (a
 * remote_group_id, self, or any remote) into another, so no block sets both.
 */
function cceRule(variable: string, group: string, remote: "cidr" | "group"): Record<string, Json> {
  const own = `huaweicloud_networking_secgroup.${group}.id`;
  const hasCidr = "try(v.remote_ip_prefix, null) != null";
  return {
    for_each: `\${{ for k, v in var.${variable} : k => v if ${remote === "cidr" ? hasCidr : `!(${hasCidr})`} }}`,
    security_group_id: `\${${own}}`,
    description: "${try(each.value.description, each.key)}",
    direction: "${each.value.direction}",
    ethertype: '${try(each.value.ethertype, "IPv4")}',
    protocol: "${try(each.value.protocol, null)}",
    ports: "${try(each.value.ports, null)}",
    ...(remote === "cidr"
      ? { remote_ip_prefix: "${each.value.remote_ip_prefix}" }
      : { remote_group_id: `\${try(each.value.self, false) ? ${own} : try(each.value.remote_group_id, null)}` }),
  };
}

function variable(rendering: Rendering, name: string, group: string): ModuleVariable {
  const direction = rendering.cloud === "aws" ? "type" : "direction";
  const fields =
    rendering.cloud === "aws"
      ? "type (ingress or egress), protocol, from_port, to_port, and one of cidr_ipv4, cidr_ipv6, prefix_list_id, referenced_security_group_id or self = true; description optional"
      : "direction (ingress or egress), ethertype (default IPv4), protocol, ports, and one of remote_ip_prefix, remote_group_id or self = true; description optional";
  return {
    name,
    type: "any",
    description: `Extra rules for the ${group.replace(/_/g, "-")} group, by name: ${fields}`,
    default: {},
    validation: [{
      condition: `\${alltrue([for k, v in var.${name} : contains(["ingress", "egress"], try(v.${direction}, ""))])}`,
      errorMessage: `Every rule in ${name} must have ${direction} = "ingress" or "egress".`,
    }],
  };
}

/** The document with one additional-rules resource per direction and created group, and their variables. */
export function withAdditionalRules(doc: TfDocument, rendering: Rendering): { doc: TfDocument; variables: ModuleVariable[] } {
  const groupType = rendering.cloud === "aws" ? "aws_security_group" : "huaweicloud_networking_secgroup";
  const groups = Object.keys(doc.resource?.[groupType] ?? {});
  const resource: Record<string, Blocks> = Object.fromEntries(Object.entries(doc.resource ?? {}).map(([t, b]) => [t, { ...b } as Blocks]));
  const variables: ModuleVariable[] = [];
  for (const group of groups) {
    const name = additionalRulesVariable(rendering, group);
    variables.push(variable(rendering, name, group));
    if (rendering.cloud === "aws") {
      for (const direction of ["ingress", "egress"] as const) {
        (resource[`aws_vpc_security_group_${direction}_rule`] ??= {})[`${group}_additional`] = awsRule(name, group, direction);
      }
    } else {
      for (const remote of ["cidr", "group"] as const) {
        (resource.huaweicloud_networking_secgroup_rule ??= {})[`${group}_additional_${remote}`] = cceRule(name, group, remote);
      }
    }
  }
  return { doc: { ...doc, resource: resource as TfDocument["resource"] }, variables };
}
