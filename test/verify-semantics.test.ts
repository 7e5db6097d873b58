// The checker's semantics on small hand-written documents: each rule kind, references, CIDR and
// port arithmetic, Huawei ports lists, priorities and address groups, cloud default rules, and
// that a flow needs the source's egress and the destination's ingress.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { allows, FlowQuery } from "../src/verify/allows";
import { Endpoints as E } from "../src/verify/endpoint";
import { VerifyError } from "../src/verify/errors";
import { LoadOptions, loadStack } from "../src/verify/load-stack";
import type { TfJson } from "../src/verify/terraform-json";
import { all, awsDoc, awsSg, huaweiDoc, hwSg, tcp } from "./fixtures/verify/docs";

const verdict = (doc: TfJson, q: FlowQuery, options: LoadOptions = {}) => allows(loadStack(doc, options), q).verdict;

describe("AWS rules", () => {
  const doc = awsDoc(
    { web: "node-app", db: "database", node: "node", other: "cache" },
    {
      "web/out/db": { ...tcp(5432), referenced_security_group_id: awsSg("db") },
      "db/in/web": { ...tcp(5432), referenced_security_group_id: awsSg("web") },
      "node/in/self": { ...all, referenced_security_group_id: awsSg("node") },
      "node/out/self": { ...all, referenced_security_group_id: awsSg("node") },
      "node/out/any": { ...all, cidr_ipv4: "0.0.0.0/0" },
      "other/out/db": { ...tcp(5432), referenced_security_group_id: awsSg("db") },
    },
  );
  const stack = loadStack(doc);

  test("a referenced group admits exactly that group, naming both rules", () => {
    const r = allows(stack, { from: E.group("web"), to: E.group("db"), protocol: "tcp", port: 5432 });
    expect(r).toMatchObject({ allowed: true, verdict: "allowed" });
    expect(r.egressRule?.address).toBe("aws_vpc_security_group_egress_rule.web_db");
    expect(r.ingressRule?.address).toBe("aws_vpc_security_group_ingress_rule.db_web");
    expect(allows(stack, { from: E.group("web"), to: E.group("db"), protocol: "tcp", port: 5433 }).verdict).toBe("denied");
  });

  test("egress and ingress must both allow", () => {
    // node's egress allows everything, db's ingress names only web.
    const noIngress = allows(stack, { from: E.group("node"), to: E.group("db"), protocol: "tcp", port: 5432 });
    expect(noIngress.verdict).toBe("denied");
    expect(noIngress.reason).toMatch(/no ingress rule of db/);
    // db lets web in, but nothing lets db out towards web.
    const noEgress = allows(stack, { from: E.group("db"), to: E.group("web"), protocol: "tcp", port: 5432 });
    expect(noEgress.reason).toMatch(/no egress rule of db/);
  });

  test("self references and all-protocol rules", () => {
    expect(verdict(doc, { from: E.group("node"), to: E.group("node") })).toBe("allowed");
    expect(verdict(doc, { from: E.group("node"), to: E.group("node"), protocol: 47 })).toBe("allowed");
    expect(verdict(doc, { from: E.group("node"), to: E.group("node"), protocol: "icmp", port: { type: 3, code: 4 } })).toBe("allowed");
  });

  test("a TCP rule covers its range only; an ALL query over it is partial", () => {
    const ranged = awsDoc({ a: "control-plane", b: "node" }, {
      "a/out/b": { ...tcp(1025, 65535), referenced_security_group_id: awsSg("b") },
      "b/in/a1": { ...tcp(443), referenced_security_group_id: awsSg("a") },
      "b/in/a2": { ...tcp(1025, 65535), referenced_security_group_id: awsSg("a") },
    });
    expect(verdict(ranged, { from: E.group("a"), to: E.group("b"), protocol: "tcp", port: 10250 })).toBe("allowed");
    expect(verdict(ranged, { from: E.group("a"), to: E.group("b"), protocol: "tcp", port: 1024 })).toBe("denied");
    expect(verdict(ranged, { from: E.group("a"), to: E.group("b"), protocol: "tcp", port: [1000, 2000] })).toBe("partial");
    const r = allows(loadStack(ranged), { from: E.group("a"), to: E.group("b") });
    expect(r.verdict).toBe("partial");
    // 443 is in b's ingress but not in a's egress.
    expect(r.admitted.map((p) => p.traffic)).toEqual(["TCP 1025-65535"]);
  });

  test("adjacent rules together cover a range", () => {
    const split = awsDoc({ a: "x", b: "y" }, {
      "a/out/b": { ...all, referenced_security_group_id: awsSg("b") },
      "b/in/low": { ...tcp(1000, 1499), referenced_security_group_id: awsSg("a") },
      "b/in/high": { ...tcp(1500, 2000), referenced_security_group_id: awsSg("a") },
    });
    const r = allows(loadStack(split), { from: E.group("a"), to: E.group("b"), protocol: "tcp", port: [1000, 2000] });
    expect(r.verdict).toBe("allowed");
    expect(r.ingressRules.map((x) => x.address)).toHaveLength(2);
  });

  test("ICMP type and code; ICMPv6 is another protocol", () => {
    const icmp = awsDoc({ n: "node" }, {
      "n/out/self": { ...all, referenced_security_group_id: awsSg("n") },
      "n/in/pmtud": { ip_protocol: "icmp", from_port: 3, to_port: 4, referenced_security_group_id: awsSg("n") },
      "n/in/echo": { ip_protocol: "icmpv6", from_port: 128, to_port: -1, referenced_security_group_id: awsSg("n") },
    });
    const q = (protocol: string, type: number, code: number) => verdict(icmp, { from: E.group("n"), to: E.group("n"), protocol, port: { type, code } });
    expect(q("icmp", 3, 4)).toBe("allowed");
    expect(q("icmp", 3, 3)).toBe("denied");
    expect(q("icmp", 3, -1)).toBe("partial");
    expect(q("icmpv6", 128, 0)).toBe("allowed");
    expect(q("icmpv6", 3, 4)).toBe("denied");
  });

  test("an address outside the stack: only the group's side is checked", () => {
    expect(verdict(doc, { from: E.group("node"), to: E.cidr("8.8.8.8") })).toBe("allowed");
    expect(verdict(doc, { from: E.group("web"), to: E.cidr("8.8.8.8"), protocol: "tcp", port: 443 })).toBe("denied");
    const edge = awsDoc({ edge: "load-balancer" }, { "edge/in/any": { ...tcp(443), cidr_ipv4: "0.0.0.0/0" } });
    expect(verdict(edge, { from: E.internet(), to: E.group("edge"), protocol: "tcp", port: 443 })).toBe("allowed");
    expect(() => verdict(edge, { from: E.internet(), to: E.cidr("10.0.0.1") })).toThrow(VerifyError);
  });
});

