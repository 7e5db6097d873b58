// Command-line front end for the huaweicloud schema validator, kept separate from the script so
// tests can drive it and capture its output. Takes synthesized Terraform JSON (cdk.tf.json) and
// Terraform HCL (the generated modules' .tf files), or folders of them.
import * as fs from "fs";
import * as path from "path";
import { checkHuaweicloudConfig, formatViolation } from "./huaweicloud-schema";
import { hclAsTfJson } from "./hcl-file";

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

const USAGE = "usage: validate-huaweicloud <cdk.tf.json | file.tf.json | file.tf | dir>...";
/** Far above any stack or module we write; a bigger file is not ours and is not parsed. */
export const MAX_INPUT_BYTES = 32 * 1024 * 1024;
/** Folders a directory walk skips: Terraform's and npm's downloads are not the caller's config. */
const SKIPPED_DIRS = new Set([".terraform", "node_modules", ".git"]);

const isHcl = (f: string) => f.endsWith(".tf");
const isJson = (f: string) => f.endsWith(".json");

/** A directory (e.g. cdktf.out, modules/) stands for every *.tf.json and *.tf below it, in a stable order. */
function expand(input: string): string[] {
  if (!fs.statSync(input).isDirectory()) {
    if (!isHcl(input) && !isJson(input)) throw new Error(`${input}: not Terraform configuration; pass .tf, .tf.json or cdk.tf.json files, or a folder`);
    return [input];
  }
  return fs
    .readdirSync(input, { recursive: true, encoding: "utf8" })
    .filter((f) => (f.endsWith(".tf.json") || isHcl(f)) && !f.split(path.sep).some((part) => SKIPPED_DIRS.has(part)))
    .sort()
    .map((f) => path.join(input, f));
}

/** Reads one file with bounds: size first, then JSON or HCL by its extension. */
async function readConfig(file: string): Promise<unknown> {
  const { size } = fs.statSync(file);
  if (size > MAX_INPUT_BYTES) throw new Error(`${file}: ${size} bytes, over the ${MAX_INPUT_BYTES}-byte limit for Terraform configuration`);
  const text = fs.readFileSync(file, "utf8");
  if (isHcl(file)) return hclAsTfJson(file, text);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Resolves to the exit code: 0 clean, 1 violations found, 2 usage or unreadable input. */
export async function runValidateHuaweicloud(args: string[], io: CliIo = { out: console.log, err: console.error }): Promise<number> {
  if (args.length === 0 || args.includes("--help") || args.includes("-h")) {
    io.err(USAGE);
    return 2;
  }
  let blocks = 0;
  let violations = 0;
  try {
    const files = args.flatMap((a) => expand(path.resolve(a)));
    if (files.length === 0) throw new Error(`no *.tf.json or *.tf files in ${args.join(", ")}`);
    for (const file of files) {
      const result = checkHuaweicloudConfig(await readConfig(file));
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
