// Files generated from code must match the code: README tables and the spec's JSON Schema.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./support/synth";

const tsNode = (script: string, ...args: string[]) =>
  execFileSync(process.execPath, ["-r", "ts-node/register/transpile-only", script, ...args], { cwd: ROOT, encoding: "utf8", stdio: "pipe" });

test("README's generated tables match the catalog", () => {
  expect(() => tsNode("scripts/readme-tables.ts", "--check")).not.toThrow();
});

test("spec.schema.json matches the zod definition", () => {
  const out = join(mkdtempSync(join(tmpdir(), "cluster-sg-schema-")), "schema.json");
  tsNode("scripts/write-json-schema.ts", out);
  expect(readFileSync(out, "utf8")).toBe(readFileSync(join(ROOT, "spec.schema.json"), "utf8"));
});

test("the JSON Schema knows the tier kinds and profiles editors should offer", () => {
  const schema = readFileSync(join(ROOT, "spec.schema.json"), "utf8");
  for (const word of ["load-balancer", "vpc-endpoint", "bastion", "hardened", "aurora-mysql", "memcached"]) expect(schema).toContain(`"${word}"`);
});
