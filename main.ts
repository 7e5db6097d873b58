// The cdktf app: `npm run synth` and `npx cdktf synth` both run this file.
// Spec: --spec PATH, else $CLUSTER_SG_SPEC, else examples/reference.yaml.
import { Command } from "commander";
import { runOrFail } from "./src/cli/fail";
import { DEFAULT_SPEC, synthClusters } from "./src/cli/synth";
import { writeClusterModules } from "./src/cli/modules";
import { checkOutputDirs } from "./src/cli/output-dirs";
import { loadSpecFile } from "./src/spec/load";

const program = new Command()
  .name("cluster-sg-synth")
  .description("Render the topology spec into security group stacks for AWS EKS and Huawei CCE")
  .option("--spec <path>", "topology spec (YAML)", process.env.CLUSTER_SG_SPEC ?? DEFAULT_SPEC)
  .option("--out <dir>", "output folder", process.env.CDKTF_OUTDIR ?? "cdktf.out")
  .option("--offline", "add the AWS provider's skip_* flags for planning without credentials", process.env.CLUSTER_SG_OFFLINE === "1")
  .option("--hcl", "write HCL (cdk.tf) instead of JSON", false)
  .option("--modules <dir>", "also write the Terraform modules into this folder (as `npm run modules`)")
  .parse();

runOrFail(() => {
  const o = program.opts<{ spec: string; out: string; offline: boolean; hcl: boolean; modules?: string }>();
  const clusters = loadSpecFile(o.spec);
  // Both folders are checked before either is written: a refused --modules leaves --out untouched too.
  checkOutputDirs({ stacks: process.env.CDKTF_OUTDIR ? undefined : o.out, modules: o.modules });
  const stacks = synthClusters(clusters, o);
  if (!process.env.CDKTF_OUTDIR) process.stdout.write(`synthesized ${stacks.join(", ")} into ${o.out}\n`);
  if (o.modules) process.stdout.write(`wrote ${writeClusterModules(clusters, o.modules).length} modules into ${o.modules}\n`);
});
