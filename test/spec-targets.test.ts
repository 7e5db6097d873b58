// A spec asks only for what its targets use: an EKS-only cluster leaves out the CCE-only CIDRs
// (podCidr, serviceCidr, controlPlaneCidr) and still synthesizes through the real CLI; the same
// cluster with a huawei: section must name each missing CIDR, all in one run.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { parse, stringify } from "yaml";
import { SpecError, loadSpec } from "../src/spec";
import { runSynthCli } from "./support/synth-cli";
import { ROOT } from "./support/synth";

const EKS_ONLY = join(ROOT, "test", "fixtures", "specs", "eks-only.yaml");
const scratch = mkdtempSync(join(tmpdir(), "cluster-sg-spec-targets-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test("an EKS-only spec without the CCE CIDRs synthesizes its one stack through the CLI", async () => {
  const out = join(scratch, "eks-out");
  const run = await runSynthCli(relative(ROOT, EKS_ONLY), out);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  expect(readdirSync(join(out, "stacks"))).toEqual(["shop-aws-eks"]);
  const stack = readFileSync(join(out, "stacks", "shop-aws-eks", "cdk.tf.json"), "utf8");
  expect(stack).not.toMatch(/undefined|pod_cidr|control_plane_cidr/);
  // The tiers' rules are there: the database admits the app on MySQL's port.
  const rules = JSON.parse(stack).resource.aws_vpc_security_group_ingress_rule as Record<string, { from_port?: number }>;
  expect(rules["db_ingress_tcp_3306_from_api"]?.from_port).toBe(3306);
}, 120_000);

test("with a huawei: section the three CCE CIDRs are required, each reported on its own line", async () => {
  const spec = parse(readFileSync(EKS_ONLY, "utf8"));
  spec.clusters[0].huawei = { networkModels: ["vpc"] };
  let err: unknown;
  try {
    loadSpec(spec);
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(SpecError);
  expect((err as SpecError).all.map((e) => `${e.specPath}: ${e.problem}`)).toEqual(
    ["podCidr", "serviceCidr", "controlPlaneCidr"].map((f) => `clusters[0].network.${f}: is required when the cluster has a huawei: section (CCE rules use it)`),
  );

  const file = join(scratch, "with-huawei.yaml");
  writeFileSync(file, stringify(spec));
  const out = join(scratch, "huawei-out");
  const run = await runSynthCli(file, out);
  expect(run.code).toBe(1);
  expect(run.stderr.split("\n").filter(Boolean)).toEqual(
    ["podCidr", "serviceCidr", "controlPlaneCidr"].map((f) => `error: ${file}: clusters[0].network.${f}: is required when the cluster has a huawei: section (CCE rules use it)`),
  );
  expect(existsSync(out)).toBe(false);
}, 120_000);
