// The commands a user runs: `npm run synth` (our own entry) and `npx cdktf synth` (the cdktf CLI
// running the same app), in JSON and HCL, on the reference spec.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./support/synth";
import { filesUnder } from "./support/files";

const env: NodeJS.ProcessEnv = { ...process.env, CHECKPOINT_DISABLE: "1" };
delete env.CLUSTER_SG_SPEC;

function run(cmd: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}): string {
  return execFileSync(cmd, args, { cwd: ROOT, env: { ...env, ...extraEnv }, encoding: "utf8", stdio: "pipe" });
}

test("npm run synth writes cdktf.out/stacks/<stack>/cdk.tf.json, twice byte-identical", () => {
  const out = mkdtempSync(join(tmpdir(), "cluster-sg-cli-"));
  const read = () => readFileSync(join(out, "cdktf.out", "stacks", "prod-aws-eks", "cdk.tf.json"), "utf8");
  run("npm", ["run", "--silent", "synth", "--", "--out", join(out, "cdktf.out")]);
  const first = read();
  expect(JSON.parse(first).resource.aws_security_group.node).toBeDefined();
  run("npm", ["run", "--silent", "synth", "--", "--out", join(out, "cdktf.out")]);
  expect(read()).toBe(first);
});

test("the spec comes from --spec, else $CLUSTER_SG_SPEC", () => {
  const out = mkdtempSync(join(tmpdir(), "cluster-sg-cli-"));
  const missing = join(out, "nope.yaml");
  expect(() => run("npm", ["run", "--silent", "synth", "--", "--out", join(out, "o")], { CLUSTER_SG_SPEC: missing })).toThrow(/nope\.yaml/);
  expect(() => run("npm", ["run", "--silent", "synth", "--", "--spec", missing, "--out", join(out, "o")])).toThrow(/nope\.yaml/);
  expect(existsSync(join(out, "o"))).toBe(false);
});

test("npx cdktf synth, JSON", () => {
  const out = mkdtempSync(join(tmpdir(), "cluster-sg-cdktf-"));
  run("npx", ["cdktf", "synth", "--output", join(out, "json")]);
  expect(JSON.parse(readFileSync(join(out, "json", "stacks", "prod-aws-eks", "cdk.tf.json"), "utf8")).resource).toBeDefined();
});

test("npm run synth -- --hcl and npx cdktf synth --hcl write the same fmt-clean HCL", () => {
  // Sibling folders: the stacks' local state path is relative to the output folder.
  const out = mkdtempSync(join(tmpdir(), "cluster-sg-hcl-"));
  run("npm", ["run", "--silent", "synth", "--", "--hcl", "--out", join(out, "own")]);
  run("npx", ["cdktf", "synth", "--hcl", "--output", join(out, "cdktf")]);
  const own = filesUnder(join(out, "own"));
  const hcl = own["stacks/prod-aws-eks/cdk.tf"];
  expect(hcl).toMatch(/^terraform \{/);
  expect(hcl).toMatch(/resource "aws_vpc_security_group_ingress_rule" "node_ingress_tcp_1025-65535_from_control-plane"/);
  expect(own["stacks/prod-cce-tunnel/cdk.tf"]).toContain('resource "huaweicloud_networking_secgroup_rule"');
  expect(Object.keys(own).filter((f) => f.endsWith(".tf.json"))).toEqual([]);
  expect(filesUnder(join(out, "cdktf"))).toEqual(own);
  // fmt -check exits non-zero (run throws) when it would change a file.
  run("terraform", ["fmt", "-check", "-recursive", out]);
});
