// Egress to outside networks: `rules[].to: {cidr}`, egress from a tier to hosts outside the cluster (a
// payment gateway, a partner API), through the commands a user runs: synth on both clouds, verify
// (the required suite holds the flow, traced to the spec path), audit (egress to anywhere or to a
// wide block is a finding), and bad input.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { Run, clusterSg } from "./support/cluster-sg-cli";
import { ROOT, SpecObject, variant } from "./support/synth";

const work = mkdtempSync(join(tmpdir(), "cluster-sg-egress-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function writeSpec(name: string, spec: SpecObject): string {
  const file = join(work, `${name}.yaml`);
  writeFileSync(file, stringify(spec));
  return file;
}

// Restricted egress everywhere (nodes keep 443/80 out), so only the spec's rules let web reach the
// outside hosts on 7443.
const egressSpec = () =>
  variant((c) => {
    c.egress = "restricted";
    c.huawei.egress = "restricted";
    c.rules.push(
      { from: { tier: "web" }, to: { cidr: "198.51.100.0/24" }, protocol: "tcp", ports: [7443], description: "Payment gateway" },
      { from: { tier: "web" }, to: { cidr: "0.0.0.0/0" }, protocol: "tcp", ports: [8443], description: "Partner API" },
      { from: { tier: "web" }, to: { cidr: "100.64.0.0/10" }, protocol: "udp", ports: ["5000-5001"], description: "Partner range" },
    );
  });

const STACKS = ["prod-aws-eks", "prod-cce-vpc", "prod-cce-tunnel", "prod-cce-turbo"];
let spec: string;
let out: string;
let verify: Run;
let audit: Run;

beforeAll(async () => {
  spec = writeSpec("egress", egressSpec());
  out = join(work, "out");
  const synth = spawnSync(process.execPath, [join(ROOT, "bin", "cluster-sg-synth.js"), "--spec", spec, "--out", out], { cwd: ROOT, encoding: "utf8" });
  expect(synth.stderr).toBe("");
  expect(synth.status).toBe(0);
  [verify, audit] = await Promise.all([
    clusterSg(["verify", "--spec", spec, "--stacks", out, "--json"]),
    clusterSg(["audit", "--spec", spec, "--stacks", out, "--json"]),
  ]);
}, 120_000);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const stack = (name: string): any => JSON.parse(readFileSync(join(out, "stacks", name, "cdk.tf.json"), "utf8"));

test("AWS: one egress rule per outside CIDR on the web group, with the spec's description", () => {
  const egress = stack("prod-aws-eks").resource.aws_vpc_security_group_egress_rule;
  const web = "${aws_security_group.web.id}";
  expect(egress["web_egress_tcp_7443_to_198-51-100-0_24"]).toMatchObject({ security_group_id: web, cidr_ipv4: "198.51.100.0/24", ip_protocol: "tcp", from_port: 7443, to_port: 7443, description: "Payment gateway" });
  expect(egress["web_egress_tcp_8443_to_0-0-0-0_0"]).toMatchObject({ security_group_id: web, cidr_ipv4: "0.0.0.0/0", from_port: 8443, to_port: 8443, description: "Partner API" });
  expect(egress["web_egress_udp_5000-5001_to_100-64-0-0_10"]).toMatchObject({ security_group_id: web, cidr_ipv4: "100.64.0.0/10", ip_protocol: "udp", from_port: 5000, to_port: 5001 });
});

test.each(["prod-cce-vpc", "prod-cce-tunnel", "prod-cce-turbo"])("%s: egress rules on the web group to the outside CIDRs", (name) => {
  const rules = Object.values(stack(name).resource.huaweicloud_networking_secgroup_rule as Record<string, Record<string, unknown>>)
    .filter((r) => r.direction === "egress" && r.security_group_id === "${huaweicloud_networking_secgroup.web.id}" && typeof r.remote_ip_prefix === "string")
    .map((r) => [r.remote_ip_prefix, r.protocol, r.ports, r.description]);
  expect(rules).toEqual(expect.arrayContaining([
    ["198.51.100.0/24", "tcp", "7443", "Payment gateway"],
    ["0.0.0.0/0", "tcp", "8443", "Partner API"],
    ["100.64.0.0/10", "udp", "5000-5001", "Partner range"],
  ]));
});

test("verify: the required suite holds web -> 198.51.100.0/24 on every stack, traced to the spec rule and passed by the web egress rule", () => {
  expect(verify.stderr).toBe("");
  expect(verify.code).toBe(0);
  const report = JSON.parse(verify.stdout);
  expect(report.stacks.map((s: { stack: string }) => s.stack).sort()).toEqual([...STACKS].sort());
  for (const s of report.stacks) {
    const checks = s.checks.filter((c: { suite: string; flow: string }) => c.suite === "required" && c.flow === "web -> 198.51.100.0/24");
    expect({ stack: s.stack, n: checks.length > 0 }).toEqual({ stack: s.stack, n: true });
    for (const c of checks) {
      expect(c.because).toEqual(["spec clusters[0].rules[1]"]);
      expect(c.verdict).toBe("pass");
      // On node pools only the web rule admits it (Turbo pods also carry CCE's allow-all ENI group).
      if (c.from.startsWith("node-pool:")) expect(c.egressRules.join(" ")).toMatch(/web_egress_tcp_(ipv4_)?(7443_)?to_198-51-100-0_24/);
    }
  }
});

test("audit: egress to 0.0.0.0/0 is high, to a /10 medium, the /24 no finding; each names the spec rule", () => {
  const report = JSON.parse(audit.stdout);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const findings = report.clusters.flatMap((c: any) => c.stacks.flatMap((s: any) => s.findings.map((f: any) => ({ ...f, stack: s.stack }))));
  const egress = findings.filter((f: { id: string }) => f.id === "egress-to-anywhere" || f.id === "wide-egress");
  const byStack = (name: string) => egress.filter((f: { stack: string }) => f.stack === name).map((f: { id: string; severity: string; group: string; peer: string; origin: string[] }) => [f.id, f.severity, f.group, f.peer, f.origin]);
  for (const name of STACKS) {
    expect(byStack(name).sort()).toEqual([
      ["egress-to-anywhere", "high", "web", "0.0.0.0/0", ["spec clusters[0].rules[2]"]],
      ["wide-egress", "medium", "web", "100.64.0.0/10", ["spec clusters[0].rules[3]"]],
    ]);
  }
  expect(findings.some((f: { peer?: string }) => f.peer === "198.51.100.0/24")).toBe(false);
});

test("bad input: a non-canonical to.cidr, and a CIDR at both ends, fail with the spec path and no output", async () => {
  const hostBits = writeSpec("host-bits", variant((c) => c.rules.push({ from: { tier: "web" }, to: { cidr: "198.51.100.7/24" }, protocol: "tcp", ports: [443], description: "x" })));
  const bothCidrs = writeSpec("both-cidrs", variant((c) => c.rules.push({ from: { cidr: "203.0.113.0/24" }, to: { cidr: "198.51.100.0/24" }, protocol: "tcp", ports: [443], description: "x" })));
  const [a, b] = await Promise.all([clusterSg(["verify", "--spec", hostBits]), clusterSg(["verify", "--spec", bothCidrs])]);
  expect(a.code).toBe(1);
  expect(a.stderr).toContain("clusters[0].rules[1].to.cidr");
  expect(a.stderr).toContain("198.51.100.0/24");
  expect(b.code).toBe(1);
  expect(b.stderr).toContain("clusters[0].rules[1].to");
  expect(b.stderr).toContain("give a tier at one end");
}, 60_000);
