// CCE rendering behaviour: rules that belong to one network model only, merged `ports` lists, the
// narrowed and cce-default profiles, hardened egress, naming, outputs, schema validity, and what
// Huawei cannot express.
import { checkHuaweicloudConfig, formatViolations } from "../src/validate/huaweicloud-schema";
import { SpecError } from "../src/spec/errors";
import { HwRule, hwAdmits, hwGroups, hwRules } from "./support/huawei-rules";
import { referenceSpec, synthSpec, variant } from "./support/synth";

const MODELS = ["vpc", "tunnel", "turbo"] as const;

/** True when the rule admits some port of from..to over protocol (no protocol or ports = all). */
function admitsRange(r: HwRule, protocol: string, from: number, to: number): boolean {
  if (r.protocol !== undefined && r.protocol !== protocol) return false;
  if (r.ports === undefined) return true;
  return r.ports.split(",").some((p) => {
    const [a, b] = p.split("-").map(Number);
    return a <= to && (b ?? a) >= from;
  });
}
const ref = synthSpec(referenceSpec());
const cceDefault = synthSpec(variant((c) => { c.huawei.profile = "cce-default"; }));
const restricted = synthSpec(variant((c) => { c.huawei.egress = "restricted"; }));
const stack = (s: typeof ref, model: string) => s.stacks[`prod-cce-${model}`];

describe.each(MODELS)("cce-%s", (model) => {
  test.each([["narrowed", ref], ["cce-default", cceDefault], ["restricted", restricted]] as const)(
    "every huaweicloud block passes the provider schema (%s)",
    (_name, s) => {
      const result = checkHuaweicloudConfig(stack(s, model));
      expect(formatViolations(result.violations)).toBe("");
      expect(result.blocksChecked).toBeGreaterThan(10);
    },
  );

  test("groups follow CCE's names, start empty and carry role and user tags", () => {
    const groups = hwGroups(stack(ref, model));
    expect(groups.node.name).toBe("prod-cce-node-sg");
    // Seed 004: CCE creates the master group ({cluster}-cce-control-{id}) and, for Turbo, the ENI group.
    expect(Object.keys(groups)).not.toContain("control-plane");
    expect(Object.keys(groups)).not.toContain("eni");
    expect(groups.web.name).toBe("prod-cce-web-sg");
    for (const g of Object.values(groups)) {
      expect(g.delete_default_rules).toBe(true);
      expect(g.tags).toMatchObject({ team: "platform", "cluster-sg-role": expect.any(String) });
    }
  });

  test("every rule names exactly one peer", () => {
    for (const r of Object.values(stack(ref, model).resource!.huaweicloud_networking_secgroup_rule)) {
      expect(["remote_group_id", "remote_ip_prefix", "remote_address_group_id"].filter((k) => k in r)).toHaveLength(1);
    }
  });

  test("UDP 4789 (VXLAN) is opened on the node group in the tunnel model only (the master group's is CCE's own)", () => {
    // Seed 004, tunnel model: worker and master node tables, "UDP port 4789, All IP addresses"; CCE
    // creates the master group with its rule (Table 4), so only the worker node group's is rendered.
    const vxlan = hwRules(stack(ref, model))
      .filter((r) => r.protocol === "udp" && r.ports?.split(",").includes("4789"))
      .map((r) => `${r.group} ${r.direction} ${r.peer}`)
      .sort();
    expect(vxlan).toEqual(model === "tunnel" ? ["node ingress cidr:0.0.0.0/0"] : []);
  });

  test("the ENI group is CCE's: referenced in Turbo only, never created", () => {
    expect("eni" in hwGroups(stack(ref, model))).toBe(false);
    expect(stack(ref, model).output!.cloud_security_group_ids.value).toEqual({
      "control-plane": "${var.control_plane_security_group_id}",
      ...(model === "turbo" ? { eni: "${var.eni_security_group_id}" } : {}),
    });
  });

  test("the narrowed profile opens nothing to 0.0.0.0/0 on SSH, 5443 or NodePort", () => {
    // Any rule from anywhere that admits TCP 22, TCP 5443 or a NodePort (TCP or UDP), whether by
    // naming the port, by a range around it, or by leaving ports (or the protocol) open.
    const forbidden = [["tcp", 22, 22], ["tcp", 5443, 5443], ["tcp", 30000, 32767], ["udp", 30000, 32767]] as const;
    const open = hwRules(stack(ref, model)).filter((r) => r.direction === "ingress" && (r.peer === "cidr:0.0.0.0/0" || r.peer === "cidr:::/0"));
    const wide = open.filter((r) => forbidden.some(([protocol, from, to]) => admitsRange(r, protocol, from, to)));
    expect(wide.map((r) => `${r.group} ${r.protocol ?? "all"} ${r.ports ?? "all ports"}`)).toEqual([]);
    // The rules from anywhere the narrowed reference renders: the ALB listener, and VXLAN on the
    // tunnel model's worker nodes (the master group's VXLAN and Turbo's 5444 are CCE's own rules).
    expect(open.map((r) => `${r.group} ${r.protocol} ${r.ports}`).sort()).toEqual(
      { vpc: ["edge tcp 443"], tunnel: ["edge tcp 443", "node udp 4789"], turbo: ["edge tcp 443"] }[model],
    );
  });

  test("cce-default reproduces CCE's wide-open rows exactly", () => {
    const rules = hwRules(stack(cceDefault, model));
    expect(hwAdmits(rules, { group: "node", direction: "ingress", protocol: "tcp", ports: "22", peer: "cidr:0.0.0.0/0" })).toBeDefined();
    expect(hwAdmits(rules, { group: "node", direction: "ingress", protocol: "udp", ports: "30000-32767", peer: "cidr:0.0.0.0/0" })).toBeDefined();
    // 5443 from 0.0.0.0/0 on the master group is CCE's own rule (Tables 2, 4, 6): never rendered again.
    expect(rules.filter((r) => r.group === "control-plane")).toEqual([]);
  });

  test("restricted egress replaces the node group's allow-all with the hardening list", () => {
    const rules = hwRules(stack(restricted, model));
    expect(rules.find((r) => r.group === "node" && r.direction === "egress" && r.peer === "cidr:0.0.0.0/0" && r.protocol === undefined)).toBeUndefined();
    const internal = rules.filter((r) => r.group === "node" && r.direction === "egress" && r.peer === "cidr:100.125.0.0/16");
    expect(internal.map((r) => `${r.protocol}:${r.ports}`).sort()).toEqual(["tcp:443,6443", "udp:123"]);
    // The master group keeps CCE's allow-all egress ("Modification not recommended"): CCE's rule, not ours.
    expect(rules.filter((r) => r.group === "control-plane")).toEqual([]);
  });

  test("outputs wire the groups into huaweicloud_cce_cluster and node pools", () => {
    const out = stack(ref, model).output!;
    expect(out.container_network_type.value).toBe({ vpc: "vpc-router", tunnel: "overlay_l2", turbo: "eni" }[model]);
    expect(out.cce_cluster_security_group_id.value).toBe("${huaweicloud_networking_secgroup.node.id}");
    expect(out.node_pool_security_group_ids.value).toEqual({
      apps: ["${huaweicloud_networking_secgroup.node.id}", "${huaweicloud_networking_secgroup.web.id}"],
      system: ["${huaweicloud_networking_secgroup.node.id}", "${huaweicloud_networking_secgroup.node-addon.id}"],
    });
  });

  test("app tiers get the same flows as on AWS", () => {
    const rules = hwRules(stack(ref, model));
    expect(hwAdmits(rules, { group: "orders-db", direction: "ingress", protocol: "tcp", ports: "5432", peer: "sg:web" })).toBeDefined();
    expect(hwAdmits(rules, { group: "sessions", direction: "ingress", protocol: "tcp", ports: "6379", peer: "sg:web" })).toBeDefined();
    expect(hwAdmits(rules, { group: "web", direction: "ingress", protocol: "tcp", ports: "8080", peer: "sg:edge" })).toBeDefined();
    // Bastion -> API server (seed 000): CCE's 5443 from 0.0.0.0/0 on its master group admits it already.
    expect(rules.filter((r) => r.group === "control-plane")).toEqual([]);
    expect(rules.filter((r) => r.group === "orders-db")).toHaveLength(1);
  });
});

