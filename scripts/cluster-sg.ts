// cluster-sg: proves from the synthesized Terraform that the security groups allow exactly the
// intended traffic.
//   verify  flow matrix per stack (required flows and least-privilege policy); exit 2 on a failure
//   parity  every abstract flow with its verdict on AWS and on each CCE network model
//   diagram Mermaid flowchart per stack of what the rules allow
//   audit   risky rules per stack (open to the internet, no description); --strict exits 2
import { Command } from "commander";
import { DEFAULT_SPEC } from "../src/cli/synth";
import { auditCommand } from "../src/cli/verify-audit";
import { parityCommand, runCommand, verifyCommand } from "../src/cli/verify-commands";
import { diagramCommand } from "../src/cli/verify-diagram";

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

program
  .command("diagram")
  .description("Draw each stack's allowed flows as a Mermaid flowchart (Markdown, or <stack>.mmd files with --out)")
  .option("--spec <path>", "topology spec (YAML)", spec)
  .option("--stacks <dir>", "read stacks from this cdktf output folder instead of synthesizing the spec")
  .option("--out <dir>", "write one <stack>.mmd file per stack into this folder")
  .action((o: { spec: string; stacks?: string; out?: string }) => runCommand(() => diagramCommand(o)));

program
  .command("audit")
  .description("List risky rules per stack: open to the internet, no description (--strict: exit 2 if one at medium or above is open)")
  .option("--spec <path>", "topology spec (YAML)", spec)
  .option("--stacks <dir>", "read stacks from this cdktf output folder instead of synthesizing the spec")
  .option("--json", "print JSON instead of Markdown", false)
  .option("--strict", "exit 2 when an unsuppressed finding of medium or higher remains", false)
  .action((o: { spec: string; stacks?: string; json: boolean; strict: boolean }) => runCommand(() => auditCommand(o, (c) => c.audit.suppressions)));

program.parse();
