// `npm run modules`: one Terraform module per rendering of each cluster (AWS EKS, and each CCE
// network model), from the module document (the one src/cdktf/module-stack.ts synthesizes too),
// written as HCL.
import type { Cluster } from "../spec/model";
import type { Rendering } from "./variables";
import { moduleDirName, renderingsOf } from "./naming";
import type { Json } from "./hcl";
import { TfDocument, mainTf, outputsTf, variablesTf, versionsTf } from "./files";
import { MODULE_VERSION, moduleSource } from "./version";
import { TFTEST_FILE, moduleTftest } from "./tftest";
import { bindableSettings } from "../flows/bindings";
import { RuleRow, moduleReadme } from "./readme";
import { MODULE_CALL_NAME, cloudGroupArguments, exampleArguments, exampleMain, usageBlock } from "./usage";
import { portLabel } from "../flows/port";
import type { Endpoint } from "../flows/flow";
import { diagramForTerraformJson } from "../verify/diagram";
import type { Inputs } from "../verify/terraform-refs";
import { VerifyError } from "../verify/errors";
import type { AwsGroupPlan } from "../rules/aws";
import type { HuaweiGroupPlan } from "../rules/huawei";
import { ModuleJson, moduleJson } from "../terraform-json/module";
import { conventionalDocument } from "./conventions";
import { withAdditionalRules } from "./additional-rules";

export interface GeneratedModule {
  readonly name: string;
  /** Relative path -> content. */
  readonly files: Record<string, string>;
}

const TITLES: Record<string, string> = {
  aws: "Security groups for an Amazon EKS cluster and its application tiers",
  vpc: "Security groups for a Huawei Cloud CCE cluster on the VPC network model",
  tunnel: "Security groups for a Huawei Cloud CCE cluster on the tunnel (VXLAN) network model",
  turbo: "Security groups for a Huawei Cloud CCE Turbo cluster (Cloud Native 2.0 network model)",
};

export function generateModules(clusters: readonly Cluster[]): GeneratedModule[] {
  const out: GeneratedModule[] = [];
  for (const cluster of clusters) {
    for (const rendering of renderingsOf(cluster)) {
      const name = moduleDirName(clusters, cluster, rendering);
      out.push(moduleFiles(name, cluster, rendering, moduleJson(cluster, rendering, name)));
    }
  }
  return out;
}

