// Adds a stack's or module's outputs (src/spelling/outputs.ts) as TerraformOutputs.
import { TerraformOutput } from "cdktf";
import { Construct } from "constructs";
import type { OutputBlock } from "../spelling/outputs";

export function addOutputs(scope: Construct, outputs: readonly OutputBlock[]): void {
  for (const o of outputs) new TerraformOutput(scope, o.name, { value: o.value, description: o.description });
}
