// The topology spec: one cloud-neutral description of a cluster and its application tiers.
// This zod definition is the single source for validation, TypeScript types and the JSON Schema
// that editors use for completion (scripts/write-json-schema.ts).
import { z } from "zod";
import { tagKey, tagValue } from "./tag-text";

const NAME = /^[a-z][a-z0-9-]{0,30}[a-z0-9]$/;
// AWS accepts only these characters in security group and rule descriptions; Huawei forbids < and >.
export const DESCRIPTION_CHARS = /^[a-zA-Z0-9. _\-:/()#,@[\]+=&;{}!$*]*$/;

// Kubernetes label keys (optional DNS prefix), label values and namespace names.
const LABEL_KEY = /^([a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
const LABEL_VALUE = /^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$/;
const NAMESPACE = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

const name = (what: string) =>
  z
    .string()
    .regex(NAME, `${what} must be 2-32 characters of lowercase letters, digits and '-', starting with a letter`);

const cidr = z.string().describe("A CIDR block such as 10.0.0.0/16 (validated for host bits after parsing)");
const port = z.number().int().min(1, "ports run from 1 to 65535").max(65535, "ports run from 1 to 65535");
const portRange = z
  .string()
  .regex(/^\d{1,5}-\d{1,5}$/, 'a port range is written "from-to", e.g. "30000-32767"')
  .describe('A port range "from-to"');
const ports = z.array(z.union([port, portRange])).min(1, "list at least one port");
const description = z
  .string()
  .min(1)
  .max(200, "keep descriptions to 200 characters (AWS and Huawei allow 255 with our prefix)")
  .regex(DESCRIPTION_CHARS, "descriptions may use only letters, digits, spaces and . _ - : / ( ) # , @ [ ] + = & ; { } ! $ *");
const HUAWEI_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const tags = z.record(tagKey, tagValue).default({});

export const Profile = z.enum(["minimum", "recommended", "hardened"]).describe(
  "minimum: seed 001 minimum rows; recommended: seed 001 recommended rows plus seed 002; hardened: seed 000's design",
);
export const EgressMode = z.enum(["open", "restricted"]);
export const DatabaseEngine = z.enum([
  "mysql",
  "mariadb",
  "aurora-mysql",
  "postgresql",
  "aurora-postgresql",
  "oracle",
  "sqlserver",
]);
export const CacheEngine = z.enum(["redis", "memcached"]);
export const NetworkModel = z.enum(["vpc", "tunnel", "turbo"]);

const tierBase = { name: name("a tier name"), description: description.optional() };

const loadBalancerTier = z.strictObject({
  ...tierBase,
  kind: z.literal("load-balancer"),
  type: z.enum(["alb", "nlb"]).default("alb"),
  listenerPorts: z.array(port).min(1, "list at least one listener port").default([443]),
  sources: z
    .strictObject({
      internet: z.boolean().default(false),
      cloudfront: z.boolean().default(false),
      cidrs: z.array(cidr).default([]),
    })
    .describe("Who may reach the listeners: the internet, CloudFront's origin-facing prefix list (AWS), or CIDRs"),
  targets: z.array(z.string()).optional().describe("App tiers behind this load balancer (default: every app tier)"),
});

const appTier = z.strictObject({
  ...tierBase,
  kind: z.literal("app"),
  servicePorts: z.array(port).min(1, "list at least one service port"),
  healthCheckPort: port.optional().describe("Target group health-check port when it differs from the service port"),
  awsApis: z.boolean().default(false).describe("The app calls cloud APIs through the VPC endpoints (seed 000, grey row)"),
  pods: z
    .strictObject({
      labels: z
        .record(z.string().regex(LABEL_KEY, "a label key is a Kubernetes label name such as app or app.kubernetes.io/name"), z.string().regex(LABEL_VALUE, "a label value is at most 63 letters, digits, '-', '_' or '.'"))
        .optional()
        .describe("Labels that select the tier's pods (default app: <tier name>)"),
      namespace: z.string().regex(NAMESPACE, "a namespace is 1-63 lowercase letters, digits or '-'").default("default"),
      cceBinding: z
        .enum(["node-pool", "workload"])
        .default("node-pool")
        .describe("CCE Turbo: bind the tier's group to its pods per node pool (pod_security_groups) or per workload (SecurityGroup custom resource)"),
    })
    .optional()
    .describe("The tier's pods: how CCE Turbo and EKS security groups for pods select them"),
});

const databaseTier = z.strictObject({
  ...tierBase,
  kind: z.literal("database"),
  engine: DatabaseEngine.optional(),
  port: port.optional().describe("Explicit port; overrides the engine's port"),
  clients: z.array(z.string()).optional().describe("App tiers that use it (default: every app tier)"),
});

const cacheTier = z.strictObject({
  ...tierBase,
  kind: z.literal("cache"),
  engine: CacheEngine.optional(),
  port: port.optional(),
  clients: z.array(z.string()).optional(),
});

const vpcEndpointTier = z.strictObject({ ...tierBase, kind: z.literal("vpc-endpoint") });

const bastionTier = z.strictObject({
  ...tierBase,
  kind: z.literal("bastion"),
  sshFrom: z.array(cidr).default([]).describe("CIDRs allowed to SSH to the bastion (explicit spec setting)"),
});

export const Tier = z.discriminatedUnion("kind", [
  loadBalancerTier,
  appTier,
  databaseTier,
  cacheTier,
  vpcEndpointTier,
  bastionTier,
]);

const endpoint = z.union([
  z.strictObject({ tier: z.string() }),
  z.strictObject({ cidr }),
]);

export const ExtraRule = z.strictObject({
  from: endpoint.describe("A tier name (including node, node-addon, control-plane) or a CIDR"),
  to: endpoint.describe("A tier name (including node, node-addon, control-plane) or a CIDR outside the cluster (an egress flow: a payment gateway, a partner API)"),
  protocol: z.enum(["tcp", "udp", "icmp", "all"]).default("tcp"),
  ports: ports.optional(),
  description,
});

export const NodeGroup = z.strictObject({
  name: name("a node group name"),
  role: z.enum(["addon", "app"]).describe("addon: runs cluster add-ons; app: runs application tiers"),
  appTiers: z.array(z.string()).optional().describe("App tiers scheduled here (app role; default: every app tier)"),
});

export const ClusterSpec = z.strictObject({
  name: name("the cluster name"),
  ipFamily: z.enum(["ipv4", "ipv6"]).default("ipv4"),
  profile: Profile.default("recommended"),
  egress: EgressMode.optional().describe("open: all egress; restricted: 443/80 out plus in-cluster flows (default: restricted for hardened)"),
  network: z.strictObject({
    vpcCidrs: z.array(cidr).min(1, "list at least one VPC CIDR"),
    // Required only with a huawei: section (CCE rules use them); checked in semantics.ts.
    podCidr: cidr.optional().describe("Container CIDR (CCE; required with huawei:); on EKS with the VPC CNI pods draw from the VPC"),
    serviceCidr: cidr.optional().describe("Service CIDR (CCE; required with huawei:)"),
    controlPlaneCidr: cidr.optional().describe("Master/control-plane node CIDR (CCE; required with huawei:)"),
    adminCidrs: z.array(cidr).default([]).describe("Operator networks for SSH and API access"),
  }),
  nodeGroups: z.array(NodeGroup).min(1, "list at least one node group"),
  tiers: z.array(Tier).default([]),
  addons: z
    .strictObject({
      istio: z.boolean().default(false),
      knative: z.boolean().default(false),
      admissionWebhookPorts: z.array(port).default([]).describe("Ports of admission webhooks the control plane calls on nodes"),
    })
    .default({ istio: false, knative: false, admissionWebhookPorts: [] }),
  rules: z.array(ExtraRule).default([]).describe("Extra flows, each an explicit spec setting"),
  audit: z
    .strictObject({
      suppressions: z
        .array(
          z.strictObject({
            id: z.string().min(1).describe("A finding ID or a control ID (e.g. CKV_AWS_24)"),
            group: z.string().optional().describe("Only on this tier's group"),
            justification: z.string().trim().min(10, "write why the finding is acceptable (10 characters or more)"),
          }),
        )
        .default([]),
    })
    .default({ suppressions: [] })
    .describe("Audit findings this cluster accepts, each with a written justification"),
  aws: z
    .strictObject({
      vpcId: z.string().regex(/^vpc-[0-9a-f]{8,17}$/, "a VPC id looks like vpc-0123456789abcdef0"),
      clusterSecurityGroupId: z
        .string()
        .regex(/^sg-[0-9a-f]{8,17}$/, "a security group id looks like sg-0123456789abcdef0")
        .optional()
        .describe("The EKS-created cluster SG; when absent it is looked up from the cluster name"),
      namePrefix: z.string().regex(/^[a-zA-Z0-9._-]{0,60}$/).optional(),
      podSecurityGroups: z
        .boolean()
        .default(false)
        .describe("Security groups for pods: each app tier's pods carry its group through a SecurityGroupPolicy"),
      tags: tags,
    })
    .optional(),
  huawei: z
    .strictObject({
      networkModels: z.array(NetworkModel).min(1, "list at least one network model (vpc, tunnel, turbo)").default(["vpc", "tunnel", "turbo"]),
      profile: z.enum(["narrowed", "cce-default"]).default("narrowed"),
      egress: EgressMode.default("open"),
      subnetDnsServers: z.array(cidr).default(["100.125.1.250/32", "100.125.129.250/32"]),
      nameSuffix: z.string().regex(/^[a-z0-9-]{1,20}$/).default("sg"),
      controlPlaneSecurityGroupId: z
        .string()
        .regex(HUAWEI_ID, "a security group ID is a UUID such as 0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0")
        .optional()
        .describe("The master node group CCE created ({cluster}-cce-control-{id}); absent: the stack takes it as a variable"),
      eniSecurityGroupId: z
        .string()
        .regex(HUAWEI_ID, "a security group ID is a UUID such as 0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0")
        .optional()
        .describe("CCE Turbo: the ENI group CCE created ({cluster}-cce-eni-{id}); absent: the stack takes it as a variable"),
      tags: tags,
    })
    .optional(),
});

export const TopologySpec = z.strictObject({
  version: z.literal(1).describe("Spec format version"),
  clusters: z.array(ClusterSpec).min(1, "list at least one cluster"),
});

export type TopologySpec = z.infer<typeof TopologySpec>;
export type ClusterSpec = z.infer<typeof ClusterSpec>;
export type TierSpec = z.infer<typeof Tier>;
export type TierKind = TierSpec["kind"];
export type ExtraRuleSpec = z.infer<typeof ExtraRule>;
export type ProfileName = z.infer<typeof Profile>;
export type DatabaseEngineName = z.infer<typeof DatabaseEngine>;
export type CacheEngineName = z.infer<typeof CacheEngine>;
export type NetworkModelName = z.infer<typeof NetworkModel>;
