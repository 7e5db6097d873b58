// The compiled command (built by `npm run build:cli` or on first use; bin/cluster-sg-synth.js): the
// bundle with its V8 code cache must write what the TypeScript sources write, fail on bad input as
// they do, and write --hcl stacks with the project's own HCL writer (no cdktf needed).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadSpecFile } from "../src/spec/load";
import { writeStacksJson } from "../src/terraform-json/synth";
import { generateModules } from "../src/modules/generate";
import { REFERENCE, ROOT } from "./support/synth";
import { filesUnder } from "./support/files";

const BIN = join(ROOT, "bin", "cluster-sg-synth.js");
const CACHE = join(ROOT, "dist", "cluster-sg-synth.js.modules.v8-cache");
let work: string;

function run(...args: string[]) {
  const env = { ...process.env };
  delete env.CDKTF_OUTDIR;
  delete env.CLUSTER_SG_SPEC;
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env, encoding: "utf8", timeout: 120_000 });
}

beforeAll(() => {
  const build = spawnSync("npm", ["run", "--silent", "build:cli"], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
  if (build.status !== 0) throw new Error(`npm run build:cli failed:\n${build.stderr}`);
  rmSync(CACHE, { force: true });
  work = mkdtempSync(join(tmpdir(), "cluster-sg-bin-"));
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

test("writes the stacks and modules the sources write, first without and then with its code cache", () => {
  const first = run("--spec", REFERENCE, "--out", join(work, "a", "out"), "--modules", join(work, "a", "modules"));
  expect(first.status).toBe(0);
  expect(existsSync(CACHE)).toBe(true);
  const second = run("--spec", REFERENCE, "--out", join(work, "b", "out"), "--modules", join(work, "b", "modules"));
  expect(second.status).toBe(0);
  expect(second.stdout).toMatch(/^synthesized prod-aws-eks, prod-cce-vpc, prod-cce-tunnel, prod-cce-turbo into .*\nwrote 4 modules into /);

  // The same files from the sources, in a sibling folder (the local state path is relative to it).
  const clusters = loadSpecFile(REFERENCE);
  writeStacksJson(clusters, join(work, "c", "out"));
  const expected = filesUnder(join(work, "c", "out"));
  // Plus the marker that lets the next run replace the folder.
  const MARKER = ".cluster-sg-output";
  const withoutMarker = (files: Record<string, string>) => Object.fromEntries(Object.entries(files).filter(([f]) => f !== MARKER));
  for (const side of ["a", "b"]) {
    expect(withoutMarker(filesUnder(join(work, side, "out")))).toEqual(expected);
    expect(filesUnder(join(work, side, "out"))[MARKER]).toMatch(/^cluster-sg stacks output/);
  }
  const modules = Object.fromEntries(generateModules(clusters).flatMap((m) => Object.entries(m.files).map(([f, text]) => [join(m.name, f), text])));
  for (const side of ["a", "b"]) expect(withoutMarker(filesUnder(join(work, side, "modules")))).toEqual(modules);
});

test("bad input: one error line naming the spec path, exit 1, nothing written", () => {
  const r = run("--spec", join(ROOT, "test", "fixtures", "invalid", readdirSync(join(ROOT, "test", "fixtures", "invalid")).sort()[0]), "--out", join(work, "bad"));
  expect(r.status).toBe(1);
  expect(r.stderr.trim().split("\n")).toHaveLength(1);
  expect(r.stderr).toMatch(/^error: /);
  expect(existsSync(join(work, "bad"))).toBe(false);
});

test("--hcl writes HCL stacks, as the TypeScript sources do", () => {
  const r = run("--spec", REFERENCE, "--out", join(work, "hcl"), "--hcl");
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  expect(readFileSync(join(work, "hcl", "stacks", "prod-aws-eks", "cdk.tf"), "utf8")).toMatch(/resource "aws_security_group" "node"/);
  expect(existsSync(join(work, "hcl", "stacks", "prod-aws-eks", "cdk.tf.json"))).toBe(false);
}, 120_000);
