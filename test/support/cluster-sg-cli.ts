// Runs `scripts/cluster-sg.ts` as a user would, collecting exit code and output (in parallel-safe form).
import { execFile } from "node:child_process";
import { ROOT } from "./synth";

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

const env: NodeJS.ProcessEnv = { ...process.env, CHECKPOINT_DISABLE: "1" };
delete env.CLUSTER_SG_SPEC;

export function clusterSg(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile("node", ["-r", "ts-node/register/transpile-only", "scripts/cluster-sg.ts", ...args], { cwd: ROOT, env, maxBuffer: 1 << 24 }, (err, stdout, stderr) =>
      resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
    );
  });
}
