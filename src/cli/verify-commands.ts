// The `verify` and `parity` commands: load the spec, get the stacks (synthesized in-process, or
// read from --stacks), run the checker, print Markdown or JSON. Exit codes: 0 all good, 1 bad input,
// 2 a required flow is denied or a forbidden one allowed.
import { loadSpecFile } from "../spec/load";
import { parity } from "../verify/parity";
import { parityJson, parityMarkdown } from "../verify/parity-report";
import { readStackDocs } from "../verify/stack-files";
import type { TfJson } from "../verify/terraform-json";
import { verifyJson, verifyMarkdown } from "../verify/verify-report";
import { verifyStacks } from "../verify/verify-stacks";
import { VerifyError } from "../verify/errors";
import type { Cluster } from "../spec/model";
import { runOrFail } from "./fail";
import { stackNames, synthesizeStacks } from "./verify-synth";

export const EXIT_CHECK_FAILED = 2;

export interface VerifyOptions {
  readonly spec: string;
  readonly stacks?: string;
  readonly json?: boolean;
}

export function verifyCommand(o: VerifyOptions): number {
  const clusters = loadSpecFile(o.spec);
  const reports = verifyStacks(clusters, docsFor(clusters, o.stacks));
  process.stdout.write(o.json ? `${JSON.stringify(verifyJson(reports), null, 2)}\n` : verifyMarkdown(reports));
  return reports.every((r) => r.passed) ? 0 : EXIT_CHECK_FAILED;
}

export function parityCommand(o: { readonly spec: string; readonly json?: boolean }): number {
  const clusters = loadSpecFile(o.spec);
  const docs = docsFor(clusters, undefined);
  const tables = clusters.map((c) => parity(c, docs));
  process.stdout.write(o.json ? `${JSON.stringify(parityJson(tables), null, 2)}\n` : parityMarkdown(tables));
  return 0;
}

/** The spec's stacks: read from a cdktf output folder, or synthesized in-process. */
export function docsFor(clusters: readonly Cluster[], stacksDir: string | undefined): Record<string, TfJson> {
  return stacksDir ? readStackDocs(stacksDir, stackNames(clusters)) : synthesizeStacks(clusters);
}

/** Like runOrFail, for commands that return an exit code and may reject their input as VerifyError. */
export function runCommand(main: () => number): void {
  runOrFail(() => {
    try {
      process.exitCode = main();
    } catch (e) {
      if (!(e instanceof VerifyError)) throw e;
      process.stderr.write(`error: ${e.message}\n`);
      process.exit(1);
    }
  });
}
