// The constructs in a user's own cdktf app: when the tags are merged in Terraform (extra tags from
// a variable), the spec's hostile tags sit inside merge(...) and must still come out verbatim.
// Terraform evaluates the synthesized expression (no provider needed: it is planned as an output).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App, TerraformStack, TerraformVariable, Testing } from "cdktf";
import { EksSecurityGroups } from "../src/cdktf/eks-security-groups";
import { loadSpec } from "../src/spec/load";
import { HOSTILE_TAGS, hostileSpec } from "./support/hostile";
import { terraform } from "./support/terraform";

test("EksSecurityGroups with tags from a variable: the spec's hostile tags, merged in Terraform, evaluate verbatim", () => {
  const [cluster] = loadSpec(hostileSpec());
  const stack = new TerraformStack(Testing.app() as App, "user-app");
  const extra = new TerraformVariable(stack, "extra_tags", { type: "map(string)", default: { owner: "me" } });
  new EksSecurityGroups(stack, "sgs", { cluster, tags: extra.value });
  const synthesized = JSON.parse(Testing.synth(stack)) as { resource: Record<string, Record<string, { tags: string }>>; variable: unknown };
  const tags = Object.values(synthesized.resource.aws_security_group)[0].tags;
  expect(tags).toMatch(/^\$\{merge\(/);

  const dir = mkdtempSync(join(tmpdir(), "cluster-sg-construct-"));
  writeFileSync(join(dir, "main.tf.json"), JSON.stringify({ variable: synthesized.variable, output: { tags: { value: tags } } }));
  terraform(dir, ["init", "-input=false"]);
  terraform(dir, ["plan", "-input=false", "-lock=false", "-out=plan.bin"]);
  const planned = JSON.parse(terraform(dir, ["show", "-json", "plan.bin"])) as { planned_values: { outputs: { tags: { value: Record<string, string> } } } };
  expect(planned.planned_values.outputs.tags.value).toEqual(expect.objectContaining({ ...HOSTILE_TAGS, owner: "me" }));
}, 60_000);
