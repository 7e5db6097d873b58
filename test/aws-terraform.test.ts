// The synthesized AWS stack of the reference spec passes terraform init, validate and an offline
// plan with the real hashicorp/aws provider, and plans exactly the groups and rules the plan model
// implies.
import { buildFlows } from "../src/flows";
import { planAwsRules } from "../src/rules/aws";
import { initCopy, plan, terraform } from "./support/terraform";
import { referenceSpec, stackDir, synthSpec } from "./support/synth";

// Written by hand from the seed rows (see test/aws-seed-rows.test.ts) and examples/reference.yaml,
// as terraform must plan them: rule address -> [ip_protocol, from_port, to_port]. Same-peer rows
// merge (10250, 15017 and the 9443 webhook fall inside 1025-65535; ICMP 3-4 inside node's self-all).
const GROUPS = ["control-plane", "edge", "endpoints", "jump", "node", "node-addon", "orders-db", "sessions", "web"];
const RULES: Record<string, [string, number | null, number | null]> = {
  "egress_rule.control-plane_egress_tcp_1025-65535_to_node": ["tcp", 1025, 65535],
  "egress_rule.control-plane_egress_tcp_443_to_node": ["tcp", 443, 443],
  "egress_rule.edge_egress_tcp_8080_to_web": ["tcp", 8080, 8080],
  "egress_rule.edge_egress_tcp_8081_to_web": ["tcp", 8081, 8081],
  "egress_rule.jump_egress_tcp_443_to_control-plane": ["tcp", 443, 443],
  "egress_rule.jump_egress_tcp_443_to_endpoints": ["tcp", 443, 443],
  "egress_rule.jump_egress_tcp_8080_to_web": ["tcp", 8080, 8080],
  "egress_rule.node-addon_egress_tcp_443_to_endpoints": ["tcp", 443, 443],
  "egress_rule.node_egress_all_to_0-0-0-0_0": ["-1", null, null],
  "egress_rule.node_egress_all_to_self": ["-1", null, null],
  "egress_rule.node_egress_tcp_443_to_control-plane": ["tcp", 443, 443],
  "egress_rule.web_egress_tcp_443_to_endpoints": ["tcp", 443, 443],
  "egress_rule.web_egress_tcp_5432_to_orders-db": ["tcp", 5432, 5432],
  "egress_rule.web_egress_tcp_6379_to_sessions": ["tcp", 6379, 6379],
  "ingress_rule.control-plane_ingress_tcp_443_from_jump": ["tcp", 443, 443],
  "ingress_rule.control-plane_ingress_tcp_443_from_node": ["tcp", 443, 443],
  "ingress_rule.edge_ingress_tcp_443_from_0-0-0-0_0": ["tcp", 443, 443],
  "ingress_rule.endpoints_ingress_tcp_443_from_jump": ["tcp", 443, 443],
  "ingress_rule.endpoints_ingress_tcp_443_from_node-addon": ["tcp", 443, 443],
  "ingress_rule.endpoints_ingress_tcp_443_from_web": ["tcp", 443, 443],
  "ingress_rule.jump_ingress_tcp_22_from_203-0-113-0_24": ["tcp", 22, 22],
  "ingress_rule.node_ingress_all_from_self": ["-1", null, null],
  "ingress_rule.node_ingress_tcp_1025-65535_from_control-plane": ["tcp", 1025, 65535],
  "ingress_rule.node_ingress_tcp_443_from_control-plane": ["tcp", 443, 443],
  "ingress_rule.orders-db_ingress_tcp_5432_from_web": ["tcp", 5432, 5432],
  "ingress_rule.sessions_ingress_tcp_6379_from_web": ["tcp", 6379, 6379],
  "ingress_rule.web_ingress_tcp_8080_from_edge": ["tcp", 8080, 8080],
  "ingress_rule.web_ingress_tcp_8080_from_jump": ["tcp", 8080, 8080],
  "ingress_rule.web_ingress_tcp_8081_from_edge": ["tcp", 8081, 8081],
};

test("reference AWS stack: init, validate, offline plan", () => {
  const s = synthSpec(referenceSpec(), { offline: true });
  const dir = initCopy(stackDir(s, "prod-aws-eks"));
  expect(terraform(dir, ["validate"])).toContain("Success");

  const model = planAwsRules(buildFlows(s.clusters[0], { cloud: "aws" }));
  const groups = model.filter((g) => g.created).length;
  const rules = model.reduce((n, g) => n + g.rules.length, 0);
  const changes = plan(dir);
  expect(changes.filter((c) => c.type === "aws_security_group")).toHaveLength(groups);
  expect(changes.filter((c) => c.type.startsWith("aws_vpc_security_group_"))).toHaveLength(rules);
  expect(changes).toHaveLength(groups + rules);
  // The same plan, against the hand-written table above (a wrong catalog row or port fails here).
  expect(changes.map((c) => c.address).sort()).toEqual(
    [...GROUPS.map((g) => `aws_security_group.${g}`), ...Object.keys(RULES).map((k) => `aws_vpc_security_group_${k}`)].sort(),
  );
  for (const [key, [ip_protocol, from_port, to_port]] of Object.entries(RULES)) {
    const after = changes.find((c) => c.address === `aws_vpc_security_group_${key}`)?.after;
    expect({ key, ...after }).toMatchObject({ key, ip_protocol, from_port, to_port });
  }
  // The kubelet path the control plane needs, as terraform will create it.
  const kubelet = changes.find((c) => c.address === "aws_vpc_security_group_ingress_rule.node_ingress_tcp_1025-65535_from_control-plane");
  expect(kubelet?.after).toMatchObject({ ip_protocol: "tcp", from_port: 1025, to_port: 65535 });
});
