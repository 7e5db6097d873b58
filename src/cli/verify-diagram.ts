// The `diagram` command: a Mermaid flowchart per stack of what its rules allow. Prints Markdown
// (a heading and a mermaid block per stack), or with --out writes <stack>.mmd files.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadSpecFile } from "../spec/load";
import { diagramForTerraformJson } from "../verify/diagram";
import { stackName, targetsOf } from "../verify/cluster-context";
import { docsFor } from "./verify-commands";

export interface DiagramCommandOptions {
  readonly spec: string;
  readonly stacks?: string;
  readonly out?: string;
}

export function diagramCommand(o: DiagramCommandOptions): number {
  const clusters = loadSpecFile(o.spec);
  const docs = docsFor(clusters, o.stacks);
  const diagrams = clusters.flatMap((cluster) =>
    targetsOf(cluster).map((target) => {
      const name = stackName(cluster, target);
      return { name, text: diagramForTerraformJson(docs[name], { cluster, target }) };
    }),
  );
  if (o.out) {
    mkdirSync(o.out, { recursive: true });
    for (const d of diagrams) writeFileSync(join(o.out, `${d.name}.mmd`), d.text);
    process.stdout.write(diagrams.map((d) => `${join(o.out!, `${d.name}.mmd`)}\n`).join(""));
  } else {
    process.stdout.write(diagrams.map((d) => `## ${d.name}\n\n\`\`\`mermaid\n${d.text}\`\`\`\n`).join("\n"));
  }
  return 0;
}
