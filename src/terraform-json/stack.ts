// One deployable stack as Terraform JSON, the same file cdktf synthesizes for src/cdktf/eks-stack.ts
// and cce-stack.ts (provider, backend, groups, rules, outputs and cdktf's "//" metadata).
import type { Cluster } from "../spec/model";
import type { NetworkModelName } from "../spec/schema";
import { spellAws } from "../spelling/aws";
import { spellCce } from "../spelling/cce";
import { cceOutputs, eksOutputs } from "../spelling/outputs";
import { OFFLINE_AWS, stackBackend } from "../spelling/stack";
import { DocumentBuilder, TerraformJson, attributes } from "./document";
import { awsSink, cceSink } from "./sinks";
import { stringExpressions } from "./string-expressions";
import { CDKTF_VERSION } from "../cdktf/version";

/** What the provider bindings put in required_providers (held to them by a test). */
export const REQUIRED_PROVIDERS = {
  aws: { source: "hashicorp/aws", version: "5.100.0" },
  huaweicloud: { source: "huaweicloud/huaweicloud", version: "~> 1.97" },
} as const;

export interface StackJsonOptions {
  /** The output folder, which the local state path is relative to. */
  readonly outdir: string;
  readonly offline?: boolean;
}

export function eksStackJson(cluster: Cluster, stack: string, options: StackJsonOptions): TerraformJson {
  const doc = new DocumentBuilder(`${stack}/eks`);
  doc.outputs(eksOutputs(spellAws({ cluster }, stringExpressions, awsSink(doc)), cluster, stringExpressions));
  // The prebuilt binding names the provider "aws"; the stack overrides the source (metadata says so).
  return finish(doc, stack, options, "aws", options.offline ? attributes(OFFLINE_AWS) : {}, { overrides: { stack: ["terraform"] } });
}

export function cceStackJson(cluster: Cluster, model: NetworkModelName, stack: string, options: StackJsonOptions): TerraformJson {
  const doc = new DocumentBuilder(`${stack}/cce`);
  doc.outputs(cceOutputs(cluster, model, spellCce({ cluster, model }, stringExpressions, cceSink(doc)), stringExpressions));
  return finish(doc, stack, options, "huaweicloud", {}, {});
}

function finish(
  doc: DocumentBuilder,
  stack: string,
  options: StackJsonOptions,
  provider: keyof typeof REQUIRED_PROVIDERS,
  providerConfig: Record<string, unknown>,
  metadata: Record<string, unknown>,
): TerraformJson {
  const backend = stackBackend(stack, options.outdir);
  const outputs = Object.keys(doc.json.output ?? {});
  return {
    ...doc.json,
    "//": {
      metadata: { backend: backend.type, ...metadata, stackName: stack, version: CDKTF_VERSION },
      outputs: { [stack]: Object.fromEntries(outputs.map((o) => [o, o])) },
    },
    provider: { [provider]: [providerConfig] },
    terraform: {
      backend: { [backend.type]: backend.attributes },
      required_providers: { [provider]: { ...REQUIRED_PROVIDERS[provider] } },
    },
  };
}
