// The synthesized AWS stack of the reference spec passes terraform init, validate and an offline
// plan with the real hashicorp/aws provider, and plans exactly the groups and rules the plan model
// implies.
import { buildFlows } from "../src/flows";
import { planAwsRules } from "../src/rules/aws";
import { initCopy, plan, terraform } from "./support/terraform";
import { referenceSpec, stackDir, synthSpec } from "./support/synth";

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
  // The kubelet path the control plane needs, as terraform will create it.
  const kubelet = changes.find((c) => c.address === "aws_vpc_security_group_ingress_rule.node_ingress_tcp_1025-65535_from_control-plane");
  expect(kubelet?.after).toMatchObject({ ip_protocol: "tcp", from_port: 1025, to_port: 65535 });
});
