// The audit: the reference spec is clean under --strict apart from the exposures the spec or CCE's
// tables authorize (info, cited); CCE's own wide-open rows (huawei.profile cce-default) are
// findings with the confirmed control IDs; suppressions need a justification and stay visible;
// rules and groups without descriptions are found.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { auditJson, auditMarkdown, failsStrict } from "../src/audit/audit-report";
import { auditStack } from "../src/audit/audit-stack";
import { auditStacks } from "../src/audit/audit-stacks";
import { AuditError } from "../src/audit/errors";
import { classifyExposure } from "../src/audit/exposure";
import type { Finding } from "../src/audit/finding";
import { CONTROLS } from "../src/audit/controls";
import type { TfJson } from "../src/verify/terraform-json";
import { huaweiDoc } from "./fixtures/verify/docs";
import { referenceSpec, synthSpec, variant } from "./support/synth";

const ref = synthSpec(referenceSpec());
const cceDefault = synthSpec(variant((c) => (c.huawei.profile = "cce-default")));
const [cluster] = ref.clusters;
const CCE_TABLES = { "prod-cce-vpc": ["t1", "t2"], "prod-cce-tunnel": ["t3", "t4"], "prod-cce-turbo": ["t5", "t6"] } as const;

const findingsOf = (audits: ReturnType<typeof auditStacks>, stack: string) => audits[0].stacks.find((s) => s.stack === stack)!.findings;
const brief = (f: Finding) => `${f.severity} ${f.id} ${f.group} ${f.traffic ?? ""} ${f.peer ?? ""}`.trim();

describe("reference spec", () => {
  const audits = auditStacks(ref.clusters, ref.stacks, (c) => c.audit.suppressions);

  test("nothing fails --strict; the findings are authorized exposures, each cited, and CCE's own 5443, suppressed", () => {
    const all = audits[0].stacks.flatMap((s) => s.findings);
    expect(all.filter(failsStrict)).toEqual([]);
    expect(all.filter((f) => !(f.severity === "info" && f.authorizedBy)).map((f) => `${f.stack} ${brief(f)} ${f.suppressed ? "suppressed" : "open"}`)).toEqual(
      ["prod-cce-vpc", "prod-cce-tunnel", "prod-cce-turbo"].map((s) => `${s} medium kube-apiserver-from-anywhere control-plane TCP 5443 0.0.0.0/0 suppressed`),
    );
    expect(auditJson(audits)).toMatchObject({ passed: true });
  });

  test("without the spec's suppression, CCE's 5443 from 0.0.0.0/0 on its master group is reported as still open (seed 004)", () => {
    const bare = auditStacks(ref.clusters, ref.stacks);
    for (const [stack, [, master]] of Object.entries(CCE_TABLES)) {
      const open = findingsOf(bare, stack).filter(failsStrict);
      expect(open.map(brief)).toEqual(["medium kube-apiserver-from-anywhere control-plane TCP 5443 0.0.0.0/0"]);
      expect(open[0].origin).toEqual([`s004-${master}-in-5443-any`]);
      expect(open[0].message).toMatch(/CCE default rule of the master node security group: still open/);
    }
  });

  test("the load balancer listener on every stack, the vendor-required CCE rows where their model applies", () => {
    const infos = (stack: string) => findingsOf(audits, stack).filter((f) => f.severity === "info").map((f) => `${brief(f)} [${f.authorizedBy!.ref}]`);
    const listener = "info listener-from-anywhere edge TCP 443 0.0.0.0/0 [s000-lb-in-internet]";
    expect(infos("prod-aws-eks")).toEqual([listener]);
    expect(infos("prod-cce-vpc")).toEqual([listener]);
    expect(infos("prod-cce-tunnel")).toEqual([
      "info vendor-required-from-anywhere control-plane UDP 4789 0.0.0.0/0 [s004-t4-in-vxlan-any]",
      listener,
      "info vendor-required-from-anywhere node UDP 4789 0.0.0.0/0 [s004-t3-in-vxlan-any]",
    ]);
    expect(infos("prod-cce-turbo")).toEqual(["info vendor-required-from-anywhere control-plane TCP 5444 0.0.0.0/0 [s004-t6-in-5444-any]", listener]);
    const vxlan = findingsOf(audits, "prod-cce-tunnel").find((f) => f.id === "vendor-required-from-anywhere" && f.group === "control-plane")!;
    expect(vxlan.message).toContain('Modification not recommended');
    expect(vxlan.origin).toEqual(["s004-t4-in-vxlan-any"]);
  });

  test("every rule and group carries a description", () => {
    expect(audits[0].stacks.flatMap((s) => s.findings).filter((f) => f.id.endsWith("without-description"))).toEqual([]);
  });
});

