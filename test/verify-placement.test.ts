// `verify` over interfaces on synthesized stacks: Turbo app pods reach their database and cache
// only through the tier group their placement gives them; an add-on pool reaches the VPC
// endpoints, an app pool only when its tier calls cloud APIs; and a wide rule CCE creates on its
// master group, which the narrowed profile cannot remove, is reported as still open (verify and
// audit) without failing verify.
import { auditStack } from "../src/audit/audit-stack";
import type { TfJson } from "../src/verify/terraform-json";
import { stillOpenLines, verifyMarkdown } from "../src/verify/verify-report";
import { StackReport, verifyStack, verifyStacks } from "../src/verify/verify-stacks";
import { referenceSpec, synthSpec, variant } from "./support/synth";

const ref = synthSpec(referenceSpec());
const [cluster] = ref.clusters;
const turbo = { cloud: "huawei", model: "turbo" } as const;
const vpc = { cloud: "huawei", model: "vpc" } as const;

type Placement = Record<string, string[]>;
const copy = (doc: TfJson): TfJson => JSON.parse(JSON.stringify(doc));
const placementOutput = (doc: TfJson) => (doc.output!.placement.value as Placement);
const verdictOf = (rep: StackReport, name: string, from: string, to: string) => {
  const r = rep.results.find((x) => x.check.name === name && JSON.stringify(x.check.from) === JSON.stringify({ interface: from }) && JSON.stringify(x.check.to) === JSON.stringify({ interface: to }));
  if (!r) throw new Error(`no ${name} check ${from} -> ${to} in ${rep.stack}`);
  return [r.result.verdict, r.pass ? "PASS" : "FAIL"];
};

describe("CCE Turbo: app pods -> database and cache", () => {
  const doc = ref.stacks["prod-cce-turbo"];

  test("allowed at interface level in the synthesized stack", () => {
    const rep = verifyStack(cluster, turbo, doc);
    expect(rep.passed).toBe(true);
    expect(verdictOf(rep, "required", "pods:web", "tier:orders-db")).toEqual(["allowed", "PASS"]);
    expect(verdictOf(rep, "required", "pods:web", "tier:sessions")).toEqual(["allowed", "PASS"]);
  });

  test("without the tier group on the pods, verify fails", () => {
    const edited = copy(doc);
    const p = placementOutput(edited);
    p["pods:web"] = p["pods:web"].filter((id) => !id.includes(".web."));
    const rep = verifyStack(cluster, turbo, edited);
    expect(rep.passed).toBe(false);
    expect(verdictOf(rep, "required", "pods:web", "tier:orders-db")).toEqual(["denied", "FAIL"]);
    expect(verdictOf(rep, "required", "pods:web", "tier:sessions")).toEqual(["denied", "FAIL"]);
    expect(rep.placementProblems).toEqual(["interface pods:web carries eni, but the spec places eni, web there"]);
  });

  test("without the pods' binding at all, verify fails", () => {
    const edited = copy(doc);
    delete placementOutput(edited)["pods:web"];
    const rep = verifyStack(cluster, turbo, edited);
    expect(rep.passed).toBe(false);
    expect(rep.placementProblems).toEqual(["interface pods:web is missing from the placement output (the spec places eni, web there)"]);
    expect(verifyMarkdown([rep])).toContain("- FAIL placement: interface pods:web is missing from the placement output");
  });

  test("without the pod binding output, or with the tier group taken out of it, verify fails", () => {
    const noBinding = copy(doc);
    delete (noBinding.output as Record<string, unknown>).node_pool_pod_security_group_ids;
    const rep = verifyStack(cluster, turbo, noBinding);
    expect(rep.passed).toBe(false);
    expect(rep.placementProblems).toEqual(["pods:web: no node_pool_pod_security_group_ids output binds its groups to the pods of node pools apps"]);

    const unbound = copy(doc);
    const pools = unbound.output!.node_pool_pod_security_group_ids.value as Record<string, string[]>;
    pools.apps = pools.apps.filter((id) => !id.includes(".web."));
    const rep2 = verifyStack(cluster, turbo, unbound);
    expect(rep2.passed).toBe(false);
    expect(rep2.placementProblems).toEqual([
      "pods:web: node_pool_pod_security_group_ids.apps does not bind ${huaweicloud_networking_secgroup.web.id}",
      "pods:web: no pool in node_pool_pod_security_group_ids binds ${huaweicloud_networking_secgroup.web.id}",
    ]);
  });

  test("a tier bound per workload: the SecurityGroup manifests output must carry its groups", () => {
    const s = synthSpec(variant((c) => (c.tiers.find((t: { name: string }) => t.name === "web").pods = { cceBinding: "workload" })));
    const workload = s.stacks["prod-cce-turbo"];
    expect(verifyStack(s.clusters[0], turbo, workload).passed).toBe(true);
    const edited = copy(workload);
    delete (edited.output as Record<string, unknown>).pod_security_group_manifests;
    expect(verifyStack(s.clusters[0], turbo, edited).placementProblems).toEqual(["pods:web: no pod_security_group_manifests output binds its groups to the pods"]);
  });

  test("without a placement output, verify stops with a one-line error", () => {
    const edited = copy(doc);
    delete (edited.output as Record<string, unknown>).placement;
    expect(() => verifyStack(cluster, turbo, edited)).toThrow(/^prod-cce-turbo: no "placement" output/);
  });
});

