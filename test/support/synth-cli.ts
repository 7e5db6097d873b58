// Runs the synth command as a user would (`npm run synth` runs bin/cluster-sg-synth.js, main.ts
// compiled), in its own process, for bad-input and output-folder tests.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "./synth";

export const SYNTH_BIN = join(ROOT, "bin", "cluster-sg-synth.js");

export const PROCESS_TIMEOUT_MS = 60_000;

export interface SynthRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

export function runSynthCli(spec: string, out: string): Promise<SynthRun> {
  return runCli(["--spec", spec, "--out", out]);
}

/** Any arguments to the synth command (or, with `script`, to a compiled npm script); `input` goes to stdin. */
export function runCli(args: string[], o: { cwd?: string; input?: string; script?: string } = {}): Promise<SynthRun> {
  const env = { ...process.env };
  delete env.CLUSTER_SG_SPEC;
  delete env.CDKTF_OUTDIR; // set, it would hand the output folder to the cdktf CLI and ignore --out
  delete env.CLUSTER_SG_OFFLINE;
  const started = Date.now();
  return new Promise((done, fail) => {
    const command = o.script ? [join(ROOT, "scripts", "run.js"), o.script] : [SYNTH_BIN];
    const child = spawn(process.execPath, [...command, ...args], {
      cwd: o.cwd ?? ROOT,
      env,
      stdio: [o.input === undefined ? "ignore" : "pipe", "pipe", "pipe"],
    });
    if (o.input !== undefined) child.stdin!.end(o.input);
    let stdout = "";
    let stderr = "";
    child.stdout!.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr!.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), PROCESS_TIMEOUT_MS);
    child.on("error", fail);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      done({ code, signal, stdout, stderr, ms: Date.now() - started });
    });
  });
}
