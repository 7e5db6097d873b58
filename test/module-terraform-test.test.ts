// The `terraform test` files `npm run modules` writes (tests/rules.tftest.hcl, mock_provider,
// Terraform >= 1.7): they assert the rules seed rows demand, pass offline on the AWS module, and
// fail when a rule drifts from its row. CCE modules' files are checked for what they reference;
// running them needs the huaweicloud provider, which this machine may not have.
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { initCopy, pluginDir, terraform } from "./support/terraform";
import { ROOT, variant } from "./support/synth";
import { generateModules } from "../src/modules/generate";
import { loadSpec } from "../src/spec/load";

const MODULES = join(ROOT, "modules");
const TEST_FILE = join("tests", "rules.tftest.hcl");
const modules = readdirSync(MODULES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const cce = modules.filter((m) => m.startsWith("huaweicloud-cce-"));
const read = (...p: string[]) => readFileSync(join(MODULES, ...p), "utf8");

/** The assert blocks of a test file: condition and error message. */
function asserts(text: string): Array<{ condition: string; message: string }> {
  return [...text.matchAll(/assert \{\n\s+condition\s+= (.*)\n\s+error_message = "(.*)"\n/g)].map((m) => ({ condition: m[1], message: m[2] }));
}

describe.each(modules)("modules/%s/tests/rules.tftest.hcl", (name) => {
  const text = read(name, TEST_FILE);

  test("mocks the module's provider and asserts in an apply run", () => {
    expect(text).toContain(`mock_provider "${name.startsWith("aws-") ? "aws" : "huaweicloud"}" {}`);
    expect(text).toMatch(/^run "rules" \{\n  command = apply\n/m);
    expect(asserts(text).length).toBeGreaterThan(0);
  });

  test("every block an assert names is a resource or data source of the module", () => {
    const main = read(name, "main.tf");
    const named = new Set([...text.matchAll(/\b((?:data\.)?(?:aws|huaweicloud)_[a-z0-9_]+)\.([A-Za-z0-9_-]+)\b/g)].map((m) => `${m[1]}.${m[2]}`));
    expect(named.size).toBeGreaterThan(0);
    for (const address of named) {
      const [kind, type, block] = address.startsWith("data.") ? address.split(".") : ["resource", ...address.split(".")];
      expect([address, main.includes(`${kind} "${type}" "${block}" {`)]).toEqual([address, true]);
    }
  });
});

describe("assertions written from the seed tables", () => {
  test("AWS: seed 001 node ingress TCP 443 from the control-plane group", () => {
    // Both ends of the flow: ingress on the node group, egress on the control-plane group.
    const found = asserts(read("aws-eks-security-groups", TEST_FILE)).filter((a) => a.message.includes("s001-node-in-cp-443"));
    expect(found.map((a) => a.message.split(":")[0]).sort()).toEqual(["control-plane egress tcp 443 to group node", "node ingress tcp 443 from group control-plane"]);
    const ingress = found.find((a) => a.message.startsWith("node ingress"))!;
    expect(ingress.condition).toContain(".from_port == 443 && ");
    expect(ingress.condition).toMatch(/\.referenced_security_group_id == aws_security_group\.control[-_]plane\.id/);
  });

  test.each(cce.filter((m) => m.endsWith("-tunnel")))("%s: seed 004 Table 3 UDP 4789 from anywhere on the worker node group", (name) => {
    const found = asserts(read(name, TEST_FILE)).filter((a) => /seed 004 \S*in-vxlan-any/.test(a.message) && a.message.startsWith("node ingress"));
    expect(found).toHaveLength(1);
    expect(found[0].condition).toContain('.protocol == "udp"');
    expect(found[0].condition).toMatch(/\.ports == "[^"]*\b4789\b/);
    expect(found[0].condition).toContain('.remote_ip_prefix == "0.0.0.0/0"');
  });
});

test("spec values reach the test's variables as literals, never as live templates", () => {
  const hostile = '${file("/etc/passwd")} %{ if true }x%{ endif } back\\slash';
  const [aws] = generateModules(loadSpec(variant((c) => { c.aws.tags = { team: hostile }; })));
  const line = aws.files["tests/rules.tftest.hcl"].split("\n").find((l) => l.trimStart().startsWith("tags "));
  expect(line).toMatch(/= \{ team = "\$\$\{file\(\\"\/etc\/passwd\\"\)\} %%\{ if true \}x%%\{ endif \} back\\\\slash" \}$/);
});

describe("terraform test on the AWS module (offline, mocked aws provider)", () => {
  let dir: string;
  beforeAll(() => {
    dir = initCopy(join(MODULES, "aws-eks-security-groups"));
  }, 300000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("passes", () => {
    expect(terraform(dir, ["test"])).toContain("Success! 1 passed, 0 failed.");
  }, 300000);

  test("fails, naming the seed row, when the node group's 443 rule from the control plane drifts", () => {
    const file = join(dir, "main.tf");
    const blocks = readFileSync(file, "utf8").split(/\n(?=resource |data )/);
    const target = blocks.findIndex((b) => b.startsWith('resource "aws_vpc_security_group_ingress_rule"') &&
      /security_group_id\s+= aws_security_group\.node\.id\n/.test(b) && /referenced_security_group_id = aws_security_group\.control[-_]plane\.id\n/.test(b) &&
      /from_port\s+= 443\n/.test(b) && /to_port\s+= 443\n/.test(b));
    expect(target).toBeGreaterThanOrEqual(0);
    blocks[target] = blocks[target].replace(/(from_port\s+= )443\n/, "$1444\n").replace(/(to_port\s+= )443\n/, "$1444\n");
    writeFileSync(file, blocks.join("\n"));
    expect(() => terraform(dir, ["test"])).toThrow(/s001-node-in-cp-443[\s\S]*Failure! 0 passed, 1 failed/);
  }, 300000);
});

// mock_provider still needs the provider's schema, so `terraform init` must install it.
const huaweiMirror = pluginDir() && existsSync(join(pluginDir()!, "registry.terraform.io", "huaweicloud", "huaweicloud")) ? pluginDir() : undefined;
const cceSuite = huaweiMirror ? describe : describe.skip;
cceSuite(`terraform test on the CCE modules${huaweiMirror ? "" : " [SKIPPED: no huaweicloud provider installed; mock_provider needs its schema]"}`, () => {
  test.each(cce)("%s passes", (name) => {
    const dir = initCopy(join(MODULES, name));
    try {
      expect(terraform(dir, ["test"])).toContain("Success! 1 passed, 0 failed.");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300000);
});
