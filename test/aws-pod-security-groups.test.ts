// aws.podSecurityGroups: each app tier's pods carry its group (SecurityGroupPolicy output), plus the
// flows the Amazon EKS User Guide ("Use a security group policy for an Amazon EKS Pod") lists for
// such groups: inbound from the node group on probe ports, DNS TCP/UDP 53 to CoreDNS on the nodes
// and the cluster SG. Off by default: the stack is the same as without the key. The stack with it
// passes terraform validate and an offline plan with the real hashicorp/aws provider.
import { initCopy, plan, terraform } from "./support/terraform";
import { referenceSpec, stackDir, synthSpec, variant } from "./support/synth";

const on = synthSpec(variant((c) => { c.aws.podSecurityGroups = true; }), { offline: true });
const stack = on.stacks["prod-aws-eks"];
const ingress = stack.resource!.aws_vpc_security_group_ingress_rule;
const egress = stack.resource!.aws_vpc_security_group_egress_rule;
const CLUSTER_SG = "sg-0123456789abcdef0";
const sg = (t: string) => `\${aws_security_group.${t}.id}`;

test("off by default: an explicit false renders the same stack as no key", () => {
  const absent = synthSpec(referenceSpec()).stacks["prod-aws-eks"];
  const off = synthSpec(variant((c) => { c.aws.podSecurityGroups = false; })).stacks["prod-aws-eks"];
  expect(JSON.stringify(off.resource)).toBe(JSON.stringify(absent.resource));
  expect(JSON.stringify(off.output)).toBe(JSON.stringify(absent.output));
  expect(absent.output!.pod_security_group_manifests).toBeUndefined();
});

test("kubelet probes from the node group reach web's service and health-check ports", () => {
  for (const port of [8080, 8081]) {
    expect(ingress[`web_ingress_tcp_${port}_from_node`]).toMatchObject({ security_group_id: sg("web"), referenced_security_group_id: sg("node"), from_port: port, to_port: port });
    expect(egress[`node_egress_tcp_${port}_to_web`]).toBeDefined();
  }
});

test("DNS TCP and UDP 53 from web to the nodes and to the cluster SG, both sides", () => {
  for (const proto of ["tcp", "udp"]) {
    expect(egress[`web_egress_${proto}_53_to_node`]).toMatchObject({ ip_protocol: proto, from_port: 53, to_port: 53, referenced_security_group_id: sg("node") });
    expect(egress[`web_egress_${proto}_53_to_cluster`]).toMatchObject({ referenced_security_group_id: CLUSTER_SG });
    expect(ingress[`node_ingress_${proto}_53_from_web`]).toMatchObject({ referenced_security_group_id: sg("web") });
    expect(ingress[`cluster_ingress_${proto}_53_from_web`]).toMatchObject({ security_group_id: CLUSTER_SG, referenced_security_group_id: sg("web") });
  }
});

test("placement and the SecurityGroupPolicy output", () => {
  expect((stack.output!.placement.value as Record<string, string[]>)["pods:web"]).toEqual([sg("web")]);
  const manifest = String(stack.output!.pod_security_group_manifests.value);
  for (const part of ['"apiVersion" = "vpcresources.k8s.aws/v1beta1"', '"kind" = "SecurityGroupPolicy"', '"namespace" = "default"', '"matchLabels" = {"app" = "web"}', '"groupIds" = [aws_security_group.web.id]']) {
    expect(manifest).toContain(part);
  }
});

test("terraform validate and an offline plan", () => {
  const dir = initCopy(stackDir(on, "prod-aws-eks"));
  expect(terraform(dir, ["validate"])).toContain("Success");
  const changes = plan(dir);
  const dns = changes.find((c) => c.address === "aws_vpc_security_group_ingress_rule.cluster_ingress_udp_53_from_web");
  expect(dns?.after).toMatchObject({ ip_protocol: "udp", from_port: 53, to_port: 53, security_group_id: CLUSTER_SG });
  expect(changes.find((c) => c.address === "aws_vpc_security_group_ingress_rule.web_ingress_tcp_8081_from_node")).toBeDefined();
});
