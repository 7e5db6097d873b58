// `--offline` stacks plan with no AWS environment at all: no credentials, no region, no profile,
// no home folder with ~/.aws. The stack the same command writes without --offline fails there,
// so the test can tell the two apart.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { initCopy } from "./support/terraform";
import { REFERENCE, ROOT } from "./support/synth";

const work = mkdtempSync(join(tmpdir(), "cluster-sg-offline-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Only what terraform itself needs: PATH, an empty home folder, no AWS_* variable. */
function bareEnv(): NodeJS.ProcessEnv {
  const home = mkdtempSync(join(work, "home-"));
  return { PATH: process.env.PATH, HOME: home, CHECKPOINT_DISABLE: "1", TF_IN_AUTOMATION: "1" };
}

function synthAndPlan(flags: string[]) {
  const out = join(work, flags.length > 0 ? "offline" : "online");
  const synth = spawnSync(process.execPath, [join(ROOT, "bin", "cluster-sg-synth.js"), "--spec", REFERENCE, "--out", out, ...flags], {
    cwd: ROOT,
    env: bareEnv(),
    encoding: "utf8",
  });
  expect(synth.stderr).toBe("");
  const dir = initCopy(join(out, "stacks", "prod-aws-eks"));
  const env = bareEnv();
  expect(Object.keys(env).filter((k) => k.startsWith("AWS_"))).toEqual([]);
  return spawnSync("terraform", ["plan", "-input=false", "-lock=false", "-refresh=false", "-no-color"], { cwd: dir, env, encoding: "utf8" });
}

test("an --offline stack plans with no AWS environment variables", () => {
  const r = synthAndPlan(["--offline"]);
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/Plan: \d+ to add, 0 to change, 0 to destroy/);
}, 120_000);

test("control: the same stack without --offline needs credentials", () => {
  const r = synthAndPlan([]);
  expect(r.status).not.toBe(0);
  expect(r.stderr).toMatch(/credential|region/i);
}, 120_000);
