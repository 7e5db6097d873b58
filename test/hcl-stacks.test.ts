// `--hcl` stacks: written by the project's own HCL writer, left unchanged by `terraform fmt`, and
// the same configuration as the JSON stacks (read back with hcl2json, block lists unwrapped).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "@cdktf/hcl2json";
import { loadSpec } from "../src/spec/load";
import { writeStacksJson } from "../src/terraform-json/synth";
import { rewriteStacksAsHcl } from "../src/terraform-json/hcl-stacks";
import { filesUnder } from "./support/files";
import { hostileSpec } from "./support/hostile";
import { SpecObject, referenceSpec, variant } from "./support/synth";
import fc from "fast-check";
import { fcParams, propertyRuns, timeoutFor, validTopologySpec } from "./property/arbitraries";

/** JSON and HCL output of one spec: relative path -> text. */
function bothFormats(spec: SpecObject): { json: Record<string, string>; hcl: Record<string, string>; hclDir: string } {
  const clusters = loadSpec(spec);
  const parent = mkdtempSync(join(tmpdir(), "cluster-sg-hcl-"));
  writeStacksJson(clusters, join(parent, "json"), { offline: true });
  writeStacksJson(clusters, join(parent, "hcl"), { offline: true });
  rewriteStacksAsHcl(join(parent, "hcl"));
  return { json: filesUnder(join(parent, "json")), hcl: filesUnder(join(parent, "hcl")), hclDir: join(parent, "hcl") };
}

/** cdktf's "//" comments dropped; a one-element list of an object (an HCL block) is the object. */
function normalize(value: unknown): unknown {
  if (Array.isArray(value)) {
    if (value.length === 1 && value[0] !== null && typeof value[0] === "object" && !Array.isArray(value[0])) return normalize(value[0]);
    return value.map(normalize);
  }
  if (typeof value === "string") return expressionSpacing(value);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => k !== "//").map(([k, v]) => [k, k === "variable" ? variableTypes(v) : normalize(v)]));
}

/**
 * A whole-string expression (`${yamlencode({...})}`) as hcl2json gives it back keeps the HCL
 * writer's fmt spacing (`{ "a" = 1 }`): compare expressions without whitespace outside quotes.
 */
function expressionSpacing(text: string): string {
  if (!/^\$\{[\s\S]*\}$/.test(text)) return text;
  let out = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' && text[i - 1] !== "\\") quoted = !quoted;
    if (quoted || !/\s/.test(c)) out += c;
  }
  return out;
}

/** hcl2json reads a variable's type expression (`type = string`) as "${string}"; JSON says "string". */
function variableTypes(variables: unknown): unknown {
  const byName = normalize(variables) as Record<string, Record<string, unknown>>;
  return Object.fromEntries(
    Object.entries(byName).map(([name, v]) => [name, typeof v.type === "string" ? { ...v, type: v.type.replace(/^\$\{(.*)\}$/, "$1") } : v]),
  );
}

const SPECS: Record<string, () => SpecObject> = {
  reference: referenceSpec,
  "cluster SG as an optional variable (default null), CloudFront prefix list": () =>
    variant((c) => {
      delete c.aws.clusterSecurityGroupId;
      c.tiers[0].sources = { cloudfront: true };
      delete c.huawei;
    }),
  "hostile spec text": hostileSpec,
  "security groups for pods (yamlencode manifests output)": () =>
    variant((c) => {
      c.aws.podSecurityGroups = true;
    }),
};

describe.each(Object.entries(SPECS))("--hcl stacks: %s", (_, spec) => {
  const out = bothFormats(spec());
  afterAll(() => rmSync(join(out.hclDir, ".."), { recursive: true, force: true }));
  const stacks = Object.keys(out.json).filter((f) => f.endsWith("cdk.tf.json"));

  test("each stack is cdk.tf (no cdk.tf.json), and the manifest and metadata point at it", () => {
    expect(stacks.length).toBeGreaterThan(0);
    const manifest = JSON.parse(out.hcl["manifest.json"]) as { stacks: Record<string, { synthesizedStackPath: string; stackMetadataPath: string }> };
    for (const file of stacks) {
      const hclFile = file.replace(/\.json$/, "");
      expect(out.hcl[file]).toBeUndefined();
      expect(out.hcl[hclFile]).toBeDefined();
      const stack = file.split("/")[1];
      expect(manifest.stacks[stack].synthesizedStackPath).toBe(hclFile);
      const metadata = JSON.parse(out.hcl[manifest.stacks[stack].stackMetadataPath]);
      expect(metadata["//"].metadata.stackName).toBe(stack);
    }
  });

  test("terraform fmt leaves every file unchanged", () => {
    // -check exits non-zero (execFileSync throws) and lists any file fmt would change.
    expect(execFileSync("terraform", ["fmt", "-check", "-recursive", "-no-color", out.hclDir], { encoding: "utf8", env: { ...process.env, CHECKPOINT_DISABLE: "1" }, stdio: "pipe" })).toBe("");
  });

  test("read back with hcl2json, each stack is the JSON stack", async () => {
    for (const file of stacks) {
      const hclFile = file.replace(/\.json$/, "");
      const fromHcl = await parse(hclFile, out.hcl[hclFile]);
      expect({ file, config: normalize(fromHcl) }).toEqual({ file, config: normalize(JSON.parse(out.json[file])) });
    }
  });
});

const RUNS = propertyRuns(5);
test(
  "random valid specs (tags with $, %, braces, quotes, backslashes, newlines): HCL reads back as the JSON, fmt-clean",
  async () => {
    const dirs: string[] = [];
    try {
      await fc.assert(
        fc.asyncProperty(validTopologySpec, async (spec) => {
          const out = bothFormats(spec);
          dirs.push(join(out.hclDir, ".."));
          for (const file of Object.keys(out.json).filter((f) => f.endsWith("cdk.tf.json"))) {
            const hclFile = file.replace(/\.json$/, "");
            expect({ file, config: normalize(await parse(hclFile, out.hcl[hclFile])) }).toEqual({ file, config: normalize(JSON.parse(out.json[file])) });
          }
        }),
        fcParams(RUNS),
      );
      // One terraform process for every run's files.
      expect(execFileSync("terraform", ["fmt", "-check", "-recursive", "-no-color", ...dirs], { encoding: "utf8", env: { ...process.env, CHECKPOINT_DISABLE: "1" }, stdio: "pipe" })).toBe("");
    } finally {
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    }
  },
  timeoutFor(RUNS, 5_000),
);
