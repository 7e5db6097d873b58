// One test per seed row the reference spec enables on AWS: the synthesized stack must hold a rule
// on the right group, in the right direction, from/to the right peer, admitting the row's ports.
import { CATALOG } from "../src/catalog";
import { buildFlows } from "../src/flows";
import { expandRow, rowApplies } from "../src/flows/expand-row";
import { flowContext } from "../src/flows/build";
import { admits, awsRules } from "./support/aws-rules";
import { referenceSpec, synthSpec } from "./support/synth";

type Expect = [group: string, direction: "ingress" | "egress", protocol: string, from: number | undefined, to: number | undefined, peer: string];

// Written from the seed tables and examples/reference.yaml (recommended profile, open egress,
// Istio on, ALB "edge" -> app "web" 8080 / health 8081, postgresql, redis, bastion "jump").
const EXPECTED: Record<string, Expect[]> = {
  "s000-cp-in-bastion-api": [["control-plane", "ingress", "tcp", 443, 443, "sg:jump"], ["jump", "egress", "tcp", 443, 443, "sg:control-plane"]],
  "s001-cp-in-bastion-443": [["control-plane", "ingress", "tcp", 443, 443, "sg:jump"]],
  "s000-app-in-lb-service": [["web", "ingress", "tcp", 8080, 8080, "sg:edge"]],
  "s000-lb-out-app-service": [["edge", "egress", "tcp", 8080, 8080, "sg:web"]],
  "s002-app-in-alb-listener": [["web", "ingress", "tcp", 8080, 8080, "sg:edge"]],
  "s002-app-in-alb-health": [["web", "ingress", "tcp", 8081, 8081, "sg:edge"], ["edge", "egress", "tcp", 8081, 8081, "sg:web"]],
  "s000-app-out-db": [["web", "egress", "tcp", 5432, 5432, "sg:orders-db"]],
  "s000-db-in-app": [["orders-db", "ingress", "tcp", 5432, 5432, "sg:web"]],
  "s000-app-out-cache": [["web", "egress", "tcp", 6379, 6379, "sg:sessions"]],
  "s000-cache-in-app": [["sessions", "ingress", "tcp", 6379, 6379, "sg:web"]],
  "s000-vpce-in-addon-443": [["endpoints", "ingress", "tcp", 443, 443, "sg:node-addon"], ["node-addon", "egress", "tcp", 443, 443, "sg:endpoints"]],
  "s000-vpce-in-app-443": [["endpoints", "ingress", "tcp", 443, 443, "sg:web"]],
  "s000-vpce-in-bastion-443": [["endpoints", "ingress", "tcp", 443, 443, "sg:jump"]],
  "s000-lb-in-internet": [["edge", "ingress", "tcp", 443, 443, "cidr:0.0.0.0/0"]],
  "s001-cp-in-node-443": [["control-plane", "ingress", "tcp", 443, 443, "sg:node"]],
  "s002-cp-in-node-443": [["control-plane", "ingress", "tcp", 443, 443, "sg:node"]],
  "s001-node-out-cp-443": [["node", "egress", "tcp", 443, 443, "sg:control-plane"]],
  "s001-cp-out-node-10250": [["control-plane", "egress", "tcp", 10250, 10250, "sg:node"]],
  "s002-cp-out-node-10250": [["control-plane", "egress", "tcp", 10250, 10250, "sg:node"]],
  "s001-cp-out-node-1025": [["control-plane", "egress", "tcp", 1025, 65535, "sg:node"]],
  "s001-node-in-node-all": [["node", "ingress", "-1", undefined, undefined, "sg:node"]],
  "s002-node-in-self-all": [["node", "ingress", "-1", undefined, undefined, "sg:node"]],
  "s001-node-in-cp-10250": [["node", "ingress", "tcp", 10250, 10250, "sg:control-plane"]],
  "s002-node-in-cp-10250": [["node", "ingress", "tcp", 10250, 10250, "sg:control-plane"]],
  "s001-node-in-cp-443": [["node", "ingress", "tcp", 443, 443, "sg:control-plane"]],
  "s002-node-in-cp-443-istio": [["node", "ingress", "tcp", 443, 443, "sg:control-plane"]],
  "s002-node-in-cp-15017-istio": [["node", "ingress", "tcp", 15017, 15017, "sg:control-plane"]],
  "s001-node-in-cp-1025": [["node", "ingress", "tcp", 1025, 65535, "sg:control-plane"]],
  "s001-node-in-node-443": [["node", "ingress", "tcp", 443, 443, "sg:node"]],
  "s001-node-in-node-1025": [["node", "ingress", "tcp", 1025, 65535, "sg:node"]],
  "s002-node-in-self-pmtud": [["node", "ingress", "icmp", 3, 4, "sg:node"]],
  "s001-node-out-any-all": [["node", "egress", "-1", undefined, undefined, "cidr:0.0.0.0/0"]],
  "s002-node-out-any-all": [["node", "egress", "-1", undefined, undefined, "cidr:0.0.0.0/0"]],
};

