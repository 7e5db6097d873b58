// What the synthesized stacks say about placement, against hand-written expectations: the
// `placement` output lists only groups that exist; CCE's own groups are referenced, never created;
// Turbo pods carry their tier's group (node pool pod_security_groups, or a SecurityGroup custom
// resource per workload); add-on pools and app pools reach the VPC endpoint tier as seed 000 says.
import { checkHuaweicloudConfig, formatViolations, validateHuaweicloudConfig } from "../src/validate/huaweicloud-schema";
import { hwAdmits, hwRules } from "./support/huawei-rules";
import { SpecObject, TfJson, referenceSpec, synthSpec, variant } from "./support/synth";

const ref = synthSpec(referenceSpec());
const hw = (id: string) => `\${huaweicloud_networking_secgroup.${id}.id}`;
const aws = (id: string) => `\${aws_security_group.${id}.id}`;
const ENI = "${var.eni_security_group_id}";
const MASTER = "${var.control_plane_security_group_id}";

/** Every ID in `placement` is a group the stack creates or one `cloud_security_group_ids` names; every created group is carried. */
function expectNoDeadGroups(doc: TfJson) {
  const created = [
    ...Object.keys(doc.resource?.aws_security_group ?? {}).map(aws),
    ...Object.keys(doc.resource?.huaweicloud_networking_secgroup ?? {}).map(hw),
  ];
  const cloud = Object.values(doc.output!.cloud_security_group_ids.value as Record<string, string>);
  const placed = Object.values(doc.output!.placement.value as Record<string, string[]>).flat();
  for (const id of placed) expect({ id, known: created.includes(id) || cloud.includes(id) }).toEqual({ id, known: true });
  for (const id of [...created, ...cloud]) expect({ id, carried: placed.includes(id) }).toEqual({ id, carried: true });
}

describe("placement output (reference spec)", () => {
  test.each(Object.keys(ref.stacks))("%s lists only groups that exist, and every group it creates", (stack) => {
    expectNoDeadGroups(ref.stacks[stack]);
  });

  test("EKS: seed 003 as placement", () => {
    const out = ref.stacks["prod-aws-eks"].output!;
    expect(out.cloud_security_group_ids.value).toEqual({ cluster: "sg-0123456789abcdef0" });
    expect(out.placement.value).toMatchObject({
      "control-plane": ["sg-0123456789abcdef0", aws("control-plane")],
      "node-pool:apps": [aws("node"), aws("web")],
      "node-pool:system": [aws("node"), aws("node-addon")],
      fargate: ["sg-0123456789abcdef0"],
      "tier:orders-db": [aws("orders-db")],
    });
    expect(out.pod_security_group_manifests).toBeUndefined();
  });

  test("CCE Turbo: masters on CCE's group, default pods on CCE's ENI group, web pods on ENI + web", () => {
    const out = ref.stacks["prod-cce-turbo"].output!;
    expect(out.placement.value).toMatchObject({
      "control-plane": [MASTER],
      "node-pool:apps": [hw("node"), hw("web")],
      "node-pool:system": [hw("node"), hw("node-addon")],
      "pods:default": [ENI],
      "pods:web": [ENI, hw("web")],
    });
    // The apps pool binds web's group to its pods; the add-on pool's pods keep CCE's default.
    expect(out.node_pool_pod_security_group_ids.value).toEqual({ apps: [ENI, hw("web")] });
    expect(out.node_pool_security_group_ids.value).toEqual({ apps: [hw("node"), hw("web")], system: [hw("node"), hw("node-addon")] });
  });

  test.each(["vpc", "tunnel"])("CCE %s: no pods interface and no pod_security_groups output", (model) => {
    const out = ref.stacks[`prod-cce-${model}`].output!;
    expect(Object.keys(out.placement.value as object).filter((k) => k.startsWith("pods:"))).toEqual([]);
    expect(out.node_pool_pod_security_group_ids).toBeUndefined();
  });

  test.each(["vpc", "tunnel", "turbo"])("CCE %s creates neither a master nor an ENI group", (model) => {
    const groups = Object.keys(ref.stacks[`prod-cce-${model}`].resource!.huaweicloud_networking_secgroup);
    expect(groups.filter((g) => g === "control-plane" || g === "eni")).toEqual([]);
  });
});

describe("CCE-created group IDs from the spec", () => {
  const ids = synthSpec(variant((c) => {
    c.huawei.controlPlaneSecurityGroupId = "0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0";
    c.huawei.eniSecurityGroupId = "1b1c2d3e-4f50-6172-8394-a5b6c7d8e9f1";
  }));
  test("are used as literals everywhere and no variable is declared", () => {
    const doc = ids.stacks["prod-cce-turbo"];
    expect((doc as Record<string, unknown>).variable).toBeUndefined();
    expect(doc.output!.cloud_security_group_ids.value).toEqual({ "control-plane": "0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0", eni: "1b1c2d3e-4f50-6172-8394-a5b6c7d8e9f1" });
    expect((doc.output!.placement.value as Record<string, string[]>)["pods:web"]).toEqual(["1b1c2d3e-4f50-6172-8394-a5b6c7d8e9f1", hw("web")]);
    // Seed 004 Table 1: the worker group admits ICMP from the master group, by its ID.
    const icmp = Object.values(ids.stacks["prod-cce-vpc"].resource!.huaweicloud_networking_secgroup_rule).find((r) => r.protocol === "icmp");
    expect(icmp?.remote_group_id).toBe("0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0");
    expectNoDeadGroups(doc);
  });
});

