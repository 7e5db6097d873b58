// Profiles, egress modes, tier toggles and the group conventions of the AWS rendering.
import { Testing, TerraformStack } from "cdktf";
import { EksSecurityGroups } from "../src/cdktf/eks-security-groups";
import { loadSpec } from "../src/spec/load";
import { admits, awsGroups, awsRules } from "./support/aws-rules";
import { referenceSpec, synthSpec, variant, SpecObject } from "./support/synth";

const STACK = "prod-aws-eks";
const stackOf = (spec: SpecObject) => synthSpec(spec).stacks[STACK];
const rulesOf = (spec: SpecObject) => awsRules(stackOf(spec));
const AWS_DESCRIPTION = /^[a-zA-Z0-9. _\-:/()#,@[\]+=&;{}!$*]{1,255}$/;

describe("profiles", () => {
  const minimum = rulesOf(variant((c) => { c.profile = "minimum"; c.addons.istio = false; c.addons.admissionWebhookPorts = []; }));
  const hardened = rulesOf(variant((c) => { c.profile = "hardened"; delete c.egress; }));

  test("minimum has kubelet 10250 exactly, from and to the control plane", () => {
    const cpOut = minimum.filter((r) => r.group === "control-plane" && r.direction === "egress" && r.peer === "sg:node");
    expect(cpOut.map((r) => [r.protocol, r.from, r.to])).toEqual([["tcp", 10250, 10250]]);
    const nodeIn = minimum.filter((r) => r.group === "node" && r.direction === "ingress" && r.peer === "sg:control-plane");
    expect(nodeIn.map((r) => [r.protocol, r.from, r.to])).toEqual([["tcp", 10250, 10250]]);
  });

  test("minimum omits the recommended-only rules", () => {
    expect(minimum.find((r) => r.from === 1025 && r.to === 65535)).toBeUndefined();
    expect(minimum.find((r) => r.protocol === "icmp")).toBeUndefined();
    expect(admits(minimum, { group: "node", direction: "ingress", protocol: "tcp", from: 443, to: 443, peer: "sg:control-plane" })).toBeUndefined();
  });

  test("recommended opens 1025-65535 from the control plane (seed 001)", () => {
    const rec = rulesOf(referenceSpec());
    expect(rec.find((r) => r.group === "node" && r.direction === "ingress" && r.peer === "sg:control-plane" && r.from === 1025 && r.to === 65535)).toBeDefined();
  });

  test("hardened follows seed 000: 1024-65535 controllers, self-all, 443/80 out only", () => {
    expect(hardened.find((r) => r.group === "control-plane" && r.direction === "egress" && r.from === 1024 && r.to === 65535 && r.peer === "sg:node")).toBeDefined();
    expect(hardened.find((r) => r.group === "control-plane" && r.direction === "ingress" && r.peer === "sg:control-plane" && r.from === 443)).toBeDefined();
    const nodeOut = hardened.filter((r) => r.group === "node" && r.direction === "egress" && r.peer === "cidr:0.0.0.0/0");
    expect(nodeOut.map((r) => [r.protocol, r.from]).sort()).toEqual([["tcp", 443], ["tcp", 80]]);
    expect(hardened.find((r) => r.group === "node" && r.direction === "egress" && r.peer === "sg:node" && r.protocol === "-1")).toBeDefined();
  });

  test("restricted egress on the recommended profile drops allow-all egress", () => {
    const restricted = rulesOf(variant((c) => { c.egress = "restricted"; }));
    expect(restricted.find((r) => r.direction === "egress" && r.protocol === "-1" && r.peer.startsWith("cidr:"))).toBeUndefined();
  });
});

describe("tier toggles", () => {
  test("removing a tier removes its group and every rule naming it", () => {
    const tf = stackOf(variant((c) => {
      c.tiers = c.tiers.filter((t: { kind: string }) => t.kind !== "database" && t.kind !== "bastion");
      c.rules = [];
    }));
    expect(Object.keys(awsGroups(tf))).toEqual(expect.arrayContaining(["web", "sessions"]));
    expect(Object.keys(awsGroups(tf))).not.toContain("orders-db");
    expect(Object.keys(awsGroups(tf))).not.toContain("jump");
    for (const r of awsRules(tf)) {
      expect([r.group, r.peer]).not.toContain("orders-db");
      expect([r.group, r.peer]).not.toContain("sg:orders-db");
      expect(r.group).not.toBe("jump");
      expect(r.peer).not.toBe("sg:jump");
    }
    expect(awsRules(tf).find((r) => r.from === 5432 || r.from === 22)).toBeUndefined();
  });

  test("no add-on node group, no add-on group", () => {
    const tf = stackOf(variant((c) => { c.nodeGroups = [{ name: "apps", role: "app" }]; }));
    expect(Object.keys(awsGroups(tf))).not.toContain("node-addon");
  });

  test("CloudFront sources use the origin-facing managed prefix list", () => {
    const tf = stackOf(variant((c) => { c.tiers[0].sources = { cloudfront: true }; delete c.huawei; }));
    const lists = tf.data?.aws_ec2_managed_prefix_list ?? {};
    expect(Object.values(lists).map((d) => d.name)).toEqual(["com.amazonaws.global.cloudfront.origin-facing"]);
    const edgeIn = awsRules(tf).filter((r) => r.group === "edge" && r.direction === "ingress");
    expect(edgeIn.map((r) => r.peer)).toEqual(["pl:${data.aws_ec2_managed_prefix_list.cloudfront_origin_facing.id}"]);
  });

  test("without a cluster SG id and no rule on it, an optional variable names the group (no lookup)", () => {
    const tf = stackOf(variant((c) => { delete c.aws.clusterSecurityGroupId; }));
    expect(tf.data?.aws_eks_cluster).toBeUndefined();
    expect(tf.output?.cluster_security_group_id.value).toBe("${var.cluster_security_group_id}");
  });

  test("without a cluster SG id and a rule on it, the group is looked up from the cluster name", () => {
    const tf = stackOf(variant((c) => { delete c.aws.clusterSecurityGroupId; c.aws.podSecurityGroups = true; }));
    expect(tf.data?.aws_eks_cluster?.eks_cluster).toMatchObject({ name: "prod" });
    expect(tf.output?.cluster_security_group_id.value).toBe("${data.aws_eks_cluster.eks_cluster.vpc_config[0].cluster_security_group_id}");
  });

  test("IPv6 clusters also open ::/0 where the seed says 0.0.0.0/0", () => {
    const rules = rulesOf(variant((c) => { c.ipFamily = "ipv6"; }));
    expect(admits(rules, { group: "node", direction: "egress", protocol: "-1", peer: "cidr:::/0" })).toBeDefined();
    expect(admits(rules, { group: "edge", direction: "ingress", protocol: "tcp", from: 443, to: 443, peer: "cidr:::/0" })).toBeDefined();
  });
});

describe("group conventions", () => {
  const tf = stackOf(referenceSpec());
  const groups = awsGroups(tf);

  test("every group has a role tag, user tags, a name prefix and create_before_destroy", () => {
    const roles = Object.values(groups).map((g) => (g.tags as Record<string, string>)["cluster-sg-role"]).sort();
    expect(roles).toEqual(["bastion", "cache", "control-plane", "database", "load-balancer", "node", "node-addon", "node-app", "vpc-endpoint"]);
    for (const g of Object.values(groups)) {
      expect(g.tags).toMatchObject({ team: "platform", env: "prod" });
      expect(String(g.name_prefix)).toMatch(/^prod-[a-z-]+-$/);
      expect(g.lifecycle).toEqual({ create_before_destroy: true });
      expect(g.vpc_id).toBe("vpc-0123456789abcdef0");
    }
  });

  test("exactly one group, the node group, carries kubernetes.io/cluster/<name>", () => {
    const tagged = Object.entries(groups).filter(([, g]) => "kubernetes.io/cluster/prod" in (g.tags as object));
    expect(tagged.map(([name, g]) => [name, (g.tags as Record<string, string>)["kubernetes.io/cluster/prod"]])).toEqual([["node", "owned"]]);
  });

  test("every group and rule has a description AWS accepts", () => {
    for (const g of Object.values(groups)) expect(String(g.description)).toMatch(AWS_DESCRIPTION);
    for (const r of awsRules(tf)) expect(r.description).toMatch(AWS_DESCRIPTION);
  });

  test("rules use one peer each and no inline rules", () => {
    for (const type of ["aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule"]) {
      for (const r of Object.values(tf.resource?.[type] ?? {})) {
        const peers = ["cidr_ipv4", "cidr_ipv6", "referenced_security_group_id", "prefix_list_id"].filter((k) => k in r);
        expect(peers).toHaveLength(1);
      }
    }
    for (const g of Object.values(groups)) expect(g).not.toHaveProperty("ingress");
  });

  test("outputs say which groups attach where (seed 003)", () => {
    const out = tf.output!;
    expect(out.control_plane_security_group_ids.value).toEqual(["${aws_security_group.control-plane.id}"]);
    expect(out.fargate_pod_security_group_ids.value).toEqual(["sg-0123456789abcdef0"]);
    expect(out.node_group_security_group_ids.value).toEqual({
      apps: ["${aws_security_group.node.id}", "${aws_security_group.web.id}"],
      system: ["${aws_security_group.node.id}", "${aws_security_group.node-addon.id}"],
    });
  });

  test("the provider takes region and credentials from the environment", () => {
    expect(tf.provider?.aws).toEqual([{}]);
    const offline = synthSpec(referenceSpec(), { offline: true }).stacks[STACK];
    expect(offline.provider?.aws).toEqual([
      {
        access_key: "offline-plan-only",
        region: "us-east-1",
        secret_key: "offline-plan-only",
        skip_credentials_validation: true,
        skip_metadata_api_check: "true",
        skip_region_validation: true,
        skip_requesting_account_id: true,
      },
    ]);
  });
});

describe("determinism", () => {
  test("the same spec synthesizes byte-identical output", () => {
    expect(JSON.stringify(stackOf(referenceSpec()))).toBe(JSON.stringify(stackOf(referenceSpec())));
  });

  test("reordering tiers, node groups and rules changes no address or value", () => {
    const reordered = variant((c) => { c.tiers.reverse(); c.nodeGroups.reverse(); });
    const a = stackOf(referenceSpec());
    const b = stackOf(reordered);
    // Spec paths in the trace differ by position; addresses and rule contents must not.
    expect(Object.keys(b.resource!).sort()).toEqual(Object.keys(a.resource!).sort());
    for (const type of Object.keys(a.resource!)) expect(b.resource![type]).toEqual(a.resource![type]);
  });
});

describe("EksSecurityGroups in someone else's app", () => {
  test("synthesizes inside a plain TerraformStack with cdktf's matchers", () => {
    const [cluster] = loadSpec(variant((c) => { c.profile = "minimum"; }));
    const synthesized = Testing.synthScope((scope) => {
      new EksSecurityGroups(scope as TerraformStack, "sg", { cluster, vpcId: "vpc-0fedcba9876543210" });
    });
    expect(synthesized).toHaveResourceWithProperties({ tfResourceType: "aws_vpc_security_group_ingress_rule" }, {
      ip_protocol: "tcp",
      from_port: 10250,
      to_port: 10250,
      description: "Control plane - kubelet",
    });
    expect(synthesized).toHaveResourceWithProperties({ tfResourceType: "aws_security_group" }, { vpc_id: "vpc-0fedcba9876543210" });
  });
});