// Rows EKS itself creates on its cluster security group: modelled, never rendered. Written from
// seed 001's "Cluster security group" table.
const PROVIDED: Record<string, Expect> = {
  "s001-cluster-in-self-all": ["cluster", "ingress", "-1", undefined, undefined, "sg:cluster"],
  "s001-cluster-out-any-all": ["cluster", "egress", "-1", undefined, undefined, "cidr:0.0.0.0/0"],
};

const synthesized = synthSpec(referenceSpec());
const rules = awsRules(synthesized.stacks["prod-aws-eks"]);

test("the table above covers exactly the rows the reference spec enables", () => {
  const cluster = synthesized.clusters[0];
  const ctx = flowContext(cluster, { cloud: "aws" });
  const enabled = CATALOG.filter((row) => rowApplies(row, ctx) && expandRow(row, ctx).length > 0).map((r) => r.id);
  expect([...enabled].sort()).toEqual([...Object.keys(EXPECTED), ...Object.keys(PROVIDED)].sort());
});

test.each(Object.entries(EXPECTED))("seed row %s is enforced", (_row, expectations) => {
  for (const [group, direction, protocol, from, to, peer] of expectations) {
    expect(admits(rules, { group, direction, protocol, from, to, peer })).toBeDefined();
  }
});

test.each(Object.entries(PROVIDED))("EKS default row %s is modelled as EKS's, not rendered again", (row, [group, direction, protocol, from, to, peer]) => {
  const entry = CATALOG.find((r) => r.id === row);
  expect(entry?.providedBy).toMatch(/EKS default rule/);
  expect(entry?.direction).toBe(direction);
  expect(admits(rules, { group, direction, protocol, from, to, peer })).toBeUndefined();
  expect(rules.filter((r) => r.group === group && r.direction === direction)).toEqual([]);
});

test("every flow traces to a seed row or a spec setting", () => {
  const flows = buildFlows(synthesized.clusters[0], { cloud: "aws" }).flows;
  for (const f of flows) expect(f.sources.length).toBeGreaterThan(0);
  const specSources = flows.flatMap((f) => f.sources.filter((s) => "spec" in s).map((s) => ("spec" in s ? s.spec : "")));
  expect(specSources.sort()).toEqual([
    "clusters[0].addons.admissionWebhookPorts[0]",
    "clusters[0].rules[0]",
    "clusters[0].tiers[5].sshFrom[0]",
  ]);
});

test("spec settings become rules: bastion SSH, extra rule, webhook port", () => {
  expect(admits(rules, { group: "jump", direction: "ingress", protocol: "tcp", from: 22, to: 22, peer: "cidr:203.0.113.0/24" })).toBeDefined();
  expect(admits(rules, { group: "web", direction: "ingress", protocol: "tcp", from: 8080, to: 8080, peer: "sg:jump" })).toBeDefined();
  expect(admits(rules, { group: "jump", direction: "egress", protocol: "tcp", from: 8080, to: 8080, peer: "sg:web" })).toBeDefined();
  expect(admits(rules, { group: "node", direction: "ingress", protocol: "tcp", from: 9443, to: 9443, peer: "sg:control-plane" })).toBeDefined();
});