function moduleFiles(name: string, cluster: Cluster, rendering: Rendering, module: ModuleJson): GeneratedModule {
  const doc = conventionalDocument(module.json as TfDocument, rendering);
  // The consumer's extra rules go into main.tf only: the test and the diagram are the spec's rules.
  const extra = withAdditionalRules(doc, rendering);
  const variables = [...module.variables, ...extra.variables];
  const args = exampleArguments(cluster, rendering, variables);
  const target = rendering.cloud === "aws" ? rendering : { cloud: "huawei" as const, model: rendering.model };
  const diagram = moduleDiagram(doc, { inputs: args as Inputs, cluster, target, name });
  const outputs = Object.entries(doc.output ?? {})
    .map(([n, o]) => ({ name: n, description: String(o.description ?? "") }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const readme = moduleReadme({
    name,
    title: TITLES[rendering.cloud === "aws" ? "aws" : rendering.model],
    summary: summary(cluster, rendering),
    rendering,
    variables,
    outputs,
    rules: ruleRows(rendering, module.plan),
    usage: usageBlock(MODULE_CALL_NAME[rendering.cloud], moduleSource(name), args, cloudGroupArguments(cluster, rendering)),
    version: MODULE_VERSION,
    diagram,
  });
  return {
    name,
    files: {
      "main.tf": mainTf(extra.doc),
      "variables.tf": variablesTf(variables),
      "outputs.tf": outputsTf(doc),
      "versions.tf": versionsTf(rendering, MODULE_VERSION),
      "README.md": readme,
      "examples/basic/main.tf": exampleMain(cluster, rendering, args),
      "examples/basic/versions.tf": versionsTf(rendering),
      [TFTEST_FILE]: moduleTftest(rendering, module.plan, doc, testValues(cluster, variables, args)),
    },
  };
}

/** The module test's variables: the example's arguments plus every spec value the module binds. */
function testValues(cluster: Cluster, variables: ModuleJson["variables"], args: Record<string, Json>): Record<string, Json> {
  const declared = new Set(variables.map((v) => v.name));
  const bound = bindableSettings(cluster).filter((s) => declared.has(s.variable)).map((s) => [s.variable, (Array.isArray(s.value) ? [...s.value] : s.value) as Json]);
  // Groups the cloud creates (CCE's master and ENI groups) exist only with the cluster: the test
  // stands in an ID of the provider's form for each one the module takes without a default.
  const cloudGroups = variables
    .filter((v) => v.default === undefined && v.name.endsWith("_security_group_id") && !(v.name in args))
    .map((v, i) => [v.name, `00000000-0000-4000-8000-${String(i + 1).padStart(12, "0")}`]);
  return { ...args, ...Object.fromEntries(bound), ...Object.fromEntries(cloudGroups) };
}

/**
 * The checker cannot yet read every module (IPv6 AWS modules choose cidr_ipv4 or cidr_ipv6 with a
 * Terraform conditional); such a README says so instead of failing the whole generation.
 */
function moduleDiagram(doc: TfDocument, options: Parameters<typeof diagramForTerraformJson>[1]): string {
  try {
    return diagramForTerraformJson(doc as never, options);
  } catch (e) {
    if (!(e instanceof VerifyError)) throw e;
    return `flowchart LR\n  note["diagram not drawn: ${e.message.replace(/["\n]/g, " ").slice(0, 160)}"]\n`;
  }
}

function summary(cluster: Cluster, rendering: Rendering): string {
  const tiers = cluster.tiers.map((t) => `\`${t.name}\` (${t.kind})`).join(", ") || "none";
  const how =
    rendering.cloud === "aws"
      ? `Profile \`${cluster.profile}\`, egress \`${cluster.egress}\`. The EKS cluster security group is referenced by ID; its default rules stay as EKS made them.`
      : `Network model \`${rendering.model}\`, profile \`${cluster.huawei?.profile}\`, egress \`${cluster.huawei?.egress}\`. Groups are created with delete_default_rules = true.`;
  return `Tiers fixed at generation: ${tiers}. ${how}`;
}

function peerText(peer: Endpoint, forEach?: string): string {
  if (forEach) return `each of \`var.${forEach}\``;
  if (peer.kind === "group") return `group ${peer.tier}`;
  if (peer.kind === "prefix-list") return `${peer.label} prefix list`;
  return peer.binding ? `\`var.${peer.binding.variable}\`` : peer.cidr;
}

function ruleRows(rendering: Rendering, plan: ModuleJson["plan"]): RuleRow[] {
  const rows: RuleRow[] = [];
  if (rendering.cloud === "aws") {
    for (const g of plan as readonly AwsGroupPlan[]) {
      for (const r of g.rules) {
        const label = portLabel(r.port);
        rows.push({
          group: g.tier, direction: r.direction, protocol: r.port.protocol,
          ports: r.portBinding ? `\`var.${r.portBinding.variable}\`` : label.slice(label.indexOf(" ") + 1),
          peer: peerText(r.peer, r.forEach), sources: r.sources,
        });
      }
    }
    return rows;
  }
  for (const g of plan as readonly HuaweiGroupPlan[]) {
    for (const r of g.rules) {
      const ports = r.portParts ? r.portParts.map((p) => (typeof p === "string" ? p : `var.${p.variable}`)).join(",") : r.ports ?? "all";
      rows.push({ group: g.tier, direction: r.direction, protocol: r.protocol ?? "all", ports, peer: peerText(r.peer, r.forEach), sources: r.sources });
    }
  }
  return rows;
}
