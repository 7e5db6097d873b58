// The required-flow and least-privilege suites on the reference spec, for all four stacks; that
// the checker fails when a required rule is deleted or a stray rule added; and the parity table.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildFlows } from "../src/flows/build";
import { stackName, targetsOf } from "../src/verify/cluster-context";
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
const find = (rep: StackReport, name: string, from: string, to: string) =>
  rep.results.find((r) => r.check.name === name && JSON.stringify(r.check.from).includes(`"${from}"`) && JSON.stringify(r.check.to).includes(`"${to}"`))!;

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

  test("every flow buildFlows returns is allowed by the synthesized rules", () => {
    const required = rep.results.filter((r) => r.check.suite === "required");
    expect(required).toHaveLength(buildFlows(cluster, target).flows.length);
    expect(failures({ ...rep, results: required })).toEqual([]);
  });

  test("least privilege holds: stores, endpoints and the internet reach only what policy allows", () => {
    const policy = rep.results.filter((r) => r.check.suite === "least-privilege");
    expect(new Set(policy.map((r) => r.check.name))).toEqual(
      new Set(["no-ssh-from-internet", "internet-only-load-balancers", "database-only-from-clients", "cache-only-from-clients", "vpc-endpoint-443-only"]),
    );
    expect(failures({ ...rep, results: policy })).toEqual([]);
    // Every group of the stack is tried as a source of the database.
    expect(policy.filter((r) => r.check.name === "database-only-from-clients")).toHaveLength(new Set(rep.results.flatMap((r) => ("group" in r.check.to ? [r.check.to.group] : []))).size);
  });
});

test("what the internet reaches, per stack, is exactly the cited exceptions", () => {
  const internet = (stack: string, to: string) => actualText(find(reportOf(stack), "internet-only-load-balancers", "internet", to));
  expect(internet("prod-aws-eks", "edge")).toBe("only TCP 443");
  expect(internet("prod-aws-eks", "jump")).toBe("only TCP 22 from 203.0.113.0/24");
  expect(internet("prod-aws-eks", "node")).toBe("denied");
  expect(internet("prod-cce-vpc", "node")).toBe("only TCP 22 from 203.0.113.0/24");
  expect(internet("prod-cce-tunnel", "node")).toBe("only TCP 22 from 203.0.113.0/24; UDP 4789");
  // Seed 004 Tables 4 and 6: CCE creates 5443 (and Turbo 5444) from 0.0.0.0/0 on its master group.
  expect(internet("prod-cce-tunnel", "control-plane")).toBe("only TCP 5443; UDP 4789");
  expect(internet("prod-cce-turbo", "control-plane")).toBe("only TCP 5443-5444");
  expect(find(reportOf("prod-cce-tunnel"), "internet-only-load-balancers", "internet", "node").check.allowances!.map((a) => a.ref)).toEqual([
    "s004-t3-in-ssh-admin",
    "s004-t3-in-vxlan-any",
  ]);
});

test("the EKS cluster SG's own rules carry the cluster flows", () => {
  const self = reportOf("prod-aws-eks").results.find((r) => r.check.suite === "required" && JSON.stringify(r.check.from) === '{"group":"cluster"}');
  expect(self?.pass).toBe(true);
  expect(self?.result.egressRule?.cloudDefault).toMatch(/EKS default rule/);
});