describe("Turbo: a tier bound per workload", () => {
  const spec = variant((c: SpecObject) => {
    c.tiers.push({ name: "api", kind: "app", servicePorts: [9000], pods: { labels: { "app.kubernetes.io/name": "api" }, namespace: "shop", cceBinding: "workload" } });
    c.nodeGroups = [{ name: "system", role: "addon" }, { name: "apps", role: "app", appTiers: ["web", "api"] }];
    c.huawei.networkModels = ["turbo"];
  });
  const doc = synthSpec(spec).stacks["prod-cce-turbo"];

  test("its pods get ENI + its own group through a SecurityGroup custom resource; the pool binds only web", () => {
    const out = doc.output!;
    expect((out.placement.value as Record<string, string[]>)["pods:api"]).toEqual([ENI, hw("api")]);
    expect(out.node_pool_pod_security_group_ids.value).toEqual({ apps: [ENI, hw("web")] });
    const manifest = String(out.pod_security_group_manifests.value);
    expect(manifest.startsWith("${yamlencode(")).toBe(true);
    for (const part of ['"apiVersion" = "crd.yangtse.cni/v1"', '"kind" = "SecurityGroup"', '"namespace" = "shop"', '"matchLabels" = {"app.kubernetes.io/name" = "api"}', '"securityGroups" = [{"id" = var.eni_security_group_id}, {"id" = huaweicloud_networking_secgroup.api.id}]']) {
      expect(manifest).toContain(part);
    }
    expect(manifest).not.toContain("SecurityGroupPolicy");
    expectNoDeadGroups(doc);
  });

  test("the stack passes the huaweicloud schema validator", () => {
    expect(formatViolations(checkHuaweicloudConfig(doc).violations)).toBe("");
  });
});

describe("add-on pool vs app pool (seed 000 VPC Endpoint Security Group / Inbound)", () => {
  test.each(["vpc", "tunnel", "turbo"])("cce-%s: the add-on group reaches the endpoints on 443; the node group does not; web only with awsApis", (model) => {
    const rules = hwRules(ref.stacks[`prod-cce-${model}`]);
    expect(hwAdmits(rules, { group: "endpoints", direction: "ingress", protocol: "tcp", ports: "443", peer: "sg:node-addon" })).toBeDefined();
    expect(hwAdmits(rules, { group: "endpoints", direction: "ingress", protocol: "tcp", ports: "443", peer: "sg:node" })).toBeUndefined();
    expect(hwAdmits(rules, { group: "endpoints", direction: "ingress", protocol: "tcp", ports: "443", peer: "sg:web" })).toBeDefined();
    const rule = rules.find((r) => r.group === "endpoints" && r.peer === "sg:node-addon")!;
    // Seed 000's "Nodegroup Add-on Security Group - AWS APIs", said as it is on Huawei.
    expect(rule.description).toBe("Add-on node pool group - cloud APIs via VPC endpoints");
  });

  test("without awsApis the app pool's groups cannot reach the endpoint tier", () => {
    const s = synthSpec(variant((c) => { c.tiers.find((t: SpecObject) => t.name === "web").awsApis = false; }));
    for (const model of ["vpc", "tunnel", "turbo"]) {
      const rules = hwRules(s.stacks[`prod-cce-${model}`]);
      expect(rules.filter((r) => r.group === "endpoints" && r.direction === "ingress").map((r) => r.peer).sort()).toEqual(["sg:jump", "sg:node-addon"]);
    }
  });
});

describe("huaweicloud validator: name length and pods per node pool", () => {
  test("a group name over 64 characters is reported", () => {
    const vs = validateHuaweicloudConfig({ resource: { huaweicloud_networking_secgroup: { long: { name: "n".repeat(65) }, ok: { name: "n".repeat(64) } } } });
    expect(vs.map((v) => `${v.address}: ${v.attribute}: ${v.message}`)).toEqual(["huaweicloud_networking_secgroup.long: name: must be at most 64 characters, got 65"]);
  });

  test("a node pool with more than 5 pod security groups is reported; 5 pass", () => {
    const pool = (n: number) => ({
      cluster_id: "c", name: "p", flavor_id: "c7.large.2", initial_node_count: 1, pod_security_groups: Array.from({ length: n }, (_, i) => `g${i}`),
      root_volume: [{ size: 40, volumetype: "SSD" }],
    });
    expect(validateHuaweicloudConfig({ resource: { huaweicloud_cce_node_pool: { p: pool(5) } } })).toEqual([]);
    expect(validateHuaweicloudConfig({ resource: { huaweicloud_cce_node_pool: { p: pool(6) } } }).map((v) => v.attribute)).toEqual(["pod_security_groups"]);
  });
});
