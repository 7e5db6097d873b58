// Reads generated modules back from disk (HCL -> Terraform JSON with @cdktf/hcl2json) so verify,
// diagram and audit check the committed files themselves, with the spec's values as the inputs.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "@cdktf/hcl2json";
import type { Cluster } from "../spec/model";
import { moduleDirName, renderingsOf } from "../modules/naming";
import { exampleArguments } from "../modules/usage";
import { bindableSettings } from "../flows/bindings";
import { moduleVariables, Rendering } from "../modules/variables";
import type { Target } from "../flows/target";
import type { TfJson } from "../verify/terraform-json";
import type { Inputs } from "../verify/terraform-refs";
import { VerifyError } from "../verify/errors";
import { unwrapHclJson } from "../validate/hcl-file";

export interface ModuleDoc {
  readonly name: string;
  readonly cluster: Cluster;
  readonly target: Target;
  readonly doc: TfJson;
  readonly inputs: Inputs;
}

const FILES = ["main.tf", "variables.tf", "outputs.tf"];

export async function readModuleDocs(clusters: readonly Cluster[], dir: string): Promise<ModuleDoc[]> {
  const out: ModuleDoc[] = [];
  for (const cluster of clusters) {
    for (const rendering of renderingsOf(cluster)) {
      const name = moduleDirName(clusters, cluster, rendering);
      out.push({ name, cluster, target: targetOf(rendering), doc: await readModule(join(dir, name)), inputs: inputsFor(cluster, rendering) });
    }
  }
  return out;
}

function targetOf(r: Rendering): Target {
  return r.cloud === "aws" ? { cloud: "aws" } : { cloud: "huawei", model: r.model };
}

/** The values the module's usage example passes: the spec's own. */
function inputsFor(cluster: Cluster, rendering: Rendering): Inputs {
  const all = new Set(bindableSettings(cluster).map((s) => s.variable));
  return exampleArguments(cluster, rendering, moduleVariables(cluster, rendering, all)) as Inputs;
}

async function readModule(folder: string): Promise<TfJson> {
  const doc: Record<string, Record<string, unknown>> = {};
  for (const file of FILES) {
    const path = join(folder, file);
    if (!existsSync(path)) throw new VerifyError(`${path} is missing; run \`npm run modules\` for this spec`);
    const json = (await parse(path, readFileSync(path, "utf8"))) as Record<string, Record<string, unknown>>;
    for (const [kind, blocks] of Object.entries(unwrapHclJson(json))) {
      doc[kind] = { ...(doc[kind] ?? {}), ...blocks };
    }
  }
  return doc as TfJson;
}