describe("CIDR containment", () => {
  const doc = awsDoc({ bastion: "bastion" }, {
    "bastion/in/host": { ...tcp(22), cidr_ipv4: "203.0.113.7/32" },
    "bastion/in/low": { ...tcp(443), cidr_ipv4: "198.51.100.0/25" },
    "bastion/in/high": { ...tcp(443), cidr_ipv4: "198.51.100.128/25" },
    "bastion/in/v6": { ...tcp(22), cidr_ipv6: "2001:db8::/32" },
    "bastion/in/v6any": { ...tcp(80), cidr_ipv6: "::/0" },
  });
  const q = (from: string, port: number) => verdict(doc, { from: E.cidr(from), to: E.group("bastion"), protocol: "tcp", port });

  test("/32 admits that host only", () => {
    expect(q("203.0.113.7", 22)).toBe("allowed");
    expect(q("203.0.113.7/32", 22)).toBe("allowed");
    expect(q("203.0.113.8", 22)).toBe("denied");
    const r = allows(loadStack(doc), { from: E.cidr("203.0.113.0/24"), to: E.group("bastion"), protocol: "tcp", port: 22 });
    expect(r.verdict).toBe("partial");
    expect(r.admitted[0].from).toEqual(["203.0.113.7/32"]);
  });

  test("two /25 rules cover the /24", () => {
    expect(q("198.51.100.0/24", 443)).toBe("allowed");
    expect(q("198.51.100.0/23", 443)).toBe("partial");
  });

  test("IPv6 blocks, and families never mix", () => {
    expect(q("2001:db8:1::/48", 22)).toBe("allowed");
    expect(q("2001:db9::1", 22)).toBe("denied");
    expect(q("2001:db9::1/128", 80)).toBe("allowed");
    expect(q("::/0", 80)).toBe("allowed");
    expect(q("0.0.0.0/0", 80)).toBe("denied");
    expect(q("::/0", 22)).toBe("partial");
  });

  test("the internet minus the cluster's networks", () => {
    const lb = awsDoc({ lb: "load-balancer" }, { "lb/in/vpc": { ...tcp(443), cidr_ipv4: "10.0.0.0/16" } });
    expect(verdict(lb, { from: E.internet(["10.0.0.0/16"]), to: E.group("lb") })).toBe("denied");
    expect(verdict(lb, { from: E.internet(), to: E.group("lb") })).toBe("partial");
  });

  test("a group end is judged by where its members live", () => {
    const d = awsDoc({ node: "node", db: "database" }, {
      "node/out/any": { ...all, cidr_ipv4: "0.0.0.0/0" },
      "db/in/vpc": { ...tcp(5432), cidr_ipv4: "10.0.0.0/16" },
    });
    const q2 = { from: E.group("node"), to: E.group("db"), protocol: "tcp", port: 5432 } as const;
    expect(verdict(d, q2)).toBe("partial");
    expect(verdict(d, q2, { placement: { node: ["10.0.4.0/24"] } })).toBe("allowed");
    expect(verdict(d, q2, { placement: { node: ["172.16.0.0/16"] } })).toBe("denied");
  });
});

