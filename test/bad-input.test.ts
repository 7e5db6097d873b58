// Bad input through the real CLI, as a user runs it: every spec in test/fixtures/invalid (plus a
// few generated ones too awkward to commit) must end the process with exit code 1, exactly one
// `error: <file>: <spec path>: <problem>` line on stderr, no stack trace, and nothing written.
//
// Each fixture starts with two header comments:
//   # expect: <substring of the problem text>
//   # path: <the spec path the error must name, e.g. clusters[0].network.vpcCidrs[0], or (root)>
// and, for a spec with several mistakes, a third: `# lines: N`, the number of error lines (all in
// the same format; the first is the one the other two headers describe).
//
// All the processes run in one beforeAll, a few at a time, and the tests below only look at the
// collected results.
import { spawnSync } from "node:child_process";
import { SynthRun, runSynthCli } from "./support/synth-cli";
import { header } from "./support/fixture-header";
import { closeSync, existsSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";

const ROOT = resolve(__dirname, "..");
const FIXTURES = join(ROOT, "test", "fixtures", "invalid");
const REFERENCE = join(ROOT, "examples", "reference.yaml");
const MAX_SPEC_BYTES = 16 * 1024 * 1024;
const CONCURRENCY = Math.max(2, Math.min(4, availableParallelism()));

interface BadCase {
  readonly name: string;
  /** The --spec argument, as the error line must repeat it. */
  readonly spec: string;
  readonly path: string;
  readonly expect: string;
  /** How many `error: ` lines the run prints (1 unless the spec has several mistakes). */
  readonly lines?: number;
  /** For generated cases: writes the spec file. */
  readonly write?: (file: string) => void;
}

interface GeneratedCase {
  readonly name: string;
  readonly path: string;
  readonly expect: string;
  readonly write?: (file: string) => void;
  /** A fixed --spec instead of a file written into the scratch folder (devices). */
  readonly spec?: string;
}

function fixtureCases(): BadCase[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((f) => {
      const file = join(FIXTURES, f);
      const text = readFileSync(file, "latin1"); // some fixtures are deliberately not UTF-8
      return {
        name: f.replace(/\.yaml$/, ""),
        spec: relative(ROOT, file), // a relative path, as a user would type it
        path: header(text, "path", f),
        expect: header(text, "expect", f),
        lines: errorLineCount(text),
      };
    });
}

/** The optional `# lines: N` header (1 when absent). */
function errorLineCount(text: string): number {
  const m = /^# lines: (\d+)$/m.exec(text);
  return m ? Number(m[1]) : 1;
}

/** A valid spec (the reference) as UTF-16 little-endian, with or without a byte-order mark. */
function utf16(bom: boolean) {
  return (file: string) => {
    const text = Buffer.from(readFileSync(REFERENCE, "utf8"), "utf16le");
    writeFileSync(file, bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), text]) : text);
  };
}

// Too big, too empty, not a file at all, or (UTF-16) not readable as a fixture with header
// comments: not kept in the repository as fixtures.
const GENERATED: GeneratedCase[] = [
  {
    name: "generated-huge-file",
    path: "(root)",
    expect: `larger than ${MAX_SPEC_BYTES} bytes`,
    write: (file: string) => {
      // A valid spec padded with comments past the limit: only the size is wrong.
      const reference = readFileSync(REFERENCE, "utf8");
      const pad = `#${" padding".repeat(12)}\n`;
      const count = Math.ceil((MAX_SPEC_BYTES - Buffer.byteLength(reference)) / pad.length) + 16;
      writeFileSync(file, reference + pad.repeat(count));
      if (statSync(file).size <= MAX_SPEC_BYTES) throw new Error("the huge spec is not huge");
    },
  },
  { name: "generated-empty-file", path: "(root)", expect: "the spec is empty", write: (file: string) => writeFileSync(file, "") },
  {
    name: "generated-whitespace-only",
    path: "(root)",
    expect: "the spec is empty",
    write: (file: string) => writeFileSync(file, "\n   \n\t\n"),
  },
  { name: "generated-utf16-with-bom", path: "(root)", expect: "UTF-16 byte-order mark); save the file as UTF-8", write: utf16(true) },
  { name: "generated-utf16-without-bom", path: "(root)", expect: "NUL bytes: UTF-16 or binary data); save the file as UTF-8", write: utf16(false) },
  // Refused before reading: devices would be read forever, a FIFO would block, a folder is no spec.
  { name: "generated-dev-zero", spec: "/dev/zero", path: "(root)", expect: "is not a regular file (a character device)" },
  { name: "generated-dev-urandom", spec: "/dev/urandom", path: "(root)", expect: "is not a regular file (a character device)" },
  {
    name: "generated-fifo",
    path: "(root)",
    expect: "is not a regular file (a FIFO)",
    write: (file: string) => {
      if (spawnSync("mkfifo", [file]).status !== 0) throw new Error("mkfifo failed");
    },
  },
  { name: "generated-folder", path: "(root)", expect: "is not a regular file (a folder)", write: (file: string) => mkdirSync(file) },
  {
    // 3 GB that take no disk: the size is checked before reading, so nothing is read.
    name: "generated-sparse-3g",
    path: "(root)",
    expect: `larger than ${MAX_SPEC_BYTES} bytes`,
    write: (file: string) => {
      const fd = openSync(file, "w");
      ftruncateSync(fd, 3 * 1024 ** 3);
      closeSync(fd);
    },
  },
];

