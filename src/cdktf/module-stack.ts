// A stack shaped as a reusable Terraform module: no provider, no backend; spec values the rules
// use become typed, validated variables; outputs as in the deployable stacks.
import { Construct, Node } from "constructs";
import { ListTerraformIterator, TerraformElement, TerraformIterator, TerraformVariable } from "cdktf";
import type { Cluster } from "../spec/model";
import { ModuleVariable, Rendering, moduleVariables } from "../modules/variables";
import { bindableSettings } from "../flows/bindings";
import { ReadableStack } from "./base-stack";
import type { ModuleValues } from "../spelling/expressions";
import { EksSecurityGroups } from "./eks-security-groups";
import { CceSecurityGroups } from "./cce-security-groups";
import { cceOutputs, eksOutputs } from "../spelling/outputs";
import { addOutputs } from "./outputs";
import { awsModuleProps, cceModuleProps } from "../spelling/module-props";
import { tokenExpressions } from "./token-expressions";

const VARIABLE_ID = "variable:";

export class ModuleStack extends ReadableStack {
  private readonly defined = new Map<string, ModuleVariable>();
  private readonly declared = new Map<string, TerraformVariable>();
  private readonly iterators = new Map<string, ListTerraformIterator>();
  readonly rendering: Rendering;
  readonly groups: EksSecurityGroups | CceSecurityGroups;

  constructor(scope: Construct, id: string, cluster: Cluster, rendering: Rendering) {
    super(scope, id);
    this.rendering = rendering;
    const all = new Set(bindableSettings(cluster).map((s) => s.variable));
    for (const v of moduleVariables(cluster, rendering, all)) this.defined.set(v.name, v);

    const bound: ModuleValues = {
      scalar: (name) => this.variable(name).stringValue,
      whole: (name) => this.variable(name).value,
      iterate: (name) => {
        if (!this.iterators.has(name)) this.iterators.set(name, TerraformIterator.fromList(this.variable(name).listValue));
        const each = this.iterators.get(name)!;
        return { forEach: each, value: each.value as string };
      },
    };
    if (rendering.cloud === "aws") {
      this.groups = new EksSecurityGroups(this, "eks", awsModuleProps(cluster, bound, tokenExpressions));
      addOutputs(this, eksOutputs(this.groups, cluster, tokenExpressions));
    } else {
      this.groups = new CceSecurityGroups(this, "cce", cceModuleProps(cluster, rendering.model, bound));
      addOutputs(this, cceOutputs(cluster, rendering.model, this.groups, tokenExpressions));
    }
  }

  /** Variables and outputs may share a name in Terraform; their construct IDs may not. */
  protected allocateLogicalId(element: TerraformElement | Node): string {
    if (element instanceof TerraformVariable) return element.node.id.slice(VARIABLE_ID.length);
    return super.allocateLogicalId(element);
  }

  /** The variables this module declares, in the order variables.tf lists them. */
  get variables(): ModuleVariable[] {
    return [...this.defined.values()].filter((v) => this.declared.has(v.name));
  }

  private variable(name: string): TerraformVariable {
    let v = this.declared.get(name);
    if (!v) {
      const def = this.defined.get(name);
      if (!def) throw new Error(`module variable ${name} is not defined`);
      v = new TerraformVariable(this, `${VARIABLE_ID}${name}`, { type: def.type, description: def.description, default: def.default });
      this.declared.set(name, v);
    }
    return v;
  }
}