describe("references", () => {
  const fixture: TfJson = JSON.parse(readFileSync(join(__dirname, "fixtures", "verify", "module-stack.json"), "utf8"));

  test("module inputs, variable defaults, the EKS cluster SG from a data lookup, prefix lists", () => {
    const stack = loadStack(fixture, { inputs: { vpc_cidr: "10.0.0.0/16" } });
    expect(stack.groups.find((g) => g.tier === "cluster")).toMatchObject({ role: "cluster", managed: false });
    expect(allows(stack, { from: E.cidr("10.0.7.7"), to: E.group("node"), protocol: "tcp", port: 10250 }).verdict).toBe("allowed");
    expect(allows(stack, { from: E.cidr("198.51.100.9"), to: E.group("node"), protocol: "tcp", port: 22 }).verdict).toBe("allowed");
    // The cluster SG's EKS default egress (all to 0.0.0.0/0) plus node's rule naming it.
    const fromCluster = allows(stack, { from: E.group("cluster"), to: E.group("node"), protocol: "udp", port: 53 });
    expect(fromCluster.verdict).toBe("allowed");
    expect(fromCluster.egressRule?.cloudDefault).toMatch(/EKS default/);
    expect(allows(stack, { from: E.prefixList("cloudfront"), to: E.group("edge"), protocol: "tcp", port: 443 }).verdict).toBe("allowed");
    // Unknown entries: a host on the internet may or may not be in the list.
    const internet = allows(stack, { from: E.internet(), to: E.group("edge"), protocol: "tcp", port: 443 });
    expect(internet.verdict).toBe("partial");
    expect(internet.admitted[0].uncertain).toBe(true);
  });

  test("known prefix list entries are judged as addresses", () => {
    const stack = loadStack(fixture, { inputs: { vpc_cidr: "10.0.0.0/16" }, prefixLists: { cloudfront: ["130.176.0.0/16"] } });
    expect(allows(stack, { from: E.cidr("130.176.1.1"), to: E.group("edge"), protocol: "tcp", port: 443 }).verdict).toBe("allowed");
    expect(allows(stack, { from: E.cidr("8.8.8.8"), to: E.group("edge"), protocol: "tcp", port: 443 }).verdict).toBe("denied");
  });

  test("a module input without a value is bad input", () => {
    expect(() => loadStack(fixture)).toThrow(/\$\{var\.vpc_cidr\} has no value/);
  });

  test("for_each over a list input, and inputs spliced into a ports list", () => {
    const doc = huaweiDoc({ n: "node" }, {
      "n/admins": { direction: "ingress", protocol: "tcp", ports: "${var.ssh_port},2222", remote_ip_prefix: "${each.value}", for_each: "${toset(var.admin_cidrs)}" },
    });
    const stack = loadStack(doc, { inputs: { admin_cidrs: ["192.0.2.0/24", "198.51.100.0/24"], ssh_port: 22 } });
    const r = allows(stack, { from: E.cidr("198.51.100.7"), to: E.group("n"), protocol: "tcp", port: 22 });
    expect(r.ingressRule?.address).toBe('huaweicloud_networking_secgroup_rule.n_admins["198.51.100.0/24"]');
    expect(allows(stack, { from: E.cidr("192.0.2.0/24"), to: E.group("n"), protocol: "tcp", port: 2222 }).verdict).toBe("allowed");
    expect(allows(stack, { from: E.cidr("203.0.113.1"), to: E.group("n"), protocol: "tcp", port: 22 }).verdict).toBe("denied");
  });

  test("a literal cluster SG ID gets EKS's default rules, ::/0 only in IPv6 clusters", () => {
    const doc = awsDoc({ node: "node" }, {
      "node/in/cluster": { ...all, referenced_security_group_id: "sg-0123456789abcdef0" },
      "node/out/any": { ...all, cidr_ipv4: "0.0.0.0/0" },
    });
    const external = { "sg-0123456789abcdef0": { tier: "cluster", role: "cluster" } };
    const v4 = loadStack(doc, { externalGroups: external });
    expect(allows(v4, { from: E.group("cluster"), to: E.group("cluster") }).verdict).toBe("allowed");
    expect(allows(v4, { from: E.group("cluster"), to: E.cidr("::/0") }).verdict).toBe("denied");
    expect(allows(v4, { from: E.group("cluster"), to: E.group("node") }).verdict).toBe("allowed");
    expect(allows(v4, { from: E.internet(), to: E.group("cluster") }).verdict).toBe("denied");
    const v6 = loadStack(doc, { externalGroups: external, ipFamily: "ipv6" });
    expect(allows(v6, { from: E.group("cluster"), to: E.cidr("::/0") }).verdict).toBe("allowed");
    // Unnamed, the literal ID is an external group with no known rules.
    const unnamed = loadStack(doc);
    expect(allows(unnamed, { from: E.group("sg-0123456789abcdef0"), to: E.group("node") }).verdict).toBe("denied");
  });

  test("what cannot be judged statically stops with its location", () => {
    const bad = awsDoc({ a: "node" }, { "a/in/x": { ...tcp(22), cidr_ipv4: "${cidrsubnet(var.vpc, 8, 1)}" } });
    expect(() => loadStack(bad)).toThrow(/a_x.cidr_ipv4: cannot evaluate/);
    const legacy: TfJson = { resource: { aws_security_group_rule: { x: { type: "ingress" } } } };
    expect(() => loadStack(legacy)).toThrow(/aws_security_group_rule is not supported/);
    const missing = awsDoc({ a: "node" }, { "a/in/x": { ...tcp(22), referenced_security_group_id: awsSg("ghost") } });
    expect(() => loadStack(missing)).toThrow(/not in this stack/);
    expect(() => allows(loadStack(awsDoc({ a: "node" }, {})), { from: E.group("nope"), to: E.group("a") })).toThrow(/no security group for tier "nope"/);
  });
});

