// README tables of interfaces per target, generated from the placement model: what each network
// interface carries, in order, and the source that says so.
import type { Target } from "../flows/target";
import { cloudGroupsOf, placementOf } from "../placement";
import type { Cluster } from "../spec/model";

/** A cluster with one node group and tier of each kind, named for the docs. */
function sampleCluster(target: Target): Cluster {
  return {
    specPath: "clusters[0]",
    name: "cluster",
    ipFamily: "ipv4",
    profile: "recommended",
    egress: "open",
    network: { vpcCidrs: ["10.0.0.0/16"], podCidr: "172.16.0.0/16", serviceCidr: "10.247.0.0/16", controlPlaneCidr: "10.0.0.0/24", adminCidrs: [] },
    nodeGroups: [
      { name: "<add-on node group>", role: "addon", appTiers: [] },
      { name: "<app node group>", role: "app", appTiers: ["<app tier>"] },
    ],
    tiers: [
      { name: "<app tier>", kind: "app", servicePorts: [8080], awsApis: false },
      { name: "<tier>", kind: "database", port: 5432, clients: ["<app tier>"] },
    ],
    addons: { istio: false, knative: false, admissionWebhookPorts: [] },
    rules: [],
    audit: { suppressions: [] },
    ...(target.cloud === "aws"
      ? { aws: { vpcId: "vpc-00000000", podSecurityGroups: true, tags: {} } }
      : { huawei: { networkModels: [target.model], profile: "narrowed", egress: "open", subnetDnsServers: [], nameSuffix: "sg", tags: {} } }),
  } as Cluster;
}

export function placementTable(target: Target): string {
  const cloud = target.cloud === "aws" ? "EKS" : "CCE";
  const created = new Set(cloudGroupsOf(target).map((g) => g.group));
  const lines = ["| interface | carries (in order) | source |", "|---|---|---|"];
  for (const i of placementOf(sampleCluster(target), target).interfaces) {
    const groups = i.groups.map((g) => (created.has(g) ? `\`${g}\` (created by ${cloud})` : `\`${g}\``)).join(", ");
    const only = i.kind === "pods" && target.cloud === "aws" ? " (with `aws.podSecurityGroups: true`)" : "";
    lines.push(`| \`${i.id}\`${only} | ${groups} | ${i.seed.seed === "Amazon EKS User Guide" ? i.seed.seed : `seed ${i.seed.seed}`}: ${i.seed.section} |`);
  }
  return `${lines.join("\n")}\n`;
}
