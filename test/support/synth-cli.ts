// Runs the synth command (main.ts) as a user would, in its own process, for bad-input tests.
import { spawn } from "node:child_process";
import { ROOT } from "./synth";

export const PROCESS_TIMEOUT_MS = 60_000;

export interface SynthRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

export function runSynthCli(spec: string, out: string): Promise<SynthRun> {
  const env = { ...process.env };
  delete env.CLUSTER_SG_SPEC;
  delete env.CDKTF_OUTDIR; // set, it would hand the output folder to the cdktf CLI and ignore --out
  delete env.CLUSTER_SG_OFFLINE;
  const started = Date.now();
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ["-r", "ts-node/register/transpile-only", "main.ts", "--spec", spec, "--out", out], {
      cwd: ROOT,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), PROCESS_TIMEOUT_MS);
    child.on("error", fail);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      done({ code, signal, stdout, stderr, ms: Date.now() - started });
    });
  });
}
