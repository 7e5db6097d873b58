// cluster-sg: proves from the synthesized Terraform that the security groups allow exactly the
// intended traffic.
//   verify  flow matrix per stack (required flows and least-privilege policy); exit 2 on a failure
//   parity  every abstract flow with its verdict on AWS and on each CCE network model
import { Command } from "commander";
import { DEFAULT_SPEC } from "../src/cli/synth";
import { parityCommand, runCommand, verifyCommand } from "../src/cli/verify-commands";

const spec = process.env.CLUSTER_SG_SPEC ?? DEFAULT_SPEC;
const program = new Command().name("cluster-sg").description("Check synthesized security groups against the spec");

program
  .command("verify")
  .description("Check every stack: required flows allowed, least-privilege policy kept (exit 2 if not)")
  .option("--spec <path>", "topology spec (YAML)", spec)
  .option("--stacks <dir>", "read stacks from this cdktf output folder instead of synthesizing the spec")
  .option("--json", "print JSON instead of Markdown", false)
  .action((o: { spec: string; stacks?: string; json: boolean }) => runCommand(() => verifyCommand(o)));

program
  .command("parity")
  .description("Compare every abstract flow across AWS EKS and the CCE network models")
  .option("--spec <path>", "topology spec (YAML)", spec)
  .option("--json", "print JSON instead of Markdown", false)
  .action((o: { spec: string; json: boolean }) => runCommand(() => parityCommand(o)));

program.parse();
