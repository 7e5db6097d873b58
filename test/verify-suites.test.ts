// The required-flow and least-privilege suites on the reference spec, for all four stacks; that
// the checker fails when a required rule is deleted or a stray rule added; and the parity table.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildFlows } from "../src/flows/build";
import { portLabel } from "../src/flows/port";
import { allows } from "../src/verify/allows";
import { endpointLabel, loadOptionsOf, stackName, targetsOf } from "../src/verify/cluster-context";
import { Endpoint, Endpoints } from "../src/verify/endpoint";
import { loadStack } from "../src/verify/load-stack";
import { parity } from "../src/verify/parity";
import type { TfJson } from "../src/verify/terraform-json";
import { actualText } from "../src/verify/verify-report";
import { StackReport, verifyStack, verifyStacks } from "../src/verify/verify-stacks";
import { referenceSpec, synthSpec, variant } from "./support/synth";

const STACKS = ["prod-aws-eks", "prod-cce-vpc", "prod-cce-tunnel", "prod-cce-turbo"];
const ref = synthSpec(referenceSpec());
const [cluster] = ref.clusters;
const reports = verifyStacks(ref.clusters, ref.stacks);
const reportOf = (name: string, rs: readonly StackReport[] = reports) => rs.find((r) => r.stack === name)!;
const failures = (rep: StackReport) => rep.results.filter((r) => !r.pass).map((r) => `${r.check.name}: ${r.result.reason}`);
const label = (e: Endpoint) => ("cidrs" in e ? e.cidrs.join(", ") : endpointLabel(e));
const find = (rep: StackReport, name: string, from: string, to: string) =>
  rep.results.find((r) => r.check.name === name && label(r.check.from) === from && label(r.check.to) === to)!;
const onInterfaces = (rep: StackReport, flow: string, traffic: string) =>
  rep.results.filter((r) => r.check.flow === flow && portLabel(r.check.port) === traffic).map((r) => `${label(r.check.from)} -> ${label(r.check.to)}`);

/** Interfaces per stack of the reference spec (two node pools: system is the add-on pool). */
const INTERFACES: Record<string, string[]> = {
  "prod-aws-eks": ["control-plane", "fargate", "node-pool:apps", "node-pool:system", "tier:edge", "tier:endpoints", "tier:jump", "tier:orders-db", "tier:sessions"],
  "prod-cce-vpc": ["control-plane", "node-pool:apps", "node-pool:system", "tier:edge", "tier:endpoints", "tier:jump", "tier:orders-db", "tier:sessions"],
  "prod-cce-tunnel": ["control-plane", "node-pool:apps", "node-pool:system", "tier:edge", "tier:endpoints", "tier:jump", "tier:orders-db", "tier:sessions"],
  "prod-cce-turbo": ["control-plane", "node-pool:apps", "node-pool:system", "pods:default", "pods:web", "tier:edge", "tier:endpoints", "tier:jump", "tier:orders-db", "tier:sessions"],
};

/** The reference stacks with one stack edited. */
function mutated(stack: string, edit: (doc: Required<TfJson>["resource"]) => void): Record<string, TfJson> {
  const copy: Record<string, TfJson> = JSON.parse(JSON.stringify(ref.stacks));
  edit(copy[stack].resource!);
  return copy;
}

test("the reference spec synthesizes the four stacks the suites cover", () => {
  expect(reports.map((r) => r.stack)).toEqual(STACKS);
});