describe("the checker can fail", () => {
  test("deleting one required ingress rule (AWS)", () => {
    const docs = mutated("prod-aws-eks", (r) => delete r.aws_vpc_security_group_ingress_rule["orders-db_ingress_tcp_5432_from_web"]);
    const rep = reportOf("prod-aws-eks", verifyStacks(ref.clusters, docs));
    expect(rep.passed).toBe(false);
    expect(failures(rep)).toEqual(["required: no ingress rule of orders-db lets TCP 5432 in from web"]);
  });

  test("deleting only the egress side (AWS)", () => {
    const docs = mutated("prod-aws-eks", (r) => delete r.aws_vpc_security_group_egress_rule["edge_egress_tcp_8080_to_web"]);
    expect(failures(reportOf("prod-aws-eks", verifyStacks(ref.clusters, docs)))).toEqual(["required: no egress rule of edge lets TCP 8080 out to web"]);
  });

  test("deleting one required rule (Huawei, merged ports list)", () => {
    const docs = mutated("prod-cce-vpc", (r) => {
      r.huaweicloud_networking_secgroup_rule["web_ingress_tcp_ipv4_from_edge"].ports = "8080";
    });
    const rep = reportOf("prod-cce-vpc", verifyStacks(ref.clusters, docs));
    expect(failures(rep)).toEqual([expect.stringMatching(/^required: no ingress rule of web lets TCP 8081 in from edge/)]);
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
    expect(find(rep, "database-only-from-clients", "node", "orders-db").violations.map((v) => v.traffic)).toEqual(["TCP 5432"]);
    expect(rep.results.filter((r) => !r.pass)).toHaveLength(1);
  });

  test("SSH widened to the internet on CCE", () => {
    const docs = mutated("prod-cce-turbo", (r) => {
      r.huaweicloud_networking_secgroup_rule["node_ingress_tcp_ipv4_from_203-0-113-0_24"].remote_ip_prefix = "0.0.0.0/0";
    });
    const failed = reportOf("prod-cce-turbo", verifyStacks(ref.clusters, docs)).results.filter((r) => !r.pass).map((r) => r.check.name);
    expect(failed).toEqual(["no-ssh-from-internet", "internet-only-load-balancers"]);
  });

  test("a Huawei deny rule in front of a required flow", () => {
    const docs = mutated("prod-cce-tunnel", (r) => {
      r.huaweicloud_networking_secgroup_rule.deny_vxlan = {
        security_group_id: "${huaweicloud_networking_secgroup.node.id}", direction: "ingress", ethertype: "IPv4", protocol: "udp", ports: "4789",
        remote_ip_prefix: "0.0.0.0/0", action: "deny", priority: 1,
      };
    });
    const rep = reportOf("prod-cce-tunnel", verifyStacks(ref.clusters, docs));
    // The deny also cuts UDP 4789 out of the node group's all-traffic flow to itself.
    expect(failures(rep)).toEqual([
      "required: denied by huaweicloud_networking_secgroup_rule.deny_vxlan",
      "required: only ICMP ALL; TCP ALL; UDP 1-4788; UDP 4790-65535; other protocols; denied by huaweicloud_networking_secgroup_rule.deny_vxlan",
    ]);
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
  const ssh = find(reportOf("prod-cce-vpc", rs), "no-ssh-from-internet", "internet", "node");
  expect(ssh.result.verdict).toBe("allowed");
  expect(ssh.check.allowances!.map((a) => a.ref)).toEqual(["s004-t1-in-ssh-any"]);
  for (const stack of STACKS) {
    const dba = find(reportOf(stack, rs), "database-only-from-clients", "jump", "orders-db");
    expect([actualText(dba), dba.check.allowances!.map((a) => a.ref)]).toEqual(["only TCP 5432", ["clusters[0].rules[1]"]]);
  }
});

describe("parity on the reference spec", () => {
  const table = parity(cluster, ref.stacks);
  const row = (from: string, to: string, traffic: string) => table.rows.find((r) => r.from === from && r.to === to && r.traffic === traffic)!;

  test("one column per target, every required cell allowed", () => {
    expect(table.targets).toEqual(["aws-eks", "cce-vpc", "cce-tunnel", "cce-turbo"]);
    expect(table.rows.flatMap((r) => r.cells.filter((c) => c.required && c.verdict !== "allowed"))).toEqual([]);
  });

  test("VXLAN: needed by the tunnel model only, with the seed row that says so", () => {
    const vxlan = row("anywhere 0.0.0.0/0", "node", "UDP 4789");
    expect(vxlan.cells.map((c) => [c.target, c.required, c.verdict])).toEqual([
      ["aws-eks", false, "denied"],
      ["cce-vpc", false, "partial"],
      ["cce-tunnel", true, "allowed"],
      ["cce-turbo", false, "partial"],
    ]);
    expect(vxlan.reason).toMatch(/^cce-tunnel needs UDP 4789 \(seed 004 Table 3: s004-t3-in-vxlan-any\); aws-eks: Huawei CCE only; /);
  });

  test("flows every target shares do not differ; a missing group is n/a", () => {
    expect(row("web", "orders-db", "TCP 5432")).toMatchObject({ differs: false });
    expect(row("web", "orders-db", "TCP 5432").reason).toBeUndefined();
    const eni = row("eni", "eni", "ALL");
    expect(eni.cells.map((c) => c.verdict)).toEqual(["n/a", "n/a", "n/a", "allowed"]);
    expect(eni.reason).toBe("cce-turbo needs ALL (seed 004 Table 7: s004-t7-in-self-all); aws-eks, cce-vpc, cce-tunnel: no eni group");
    // CCE has an add-on pool of its own, carrying the node-addon group as on AWS.
    expect(row("node-addon", "endpoints", "TCP 443").cells[1]).toMatchObject({ required: true, verdict: "allowed" });
    expect(row("node-addon", "endpoints", "TCP 443").cells[1].note).toBeUndefined();
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
  const text = (e: Record<string, unknown>) => (e.group as string) ?? (e.cidrs as string[]).join("+");
  const required = (stack: string) =>
    reportOf(stack)
      .results.filter((r) => r.check.suite === "required")
      .map((r) => `${text(r.check.from as never)} > ${text(r.check.to as never)} ${portText(r.check.port as { protocol: string; from?: number; to?: number })}`)
      .sort();

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
