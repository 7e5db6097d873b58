// Spec text is data: tags (keys and values), rule descriptions and suppression justifications full
// of Terraform syntax go through the real CLI (JSON stacks, --hcl stacks, --modules), and an
// offline `terraform plan` with the real hashicorp/aws provider plans each one verbatim. Before,
// `${file("/etc/passwd")}` planned the file's contents and an unterminated `${` broke the stacks.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { parse } from "@cdktf/hcl2json";
import { PlannedChange, initCopy, plan, terraform } from "./support/terraform";
import { HOSTILE_DESCRIPTION, HOSTILE_JUSTIFICATION, HOSTILE_TAGS, hostileSpec } from "./support/hostile";
import { ROOT } from "./support/synth";
import { loadStack } from "../src/verify/load-stack";

const work = mkdtempSync(join(tmpdir(), "cluster-sg-literal-"));
const spec = join(work, "hostile.yaml");
writeFileSync(spec, stringify(hostileSpec()));

function cli(...args: string[]): string {
  const env = { ...process.env };
  delete env.CDKTF_OUTDIR;
  delete env.CLUSTER_SG_SPEC;
  return execFileSync(process.execPath, ["-r", "ts-node/register/transpile-only", "main.ts", "--spec", spec, ...args], { cwd: ROOT, env, encoding: "utf8", stdio: "pipe" });
}

/** Every planned security group carries the spec's tags exactly as written (plus ours). */
function expectHostileTags(changes: PlannedChange[]): void {
  const groups = changes.filter((c) => c.type === "aws_security_group");
  expect(groups.length).toBeGreaterThan(0);
  for (const g of groups) {
    expect({ address: g.address, tags: g.after.tags }).toEqual({ address: g.address, tags: expect.objectContaining(HOSTILE_TAGS) });
    // Nothing was read from the machine.
    expect(JSON.stringify(g.after)).not.toMatch(/root:/);
  }
}

function expectHostileDescription(changes: PlannedChange[]): void {
  const described = changes.filter((c) => c.after.description === HOSTILE_DESCRIPTION).map((c) => c.address);
  // spec rules[0] (jump -> web 8080): the egress rule on jump and the ingress rule on web.
  expect(described.sort()).toEqual([
    "aws_vpc_security_group_egress_rule.jump_egress_tcp_8080_to_web",
    "aws_vpc_security_group_ingress_rule.web_ingress_tcp_8080_from_jump",
  ]);
}

describe("hostile spec text through the CLI", () => {
  const json = join(work, "json");
  const hcl = join(work, "hcl");
  const modules = join(work, "modules");
  beforeAll(() => {
    expect(cli("--out", json, "--offline", "--modules", modules)).toMatch(/^synthesized .*\nwrote 4 modules/);
    cli("--out", hcl, "--offline", "--hcl");
  }, 60_000);

  test("JSON stack: validate and offline plan hold every string verbatim", () => {
    const dir = initCopy(join(json, "stacks", "prod-aws-eks"));
    expect(terraform(dir, ["validate"])).toContain("Success");
    const changes = plan(dir);
    expectHostileTags(changes);
    expectHostileDescription(changes);
  }, 120_000);

  test("--hcl stack: fmt-clean, validate and offline plan hold every string verbatim", () => {
    const stack = join(hcl, "stacks", "prod-aws-eks");
    terraform(stack, ["fmt", "-check"]);
    const dir = initCopy(stack);
    expect(terraform(dir, ["validate"])).toContain("Success");
    const changes = plan(dir);
    expectHostileTags(changes);
    expectHostileDescription(changes);
  }, 120_000);

  test("module example (examples/basic): fmt-clean, validate and offline plan pass the tags through verbatim", () => {
    // Every module and example, CCE ones included (fmt -check fails on a file it would change).
    terraform(modules, ["fmt", "-check", "-recursive"]);
    const dir = initCopy(join(modules, "aws-eks-security-groups"), join("examples", "basic"));
    expect(terraform(dir, ["validate"])).toContain("Success");
    // The example's provider reads the environment; an override file adds the offline flags.
    writeFileSync(join(dir, "offline_override.tf"), 'provider "aws" {\n  skip_credentials_validation = true\n  skip_requesting_account_id  = true\n  skip_metadata_api_check     = true\n  skip_region_validation      = true\n}\n');
    expectHostileTags(plan(dir));
  }, 120_000);

  test("module README: the usage block holds the tags as escaped literals", async () => {
    const readme = readFileSync(join(modules, "aws-eks-security-groups", "README.md"), "utf8");
    const usage = /```hcl\n([\s\S]*?)```/.exec(readme)![1];
    const parsed = (await parse("usage.tf", usage)) as { module: Record<string, Array<{ tags: Record<string, string> }>> };
    const tags = parsed.module.eks_sg[0].tags;
    // hcl2json shows templates as written: Terraform reads "$${" as "${" and "%%{" as "%{".
    expect(tags.team).toBe('$${file("/etc/passwd")}');
    expect(tags.loop).toBe("%%{ for x in [1] }x%%{ endfor }");
    expect(tags.open).toBe("left $${ open");
    expect(tags['$${file("/etc/hostname")}']).toBe("key with an interpolation");
    expect(tags.heredoc).toBe(HOSTILE_TAGS.heredoc);
  });

  test("readers of our output (verify's stack model, audit) show the spec's text, not its escaped form", () => {
    const doc = JSON.parse(readFileSync(join(json, "stacks", "prod-aws-eks", "cdk.tf.json"), "utf8"));
    const described = loadStack(doc).rules.filter((r) => r.description === HOSTILE_DESCRIPTION).map((r) => r.address);
    expect(described.sort()).toEqual([
      "aws_vpc_security_group_egress_rule.jump_egress_tcp_8080_to_web",
      "aws_vpc_security_group_ingress_rule.web_ingress_tcp_8080_from_jump",
    ]);
    const audit = execFileSync(process.execPath, ["-r", "ts-node/register/transpile-only", "scripts/cluster-sg.ts", "audit", "--spec", spec, "--stacks", json], { cwd: ROOT, encoding: "utf8", stdio: "pipe" });
    expect(audit).toContain(`Suppressed (listener-from-anywhere on edge): ${HOSTILE_JUSTIFICATION}`);
  }, 60_000);
});