/** Runs the tasks with at most `limit` in flight; results keep the tasks' order. */
async function pool<T>(tasks: ReadonlyArray<() => Promise<T>>, limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

/** Every file under dir with its bytes and mtime, for "left exactly as it was". */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        files[`${relative(dir, p)}/`] = String(statSync(p).mtimeMs);
        walk(p);
      } else {
        files[relative(dir, p)] = `${statSync(p).mtimeMs} ${readFileSync(p).toString("base64")}`;
      }
    }
  };
  walk(dir);
  return files;
}

interface BadResult extends SynthRun {
  readonly outExists: boolean;
  /** Anything the run left in its otherwise empty scratch folder (e.g. a half-built .out.tmp-*). */
  readonly leftovers: string[];
}

const scratch = mkdtempSync(join(tmpdir(), "cluster-sg-bad-input-"));
const generatedDir = join(scratch, "specs");
const cases: BadCase[] = [
  ...fixtureCases(),
  ...GENERATED.map((g) => ({ ...g, spec: g.spec ?? join(generatedDir, `${g.name}.yaml`) })),
];
const results = new Map<string, BadResult>();

// Controls: a valid spec succeeds through the same harness, and a bad spec leaves an existing
// output folder alone.
const KEEP_SPEC = "test/fixtures/invalid/pod-cidr-overlaps-vpc-huawei.yaml"; // fails in a cross-field check
let valid: SynthRun & { stacks: string[] };
let keep: SynthRun & { before: Record<string, string>; after: Record<string, string>; siblings: string[] };

beforeAll(async () => {
  mkdirSync(generatedDir);
  for (const c of cases) c.write?.(c.spec);

  const badTasks = cases.map((c) => async () => {
    const dir = join(scratch, "runs", c.name);
    mkdirSync(dir, { recursive: true });
    const out = join(dir, "out");
    const run = await runSynthCli(c.spec, out);
    results.set(c.name, { ...run, outExists: existsSync(out), leftovers: readdirSync(dir) });
  });

  const validTask = async () => {
    const out = join(scratch, "valid", "out");
    const run = await runSynthCli(relative(ROOT, REFERENCE), out);
    valid = { ...run, stacks: existsSync(join(out, "stacks")) ? readdirSync(join(out, "stacks")) : [] };
  };

  const keepTask = async () => {
    const parent = join(scratch, "keep");
    const out = join(parent, "out");
    mkdirSync(join(out, "stacks", "prod-aws-eks"), { recursive: true });
    writeFileSync(join(out, "marker.txt"), "written before the bad run\n");
    writeFileSync(join(out, "stacks", "prod-aws-eks", "cdk.tf.json"), '{"previous":"synth"}\n');
    const before = snapshot(out);
    const run = await runSynthCli(KEEP_SPEC, out);
    keep = { ...run, before, after: existsSync(out) ? snapshot(out) : {}, siblings: readdirSync(parent) };
  };

  await pool([validTask, keepTask, ...badTasks], CONCURRENCY);
}, 600_000);

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  // BAD_INPUT_TIMINGS=<file> records how long each process took (ms), for tuning the pool.
  const timings = process.env.BAD_INPUT_TIMINGS;
  if (timings) {
    const runs = Object.fromEntries([...results].map(([name, r]) => [name, r.ms]));
    writeFileSync(timings, `${JSON.stringify({ concurrency: CONCURRENCY, valid: valid?.ms, keep: keep?.ms, runs }, null, 2)}\n`);
  }
});

test("the fixture corpus has at least 30 specs, each with its two header lines", () => {
  expect(cases.length - GENERATED.length).toBeGreaterThanOrEqual(30);
  for (const c of cases) {
    expect(c.path).not.toBe("");
    expect(c.expect).not.toBe("");
  }
});

test("control: the valid reference spec synthesizes through the same harness", () => {
  expect(valid.stderr).toBe("");
  expect(valid.code).toBe(0);
  expect(valid.stacks.length).toBeGreaterThan(0);
});

test("a bad spec leaves an existing output folder byte-identical", () => {
  expect(keep.stderr).toMatch(/^error: /);
  expect(keep.code).toBe(1);
  expect(keep.after).toEqual(keep.before);
  expect(keep.siblings).toEqual(["out"]); // no .out.tmp-* / .out.old-* left beside it
});

describe.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
  const result = () => {
    const r = results.get(c.name);
    if (!r) throw new Error(`no result for ${c.name}`);
    return r;
  };

  const count = c.lines ?? 1;
  test(`exit code 1 and ${count === 1 ? "one line" : `${count} lines`}: error: <file>: ${c.path}: ...${c.expect}...`, () => {
    const r = result();
    // Checked first so a crash shows its whole stderr in the failure.
    expect(r.stderr).not.toMatch(/^\s+at .+/m);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
    const lines = r.stderr.replace(/\n$/, "").split("\n");
    expect(lines).toHaveLength(count);
    const [line] = lines;
    expect(line).not.toBe("");
    expect(r.stderr).toBe(lines.map((l) => `${l}\n`).join(""));
    const prefix = `error: ${c.spec}: ${c.path}: `;
    expect(line.startsWith(prefix) ? prefix : line).toBe(prefix); // on failure, shows the whole line
    expect(line.slice(prefix.length)).toContain(c.expect);
    // Every further line is in the same format: the file, a spec path, a fix.
    for (const other of lines.slice(1)) expect(other).toMatch(new RegExp(`^error: ${c.spec.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: \\S+: \\S`));
  });

  test("writes nothing", () => {
    const r = result();
    expect(r.stdout).toBe("");
    expect(r.outExists).toBe(false);
    expect(r.leftovers).toEqual([]);
  });
});
