// The spelling's sinks for the JSON renderer: each block goes into a document, references are
// Terraform addresses.
import type { AwsSink } from "../spelling/aws";
import type { CceSink } from "../spelling/cce";
import type { DocumentBuilder } from "./document";

export function awsSink(doc: DocumentBuilder): AwsSink {
  return {
    securityGroup: (id, config) => doc.resource("aws_security_group", id, config),
    rule: (direction, id, config) => doc.resource(`aws_vpc_security_group_${direction}_rule`, id, config),
    eksCluster: (id, name) => `\${${doc.data("aws_eks_cluster", id, { name })}.vpc_config[0].cluster_security_group_id}`,
    managedPrefixList: (id, name) => `\${${doc.data("aws_ec2_managed_prefix_list", id, { name })}.id}`,
    optionalVariable: (id, config) => doc.variable(id, { default: null, ...config, type: "string" }),
  };
}

export function cceSink(doc: DocumentBuilder): CceSink {
  return {
    securityGroup: (id, config) => doc.resource("huaweicloud_networking_secgroup", id, config),
    rule: (id, config) => void doc.resource("huaweicloud_networking_secgroup_rule", id, config),
    variable: (id, config) => doc.variable(id, { type: "string", ...config }),
  };
}