describe.each(STACKS)("%s", (name) => {
  const rep = reportOf(name);
  const target = targetsOf(cluster).find((t) => name.endsWith(t.cloud === "aws" ? "aws-eks" : `cce-${t.model}`))!;

  test("the report lists every interface with the groups it carries; every group sits on one", () => {
    expect(rep.interfaces.map((i) => i.id)).toEqual(INTERFACES[name]);
    expect(rep.placementProblems).toEqual([]);
  });

  test("every flow buildFlows returns is allowed between the interfaces that carry its groups", () => {
    const required = rep.results.filter((r) => r.check.suite === "required");
    // Each flow is checked at least once, and never on a lone group.
    const checked = new Set(required.map((r) => r.check.flow));
    for (const f of buildFlows(cluster, target).flows) {
      const end = (e: typeof f.from) => (e.kind === "group" ? e.tier : e.kind === "cidr" ? e.cidr : `prefix list ${e.name}`);
      expect(checked).toContain(`${end(f.from)} -> ${end(f.to)}`);
    }
    expect(required.filter((r) => "group" in r.check.from || "group" in r.check.to)).toEqual([]);
    expect(failures({ ...rep, results: required })).toEqual([]);
  });

  test("least privilege holds: stores, endpoints and the internet reach only what policy allows", () => {
    const policy = rep.results.filter((r) => r.check.suite === "least-privilege");
    expect(new Set(policy.map((r) => r.check.name))).toEqual(
      new Set(["no-ssh-from-internet", "internet-only-load-balancers", "database-only-from-clients", "cache-only-from-clients", "vpc-endpoint-443-only"]),
    );
    expect(failures({ ...rep, results: policy })).toEqual([]);
    // Every interface of the stack is tried as a source of the database.
    expect(policy.filter((r) => r.check.name === "database-only-from-clients").map((r) => label(r.check.from)).sort()).toEqual([...INTERFACES[name]].sort());
  });
});

test("what the internet reaches, per stack, is exactly the cited exceptions", () => {
  const internet = (stack: string, to: string) => actualText(find(reportOf(stack), "internet-only-load-balancers", "0.0.0.0/0", to));
  expect(internet("prod-aws-eks", "tier:edge")).toBe("only TCP 443");
  expect(internet("prod-aws-eks", "tier:jump")).toBe("only TCP 22 from 203.0.113.0/24");
  expect(internet("prod-aws-eks", "node-pool:apps")).toBe("denied");
  expect(internet("prod-aws-eks", "fargate")).toBe("denied");
  expect(internet("prod-cce-vpc", "node-pool:system")).toBe("only TCP 22 from 203.0.113.0/24");
  expect(internet("prod-cce-tunnel", "node-pool:apps")).toBe("only TCP 22 from 203.0.113.0/24; UDP 4789");
  // Seed 004 Tables 4 and 6: CCE creates 5443 (and Turbo 5444) from 0.0.0.0/0 on its master group.
  expect(internet("prod-cce-tunnel", "control-plane")).toBe("only TCP 5443; UDP 4789");
  expect(internet("prod-cce-turbo", "control-plane")).toBe("only TCP 5443-5444");
  expect(internet("prod-cce-turbo", "pods:default")).toBe("denied");
  expect(find(reportOf("prod-cce-tunnel"), "internet-only-load-balancers", "0.0.0.0/0", "node-pool:apps").check.allowances!.map((a) => a.ref)).toEqual([
    "s004-t3-in-ssh-admin",
    "s004-t3-in-vxlan-any",
  ]);
});

test("the EKS cluster SG's own rules carry the cluster flows, on the interfaces that carry it", () => {
  const rep = reportOf("prod-aws-eks");
  expect(onInterfaces(rep, "cluster -> cluster", "ALL")).toEqual([
    "control-plane -> control-plane",
    "control-plane -> fargate",
    "fargate -> control-plane",
    "fargate -> fargate",
  ]);
  const self = find(rep, "required", "fargate", "control-plane");
  expect(self.pass).toBe(true);
  expect(self.result.egressRule?.cloudDefault).toMatch(/EKS default rule/);
});

