// One module as Terraform JSON, the document cdktf synthesizes for src/cdktf/module-stack.ts: the
// groups and rules with every consumer-chosen value read from a variable, and the outputs.
import type { Cluster } from "../spec/model";
import { bindableSettings } from "../flows/bindings";
import { ModuleVariable, Rendering, moduleVariables } from "../modules/variables";
import type { AwsGroupPlan } from "../rules/aws";
import type { HuaweiGroupPlan } from "../rules/huawei";
import { spellAws } from "../spelling/aws";
import { spellCce } from "../spelling/cce";
import type { ModuleValues } from "../spelling/expressions";
import { awsModuleProps, cceModuleProps } from "../spelling/module-props";
import { cceOutputs, eksOutputs } from "../spelling/outputs";
import { DocumentBuilder, TerraformJson } from "./document";
import { awsSink, cceSink } from "./sinks";
import { stringExpressions } from "./string-expressions";

export interface ModuleJson {
  readonly json: TerraformJson;
  /** The variables the module declares (the ones its blocks use), in variables.tf order. */
  readonly variables: ModuleVariable[];
  readonly plan: readonly AwsGroupPlan[] | readonly HuaweiGroupPlan[];
}

export function moduleJson(cluster: Cluster, rendering: Rendering, name: string): ModuleJson {
  const defined = moduleVariables(cluster, rendering, new Set(bindableSettings(cluster).map((s) => s.variable)));
  const used = new Set<string>();
  const use = (variable: string) => {
    if (!defined.some((v) => v.name === variable)) throw new Error(`module variable ${variable} is not defined`);
    used.add(variable);
    return `var.${variable}`;
  };
  const bound: ModuleValues = {
    scalar: (v) => `\${${use(v)}}`,
    whole: (v) => `\${${use(v)}}`,
    iterate: (v) => ({ forEach: `\${toset(${use(v)})}`, value: "${each.value}" }),
  };
  const x = stringExpressions;
  let plan: ModuleJson["plan"];
  let doc: DocumentBuilder;
  if (rendering.cloud === "aws") {
    doc = new DocumentBuilder(`${name}/eks`);
    const spelled = spellAws(awsModuleProps(cluster, bound, x), x, awsSink(doc));
    doc.outputs(eksOutputs(spelled, cluster, x));
    plan = spelled.plan;
  } else {
    doc = new DocumentBuilder(`${name}/cce`);
    const spelled = spellCce(cceModuleProps(cluster, rendering.model, bound), x, cceSink(doc));
    doc.outputs(cceOutputs(cluster, rendering.model, spelled, x));
    plan = spelled.plan;
  }
  const variables = defined.filter((v) => used.has(v.name));
  // As cdktf declares them: what the flow checker reads defaults from (module diagrams).
  const variable = Object.fromEntries(variables.map((v) => [v.name, { default: v.default, description: v.description, type: v.type }]));
  return { json: { ...doc.json, variable }, variables, plan };
}
