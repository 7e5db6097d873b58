// verify / audit / diagram over the generated module files on disk (--modules), as a user runs them.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./support/synth";

const cli = (...args: string[]) =>
  spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", "scripts/cluster-sg.ts", ...args], { cwd: ROOT, encoding: "utf8" });

test("verify, parity, audit --strict and diagram work on the committed modules", () => {
  const verify = cli("verify", "--modules", "modules");
  expect(verify.status).toBe(0);
  expect(verify.stdout).toMatch(/verify: \d+ checks on 4 stacks, all passed/);
  expect(cli("audit", "--strict", "--modules", "modules").status).toBe(0);
  const parity = cli("parity", "--modules", "modules");
  expect(parity.status).toBe(0);
  expect(parity.stdout).toContain("cce-tunnel needs UDP 4789 (seed 004 Table 3: s004-t3-in-vxlan-any)");
  const diagram = cli("diagram", "--modules", "modules");
  expect(diagram.stdout).toContain("## huaweicloud-cce-tunnel");
  expect(diagram.stdout).toMatch(/if_node_pool_apps -->\|"TCP 5432"\| if_tier_orders_db/);
});

test("a module with the database rule removed fails verify (exit 2)", () => {
  const dir = mkdtempSync(join(tmpdir(), "cluster-sg-modules-"));
  cpSync(join(ROOT, "modules"), dir, { recursive: true });
  const main = join(dir, "aws-eks-security-groups", "main.tf");
  const text = readFileSync(main, "utf8");
  const cut = text.replace(/resource "aws_vpc_security_group_ingress_rule" "orders_db_ingress_tcp_orders_db_port_from_web" \{[^}]*\}\n/, "");
  expect(cut).not.toBe(text);
  writeFileSync(main, cut);
  const verify = cli("verify", "--modules", dir);
  expect(verify.status).toBe(2);
  expect(verify.stdout).toContain("FAIL");
});

test("verify refuses to judge a module whose *_additional_rules hold rules (they trace to no seed row)", () => {
  const dir = mkdtempSync(join(tmpdir(), "cluster-sg-modules-"));
  cpSync(join(ROOT, "modules"), dir, { recursive: true });
  const variables = join(dir, "aws-eks-security-groups", "variables.tf");
  const text = readFileSync(variables, "utf8");
  const start = text.indexOf('variable "node_security_group_additional_rules"');
  expect(start).toBeGreaterThan(-1);
  const at = text.indexOf("default     = {}", start);
  writeFileSync(variables, text.slice(0, at) + 'default     = { open = { type = "ingress", protocol = "-1", cidr_ipv4 = "0.0.0.0/0" } }' + text.slice(at + "default     = {}".length));
  const verify = cli("verify", "--modules", dir);
  expect(verify.status).not.toBe(0);
  expect(verify.stderr).toContain("var.node_security_group_additional_rules holds rules of your own");
});