describe("Huawei rules", () => {
  test("protocol absent means every protocol; ports lists and port_range_min/max", () => {
    const doc = huaweiDoc({ n: "node", cp: "control-plane" }, {
      "cp/out": { direction: "egress", remote_group_id: hwSg("n") },
      "n/ports": { direction: "ingress", protocol: "tcp", ports: "22,80,1000-2000", remote_group_id: hwSg("cp") },
      "n/range": { direction: "ingress", protocol: "udp", port_range_min: 30000, port_range_max: 32767, remote_group_id: hwSg("cp") },
    });
    const q = (protocol: string, port: number | [number, number]) => verdict(doc, { from: E.group("cp"), to: E.group("n"), protocol, port });
    expect(q("tcp", 22)).toBe("allowed");
    expect(q("tcp", 81)).toBe("denied");
    expect(q("tcp", 1500)).toBe("allowed");
    expect(q("tcp", [1000, 2000])).toBe("allowed");
    expect(q("tcp", [999, 1000])).toBe("partial");
    expect(q("udp", 31000)).toBe("allowed");
    expect(q("udp", 22)).toBe("denied");
  });

  test("ethertype, remote IP prefix, no remote = anywhere of that family", () => {
    const doc = huaweiDoc({ n: "node" }, {
      "n/v6": { direction: "ingress", ethertype: "IPv6", protocol: "tcp", ports: "22", remote_ip_prefix: "2001:db8::/32" },
      "n/open": { direction: "ingress", protocol: "udp", ports: "4789" },
    });
    expect(verdict(doc, { from: E.cidr("2001:db8::5"), to: E.group("n"), protocol: "tcp", port: 22 })).toBe("allowed");
    expect(verdict(doc, { from: E.cidr("10.0.0.5"), to: E.group("n"), protocol: "tcp", port: 22 })).toBe("denied");
    expect(verdict(doc, { from: E.internet(), to: E.group("n"), protocol: "udp", port: 4789 })).toBe("allowed");
    expect(verdict(doc, { from: E.cidr("2001:db8::5"), to: E.group("n"), protocol: "udp", port: 4789 })).toBe("denied");
  });

  test("address groups: CIDRs, single addresses, ranges and ip_extra_set", () => {
    const doc = huaweiDoc(
      { n: "node" },
      { "n/admins": { direction: "ingress", protocol: "tcp", ports: "22", remote_address_group_id: "${huaweicloud_vpc_address_group.admins.id}" } },
      { resource: { huaweicloud_vpc_address_group: { admins: { name: "admins", addresses: ["192.0.2.0/28", "198.51.100.1-198.51.100.3"], ip_extra_set: [{ ip: "203.0.113.9" }] } } } },
    );
    const q = (from: string) => verdict(doc, { from: E.cidr(from), to: E.group("n"), protocol: "tcp", port: 22 });
    expect(q("192.0.2.0/28")).toBe("allowed");
    expect(q("192.0.2.16")).toBe("denied");
    expect(q("198.51.100.2")).toBe("allowed");
    expect(q("198.51.100.4")).toBe("denied");
    expect(q("203.0.113.9")).toBe("allowed");
    expect(q("198.51.100.0/30")).toBe("partial");
  });

  test("deny beats allow at equal priority; a lower number beats both", () => {
    const rules = (denyPriority: number) =>
      huaweiDoc({ n: "node" }, {
        "n/allow": { direction: "ingress", protocol: "tcp", ports: "22", remote_ip_prefix: "0.0.0.0/0", action: "allow", priority: 10 },
        "n/deny": { direction: "ingress", protocol: "tcp", ports: "22", remote_ip_prefix: "203.0.113.0/24", action: "deny", priority: denyPriority },
      });
    const q = (doc: TfJson, from: string) => verdict(doc, { from: E.cidr(from), to: E.group("n"), protocol: "tcp", port: 22 });
    expect(q(rules(10), "203.0.113.5")).toBe("denied");
    expect(q(rules(10), "198.51.100.5")).toBe("allowed");
    expect(q(rules(50), "203.0.113.5")).toBe("allowed");
    expect(q(rules(1), "203.0.113.5")).toBe("denied");
    const partial = allows(loadStack(rules(10)), { from: E.cidr("203.0.112.0/23"), to: E.group("n"), protocol: "tcp", port: 22 });
    expect(partial.verdict).toBe("partial");
    expect(partial.admitted[0].from).toEqual(["203.0.112.0/24"]);
    expect(allows(loadStack(rules(10)), { from: E.cidr("203.0.113.5"), to: E.group("n"), protocol: "tcp", port: 22 }).reason).toMatch(/denied by huaweicloud_networking_secgroup_rule\.n_deny/);
  });

  test("an instance's groups are matched in binding order", () => {
    const doc = huaweiDoc({ a: "node", b: "node-app", src: "bastion" }, {
      "src/out": { direction: "egress" },
      "a/deny": { direction: "ingress", protocol: "tcp", ports: "8080", remote_group_id: hwSg("src"), action: "deny", priority: 100 },
      "b/allow": { direction: "ingress", protocol: "tcp", ports: "8080", remote_group_id: hwSg("src"), priority: 1 },
    });
    const q = (...tiers: string[]) => verdict(doc, { from: E.group("src"), to: E.instance(...tiers), protocol: "tcp", port: 8080 });
    expect(q("a", "b")).toBe("denied");
    expect(q("b", "a")).toBe("allowed");
  });

  test("groups that keep Huawei's default rules talk to themselves and out", () => {
    const doc = huaweiDoc({ n: "node", m: "control-plane" }, {}, {}, true);
    expect(verdict(doc, { from: E.group("n"), to: E.group("n") })).toBe("allowed");
    expect(verdict(doc, { from: E.group("n"), to: E.cidr("8.8.8.8") })).toBe("allowed");
    expect(verdict(doc, { from: E.group("n"), to: E.group("m") })).toBe("denied");
    expect(verdict(huaweiDoc({ n: "node" }, {}), { from: E.group("n"), to: E.group("n") })).toBe("denied");
  });

  test("bad values stop with their location", () => {
    const doc = (attrs: Record<string, unknown>) => huaweiDoc({ n: "node" }, { "n/x": { direction: "ingress", protocol: "tcp", ...attrs } });
    expect(() => loadStack(doc({ ports: "22,70000" }))).toThrow(/n_x.ports: "70000"/);
    expect(() => loadStack(doc({ priority: 101 }))).toThrow(/outside 1-100/);
    expect(() => loadStack(doc({ remote_ip_prefix: "10.0.0.1/16" }))).toThrow(/host bits/);
  });
});