test("required suites name interfaces: the control plane reaches every node pool on 10250, app pods their stores", () => {
  expect(onInterfaces(reportOf("prod-aws-eks"), "control-plane -> node", "TCP 1025-65535")).toEqual(["control-plane -> node-pool:apps", "control-plane -> node-pool:system"]);
  expect(onInterfaces(reportOf("prod-cce-turbo"), "10.0.0.0/24 -> node", "TCP 10250")).toEqual(["10.0.0.0/24 -> node-pool:apps", "10.0.0.0/24 -> node-pool:system"]);
  // The kubelet port from the control-plane interface itself, on every target and node pool.
  for (const target of targetsOf(cluster)) {
    const stack = loadStack(ref.stacks[stackName(cluster, target)], loadOptionsOf(cluster, target));
    for (const pool of ["node-pool:apps", "node-pool:system"]) {
      expect([stack.name, pool, allows(stack, { from: Endpoints.iface("control-plane"), to: Endpoints.iface(pool), protocol: "tcp", port: 10250 }).verdict]).toEqual([stack.name, pool, "allowed"]);
    }
  }
  expect(onInterfaces(reportOf("prod-cce-turbo"), "web -> orders-db", "TCP 5432")).toEqual(["node-pool:apps -> tier:orders-db", "pods:web -> tier:orders-db"]);
  expect(onInterfaces(reportOf("prod-cce-turbo"), "web -> sessions", "TCP 6379")).toEqual(["node-pool:apps -> tier:sessions", "pods:web -> tier:sessions"]);
  expect(onInterfaces(reportOf("prod-cce-vpc"), "node-addon -> endpoints", "TCP 443")).toEqual(["node-pool:system -> tier:endpoints"]);
  for (const stack of STACKS) expect(find(reportOf(stack), "required", "node-pool:apps", "tier:orders-db").result.verdict).toBe("allowed");
  // Turbo: the pods of the app tier pass through their own ENIs, which carry the tier's group.
  expect(find(reportOf("prod-cce-turbo"), "required", "pods:web", "tier:orders-db").result.ingressRules.map((r) => r.address)).toEqual([
    "huaweicloud_networking_secgroup_rule.orders-db_ingress_tcp_ipv4_from_web",
  ]);
});

test("least privilege names interfaces: Turbo's default pods reach no store, the add-on pool reaches the endpoints", () => {
  const turbo = reportOf("prod-cce-turbo");
  expect(actualText(find(turbo, "database-only-from-clients", "pods:default", "tier:orders-db"))).toBe("denied");
  expect(actualText(find(turbo, "cache-only-from-clients", "pods:default", "tier:sessions"))).toBe("denied");
  expect(actualText(find(turbo, "vpc-endpoint-443-only", "pods:default", "tier:endpoints"))).toBe("denied");
  for (const stack of STACKS) {
    expect(actualText(find(reportOf(stack), "vpc-endpoint-443-only", "node-pool:system", "tier:endpoints"))).toBe("only TCP 443");
    expect(actualText(find(reportOf(stack), "database-only-from-clients", "node-pool:system", "tier:orders-db"))).toBe("denied");
  }
});

