// `scripts/cluster-sg.ts diagram` and `audit` as a user runs them, on the reference spec and on
// its cce-default variant. The commands run in parallel; `diagram --out` is in diagram.test.ts.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Run, clusterSg } from "./support/cluster-sg-cli";
import { ROOT } from "./support/synth";


const scratch = mkdtempSync(join(tmpdir(), "cluster-sg-audit-cli-"));
const cceDefault = join(scratch, "cce-default.yaml");
let diagram: Run;
let audit: Run;
let strictCceDefault: Run;

beforeAll(async () => {
  writeFileSync(cceDefault, readFileSync(join(ROOT, "examples", "reference.yaml"), "utf8").replace("profile: narrowed", "profile: cce-default"));
  [diagram, audit, strictCceDefault] = await Promise.all([
    clusterSg(["diagram"]),
    clusterSg(["audit", "--strict"]),
    clusterSg(["audit", "--spec", cceDefault, "--strict", "--json"]),
  ]);
});

test("diagram: a Markdown heading and a mermaid block per stack, exit 0", () => {
  expect(diagram.stderr).toBe("");
  expect(diagram.code).toBe(0);
  for (const stack of ["prod-aws-eks", "prod-cce-vpc", "prod-cce-tunnel", "prod-cce-turbo"]) {
    expect(diagram.stdout).toContain(`## ${stack}\n\n\`\`\`mermaid\nflowchart LR\n`);
  }
  expect(diagram.stdout).toContain('  net_internet -->|"TCP 443"| if_tier_edge\n');
  expect(diagram.stdout).toContain('  if_tier_edge -->|"TCP 8080, TCP 8081"| if_node_pool_apps\n');
});

test("audit --strict on the reference spec: info rows and CCE's own 5443, suppressed by the spec, exit 0", () => {
  expect(audit.stderr).toBe("");
  expect(audit.code).toBe(0);
  expect(audit.stdout).toContain("## prod-cce-tunnel: nothing open at medium or above (0 low, 3 info, 1 suppressed)");
  expect(audit.stdout).toContain("| severity | finding | status | controls | group | rule | traffic | from | why |");
  expect(audit.stdout).toMatch(/^\| info \| vendor-required-from-anywhere \| authorized \|  \| node \| huaweicloud_networking_secgroup_rule\.node_ingress_udp_ipv4_from_0-0-0-0_0 \| UDP 4789 \| 0\.0\.0\.0\/0 \|/m);
  expect(audit.stdout).toMatch(/^audit: nothing open at medium or above on 4 stacks \(7 info, 3 suppressed\)$/m);
  expect(audit.stdout).toMatch(/^\| medium \| kube-apiserver-from-anywhere \| suppressed \|  \| control-plane \| control-plane \(CCE default rule of the master node security group\)/m);
});

test("audit --strict --json on cce-default: the SSH and NodePort findings (5443 is suppressed by the spec), exit 2", () => {
  expect(strictCceDefault.code).toBe(2);
  const report = JSON.parse(strictCceDefault.stdout);
  expect(report.passed).toBe(false);
  const open = report.clusters[0].stacks.flatMap((s: { stack: string; findings: Array<{ status: string; severity: string; id: string }> }) =>
    s.findings.filter((f) => f.status === "open").map((f) => `${s.stack} ${f.severity} ${f.id}`),
  );
  expect(open).toEqual(
    ["prod-cce-vpc", "prod-cce-tunnel", "prod-cce-turbo"].flatMap((s) => [
      `${s} high ssh-from-anywhere`,
      `${s} medium nodeport-from-anywhere`,
      `${s} medium nodeport-from-anywhere`,
    ]),
  );
});