test("rules sharing direction, protocol, ethertype and peer merge into one ports list", () => {
  // Hardening Outbound Rules: 5444, 8445 and 9443 to the VPC CIDR block.
  const toVpc = (s: typeof ref, model: string) =>
    hwRules(stack(s, model)).filter((r) => r.group === "node" && r.direction === "egress" && r.peer === "cidr:10.0.0.0/16" && r.protocol === "tcp");
  expect(toVpc(restricted, "tunnel").map((r) => r.ports)).toEqual(["5444,8445,9443"]);
  const edgeToWeb = hwRules(stack(ref, "vpc")).filter((r) => r.group === "web" && r.peer === "sg:edge");
  expect(edgeToWeb.map((r) => r.ports)).toEqual(["8080,8081"]);
});

test("CloudFront sources cannot be expressed on Huawei: a clear error names the spec path", () => {
  const spec = variant((c) => { c.tiers[0].sources = { cloudfront: true }; });
  expect(() => synthSpec(spec)).toThrow(SpecError);
  expect(() => synthSpec(spec)).toThrow(/clusters\[0\]\.tiers\[0\]\.sources\.cloudfront: Huawei Cloud has no CloudFront/);
});

test("the CCE stacks are only rendered for the models the spec lists", () => {
  const s = synthSpec(variant((c) => { c.huawei.networkModels = ["turbo"]; }));
  expect(Object.keys(s.stacks).sort()).toEqual(["prod-aws-eks", "prod-cce-turbo"]);
});
