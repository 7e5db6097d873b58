// The project's own command renders stacks and modules without cdktf (src/terraform-json); `cdktf
// synth`, `cdktf deploy` and the constructs go through cdktf (src/cdktf). Both are fed by one
// spelling (src/spelling), and these tests hold their output byte-identical: every file of the
// output folder for stacks, and the module documents the module files are written from.
import fc from "fast-check";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import stringify from "json-stable-stringify";
import { App } from "cdktf";
import { buildApp } from "../src/cdktf/app";
import { ModuleStack } from "../src/cdktf/module-stack";
import { moduleDirName, renderingsOf } from "../src/modules/naming";
import { loadSpec } from "../src/spec/load";
import type { Cluster } from "../src/spec/model";
import { BACKEND_ENV } from "../src/spelling/stack";
import { moduleJson } from "../src/terraform-json/module";
import { writeStacksJson } from "../src/terraform-json/synth";
import { SpecObject, referenceSpec, variant } from "./support/synth";
import { hostileSpec } from "./support/hostile";
import { filesUnder } from "./support/files";
import { fcParams, propertyRuns, timeoutFor, validTopologySpec } from "./property/arbitraries";

/** Both renderers into sibling folders (the local state path is relative to the folder). */
function bothStacks(clusters: Cluster[], offline = false): { cdktf: Record<string, string>; json: Record<string, string> } {
  const parent = mkdtempSync(join(tmpdir(), "cluster-sg-equiv-"));
  try {
    buildApp(clusters, { outdir: join(parent, "cdktf"), offline }).synth();
    writeStacksJson(clusters, join(parent, "json"), { offline });
    return { cdktf: filesUnder(join(parent, "cdktf")), json: filesUnder(join(parent, "json")) };
  } finally {
    rmSync(parent, { recursive: true, force: true });
  }
}

function expectSameStacks(clusters: Cluster[], offline = false): void {
  const { cdktf, json } = bothStacks(clusters, offline);
  expect(Object.keys(json).sort()).toEqual(Object.keys(cdktf).sort());
  for (const [file, text] of Object.entries(cdktf)) expect({ file, text: json[file] }).toEqual({ file, text });
}

/** The module document both ways: what main.tf, outputs.tf and the diagram are written from. */
function expectSameModules(clusters: Cluster[]): void {
  // cdktf's App creates its output folder even when nothing is synthesized.
  const outdir = mkdtempSync(join(tmpdir(), "cluster-sg-equiv-mod-"));
  try {
    const app = new App({ outdir, skipValidation: true });
    for (const cluster of clusters) {
      for (const rendering of renderingsOf(cluster)) {
        const name = moduleDirName(clusters, cluster, rendering);
        const stack = new ModuleStack(app, name, cluster, rendering);
        const viaCdktf = stack.toTerraform() as Record<string, unknown>;
        const direct = moduleJson(cluster, rendering, name);
        for (const section of ["resource", "data", "output", "variable"]) {
          expect({ name, section, json: stringify(direct.json[section] ?? null) }).toEqual({ name, section, json: stringify(viaCdktf[section] ?? null) });
        }
        expect(direct.variables.map((v) => v.name)).toEqual(stack.variables.map((v) => v.name));
      }
    }
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

const VARIANTS: Record<string, () => SpecObject> = {
  reference: referenceSpec,
  "cluster SG as an optional variable (no rule on it)": () => variant((c) => delete c.aws.clusterSecurityGroupId),
  "egress to outside CIDRs (rules[].to.cidr)": () =>
    variant((c) => {
      c.rules.push({ from: { tier: "web" }, to: { cidr: "198.51.100.0/24" }, protocol: "tcp", ports: [7443], description: "Payment gateway" });
    }),
  "cluster SG looked up by name (a rule on it)": () =>
    variant((c) => {
      delete c.aws.clusterSecurityGroupId;
      c.aws.podSecurityGroups = true;
    }),
  "IPv6 cluster": () =>
    variant((c) => {
      c.ipFamily = "ipv6";
      c.network = { vpcCidrs: ["2001:db8::/56"], podCidr: "2001:db8:1::/64", serviceCidr: "fd00:10::/108", controlPlaneCidr: "2001:db8::/64", adminCidrs: ["2001:db8:ff::/64"] };
    }),
  "CloudFront origin-facing prefix list": () =>
    variant((c) => {
      c.tiers[0].sources = { cloudfront: true };
      delete c.huawei;
    }),
  // Spec text as literals ("$${", "%%{"): cdktf must pass them through as the JSON renderer writes them.
  "hostile spec text": hostileSpec,
  "pods: security groups for pods on EKS, a Turbo tier bound per workload, CCE group IDs given": () =>
    variant((c) => {
      c.aws.podSecurityGroups = true;
      c.tiers.push({ name: "api", kind: "app", servicePorts: [9000], pods: { labels: { "app.kubernetes.io/name": "api" }, namespace: "shop", cceBinding: "workload" } });
      c.nodeGroups = [{ name: "system", role: "addon" }, { name: "apps", role: "app", appTiers: ["web", "api"] }];
      c.huawei.eniSecurityGroupId = "1b1c2d3e-4f50-6172-8394-a5b6c7d8e9f1";
    }),
  "two clusters": () => {
    const spec = referenceSpec();
    spec.clusters.push({ ...structuredClone(spec.clusters[0]), name: "stage" });
    return spec;
  },
};

describe("own JSON renderer = cdktf synth, byte for byte", () => {
  for (const [name, spec] of Object.entries(VARIANTS)) {
    test(`stacks: ${name}`, () => expectSameStacks(loadSpec(spec())));
    test(`modules: ${name}`, () => expectSameModules(loadSpec(spec())));
  }

  test("stacks: offline provider flags", () => expectSameStacks(loadSpec(referenceSpec()), true));

  test("stacks: a configured backend", () => {
    const dir = mkdtempSync(join(tmpdir(), "cluster-sg-backend-"));
    const file = join(dir, "backend.json");
    writeFileSync(file, JSON.stringify({ s3: { bucket: "state", key: "sg/{stack}.tfstate", region: "eu-west-1" } }));
    process.env[BACKEND_ENV] = file;
    try {
      const { json } = bothStacks(loadSpec(referenceSpec()));
      expect(JSON.parse(json["stacks/prod-aws-eks/cdk.tf.json"]).terraform.backend).toEqual({ s3: { bucket: "state", key: "sg/prod-aws-eks.tfstate", region: "eu-west-1" } });
      expectSameStacks(loadSpec(referenceSpec()));
    } finally {
      delete process.env[BACKEND_ENV];
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const RUNS = propertyRuns(10);
  test(
    "stacks and modules: random valid specs",
    () => {
      fc.assert(
        fc.property(validTopologySpec, (spec) => {
          const clusters = loadSpec(spec);
          expectSameStacks(clusters);
          expectSameModules(clusters);
        }),
        fcParams(RUNS),
      );
    },
    timeoutFor(RUNS, 5_000),
  );
});