describe("CCE with an add-on node group: who reaches the VPC endpoints", () => {
  test("the add-on pool is allowed; the app pool too while its tier has awsApis", () => {
    const rep = verifyStack(cluster, vpc, ref.stacks["prod-cce-vpc"]);
    expect(rep.interfaces.find((i) => i.id === "node-pool:system")?.groups.map((g) => g.role)).toEqual(["node", "node-addon"]);
    expect(verdictOf(rep, "required", "node-pool:system", "tier:endpoints")).toEqual(["allowed", "PASS"]);
    expect(verdictOf(rep, "required", "node-pool:apps", "tier:endpoints")).toEqual(["allowed", "PASS"]);
  });

  test("without awsApis the app pool is denied, and least privilege says so", () => {
    const s = synthSpec(variant((c) => (c.tiers.find((t: { name: string }) => t.name === "web").awsApis = false)));
    const reps = verifyStacks(s.clusters, s.stacks);
    for (const rep of reps) {
      expect([rep.stack, rep.passed]).toEqual([rep.stack, true]);
      expect([rep.stack, ...verdictOf(rep, "vpc-endpoint-443-only", "node-pool:apps", "tier:endpoints")]).toEqual([rep.stack, "denied", "PASS"]);
      expect([rep.stack, ...verdictOf(rep, "vpc-endpoint-443-only", "node-pool:system", "tier:endpoints")]).toEqual([rep.stack, "partial", "PASS"]);
    }
    expect(reps.find((r) => r.stack === "prod-cce-turbo")!.results.some((r) => JSON.stringify(r.check.from) === '{"interface":"pods:web"}' && JSON.stringify(r.check.to) === '{"interface":"tier:endpoints"}' && r.result.verdict !== "denied")).toBe(false);
  });
});

describe("a wide rule CCE creates on its master group, under the narrowed profile", () => {
  // CCE creates the master group: the stack references it by ID and never renders it.
  const doc = ref.stacks["prod-cce-vpc"];

  test("the stack does not create the master group", () => {
    expect(Object.keys(doc.resource!.huaweicloud_networking_secgroup)).not.toContain("control-plane");
  });

  test("verify passes and reports TCP 5443 from anywhere as still open, with how to remove it", () => {
    const rep = verifyStack(cluster, vpc, doc);
    expect(rep.passed).toBe(true);
    expect(rep.interfaces.find((i) => i.id === "control-plane")?.groups).toEqual([expect.objectContaining({ tier: "control-plane", managed: false })]);
    expect(stillOpenLines(rep)).toEqual([
      expect.stringMatching(/^- STILL OPEN TCP 5443 from anywhere to control-plane \[s004-t2-in-5443-any\]: CCE created this rule .* delete it from the group/),
    ]);
  });

  test("with the cce-default profile the same rule is intended, not still open", () => {
    const s = synthSpec(variant((c) => (c.huawei.profile = "cce-default")));
    const rep = verifyStack(s.clusters[0], vpc, s.stacks["prod-cce-vpc"]);
    expect(rep.passed).toBe(true);
    expect(stillOpenLines(rep)).toEqual([]);
  });

  test("audit reports it as still open on the master group, citing the seed row", () => {
    const audit = auditStack(doc, { cluster, target: vpc });
    const open = audit.findings.filter((f) => f.group === "control-plane" && f.traffic === "TCP 5443");
    expect(open.map((f) => [f.id, f.severity, f.peer, f.origin])).toEqual([["kube-apiserver-from-anywhere", "medium", "0.0.0.0/0", ["s004-t2-in-5443-any"]]]);
    expect(open[0].message).toMatch(/CCE default rule of the master node security group: still open, adding rules cannot narrow it, remove it by hand/);
  });
});
