// `npm run synth` and the other npm scripts run compiled code that is never stale: the first run
// builds the bundle, a run after a source changed rebuilds it, an unchanged tree reuses it. Done
// in a copy of the project (its node_modules linked), so the checkout is never edited.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./support/synth";

const copy = mkdtempSync(join(tmpdir(), "cluster-sg-fresh-"));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

beforeAll(() => {
  for (const entry of ["main.ts", "src", "generated", "scripts", "bin", "examples", "package.json", "package-lock.json", "tsconfig.json"]) {
    cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, "node_modules"), join(copy, "node_modules"));
});

function npmRun(script: string, ...args: string[]) {
  const env = { ...process.env };
  delete env.CDKTF_OUTDIR;
  delete env.CLUSTER_SG_SPEC;
  return spawnSync("npm", ["run", "--silent", script, "--", ...args], { cwd: copy, env, encoding: "utf8", timeout: 120_000 });
}

test("npm run synth builds on first use, reuses the bundle, and rebuilds after a source edit", () => {
  const bundle = join(copy, "dist", "cluster-sg-synth.js");
  const first = npmRun("synth", "--out", "a");
  expect(first.stderr).toBe("");
  expect(first.stdout).toMatch(/^synthesized prod-aws-eks, /);
  const built = statSync(bundle).mtimeMs;

  expect(npmRun("synth", "--out", "a").status).toBe(0);
  expect(statSync(bundle).mtimeMs).toBe(built);

  // An edit two imports away from main.ts changes what the command prints.
  const file = join(copy, "src", "cli", "synth.ts");
  const original = readFileSync(file, "utf8");
  writeFileSync(file, original.replace('export const DEFAULT_SPEC = "examples/reference.yaml";', 'export const DEFAULT_SPEC = "examples/missing.yaml";'));
  const edited = npmRun("synth", "--out", "b");
  expect(edited.status).toBe(1);
  expect(edited.stderr).toBe("error: examples/missing.yaml: (root): cannot read the spec file (ENOENT); pass an existing path\n");

  writeFileSync(file, original);
  expect(npmRun("synth", "--out", "b").status).toBe(0);
}, 180_000);

test("npm run modules runs its compiled script the same way", () => {
  const r = npmRun("modules", "--out", "m");
  expect(r.stderr).toBe("");
  expect(r.stdout).toMatch(/^wrote m\/aws-eks-security-groups, /);
  expect(statSync(join(copy, "dist", "scripts", "modules.js")).isFile()).toBe(true);
}, 180_000);

test("a source that does not compile is one error line, not a stale run", () => {
  const file = join(copy, "scripts", "write-json-schema.ts");
  writeFileSync(file, `${readFileSync(file, "utf8")}\nconst = ;\n`);
  const r = npmRun("schema");
  expect(r.status).toBe(1);
  expect(r.stderr).toMatch(/^error: scripts\/write-json-schema\.ts: cannot compile \(scripts\/write-json-schema\.ts:\d+: .*\); fix the source and run again\n$/);
}, 180_000);