describe("huawei.profile cce-default", () => {
  const audits = auditStacks(cceDefault.clusters, cceDefault.stacks);

  test.each(Object.entries(CCE_TABLES))("%s: SSH 22, 5443 and NodePort from 0.0.0.0/0, cited to CCE's rows", (stack, [node, master]) => {
    const open = findingsOf(audits, stack).filter(failsStrict);
    expect(open.map((f) => ({ finding: brief(f), controls: f.controls, origin: f.origin }))).toEqual([
      { finding: "high ssh-from-anywhere node TCP 22 0.0.0.0/0", controls: ["vpc-sg-restricted-ssh"], origin: [`s004-${node}-in-ssh-any`] },
      { finding: "medium kube-apiserver-from-anywhere control-plane TCP 5443 0.0.0.0/0", controls: [], origin: [`s004-${master}-in-5443-any`] },
      { finding: "medium nodeport-from-anywhere node TCP 30000-32767 0.0.0.0/0", controls: [], origin: [`s004-${node}-in-nodeport-tcp-any`] },
      { finding: "medium nodeport-from-anywhere node UDP 30000-32767 0.0.0.0/0", controls: [], origin: [`s004-${node}-in-nodeport-udp-any`] },
    ]);
  });

  test("the AWS stack is unaffected, and the JSON verdict fails", () => {
    expect(findingsOf(audits, "prod-aws-eks").filter(failsStrict)).toEqual([]);
    expect(auditJson(audits)).toMatchObject({ passed: false });
  });

  test("a suppression with a written justification suppresses, and the report shows it", () => {
    const justification = "Console parity for the migration window; removed in CHG-1234";
    const suppressed = auditStacks(cceDefault.clusters, cceDefault.stacks, () => [
      { id: "ssh-from-anywhere", group: "node", justification },
      { id: "nodeport-from-anywhere", justification: "Public NodePort services, fronted by the provider's anti-DDoS" },
      { id: "EC2.13", justification: "never matches a CCE stack" },
    ]);
    const tunnel = findingsOf(suppressed, "prod-cce-tunnel");
    const ssh = tunnel.find((f) => f.id === "ssh-from-anywhere")!;
    expect(ssh.suppressed).toEqual({ by: "ssh-from-anywhere on node", justification });
    expect(tunnel.filter(failsStrict).map((f) => f.id)).toEqual(["kube-apiserver-from-anywhere"]);
    const md = auditMarkdown(suppressed);
    expect(md).toContain(`| high | ssh-from-anywhere | suppressed | vpc-sg-restricted-ssh | node |`);
    expect(md).toContain(`Suppressed (ssh-from-anywhere on node): ${justification} |`);
    expect(md).toContain("Unused suppressions in prod: EC2.13");
    expect(suppressed[0].unusedSuppressions).toEqual(["EC2.13"]);
  });

  test("a suppression without a justification is refused", () => {
    expect(() => auditStacks(cceDefault.clusters, cceDefault.stacks, () => [{ id: "ssh-from-anywhere", justification: "  " }])).toThrow(AuditError);
    expect(() => auditStacks(cceDefault.clusters, cceDefault.stacks, () => [{ id: "ssh-from-anywhere", justification: "  " }])).toThrow(
      "suppression of ssh-from-anywhere needs a written justification",
    );
  });
});

test("AWS: SSH from 0.0.0.0/0 maps to EC2.13, EC2.18, EC2.19 and CKV_AWS_24; a control ID suppresses it", () => {
  const doc: TfJson = JSON.parse(JSON.stringify(ref.stacks["prod-aws-eks"]));
  doc.resource!.aws_vpc_security_group_ingress_rule["jump_ingress_tcp_22_from_203-0-113-0_24"].cidr_ipv4 = "0.0.0.0/0";
  const target = { cloud: "aws" } as const;
  const [ssh] = auditStack(doc, { cluster, target }).findings.filter(failsStrict);
  expect(ssh).toMatchObject({ id: "ssh-from-anywhere", severity: "high", group: "jump", controls: ["EC2.13", "EC2.18", "EC2.19", "CKV_AWS_24"] });
  const accepted = auditStack(doc, { cluster, target, suppressions: [{ id: "EC2.13", group: "jump", justification: "Break-glass bastion, MFA on sshd" }] });
  expect(accepted.findings.filter(failsStrict)).toEqual([]);
  expect(accepted.findings.find((f) => f.id === "ssh-from-anywhere")!.suppressed!.by).toBe("EC2.13 on jump");
});

