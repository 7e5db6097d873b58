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
import { auditModules, diagramModules, parityModules, runAsync, verifyModules } from "../src/cli/module-commands";

const MODULES_HELP = "check the generated modules in this folder (e.g. modules) instead of stacks, with the spec's values as inputs";

const spec = process.env.CLUSTER_SG_SPEC ?? DEFAULT_SPEC;
const program = new Command().name("cluster-sg").description("Check synthesized security groups against the spec");

program
  .command("verify")
  .description("Check every stack: required flows allowed, least-privilege policy kept (exit 2 if not)")
  .option("--spec <path>", "topology spec (YAML)", spec)
  .option("--stacks <dir>", "read stacks from this cdktf output folder instead of synthesizing the spec")
  .option("--modules <dir>", MODULES_HELP)
  .option("--json", "print JSON instead of Markdown", false)
  .action((o: { spec: string; stacks?: string; modules?: string; json: boolean }) =>
    o.modules ? runAsync(() => verifyModules({ ...o, modules: o.modules! })) : runCommand(() => verifyCommand(o)),
  );

program
  .command("parity")
  .description("Compare every abstract flow across AWS EKS and the CCE network models")
  .option("--spec <path>", "topology spec (YAML)", spec)
  .option("--modules <dir>", MODULES_HELP)
  .option("--json", "print JSON instead of Markdown", false)
  .action((o: { spec: string; modules?: string; json: boolean }) =>
    o.modules ? runAsync(() => parityModules({ ...o, modules: o.modules! })) : runCommand(() => parityCommand(o)),
  );

program
  .command("diagram")
  .description("Draw each stack's allowed flows as a Mermaid flowchart (Markdown, or <stack>.mmd files with --out)")
  .option("--spec <path>", "topology spec (YAML)", spec)
  .option("--stacks <dir>", "read stacks from this cdktf output folder instead of synthesizing the spec")
  .option("--out <dir>", "write one <stack>.mmd file per stack into this folder")
  .option("--modules <dir>", MODULES_HELP)
  .action((o: { spec: string; stacks?: string; out?: string; modules?: string }) =>
    o.modules ? runAsync(() => diagramModules({ ...o, modules: o.modules! })) : runCommand(() => diagramCommand(o)),
  );

program
  .command("audit")
  .description("List risky rules per stack: open to the internet, no description (--strict: exit 2 if one at medium or above is open)")
  .option("--spec <path>", "topology spec (YAML)", spec)
  .option("--stacks <dir>", "read stacks from this cdktf output folder instead of synthesizing the spec")
  .option("--json", "print JSON instead of Markdown", false)
  .option("--strict", "exit 2 when an unsuppressed finding of medium or higher remains", false)
  .option("--modules <dir>", MODULES_HELP)
  .action((o: { spec: string; stacks?: string; modules?: string; json: boolean; strict: boolean }) =>
    o.modules
      ? runAsync(() => auditModules({ ...o, modules: o.modules! }))
      : runCommand(() => auditCommand(o, (c) => c.audit.suppressions)),
  );

void program.parseAsync();
