// The `cdktf deploy` path: `cdktf diff` of the AWS stack runs offline against the local provider
// mirror, and the state backend can be swapped without touching the spec.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { terraformEnv } from "./support/terraform";
import { ROOT, referenceSpec, synthSpec } from "./support/synth";

test("npx cdktf diff plans the AWS stack offline", () => {
  const dir = mkdtempSync(join(tmpdir(), "cluster-sg-diff-"));
  const out = execFileSync("npx", ["cdktf", "diff", "prod-aws-eks", "--skip-provider-lock", "--output", join(dir, "cdktf.out")], {
    cwd: ROOT,
    env: { ...terraformEnv(dir), CLUSTER_SG_OFFLINE: "1", FORCE_COLOR: "0" },
    encoding: "utf8",
    stdio: "pipe",
  });
  expect(out).toMatch(/Plan: \d+ to add, 0 to change, 0 to destroy/);
});

test("CLUSTER_SG_BACKEND_CONFIG swaps the local backend for the one it names", () => {
  const dir = mkdtempSync(join(tmpdir(), "cluster-sg-backend-"));
  const file = join(dir, "backend.json");
  writeFileSync(file, JSON.stringify({ s3: { bucket: "tf-state", key: "cluster-sg/{stack}.tfstate", region: "eu-west-1" } }));
  process.env.CLUSTER_SG_BACKEND_CONFIG = file;
  try {
    const tf = synthSpec(referenceSpec()).stacks["prod-aws-eks"];
    expect(tf.terraform?.backend).toEqual({ s3: { bucket: "tf-state", key: "cluster-sg/prod-aws-eks.tfstate", region: "eu-west-1" } });
  } finally {
    delete process.env.CLUSTER_SG_BACKEND_CONFIG;
  }
  expect(synthSpec(referenceSpec()).stacks["prod-aws-eks"].terraform?.backend).toEqual({ local: { path: expect.stringMatching(/terraform\.prod-aws-eks\.tfstate$/) } });
});