describe("without a spec: a hand-written document", () => {
  const aws: TfJson = JSON.parse(readFileSync(join(__dirname, "fixtures", "audit", "risky-aws.json"), "utf8"));
  const findings = auditStack(aws, { name: "fixture" }).findings;

  test("open ingress ranked by what it exposes, with the controls that flag it", () => {
    expect(findings.filter((f) => f.severity !== "low").map((f) => [brief(f), f.controls.join(" ")])).toEqual([
      ["critical all-ports-from-anywhere app ALL 0.0.0.0/0", "EC2.13 EC2.14 EC2.18 EC2.19 CKV_AWS_24 CKV_AWS_25 CKV_AWS_260 CKV_AWS_277"],
      ["high high-risk-port-from-anywhere app TCP 3306 0.0.0.0/0", "EC2.18 EC2.19"],
      ["high rdp-from-anywhere app TCP 3389 ::/0", "EC2.14 EC2.18 EC2.19 CKV_AWS_25"],
      ["medium http-from-anywhere app TCP 80 0.0.0.0/0", "CKV_AWS_260"],
    ]);
  });

  test("rules and groups without descriptions are low findings (CKV_AWS_23)", () => {
    expect(findings.filter((f) => f.severity === "low").map((f) => [f.id, f.rule, f.controls.join(" ")])).toEqual([
      ["group-without-description", "aws_security_group.legacy", "CKV_AWS_23"],
      ["rule-without-description", "aws_vpc_security_group_egress_rule.legacy_out_to_app", "CKV_AWS_23"],
      ["rule-without-description", "aws_vpc_security_group_ingress_rule.legacy_ssh_from_office", "CKV_AWS_23"],
    ]);
  });

  test("Huawei: a rule with no remote is open to every address; Huawei Config IDs, no AWS ones", () => {
    const doc = huaweiDoc({ node: "node" }, { "node/all-in": { direction: "ingress", description: "everything" }, "node/ssh": { direction: "ingress", protocol: "tcp", ports: "22,3389" } });
    const hw = auditStack(doc, { name: "hw" }).findings;
    expect(hw.map((f) => [brief(f), f.controls.join(" ")])).toEqual([
      ["critical all-ports-from-anywhere node ALL 0.0.0.0/0", "vpc-sg-restricted-ssh vpc-sg-ports-check vpc-sg-restricted-common-ports"],
      ["high ssh-from-anywhere node TCP 22 0.0.0.0/0", "vpc-sg-restricted-ssh"],
      ["high rdp-from-anywhere node TCP 3389 0.0.0.0/0", "vpc-sg-restricted-common-ports"],
      ["low group-without-description node", ""],
      ["low rule-without-description node", ""],
    ]);
  });
});

test("exposure classes: ICMP is low, UDP and unlisted TCP ports fail EC2.18, 443 alone does not", () => {
  expect(classifyExposure({ protocol: 1, lo: 0, hi: 65535 }, "aws")).toMatchObject({ id: "icmp-from-anywhere", severity: "low", controls: [] });
  expect(classifyExposure({ protocol: 17, lo: 4789, hi: 4789 }, "aws")).toMatchObject({ id: "port-from-anywhere", severity: "medium", controls: ["EC2.18"] });
  expect(classifyExposure({ protocol: 6, lo: 443, hi: 443 }, "aws")).toMatchObject({ id: "port-from-anywhere", controls: [] });
  expect(classifyExposure({ protocol: 6, lo: 1, hi: 65535 }, "huawei")).toMatchObject({ id: "all-ports-from-anywhere", severity: "critical" });
  expect(classifyExposure({ protocol: 6, lo: 20000, hi: 40000 }, "aws").includes).toEqual(["NodePort 30000-32767"]);
});

test("every control a finding can cite is in the catalogue with its source", () => {
  for (const c of Object.values(CONTROLS)) expect(c.source).toMatch(/^(docs\.aws|github\.com|support\.huaweicloud)/);
  const cited = new Set(auditStacks(cceDefault.clusters, cceDefault.stacks)[0].stacks.flatMap((s) => s.findings.flatMap((f) => f.controls)));
  for (const id of cited) expect(CONTROLS[id]).toBeDefined();
});