describe("the checker can fail", () => {
  test("deleting one required ingress rule (AWS)", () => {
    const docs = mutated("prod-aws-eks", (r) => delete r.aws_vpc_security_group_ingress_rule["orders-db_ingress_tcp_5432_from_web"]);
    const rep = reportOf("prod-aws-eks", verifyStacks(ref.clusters, docs));
    expect(rep.passed).toBe(false);
    expect(failures(rep)).toEqual(["required: no ingress rule of tier:orders-db lets TCP 5432 in from node-pool:apps"]);
  });

  test("deleting only the egress side (AWS)", () => {
    const docs = mutated("prod-aws-eks", (r) => delete r.aws_vpc_security_group_egress_rule["edge_egress_tcp_8080_to_web"]);
    expect(failures(reportOf("prod-aws-eks", verifyStacks(ref.clusters, docs)))).toEqual(["required: no egress rule of tier:edge lets TCP 8080 out to node-pool:apps"]);
  });

  test("deleting one required rule (Huawei, merged ports list)", () => {
    const docs = mutated("prod-cce-vpc", (r) => {
      // Not web's ingress: in the VPC model the app pool's node group admits all TCP from the VPC.
      r.huaweicloud_networking_secgroup_rule["edge_egress_tcp_ipv4_to_web"].ports = "8080";
    });
    const rep = reportOf("prod-cce-vpc", verifyStacks(ref.clusters, docs));
    expect(failures(rep)).toEqual([expect.stringMatching(/^required: no egress rule of tier:edge lets TCP 8081 out to node-pool:apps/)]);
  });

  test("a stray rule towards the database", () => {
    const docs = mutated("prod-aws-eks", (r) => {
      r.aws_vpc_security_group_ingress_rule["orders-db_ingress_tcp_5432_from_node"] = {
        security_group_id: "${aws_security_group.orders-db.id}",
        ip_protocol: "tcp",
        from_port: 5432,
        to_port: 5432,
        referenced_security_group_id: "${aws_security_group.node.id}",
      };
    });
    const rep = reportOf("prod-aws-eks", verifyStacks(ref.clusters, docs));
    // The add-on pool carries only node; the app pool carries web too, a client, so 5432 is its due.
    expect(find(rep, "database-only-from-clients", "node-pool:system", "tier:orders-db").violations.map((v) => v.traffic)).toEqual(["TCP 5432"]);
    expect(rep.results.filter((r) => !r.pass)).toHaveLength(1);
  });

  test("SSH widened to the internet on CCE", () => {
    const docs = mutated("prod-cce-turbo", (r) => {
      r.huaweicloud_networking_secgroup_rule["node_ingress_tcp_ipv4_from_203-0-113-0_24"].remote_ip_prefix = "0.0.0.0/0";
    });
    const failed = reportOf("prod-cce-turbo", verifyStacks(ref.clusters, docs)).results.filter((r) => !r.pass).map((r) => r.check.name);
    // Both node pools carry the node group.
    expect(failed).toEqual(["no-ssh-from-internet", "no-ssh-from-internet", "internet-only-load-balancers", "internet-only-load-balancers"]);
  });

  test("a Huawei deny rule in front of a required flow", () => {
    const docs = mutated("prod-cce-tunnel", (r) => {
      r.huaweicloud_networking_secgroup_rule.deny_vxlan = {
        security_group_id: "${huaweicloud_networking_secgroup.node.id}", direction: "ingress", ethertype: "IPv4", protocol: "udp", ports: "4789",
        remote_ip_prefix: "0.0.0.0/0", action: "deny", priority: 1,
      };
    });
    const rep = reportOf("prod-cce-tunnel", verifyStacks(ref.clusters, docs));
    // The deny also cuts UDP 4789 out of the node group's all-traffic flow to itself: on both
    // pools from the internet, and between every pair of pools.
    const denied = "required: denied by huaweicloud_networking_secgroup_rule.deny_vxlan";
    const cut = "required: only ICMP ALL; TCP ALL; UDP 1-4788; UDP 4790-65535; other protocols; denied by huaweicloud_networking_secgroup_rule.deny_vxlan";
    expect(failures(rep).sort()).toEqual([denied, denied, cut, cut, cut, cut]);
  });
});

test("spec opt-ins: cce-default SSH from anywhere and an extra rule to the database, each cited", () => {
  const s = synthSpec(
    variant((c) => {
      c.huawei.profile = "cce-default";
      c.rules.push({ from: { tier: "jump" }, to: { tier: "orders-db" }, protocol: "tcp", ports: [5432], description: "DBA access from the bastion" });
    }),
  );
  const rs = verifyStacks(s.clusters, s.stacks);
  expect(rs.flatMap(failures)).toEqual([]);
  const ssh = find(reportOf("prod-cce-vpc", rs), "no-ssh-from-internet", "0.0.0.0/0", "node-pool:apps");
  expect(ssh.result.verdict).toBe("allowed");
  expect(ssh.check.allowances!.map((a) => a.ref)).toEqual(["s004-t1-in-ssh-any"]);
  for (const stack of STACKS) {
    const dba = find(reportOf(stack, rs), "database-only-from-clients", "tier:jump", "tier:orders-db");
    expect([actualText(dba), dba.check.allowances!.map((a) => a.ref)]).toEqual(["only TCP 5432", ["clusters[0].rules[1]"]]);
  }
});

