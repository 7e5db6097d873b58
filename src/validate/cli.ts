// Command-line front end for the huaweicloud schema validator, kept separate from the script so
// tests can drive it and capture its output.
import * as fs from "fs";
import * as path from "path";
import { checkHuaweicloudConfig, formatViolation } from "./huaweicloud-schema";

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

const USAGE = "usage: validate-huaweicloud <cdk.tf.json | file.tf.json | dir>...";

/** A directory (e.g. cdktf.out) stands for every *.tf.json below it, in a stable order. */
function expand(input: string): string[] {
  if (!fs.statSync(input).isDirectory()) return [input];
  return fs
    .readdirSync(input, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".tf.json"))
    .sort()
    .map((f) => path.join(input, f));
}

/** Returns the exit code: 0 clean, 1 violations found, 2 usage or unreadable input. */
export function runValidateHuaweicloud(args: string[], io: CliIo = { out: console.log, err: console.error }): number {
  if (args.length === 0 || args.includes("--help") || args.includes("-h")) {
    io.err(USAGE);
    return 2;
  }
  let blocks = 0;
  let violations = 0;
  try {
    const files = args.flatMap((a) => expand(path.resolve(a)));
    if (files.length === 0) throw new Error(`no *.tf.json files in ${args.join(", ")}`);
    for (const file of files) {
      const result = checkHuaweicloudConfig(JSON.parse(fs.readFileSync(file, "utf8")));
      blocks += result.blocksChecked;
      violations += result.violations.length;
      const shown = path.relative(process.cwd(), file) || file;
      for (const v of result.violations) io.out(`${shown}: ${formatViolation(v)}`);
    }
  } catch (e) {
    io.err(`validate-huaweicloud: ${(e instanceof Error ? e.message : String(e)).split("\n")[0]}`);
    return 2;
  }
  io.out(`${blocks} blocks checked, ${violations} violation${violations === 1 ? "" : "s"}`);
  return violations > 0 ? 1 : 0;
}
