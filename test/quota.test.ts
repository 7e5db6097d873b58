// Quota preflight over rule plans (no synthesis): the reference spec fits; too many rules on one
// group, too many groups on one node group's network interfaces, a for_each list counted per
// entry, the CloudFront prefix list's weight, and Huawei's per-direction limit are caught with
// the group and the excess named; QuotaError is a SpecError at the cluster's spec path.
import { awsAttachments } from "../src/spelling/aws-attachments";
import { placementOf } from "../src/placement";
import { awsInterfaces } from "../src/audit/aws-quota";
import { QuotaError, checkAwsQuotas, checkHuaweiQuotas, throwOnViolations } from "../src/audit/quota";
import { buildFlows } from "../src/flows/build";
import { planAwsRules } from "../src/rules/aws";
import { planHuaweiRules } from "../src/rules/huawei";
import { SpecError } from "../src/spec/errors";
import { loadSpec } from "../src/spec/load";
import type { Cluster } from "../src/spec/model";
import { targetsOf } from "../src/verify/cluster-context";
import { SpecObject, referenceSpec, variant } from "./support/synth";

const clusterOf = (spec: SpecObject): Cluster => loadSpec(spec)[0];
/** Module mode keeps list variables as one for_each rule; both modes must count the same. */
const awsPlan = (c: Cluster, bindings = false) => planAwsRules(buildFlows(c, { cloud: "aws" }, { keepBoundPorts: bindings }), { bindings });
const aws = (c: Cluster, bindings = false) => checkAwsQuotas(c, awsPlan(c, bindings));

test("the reference spec fits every quota, on AWS and each CCE model, stack and module plans alike", () => {
  const c = clusterOf(referenceSpec());
  for (const t of targetsOf(c)) {
    for (const bindings of [false, true]) {
      const flows = buildFlows(c, t, { keepBoundPorts: bindings });
      expect(t.cloud === "aws" ? checkAwsQuotas(c, planAwsRules(flows, { bindings })) : checkHuaweiQuotas(c, planHuaweiRules(flows, { bindings }))).toEqual([]);
    }
  }
});

test("an app tier with 65 service ports: its inbound and the load balancer's outbound rules exceed 60", () => {
  const c = clusterOf(variant((s) => s.tiers.push({ name: "api", kind: "app", servicePorts: Array.from({ length: 65 }, (_, i) => 9000 + i) })));
  const v = aws(c);
  expect(v.map((x) => [x.subject, x.direction, x.count, x.excess])).toEqual([
    ["api", "ingress", 65, 5],
    ["edge", "egress", 67, 7],
  ]);
  expect(v[0].message).toBe("group api has 65 inbound rules in each IP family, 5 over AWS's 60 per group; split the tier or raise the quota");
  expect(aws(c, true).map((x) => x.message)).toEqual(v.map((x) => x.message));
});

test("six groups on one node group's network interfaces: node plus five app tiers", () => {
  const c = clusterOf(variant((s) => {
    for (let i = 1; i <= 4; i++) s.tiers.push({ name: `svc${i}`, kind: "app", servicePorts: [7000 + i] });
    // Turbo pods would carry 6 groups too: a spec error of its own (test/pod-groups.test.ts).
    s.huawei.networkModels = ["vpc"];
  }));
  expect(aws(c)).toEqual([
    expect.objectContaining({ quota: "groups-per-interface", subject: "node group apps", count: 6, limit: 5, excess: 1 }),
  ]);
  expect(aws(c)[0].message).toContain("node group apps puts 6 security groups on each network interface (node, svc1, svc2, svc3, svc4, web), 1 over AWS's 5");
});

test("the interfaces the preflight counts are the ones the construct attaches (seed 003)", () => {
  const c = clusterOf(referenceSpec());
  const plan = awsPlan(c);
  const attached = awsAttachments(placementOf(c, { cloud: "aws" }), plan);
  expect(awsInterfaces(c, plan)).toEqual([
    ...Object.entries(attached.nodeGroups).map(([name, groups]) => ({ name: `node group ${name}`, groups })),
    { name: "control-plane ENIs", groups: ["cluster", ...attached.controlPlaneEnis] },
  ]);
});

test("a for_each rule counts once per list entry: 61 SSH sources on the bastion", () => {
  const sources = Array.from({ length: 61 }, (_, i) => `198.51.${i}.0/24`);
  const c = clusterOf(variant((s) => (s.tiers.find((t: { kind: string }) => t.kind === "bastion").sshFrom = sources)));
  expect(awsPlan(c, true).find((g) => g.tier === "jump")!.rules.filter((r) => r.forEach === "jump_ssh_cidrs")).toHaveLength(1);
  for (const bindings of [false, true]) {
    expect(aws(c, bindings)).toEqual([expect.objectContaining({ subject: "jump", direction: "ingress", family: "ipv4", count: 61, excess: 1 })]);
  }
});

test("a rule naming the CloudFront prefix list counts as its weight, 55", () => {
  const c = clusterOf(variant((s) => {
    const lb = s.tiers.find((t: { kind: string }) => t.kind === "load-balancer");
    lb.listenerPorts = [443, 8443];
    lb.sources = { cloudfront: true };
    delete s.huawei; // Huawei has no CloudFront prefix list: the spec check refuses it there
  }));
  expect(aws(c)).toEqual([expect.objectContaining({ subject: "edge", direction: "ingress", count: 110, excess: 50 })]);
  expect(aws(c)[0].message).toContain("each rule naming the CloudFront prefix list counts as 55");
});

test("Huawei: more than 128 rules in one direction (one per app tier behind the load balancer, or using a store)", () => {
  const c = clusterOf(variant((s) => {
    for (let i = 1; i <= 130; i++) s.tiers.push({ name: `app${i}`, kind: "app", servicePorts: [8000] });
    s.nodeGroups.push(...Array.from({ length: 26 }, (_, i) => ({ name: `pool${i + 1}`, role: "app", appTiers: Array.from({ length: 5 }, (_, k) => `app${i * 5 + k + 1}`) })));
    s.nodeGroups = s.nodeGroups.filter((g: { name: string }) => g.name !== "apps");
    s.nodeGroups.push({ name: "apps", role: "app", appTiers: ["web"] });
    s.huawei.networkModels = ["vpc"];
  }));
  const v = checkHuaweiQuotas(c, planHuaweiRules(buildFlows(c, { cloud: "huawei", model: "vpc" })));
  expect(v.map((x) => [x.subject, x.direction, x.count, x.excess])).toEqual([
    ["edge", "egress", 131, 3],
    ["orders-db", "ingress", 131, 3],
    ["sessions", "ingress", 131, 3],
  ]);
  expect(v[0].message).toBe("group edge has 131 outbound rules (131 with a group remote or a ports list), 3 over Huawei's 128 per direction; split the tier");
});

test("QuotaError: a SpecError at the cluster's path, one line naming every violation", () => {
  const c = clusterOf(variant((s) => s.tiers.push({ name: "api", kind: "app", servicePorts: Array.from({ length: 65 }, (_, i) => 9000 + i) })));
  let error: unknown;
  try {
    throwOnViolations(c, aws(c));
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(QuotaError);
  expect(error).toBeInstanceOf(SpecError);
  const q = error as QuotaError;
  expect(q.specPath).toBe("clusters[0]");
  expect(q.violations).toHaveLength(2);
  expect(q.message).toMatch(/^clusters\[0\]: security group quotas exceeded: group api has 65 inbound rules .*; group edge has 67 outbound rules/);
  expect(q.message).not.toContain("\n");
  expect(() => throwOnViolations(c, [])).not.toThrow();
});
