// npm run modules [-- --spec PATH] [--out DIR]: regenerates the Terraform modules from the spec.
import { Command } from "commander";
import { runOrFail } from "../src/cli/fail";
import { DEFAULT_SPEC } from "../src/cli/synth";
import { writeModules } from "../src/cli/modules";

const program = new Command()
  .name("cluster-sg-modules")
  .description("Generate reusable Terraform modules from the topology spec")
  .option("--spec <path>", "topology spec (YAML)", process.env.CLUSTER_SG_SPEC ?? DEFAULT_SPEC)
  .option("--out <dir>", "modules folder", "modules")
  .parse();

runOrFail(() => {
  const o = program.opts<{ spec: string; out: string }>();
  const names = writeModules(o.spec, o.out);
  process.stdout.write(`wrote ${names.map((n) => `${o.out}/${n}`).join(", ")}\n`);
});