describe("parity on the reference spec", () => {
  const table = parity(cluster, ref.stacks);
  const row = (from: string, to: string, traffic: string) => table.rows.find((r) => r.from === from && r.to === to && r.traffic === traffic)!;

  test("one column per target, every required cell allowed", () => {
    expect(table.targets).toEqual(["aws-eks", "cce-vpc", "cce-tunnel", "cce-turbo"]);
    // First every interface with the groups it carries on each target (null: no such interface).
    const groupsOf = (id: string) => table.interfaces.find((i) => i.id === id)?.groups;
    expect(groupsOf("control-plane")).toEqual([["cluster", "control-plane"], ["control-plane"], ["control-plane"], ["control-plane"]]);
    expect(groupsOf("pods:web")).toEqual([null, null, null, ["eni", "web"]]);
    expect(groupsOf("fargate")).toEqual([["cluster"], null, null, null]);
    expect(table.rows.flatMap((r) => r.cells.filter((c) => c.required && c.verdict !== "allowed"))).toEqual([]);
  });

  test("VXLAN: needed by the tunnel model only, with the seed row that says so", () => {
    const vxlan = row("anywhere 0.0.0.0/0", "node-pool:apps", "UDP 4789");
    expect(vxlan.cells.map((c) => [c.target, c.required, c.verdict])).toEqual([
      ["aws-eks", false, "denied"],
      ["cce-vpc", false, "partial"],
      ["cce-tunnel", true, "allowed"],
      ["cce-turbo", false, "partial"],
    ]);
    expect(vxlan.reason).toMatch(/^cce-tunnel needs UDP 4789 \(seed 004 Table 3: s004-t3-in-vxlan-any\); aws-eks: Huawei CCE only; /);
  });

  test("flows every target shares do not differ; a missing interface is n/a", () => {
    expect(row("node-pool:apps", "tier:orders-db", "TCP 5432")).toMatchObject({ differs: false });
    expect(row("node-pool:apps", "tier:orders-db", "TCP 5432").reason).toBeUndefined();
    const pods = row("pods:web", "tier:orders-db", "TCP 5432");
    expect(pods.cells.map((c) => c.verdict)).toEqual(["n/a", "n/a", "n/a", "allowed"]);
    expect(pods.reason).toBe("cce-turbo needs TCP 5432 (seed 000 Nodegroup App Security Group / Outbound: s000-app-out-db; seed 000 Database Security Group / Inbound: s000-db-in-app); aws-eks, cce-vpc, cce-tunnel: no pods:web interface");
    // The add-on pool is an interface on every target now, CCE included.
    expect(row("node-pool:system", "tier:endpoints", "TCP 443").cells.map((c) => [c.required, c.verdict])).toEqual([
      [true, "allowed"], [true, "allowed"], [true, "allowed"], [true, "allowed"],
    ]);
  });
});

describe("module stacks: the same suites with the spec's values as module inputs", () => {
  // Modules turn spec values into variables and lists into for_each rules over them.
  const { App } = require("cdktf") as typeof import("cdktf");
  const { ModuleStack } = require("../src/cdktf/module-stack") as typeof import("../src/cdktf/module-stack");
  const { bindableSettings } = require("../src/flows/bindings") as typeof import("../src/flows/bindings");
  const inputs = {
    ...Object.fromEntries(bindableSettings(cluster).map((s) => [s.variable, s.value])),
    cluster_name: cluster.name,
    cluster_security_group_id: cluster.aws!.clusterSecurityGroupId!,
  };
  const app = new App({ outdir: mkdtempSync(join(tmpdir(), "cluster-sg-verify-modules-")), skipValidation: true });

  test.each(targetsOf(cluster).map((t) => [stackName(cluster, t), t] as const))("%s", (name, target) => {
    const doc = new ModuleStack(app, name, cluster, target).toTerraform() as TfJson;
    const rep = verifyStack(cluster, target, doc, { inputs });
    expect(failures(rep)).toEqual([]);
    expect(rep.results.length).toBe(reportOf(name).results.length);
  });
});

