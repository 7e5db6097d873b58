// Plans before the cluster exists: the EKS-created cluster SG is looked up (data "aws_eks_cluster") only where a
// rule needs it. Without aws.clusterSecurityGroupId and with no rule on that group, the stack plans
// before the cluster exists (no DescribeCluster) and names the group by an optional variable.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { initCopy } from "./support/terraform";
import { ROOT, SpecObject, variant } from "./support/synth";
import { clusterSg } from "./support/cluster-sg-cli";

const work = mkdtempSync(join(tmpdir(), "cluster-sg-lookup-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function bareEnv(): NodeJS.ProcessEnv {
  const home = mkdtempSync(join(work, "home-"));
  return { PATH: process.env.PATH, HOME: home, CHECKPOINT_DISABLE: "1", TF_IN_AUTOMATION: "1" };
}

/** Writes the spec, runs the synth command with --offline; returns the output folder. */
function synthOffline(name: string, spec: SpecObject): string {
  const file = join(work, `${name}.yaml`);
  writeFileSync(file, stringify(spec));
  const out = join(work, name);
  const r = spawnSync(process.execPath, [join(ROOT, "bin", "cluster-sg-synth.js"), "--spec", file, "--out", out, "--offline"], { cwd: ROOT, env: bareEnv(), encoding: "utf8" });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  return out;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const eksStack = (out: string): any => JSON.parse(readFileSync(join(out, "stacks", "prod-aws-eks", "cdk.tf.json"), "utf8"));

const noClusterSg = () => variant((c) => delete c.aws.clusterSecurityGroupId);

test("no cluster SG ID, no rule on it: no lookup, an optional variable, and terraform plan succeeds offline", async () => {
  const out = synthOffline("groups-first", noClusterSg());
  const doc = eksStack(out);
  expect(doc.data?.aws_eks_cluster).toBeUndefined();
  expect(doc.variable.cluster_security_group_id.default).toBeNull();
  expect(doc.output.cloud_security_group_ids.value).toEqual({ cluster: "${var.cluster_security_group_id}" });
  expect(doc.output.placement.value.fargate).toEqual(["${var.cluster_security_group_id}"]);

  const dir = initCopy(join(out, "stacks", "prod-aws-eks"));
  const plan = spawnSync("terraform", ["plan", "-input=false", "-lock=false", "-refresh=false", "-no-color"], { cwd: dir, env: bareEnv(), encoding: "utf8" });
  expect(plan.stderr).toBe("");
  expect(plan.status).toBe(0);
  expect(plan.stdout).toMatch(/Plan: \d+ to add, 0 to change, 0 to destroy/);
  expect(plan.stdout).not.toContain("aws_eks_cluster");

  // verify still judges the stack: the variable names the EKS-created group through cloud_security_group_ids.
  const v = await clusterSg(["verify", "--spec", join(work, "groups-first.yaml"), "--stacks", out]);
  expect(v.stderr).toBe("");
  expect(v.code).toBe(0);
  expect(v.stdout).toMatch(/^## prod-aws-eks: \d+ interfaces, \d+ checks, all passed$/m);
}, 180_000);

test("a rule on the EKS-created group (security groups for pods: CoreDNS on the cluster SG) looks it up by cluster name", () => {
  const out = synthOffline("lookup", variant((c) => {
    delete c.aws.clusterSecurityGroupId;
    c.aws.podSecurityGroups = true;
  }));
  const doc = eksStack(out);
  expect(doc.data.aws_eks_cluster.eks_cluster.name).toBe("prod");
  expect(doc.variable?.cluster_security_group_id).toBeUndefined();
  const lookup = "${data.aws_eks_cluster.eks_cluster.vpc_config[0].cluster_security_group_id}";
  expect(doc.output.cloud_security_group_ids.value).toEqual({ cluster: lookup });
  const onCluster = Object.values(doc.resource.aws_vpc_security_group_ingress_rule as Record<string, { security_group_id: string }>).filter((r) => r.security_group_id === lookup);
  expect(onCluster.length).toBeGreaterThan(0);
}, 60_000);

test("a cluster SG ID in the spec: neither lookup nor variable", () => {
  const doc = eksStack(synthOffline("given", variant(() => undefined)));
  expect(doc.data?.aws_eks_cluster).toBeUndefined();
  expect(doc.variable?.cluster_security_group_id).toBeUndefined();
  expect(doc.output.cloud_security_group_ids.value).toEqual({ cluster: "sg-0123456789abcdef0" });
}, 60_000);
