// The bad-input corpus (test/fixtures/invalid) in process: fast feedback on which SpecError each
// bad spec raises, without the ~2 s per process of test/bad-input.test.ts. Each fixture names the
// expected spec path and a substring of the problem in its header:
//   # expect: <substring of the problem text>
//   # path: <spec path, or (root) for the spec as a whole>
import { header } from "./support/fixture-header";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { SpecError, loadSpec, loadSpecFile } from "../src/spec";
import { parseSpecText } from "../src/spec/parse";

const ROOT = resolve(__dirname, "..");
const FIXTURES = join(ROOT, "test", "fixtures", "invalid");
const REFERENCE = join(ROOT, "examples", "reference.yaml");
const MAX_SPEC_BYTES = 16 * 1024 * 1024;

interface BadCase {
  readonly name: string;
  readonly file: string;
  readonly path: string;
  readonly expect: string;
  /** How many errors the spec holds (`# lines: N`; 1 when absent). */
  readonly lines?: number;
  readonly write?: (file: string) => void;
}

const scratch = mkdtempSync(join(tmpdir(), "cluster-sg-spec-errors-"));

const cases: BadCase[] = [
  ...readdirSync(FIXTURES)
    // quota-* specs load fine; the quota preflight refuses them at synth (covered by bad-input.test.ts).
    .filter((f) => f.endsWith(".yaml") && !f.startsWith("quota-"))
    .sort()
    .map((f) => {
      const text = readFileSync(join(FIXTURES, f), "latin1");
      const lines = /^# lines: (\d+)$/m.exec(text);
      return {
        name: f.replace(/\.yaml$/, ""),
        file: join(FIXTURES, f),
        path: header(text, "path", f),
        expect: header(text, "expect", f),
        lines: lines ? Number(lines[1]) : 1,
      };
    }),
  {
    name: "generated-huge-file",
    file: join(scratch, "huge.yaml"),
    path: "(root)",
    expect: `larger than ${MAX_SPEC_BYTES} bytes`,
    write: (file) => {
      const reference = readFileSync(REFERENCE, "utf8");
      const pad = `#${" padding".repeat(12)}\n`;
      writeFileSync(file, reference + pad.repeat(Math.ceil((MAX_SPEC_BYTES - Buffer.byteLength(reference)) / pad.length) + 16));
      if (statSync(file).size <= MAX_SPEC_BYTES) throw new Error("the huge spec is not huge");
    },
  },
  { name: "generated-empty-file", file: join(scratch, "empty.yaml"), path: "(root)", expect: "the spec is empty", write: (f) => writeFileSync(f, "") },
  {
    name: "generated-whitespace-only",
    file: join(scratch, "blank.yaml"),
    path: "(root)",
    expect: "the spec is empty",
    write: (f) => writeFileSync(f, "\n   \n\t\n"),
  },
  {
    name: "generated-utf16-with-bom",
    file: join(scratch, "utf16-bom.yaml"),
    path: "(root)",
    expect: "save the file as UTF-8",
    write: (f) => writeFileSync(f, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(REFERENCE, "utf8"), "utf16le")])),
  },
];

beforeAll(() => {
  for (const c of cases) c.write?.(c.file);
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const specPathOf = (c: BadCase) => (c.path === "(root)" ? "" : c.path);

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
}

describe("loadSpecFile", () => {
  test.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const err = thrown(() => loadSpecFile(c.file));
    expect(err).toBeInstanceOf(SpecError);
    const e = err as SpecError;
    expect(e.specPath).toBe(specPathOf(c));
    expect(e.problem).toContain(c.expect);
    expect(e.file).toBe(c.file);
    expect(e.message).toBe(`${c.file}: ${c.path}: ${e.problem}`);
    expect(e.message).not.toContain("\n");
    expect(e.all).toHaveLength(c.lines ?? 1);
    for (const other of e.all) {
      expect(other.file).toBe(c.file);
      expect(other.message).not.toContain("\n");
    }
  });
});

// Fixtures whose YAML is a mapping fail after parsing; the object form of the spec (what a
// TypeScript caller passes) must fail the same way.
const objectCases = cases
  .filter((c) => !c.write)
  .flatMap((c) => {
    try {
      return [[c.name, c, parseSpecText(readFileSync(c.file, "utf8"))] as const];
    } catch {
      return []; // fails while reading the YAML: covered above
    }
  });

describe("loadSpec (object form)", () => {
  test.each(objectCases)("%s", (_name, c, value) => {
    const err = thrown(() => loadSpec(value));
    expect(err).toBeInstanceOf(SpecError);
    expect((err as SpecError).specPath).toBe(specPathOf(c));
    expect((err as SpecError).problem).toContain(c.expect);
  });
});