// The required flows the checker must find, written by hand from the seed rows and
// examples/reference.yaml (not from buildFlows): all of them on AWS, the model-specific seed 004
// rows on CCE. A wrong catalog row or port changes these lists.
describe("required flows, hand-written", () => {
  const portText = (p: { protocol: string; from?: number; to?: number }) => `${p.protocol} ${p.from ?? ""}-${p.to ?? ""}`;
  // Each required flow between groups is checked on every pair of interfaces carrying them: one line per flow.
  const required = (stack: string) => [
    ...new Set(
      reportOf(stack)
        .results.filter((r) => r.check.suite === "required")
        .map((r) => `${r.check.flow!.replace(" -> ", " > ")} ${portText(r.check.port as { protocol: string; from?: number; to?: number })}`),
    ),
  ].sort();

  test("prod-aws-eks: seeds 000-002 for the reference tiers, plus the bastion's SSH and extra rule", () => {
    expect(required("prod-aws-eks")).toEqual([
      "0.0.0.0/0 > edge tcp 443-443",
      "203.0.113.0/24 > jump tcp 22-22",
      "cluster > 0.0.0.0/0 all -",
      "cluster > cluster all -",
      "control-plane > node tcp 1025-65535",
      "control-plane > node tcp 443-443",
      "edge > web tcp 8080-8080",
      "edge > web tcp 8081-8081",
      "jump > control-plane tcp 443-443",
      "jump > endpoints tcp 443-443",
      "jump > web tcp 8080-8080",
      "node > 0.0.0.0/0 all -",
      "node > control-plane tcp 443-443",
      "node > node all -",
      "node-addon > endpoints tcp 443-443",
      "web > endpoints tcp 443-443",
      "web > orders-db tcp 5432-5432",
      "web > sessions tcp 6379-6379",
    ]);
  });

  test.each([
    ["prod-cce-vpc", ["10.0.0.0/16 > node tcp 1-65535", "10.0.0.0/16 > node udp 1-65535", "172.16.0.0/16 > node all -", "control-plane > node icmp -", "172.16.0.0/16 > control-plane tcp 5444-5444"]],
    ["prod-cce-tunnel", ["0.0.0.0/0 > node udp 4789-4789", "0.0.0.0/0 > control-plane udp 4789-4789", "10.0.0.0/24 > node tcp 10250-10250", "172.16.0.0/16 > control-plane tcp 5444-5444"]],
    ["prod-cce-turbo", ["0.0.0.0/0 > control-plane tcp 5444-5444", "172.16.0.0/16 > control-plane all -", "10.0.0.0/16 > eni all -", "eni > eni all -", "eni > 0.0.0.0/0 all -", "10.0.0.0/24 > node tcp 10250-10250"]],
  ])("%s: the network model's own seed 004 rows are required", (stack, flows) => {
    expect(required(stack)).toEqual(expect.arrayContaining(flows));
  });

  test("the same CCE flows every model shares: master 5443/8445/9443 from the VPC, web tiers, bastion", () => {
    for (const stack of ["prod-cce-vpc", "prod-cce-tunnel", "prod-cce-turbo"]) {
      expect(required(stack)).toEqual(
        expect.arrayContaining([
          "10.0.0.0/16 > control-plane tcp 5443-5443",
          "10.0.0.0/16 > control-plane tcp 8445-8445",
          "10.0.0.0/16 > control-plane tcp 9443-9443",
          "203.0.113.0/24 > node tcp 22-22",
          "edge > web tcp 8080-8080",
          "web > orders-db tcp 5432-5432",
          "web > sessions tcp 6379-6379",
        ]),
      );
      expect(required(stack)).not.toEqual(expect.arrayContaining(["0.0.0.0/0 > node tcp 22-22"]));
    }
  });
});
