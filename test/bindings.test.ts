// The committed huaweicloud bindings must be exactly what the generator produces from the shared
// schema, and they must synthesize the blocks and provider requirements we rely on.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { TerraformStack, Testing } from "cdktf";
// Type-only: brings cdktf's jest matcher declarations (registered at runtime in test/support/setup.ts).
import type {} from "cdktf/lib/testing/adapters/jest";
import { generateBindings } from "../scripts/generate-bindings";
import { huaweicloudSchemaPath, SCHEMA_ENV_VAR } from "../src/validate/schema-file";
import { HuaweicloudProvider } from "../generated/providers/huaweicloud/provider";
import { NetworkingSecgroup } from "../generated/providers/huaweicloud/networking-secgroup";
import { NetworkingSecgroupRule } from "../generated/providers/huaweicloud/networking-secgroup-rule";

const COMMITTED = path.resolve(__dirname, "..", "generated", "providers", "huaweicloud");
const schemaFile = huaweicloudSchemaPath();
const haveSchema = fs.existsSync(schemaFile);

/** Relative paths of every file below `dir`, sorted. */
function listFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, encoding: "utf8" }) as string[])
    .filter((f) => fs.statSync(path.join(dir, f)).isFile())
    .sort();
}

describe("generated huaweicloud bindings", () => {
  // Without the shared schema we cannot regenerate; say so in the report instead of passing.
  const regenTest = haveSchema ? test : test.skip;
  const skipNote = haveSchema ? "" : ` [SKIPPED: schema not found at ${schemaFile}; set ${SCHEMA_ENV_VAR}]`;

  regenTest(`a fresh generation is byte-identical to the committed folder${skipNote}`, async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "hw-bindings-"));
    try {
      const out = path.join(tmp, "huaweicloud");
      const result = await generateBindings(out, schemaFile);
      expect(result.resources).toBeGreaterThan(0);

      const fresh = listFiles(out);
      const committed = listFiles(COMMITTED);
      expect(fresh).toEqual(committed);
      const differing = fresh.filter((f) => !fs.readFileSync(path.join(out, f)).equals(fs.readFileSync(path.join(COMMITTED, f))));
      expect(differing).toEqual([]);
      // The atomic swap leaves no staging directory behind.
      expect(fs.readdirSync(tmp)).toEqual(["huaweicloud"]);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  test("provider, security group and rule synthesize as huaweicloud blocks", () => {
    const synthesized = Testing.synthScope((scope) => {
      new HuaweicloudProvider(scope, "hw", { region: "cn-north-4" });
      const sg = new NetworkingSecgroup(scope, "sg", { name: "workers", deleteDefaultRules: true });
      new NetworkingSecgroupRule(scope, "ssh", {
        securityGroupId: sg.id,
        direction: "ingress",
        ethertype: "IPv4",
        protocol: "tcp",
        ports: "22",
        remoteIpPrefix: "10.0.0.0/8",
      });
    });
    expect(synthesized).toHaveProviderWithProperties(HuaweicloudProvider, { region: "cn-north-4" });
    expect(synthesized).toHaveResourceWithProperties(NetworkingSecgroup, { name: "workers", delete_default_rules: true });
    expect(synthesized).toHaveResourceWithProperties(NetworkingSecgroupRule, {
      security_group_id: "${huaweicloud_networking_secgroup.sg.id}",
      ports: "22",
      remote_ip_prefix: "10.0.0.0/8",
    });
    expect(NetworkingSecgroupRule.tfResourceType).toBe("huaweicloud_networking_secgroup_rule");
  });

  test("a full synth pins huaweicloud/huaweicloud at ~> 1.97", () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, "bindings");
    new HuaweicloudProvider(stack, "hw", { region: "cn-north-4" });
    const sg = new NetworkingSecgroup(stack, "sg", { name: "workers" });
    new NetworkingSecgroupRule(stack, "ssh", {
      securityGroupId: sg.id,
      direction: "ingress",
      ethertype: "IPv4",
      protocol: "tcp",
      portRangeMin: 22,
      portRangeMax: 22,
    });
    const outdir = Testing.fullSynth(stack);
    const doc = JSON.parse(fs.readFileSync(path.join(outdir, "stacks", "bindings", "cdk.tf.json"), "utf8"));

    expect(doc.terraform.required_providers.huaweicloud).toEqual({ source: "huaweicloud/huaweicloud", version: "~> 1.97" });
    expect(doc.provider.huaweicloud).toEqual([{ region: "cn-north-4" }]);
    expect(Object.keys(doc.resource.huaweicloud_networking_secgroup_rule)).toEqual(["ssh"]);
    expect(doc.resource.huaweicloud_networking_secgroup_rule.ssh).toMatchObject({ port_range_min: 22, port_range_max: 22 });
  });
});
