// The variables of a generated module: identity and naming inputs a consumer must choose, then
// every spec value the module's rules use (CIDRs and ports), each typed, described and validated.
import { Setting, bindableSettings } from "../flows/bindings";
import type { Cluster } from "../spec/model";
import type { Json } from "./hcl";

export type Rendering = { readonly cloud: "aws" } | { readonly cloud: "huawei"; readonly model: "vpc" | "tunnel" | "turbo" };

export interface ModuleVariable {
  readonly name: string;
  readonly type: string;
  readonly description: string;
  /** Absent: the consumer must set it. */
  readonly default?: Json;
  readonly validation: ReadonlyArray<{ readonly condition: string; readonly errorMessage: string }>;
}

/** CIDR checks in Terraform: parses, has no host bits, and (IPv4 clusters) is IPv4. */
function cidrCheck(v: string, ipv4Only: boolean): string {
  const parts = [`can(cidrhost(${v}, 0))`, `try(cidrhost(${v}, 0) == split("/", ${v})[0], false)`];
  if (ipv4Only) parts.push(`can(cidrnetmask(${v}))`);
  return parts.join(" && ");
}

function regexCheck(name: string, pattern: string, what: string): ModuleVariable["validation"] {
  return [{ condition: `\${can(regex(${JSON.stringify(pattern)}, var.${name}))}`, errorMessage: `The ${name} must be ${what}.` }];
}

const REQUIRED_CIDRS = new Set(["vpc_cidrs", "pod_cidr", "control_plane_cidr"]);

function settingVariable(s: Setting, ipv4Only: boolean): ModuleVariable {
  const family = ipv4Only ? "IPv4 " : "";
  if (s.kind === "port") {
    return {
      name: s.variable,
      type: "number",
      description: s.description,
      default: s.value as number,
      validation: [{
        condition: `\${var.${s.variable} >= 1 && var.${s.variable} <= 65535 && floor(var.${s.variable}) == var.${s.variable}}`,
        errorMessage: `The ${s.variable} must be a whole port number from 1 to 65535.`,
      }],
    };
  }
  const required = REQUIRED_CIDRS.has(s.variable);
  if (s.kind === "cidr") {
    return {
      name: s.variable,
      type: "string",
      description: s.description,
      ...(required ? {} : { default: s.value as string }),
      validation: [{ condition: `\${${cidrCheck(`var.${s.variable}`, ipv4Only)}}`, errorMessage: `The ${s.variable} must be an ${family}CIDR block without host bits, such as 10.0.0.0/16.` }],
    };
  }
  // Lists of operator or client networks default to none: access is opened deliberately.
  const listDefault = s.variable === "subnet_dns_servers" ? [...(s.value as string[])] : [];
  return {
    name: s.variable,
    type: "list(string)",
    description: s.description,
    ...(required ? {} : { default: listDefault }),
    validation: [{
      condition: `\${${required ? `length(var.${s.variable}) > 0 && ` : ""}alltrue([for c in var.${s.variable} : ${cidrCheck("c", ipv4Only)}])}`,
      errorMessage: `The ${s.variable} must be a list of ${family}CIDR blocks without host bits, such as ["10.0.0.0/16"].`,
    }],
  };
}

export function moduleVariables(cluster: Cluster, rendering: Rendering, used: ReadonlySet<string>): ModuleVariable[] {
  const fixed: ModuleVariable[] = [
    {
      name: "cluster_name",
      type: "string",
      description: "Name of the Kubernetes cluster; names the groups" + (rendering.cloud === "aws" ? " and the kubernetes.io/cluster/<name> tag" : ""),
      validation: regexCheck("cluster_name", "^[a-z][a-z0-9-]{0,30}[a-z0-9]$", "2-32 lowercase letters, digits or hyphens, starting with a letter"),
    },
  ];
  if (rendering.cloud === "aws") {
    fixed.push(
      { name: "vpc_id", type: "string", description: "ID of the VPC the groups belong to", validation: regexCheck("vpc_id", "^vpc-[0-9a-f]{8,17}$", "a VPC ID such as vpc-0123456789abcdef0") },
      {
        name: "cluster_primary_security_group_id",
        type: "string",
        description: "The cluster security group EKS created (aws_eks_cluster vpc_config[0].cluster_security_group_id; terraform-aws-modules/eks output cluster_primary_security_group_id)",
        validation: regexCheck("cluster_primary_security_group_id", "^sg-[0-9a-f]{8,17}$", "a security group ID such as sg-0123456789abcdef0"),
      },
      { name: "name_prefix", type: "string", description: "Prefix of the group names; empty means \"<cluster_name>-\"", default: "", validation: regexCheck("name_prefix", "^[a-zA-Z0-9._-]{0,60}$", "at most 60 letters, digits, dots, underscores or hyphens") },
    );
  } else {
    const uuid = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";
    fixed.push({
      name: "control_plane_security_group_id",
      type: "string",
      description: "ID of the master node security group CCE created with the cluster ({cluster}-cce-control-{id})",
      validation: regexCheck("control_plane_security_group_id", uuid, "a security group ID (a UUID)"),
    });
    if (rendering.model === "turbo") {
      fixed.push({
        name: "eni_security_group_id",
        type: "string",
        description: "ID of the ENI security group CCE Turbo created with the cluster ({cluster}-cce-eni-{id})",
        validation: regexCheck("eni_security_group_id", uuid, "a security group ID (a UUID)"),
      });
    }
    fixed.push({ name: "name_suffix", type: "string", description: "Suffix of the group names ({cluster}-cce-node-{suffix})", default: cluster.huawei?.nameSuffix ?? "sg", validation: regexCheck("name_suffix", "^[a-z0-9-]{1,20}$", "1-20 lowercase letters, digits or hyphens") });
  }
  fixed.push({ name: "tags", type: "map(string)", description: "Tags added to every security group", default: {}, validation: [] });
  const ipv4Only = cluster.ipFamily === "ipv4";
  const settings = bindableSettings(cluster).filter((s) => used.has(s.variable)).map((s) => settingVariable(s, ipv4Only));
  return [...fixed, ...settings];
}
