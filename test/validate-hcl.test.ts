// The huaweicloud schema validator on HCL: the committed CCE modules (and their examples) read with
// hcl2json pass; a schema violation, broken HCL, an oversized or non-Terraform file fail with one
// line naming the file.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MAX_INPUT_BYTES, runValidateHuaweicloud } from "../src/validate/cli";
import { huaweicloudSchemaPath, SCHEMA_ENV_VAR } from "../src/validate/schema-file";
import { ROOT } from "./support/synth";

const haveSchema = existsSync(huaweicloudSchemaPath());
const suite = haveSchema ? describe : describe.skip;
const skipNote = haveSchema ? "" : ` [SKIPPED: schema not found at ${huaweicloudSchemaPath()}; set ${SCHEMA_ENV_VAR}]`;
const CCE_MODULES = readdirSync(join(ROOT, "modules")).filter((d) => d.startsWith("huaweicloud-cce-"));

async function validate(...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runValidateHuaweicloud(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "hw-validate-hcl-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

suite(`validate-huaweicloud on HCL${skipNote}`, () => {
  test("the repository has CCE modules to check", () => {
    expect(CCE_MODULES.length).toBeGreaterThan(0);
  });

  test.each(CCE_MODULES)("modules/%s and its example pass", async (name) => {
    const dir = join(ROOT, "modules", name);
    const mainTf = readFileSync(join(dir, "main.tf"), "utf8");
    const resources = (mainTf.match(/^resource "huaweicloud_/gm) ?? []).length;
    expect(resources).toBeGreaterThan(0);
    const r = await validate(dir);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    // Every huaweicloud block of the module (and of its example) was read from the .tf files.
    const checked = Number(/^(\d+) blocks checked, 0 violations$/.exec(r.out.at(-1) ?? "")?.[1]);
    expect(checked).toBeGreaterThanOrEqual(resources);
  });

  test("a module whose rule has an attribute the schema lacks fails, naming file and block", async () => {
    const dir = join(tmp, "broken-module");
    cpSync(join(ROOT, "modules", CCE_MODULES[0]), dir, { recursive: true });
    const mainTf = readFileSync(join(dir, "main.tf"), "utf8");
    const first = /^resource "huaweicloud_networking_secgroup_rule" "([^"]+)" \{$/m.exec(mainTf)!;
    writeFileSync(join(dir, "main.tf"), mainTf.replace(first[0], `${first[0]}\n  remote_cidr = "10.0.0.0/8"`));
    const r = await validate(dir);
    expect(r.code).toBe(1);
    expect(r.out.filter((l) => l.includes("remote_cidr"))).toEqual([
      expect.stringMatching(new RegExp(`main\\.tf: huaweicloud_networking_secgroup_rule\\.${first[1]}: remote_cidr`)),
    ]);
    expect(r.out.at(-1)).toMatch(/ 1 violation$/);
  });

  test("broken HCL: exit 2, one line naming the file", async () => {
    const file = join(tmp, "broken.tf");
    writeFileSync(file, 'resource "huaweicloud_networking_secgroup" "x" {\n  name = \n');
    const r = await validate(file);
    expect(r.code).toBe(2);
    expect(r.err).toEqual([expect.stringMatching(/^validate-huaweicloud: .*broken\.tf: not valid HCL/)]);
  });

  test("an oversized file is refused before parsing; a non-Terraform file is refused", async () => {
    const big = join(tmp, "big.tf");
    writeFileSync(big, Buffer.alloc(MAX_INPUT_BYTES + 1, "#"));
    const r = await validate(big);
    expect(r.code).toBe(2);
    expect(r.err).toEqual([expect.stringMatching(/big\.tf: \d+ bytes, over the \d+-byte limit/)]);
    const yaml = join(tmp, "spec.yaml");
    writeFileSync(yaml, "version: 1\n");
    expect((await validate(yaml)).err).toEqual([expect.stringMatching(/spec\.yaml: not Terraform configuration/)]);
  });

  test("a folder walk skips .terraform downloads", async () => {
    const dir = join(tmp, "root");
    mkdirSync(join(dir, ".terraform", "modules", "x"), { recursive: true });
    writeFileSync(join(dir, ".terraform", "modules", "x", "main.tf"), "this is not HCL {");
    writeFileSync(join(dir, "main.tf"), 'resource "huaweicloud_networking_secgroup" "x" {\n  name = "x"\n}\n');
    const r = await validate(dir);
    expect(r.err).toEqual([]);
    expect(r.out).toEqual(["1 blocks checked, 0 violations"]);
  });
});
