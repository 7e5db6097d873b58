// `scripts/cluster-sg.ts verify` and `parity` as a user runs them: on the reference spec, on a
// stacks folder with a required rule deleted, and on a bad spec. The commands run in parallel.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Run, clusterSg } from "./support/cluster-sg-cli";
import { ROOT, referenceSpec, stackDir, synthSpec } from "./support/synth";


let verify: Run;
let parity: Run;
let broken: Run;
let badSpec: Run;

beforeAll(async () => {
  // A synthesized folder whose database no longer admits the web tier.
  const synthesized = synthSpec(referenceSpec());
  const file = join(stackDir(synthesized, "prod-aws-eks"), "cdk.tf.json");
  const doc = JSON.parse(readFileSync(file, "utf8"));
  delete doc.resource.aws_vpc_security_group_ingress_rule["orders-db_ingress_tcp_5432_from_web"];
  writeFileSync(file, JSON.stringify(doc));
  const bad = join(mkdtempSync(join(tmpdir(), "cluster-sg-verify-cli-")), "bad.yaml");
  writeFileSync(bad, readFileSync(join(ROOT, "examples", "reference.yaml"), "utf8").replace("10.0.0.0/16", "10.0.1.0/16"));
  [verify, parity, broken, badSpec] = await Promise.all([
    clusterSg(["verify"]),
    clusterSg(["parity"]),
    clusterSg(["verify", "--stacks", synthesized.outdir, "--json"]),
    clusterSg(["verify", "--spec", bad]),
  ]);
});

test("verify on the reference spec: a flow matrix per stack, exit 0", () => {
  expect(verify.stderr).toBe("");
  expect(verify.code).toBe(0);
  for (const stack of ["prod-aws-eks", "prod-cce-vpc", "prod-cce-tunnel", "prod-cce-turbo"]) {
    expect(verify.stdout).toMatch(new RegExp(`^## ${stack}: \\d+ interfaces, \\d+ checks, all passed$`, "m"));
  }
  // Each stack first lists its interfaces and the groups they carry.
  expect(verify.stdout).toContain("## prod-aws-eks: 9 interfaces, ");
  expect(verify.stdout).toContain("| interface | groups (in order) |");
  expect(verify.stdout).toContain("| node-pool:system | node (node), node-addon (node-addon) |");
  expect(verify.stdout).toContain("| pods:web | eni (eni");
  expect(verify.stdout).toContain("| check | from | to | traffic | expected | actual | verdict |");
  expect(verify.stdout).toContain("| required (web -> orders-db) | node-pool:apps | tier:orders-db | TCP 5432 | allowed | allowed | PASS |");
  expect(verify.stdout).toContain("| required (web -> orders-db) | pods:web | tier:orders-db | TCP 5432 | allowed | allowed | PASS |");
  expect(verify.stdout).toContain("| internet-only-load-balancers | internet | tier:edge | ALL | denied except TCP 443 [s000-lb-in-internet] | only TCP 443 | PASS |");
  expect(verify.stdout).toContain("| no-ssh-from-internet | internet | node-pool:apps | TCP 22 | denied except TCP 22 from admin CIDRs [s004-t3-in-ssh-admin] | only TCP 22 from 203.0.113.0/24 | PASS |");
  expect(verify.stdout).toContain("| database-only-from-clients | pods:default | tier:orders-db | ALL | denied | denied | PASS |");
  expect(verify.stdout).toMatch(/^verify: \d+ checks on 4 stacks, all passed$/m);
});

test("parity on the reference spec: every flow with its verdict per target and why they differ", () => {
  expect(parity.code).toBe(0);
  expect(parity.stdout).toContain("| from | to | traffic | aws-eks | cce-vpc | cce-tunnel | cce-turbo | why they differ |");
  expect(parity.stdout).toContain(
    "| anywhere 0.0.0.0/0 | node-pool:apps | UDP 4789 | denied | partial | required: allowed | partial | cce-tunnel needs UDP 4789 (seed 004 Table 3: s004-t3-in-vxlan-any); aws-eks: Huawei CCE only;",
  );
  expect(parity.stdout).toContain("| node-pool:apps | tier:orders-db | TCP 5432 | required: allowed | required: allowed | required: allowed | required: allowed |  |");
  expect(parity.stdout).toContain("| pods:web | tier:orders-db | TCP 5432 | n/a (no pods:web interface) | n/a (no pods:web interface) | n/a (no pods:web interface) | required: allowed |");
});

test("verify --stacks with a required rule deleted: JSON names the failing flow, exit 2", () => {
  expect(broken.code).toBe(2);
  const report = JSON.parse(broken.stdout);
  expect(report.passed).toBe(false);
  // Each stack lists its interfaces and the groups they carry, in order.
  expect(report.stacks[0].interfaces[0]).toEqual({
    id: "control-plane",
    groups: [{ tier: "cluster", role: "cluster", createdByCloud: true }, { tier: "control-plane", role: "control-plane", createdByCloud: false }],
  });
  expect(report.stacks.map((s: { placementProblems: string[] }) => s.placementProblems)).toEqual([[], [], [], []]);
  const failed = report.stacks.flatMap((s: { stack: string; checks: Array<{ verdict: string }> }) => s.checks.filter((c) => c.verdict === "fail").map((c) => ({ stack: s.stack, ...c })));
  expect(failed).toEqual([
    expect.objectContaining({
      stack: "prod-aws-eks", check: "required", flow: "web -> orders-db", from: "node-pool:apps", to: "tier:orders-db", traffic: "TCP 5432", actual: "denied",
      reason: "no ingress rule of tier:orders-db lets TCP 5432 in from node-pool:apps",
    }),
  ]);
});

test("a bad spec: one error line naming the file and the fix, exit 1", () => {
  expect(badSpec.code).toBe(1);
  expect(badSpec.stdout).toBe("");
  expect(badSpec.stderr).toMatch(/^error: .*bad\.yaml: clusters\[0\]\.network\.vpcCidrs\[0\]: "10\.0\.1\.0\/16" has host bits set \(did you mean 10\.0\.0\.0\/16\?\)\n$/);
});
