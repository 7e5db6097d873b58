// The placement model per target, against hand-written expectations from the seeds: seed 003 (what
// EKS attaches where), seed 004 (CCE's master, worker and Turbo ENI groups, Table 7) and the
// huaweicloud provider (node pool security_groups / pod_security_groups).
import { placementOf } from "../src/placement";
import { loadSpec } from "../src/spec/load";
import { referenceSpec, variant } from "./support/synth";

const prod = (spec = referenceSpec()) => loadSpec(spec)[0];
const asMap = (p: ReturnType<typeof placementOf>) => Object.fromEntries(p.interfaces.map((i) => [i.id, i.groups]));

// Non-app tiers of the reference spec: each is an interface carrying its own group (seed 000).
const TIERS = {
  "tier:edge": ["edge"],
  "tier:endpoints": ["endpoints"],
  "tier:jump": ["jump"],
  "tier:orders-db": ["orders-db"],
  "tier:sessions": ["sessions"],
};

describe("EKS (seed 003)", () => {
  test("control-plane ENIs: cluster SG + control-plane group; node groups: node + add-on or app tiers; Fargate: cluster SG", () => {
    expect(asMap(placementOf(prod(), { cloud: "aws" }))).toEqual({
      "control-plane": ["cluster", "control-plane"],
      "node-pool:apps": ["node", "web"],
      "node-pool:system": ["node", "node-addon"],
      fargate: ["cluster"],
      ...TIERS,
    });
  });

  test("cloud-created group: the EKS cluster SG only", () => {
    expect(placementOf(prod(), { cloud: "aws" }).cloudGroups.map((g) => g.output)).toEqual(["cluster"]);
  });

  test("aws.podSecurityGroups: each app tier's pods carry its group", () => {
    const c = prod(variant((x) => { x.aws.podSecurityGroups = true; }));
    expect(asMap(placementOf(c, { cloud: "aws" }))["pods:web"]).toEqual(["web"]);
  });

  test("without podSecurityGroups there is no pods interface", () => {
    expect(Object.keys(asMap(placementOf(prod(), { cloud: "aws" }))).filter((k) => k.startsWith("pods:"))).toEqual([]);
  });
});

describe.each(["vpc", "tunnel"] as const)("CCE %s (seed 004)", (model) => {
  test("masters: CCE's master group; pools: node + add-on or app tiers; no pods interface", () => {
    expect(asMap(placementOf(prod(), { cloud: "huawei", model }))).toEqual({
      "control-plane": ["control-plane"],
      "node-pool:apps": ["node", "web"],
      "node-pool:system": ["node", "node-addon"],
      ...TIERS,
    });
  });

  test("cloud-created group: the master group", () => {
    expect(placementOf(prod(), { cloud: "huawei", model }).cloudGroups.map((g) => g.output)).toEqual(["control-plane"]);
  });
});

describe("CCE Turbo (seed 004 Table 7)", () => {
  test("default pods carry the ENI group; app-tier pods the ENI group + the tier's group", () => {
    expect(asMap(placementOf(prod(), { cloud: "huawei", model: "turbo" }))).toEqual({
      "control-plane": ["control-plane"],
      "node-pool:apps": ["node", "web"],
      "node-pool:system": ["node", "node-addon"],
      "pods:default": ["eni"],
      "pods:web": ["eni", "web"],
      ...TIERS,
    });
  });

  test("cloud-created groups: master and ENI groups", () => {
    expect(placementOf(prod(), { cloud: "huawei", model: "turbo" }).cloudGroups.map((g) => g.output)).toEqual(["control-plane", "eni"]);
  });

  test("a pool with two app tiers binds both to its pods; a tier bound per workload gets ENI + its own group", () => {
    const c = prod(variant((x) => {
      x.tiers.push({ name: "api", kind: "app", servicePorts: [9000] });
      x.tiers.push({ name: "jobs", kind: "app", servicePorts: [9100], pods: { cceBinding: "workload" } });
      x.nodeGroups = [{ name: "system", role: "addon" }, { name: "apps", role: "app", appTiers: ["web", "api", "jobs"] }];
    }));
    const m = asMap(placementOf(c, { cloud: "huawei", model: "turbo" }));
    expect(m["node-pool:apps"]).toEqual(["node", "api", "jobs", "web"]);
    expect(m["pods:web"]).toEqual(["eni", "api", "web"]);
    expect(m["pods:api"]).toEqual(["eni", "api", "web"]);
    expect(m["pods:jobs"]).toEqual(["eni", "jobs"]);
  });
});

describe("add-on pools", () => {
  test.each([{ cloud: "aws" } as const, { cloud: "huawei", model: "vpc" } as const])("app pools never carry node-addon (%o)", (target) => {
    const m = asMap(placementOf(prod(), target));
    expect(m["node-pool:apps"]).not.toContain("node-addon");
    expect(m["node-pool:system"]).toEqual(["node", "node-addon"]);
  });
});
