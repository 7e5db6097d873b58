// Property-based bad-input tests: a random valid spec with one random mutation (arbitraries.ts:
// host bits, ports out of range, unknown enum values, duplicate or reserved names, references to
// missing tiers, bad descriptions, wrong YAML types, unknown keys, broken YAML...) written to a
// temp YAML file must fail with one SpecError whose message is one line and names the spec path
// the mutation broke (or `line N column M` for YAML syntax errors). A few of them also go through
// the real CLI: exit code 1, exactly one `error: ` line per problem on stderr, no stack trace, nothing written.
//
// FC_SEED=<n> [FC_PATH=<path>] replays a failure; PROPERTY_RUNS=<n> scales numRuns.
import { PROCESS_TIMEOUT_MS, runSynthCli } from "../support/synth-cli";
import fc from "fast-check";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SpecError } from "../../src/spec/errors";
import { loadSpecFile } from "../../src/spec/load";
import { InvalidCase, assertProperty, fcParams, invalidTopologySpec, propertyRuns, timeoutFor } from "./arbitraries";

const RUNS = propertyRuns(60);
const CLI_RUNS = propertyRuns(5, 50);

const scratch = mkdtempSync(join(tmpdir(), "cluster-sg-property-invalid-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Writes the case into a fresh folder of its own; returns the spec file's path. */
function writeCase(c: InvalidCase): string {
  const dir = mkdtempSync(join(scratch, "case-"));
  const file = join(dir, "spec.yaml");
  writeFileSync(file, c.text);
  return file;
}

function describeCase(c: InvalidCase): string {
  return `mutation ${c.mutation}, expected path ${typeof c.path === "string" ? JSON.stringify(c.path) : String(c.path)}`;
}

/** loadSpecFile must throw one SpecError naming the broken path in a one-line message. */
function specErrorOf(c: InvalidCase, file: string): SpecError {
  let thrown: unknown;
  try {
    loadSpecFile(file);
  } catch (e) {
    thrown = e;
  }
  const what = describeCase(c);
  if (thrown === undefined) throw new Error(`${what}: loadSpecFile accepted the spec`);
  if (!(thrown instanceof SpecError)) throw new Error(`${what}: threw ${String((thrown as Error)?.stack ?? thrown)} instead of a SpecError`);
  const e = thrown;
  if (/[\r\n]/.test(e.message)) throw new Error(`${what}: the message spans several lines: ${JSON.stringify(e.message)}`);
  const pathOk = typeof c.path === "string" ? e.specPath === c.path : c.path.test(e.specPath);
  if (!pathOk) throw new Error(`${what}: the error names ${JSON.stringify(e.specPath)}: ${e.message}`);
  if (e.message !== `${file}: ${e.specPath || "(root)"}: ${e.problem}`) throw new Error(`${what}: malformed message ${JSON.stringify(e.message)}`);
  if (e.problem.trim() === "") throw new Error(`${what}: the error states no problem: ${e.message}`);
  if (c.says && !c.says.test(e.problem)) throw new Error(`${what}: the problem should match ${c.says}: ${e.message}`);
  return e;
}

test("a spec with one mutation fails with a one-line SpecError naming the spec path", () => {
  assertProperty(
    fc.property(invalidTopologySpec, (c) => {
      specErrorOf(c, writeCase(c));
    }),
    RUNS,
  );
}, timeoutFor(RUNS, 200));

test("through the CLI: exit code 1, one `error: ` line per problem on stderr, no stack trace, no output folder", async () => {
  await fc.assert(
    fc.asyncProperty(invalidTopologySpec, async (c) => {
      const file = writeCase(c);
      const expected = specErrorOf(c, file); // the in-process verdict the CLI must print
      const out = join(file, "..", "out");
      const run = await runSynthCli(file, out);
      const what = `${describeCase(c)} (${file})`;
      const lines = run.stderr.split("\n").filter((l) => l !== "");
      if (run.code !== 1) throw new Error(`${what}: exit code ${run.code} (signal ${run.signal}), stderr:\n${run.stderr}`);
      // One line per problem the in-process verdict found (a mutation can break two things at once,
      // e.g. a service CIDR moved onto the VPC now also overlaps the control-plane CIDR).
      const want = expected.all.map((x) => `error: ${x.message}`);
      if (lines.length !== want.length || !lines.every((l) => l.startsWith("error: "))) throw new Error(`${what}: expected ${want.length} "error: " line(s), stderr:\n${run.stderr}`);
      if (/^\s+at /m.test(run.stderr)) throw new Error(`${what}: stack trace on stderr:\n${run.stderr}`);
      expect(lines).toEqual(want);
      expect(run.stdout).toBe("");
      if (existsSync(out)) throw new Error(`${what}: ${out} was created`);
      // Nothing else either (e.g. a half-built .out.tmp-* folder beside it).
      expect(readdirSync(join(file, "..")).sort()).toEqual(["spec.yaml"]);
    }),
    fcParams(CLI_RUNS),
  );
}, timeoutFor(CLI_RUNS, PROCESS_TIMEOUT_MS / 4));
