// Output folders through the real commands (the synth command with --out/--modules, and `npm run
// modules`): only a folder this tool wrote (or an empty one) is replaced; anything else is one
// error line, exit 1, the user's files byte-identical and nothing written beside them. Leftovers of
// killed runs are cleaned, a killed run always leaves a complete output, and two runs into one
// folder both succeed with one complete output.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { SYNTH_BIN, SynthRun, runCli } from "./support/synth-cli";
import { REFERENCE } from "./support/synth";

const MARKER = ".cluster-sg-output";
const STACKS = ["prod-aws-eks", "prod-cce-tunnel", "prod-cce-turbo", "prod-cce-vpc"];
const work = mkdtempSync(join(tmpdir(), "cluster-sg-out-safety-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let n = 0;
function scratch(): string {
  const dir = join(work, `case-${n++}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Every file and folder under dir with its bytes and mtime, for "left exactly as it was". */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isSymbolicLink()) files[`${relative(dir, p)}@`] = readlinkSync(p);
      else if (e.isDirectory()) {
        files[`${relative(dir, p)}/`] = String(statSync(p).mtimeMs);
        walk(p);
      } else files[relative(dir, p)] = `${statSync(p).mtimeMs} ${readFileSync(p).toString("base64")}`;
    }
  };
  walk(dir);
  return files;
}

/** A folder of the user's own: a note and hand-written Terraform. */
function userFolder(dir: string): string {
  mkdirSync(join(dir, "net"), { recursive: true });
  writeFileSync(join(dir, "notes.txt"), "my notes\n");
  writeFileSync(join(dir, "net", "main.tf"), 'resource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\n');
  return dir;
}

function expectOneErrorLine(r: SynthRun, prefix: string, cause: RegExp): void {
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.code).toBe(1);
  expect(r.stdout).toBe("");
  const lines = r.stderr.replace(/\n$/, "").split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0].startsWith(`error: ${prefix}: `) ? prefix : lines[0]).toBe(prefix);
  expect(lines[0]).toMatch(cause);
}

function expectCompleteStacks(out: string): void {
  expect(readFileSync(join(out, MARKER), "utf8")).toMatch(/^cluster-sg stacks output/);
  expect(Object.keys(JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")).stacks).sort()).toEqual(STACKS);
  for (const s of STACKS) expect(JSON.parse(readFileSync(join(out, "stacks", s, "cdk.tf.json"), "utf8")).resource).toBeDefined();
}

const synth = (args: string[], cwd?: string) => runCli(["--spec", REFERENCE, ...args], { cwd });

/** A process id that is surely not running: one that just exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ["-e", ""]).pid!;
}

describe("refused: one line, exit 1, nothing touched", () => {
  test("--out . deletes nothing in the current folder", async () => {
    const d = userFolder(scratch());
    const before = snapshot(d);
    expectOneErrorLine(await synth(["--out", "."], d), ".", /current folder or one of its parents/);
    expect(snapshot(d)).toEqual(before);
  });

  test("--out .. and an absolute ancestor of the current folder", async () => {
    const top = userFolder(scratch());
    mkdirSync(join(top, "a", "b"), { recursive: true });
    const before = snapshot(top);
    expectOneErrorLine(await synth(["--out", ".."], join(top, "a", "b")), "..", /current folder or one of its parents/);
    expectOneErrorLine(await synth(["--out", top], join(top, "a", "b")), top, /current folder or one of its parents/);
    expect(snapshot(top)).toEqual(before);
  });

  test("--out /", async () => {
    expectOneErrorLine(await synth(["--out", "/"], scratch()), "/", /is the root folder/);
  });

  test("--out naming a file keeps the file", async () => {
    const d = scratch();
    writeFileSync(join(d, "notes.txt"), "keep me\n");
    const before = snapshot(d);
    expectOneErrorLine(await synth(["--out", "notes.txt"], d), "notes.txt", /exists and is not a folder/);
    expect(snapshot(d)).toEqual(before);
  });

  test("--out naming a folder of the user's files, or a symbolic link to an empty one", async () => {
    const d = scratch();
    userFolder(join(d, "mine"));
    mkdirSync(join(d, "empty"));
    symlinkSync(join(d, "empty"), join(d, "link"));
    const before = snapshot(d);
    expectOneErrorLine(await synth(["--out", "mine"], d), "mine", /not an output folder of this tool/);
    expectOneErrorLine(await synth(["--out", "link"], d), "link", /symbolic link/);
    expect(snapshot(d)).toEqual(before);
  });

  test("a cdktf output without the marker (another app's, or an older version's)", async () => {
    const d = scratch();
    mkdirSync(join(d, "out", "stacks", "app"), { recursive: true });
    writeFileSync(join(d, "out", "manifest.json"), '{"version":"0.21.0","stacks":{}}\n');
    writeFileSync(join(d, "out", "stacks", "app", "cdk.tf.json"), "{}\n");
    const before = snapshot(d);
    expectOneErrorLine(await synth(["--out", "out"], d), "out", /holds a manifest\.json but no \.cluster-sg-output marker/);
    expect(snapshot(d)).toEqual(before);
  });

  test("--modules naming hand-written .tf files: refused before --out is written", async () => {
    const d = scratch();
    userFolder(join(d, "tf"));
    const before = snapshot(d);
    expectOneErrorLine(await synth(["--out", "out", "--modules", "tf"], d), "tf", /not an output folder of this tool/);
    expect(snapshot(d)).toEqual(before); // no out/ either
  });

  test("npm run modules -- --out naming hand-written .tf files", async () => {
    const d = scratch();
    userFolder(join(d, "tf"));
    const before = snapshot(d);
    expectOneErrorLine(await runCli(["--spec", REFERENCE, "--out", "tf"], { cwd: d, script: "scripts/modules.ts" }), "tf", /not an output folder of this tool/);
    expect(snapshot(d)).toEqual(before);
  });

  test("a stacks folder is not replaced by modules, nor --out and --modules one folder", async () => {
    const d = scratch();
    expect((await synth(["--out", "out"], d)).code).toBe(0);
    const before = snapshot(d);
    expectOneErrorLine(await synth(["--out", "other", "--modules", "out"], d), "out", /holds this tool's stacks output, not modules/);
    expectOneErrorLine(await synth(["--out", "same", "--modules", "same"], d), "same", /also the --out folder/);
    expect(snapshot(d)).toEqual(before);
  });

  test("a file-system error is one line naming the path and the cause", async () => {
    const d = scratch();
    writeFileSync(join(d, "file"), "x\n");
    const before = snapshot(d);
    expectOneErrorLine(await synth(["--out", "file/out"], d), "file/out", /: ENOTDIR: not a directory \(\w+ \S*file\/out\)/);
    expect(snapshot(d)).toEqual(before);
  });
});

describe("replaced: an empty folder, or this tool's own", () => {
  test("an empty folder, then the tool's own output, with nothing left beside it", async () => {
    const d = scratch();
    mkdirSync(join(d, "out"));
    expect((await synth(["--out", "out"], d)).code).toBe(0);
    expectCompleteStacks(join(d, "out"));
    writeFileSync(join(d, "out", "stale.txt"), "from an earlier run\n");
    const again = await synth(["--out", "out", "--modules", "modules"], d);
    expect(again.stderr).toBe("");
    expect(again.code).toBe(0);
    expectCompleteStacks(join(d, "out"));
    expect(existsSync(join(d, "out", "stale.txt"))).toBe(false);
    expect(readdirSync(d).sort()).toEqual(["modules", "out"]);
    expect((await synth(["--out", "out", "--modules", "modules"], d)).code).toBe(0);
    expect(readdirSync(d).sort()).toEqual(["modules", "out"]);
  });

  test("standard input as the spec (--spec -), with the same checks", async () => {
    const d = scratch();
    const ok = await runCli(["--spec", "-", "--out", "out"], { cwd: d, input: readFileSync(REFERENCE, "utf8") });
    expect(ok.stderr).toBe("");
    expectCompleteStacks(join(d, "out"));
    const bad = await runCli(["--spec", "-", "--out", "bad"], { cwd: d, input: "version: 1\nclusters: []\n" });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^error: <stdin>: clusters: /);
    expect(existsSync(join(d, "bad"))).toBe(false);
  });
});

describe("killed runs", () => {
  test("leftovers of dead runs are recognised by name and marker and cleaned; look-alikes are kept", async () => {
    const d = scratch();
    const pid = deadPid();
    const staging = join(d, `.out.cluster-sg-new-${pid}-0badc0de`);
    mkdirSync(join(staging, "stacks"), { recursive: true });
    writeFileSync(join(staging, MARKER), "cluster-sg stacks output: the next run replaces this whole folder; keep your own files elsewhere.\n");
    const lookAlike = join(d, `.out.cluster-sg-old-${pid}-0badc0de-0`);
    userFolder(lookAlike); // no marker: not ours
    const keep = snapshot(lookAlike);
    const r = await synth(["--out", "out"], d);
    expect(r.code).toBe(0);
    expect(existsSync(staging)).toBe(false);
    expect(snapshot(lookAlike)).toEqual(keep);
    expectCompleteStacks(join(d, "out"));
  });

  test("killed between the two renames: the old output comes back, then the new one replaces it", async () => {
    const d = scratch();
    expect((await synth(["--out", "out"], d)).code).toBe(0);
    // What a kill between `out -> old` and `staging -> out` leaves: no out/, the old output beside it.
    const pid = deadPid();
    const old = join(d, `.out.cluster-sg-old-${pid}-00c0ffee-0`);
    renameSync(join(d, "out"), old);
    const bad = await runCli(["--spec", join(d, "missing.yaml"), "--out", "out"], { cwd: d });
    expect(bad.code).toBe(1); // bad input touches no folder, not even to restore
    const r = await synth(["--out", "out"], d);
    expect(r.code).toBe(0);
    expectCompleteStacks(join(d, "out"));
    expect(readdirSync(d)).toEqual(["out"]);
  });

  test("SIGKILL at any moment leaves a complete output (in place, or beside it for the next run to restore)", async () => {
    const d = scratch();
    expect((await synth(["--out", "out"], d)).code).toBe(0);
    for (const delay of [40, 80, 120, 160, 200, 240, 280, 320]) {
      const child = spawn(process.execPath, [SYNTH_BIN, "--spec", REFERENCE, "--out", "out"], { cwd: d, stdio: "ignore" });
      // Listen before the delay: on a fast machine the run may end before the kill.
      const closed = new Promise((done) => child.on("close", done));
      await new Promise((done) => setTimeout(done, delay));
      child.kill("SIGKILL");
      await closed;
      const complete = ["out", ...readdirSync(d).filter((f) => f.startsWith(".out.cluster-sg-old-"))].some((f) => {
        try {
          expectCompleteStacks(join(d, f));
          return true;
        } catch {
          return false;
        }
      });
      expect({ delay, complete }).toEqual({ delay, complete: true });
    }
    expect((await synth(["--out", "out"], d)).code).toBe(0);
    expectCompleteStacks(join(d, "out"));
    expect(readdirSync(d)).toEqual(["out"]);
  }, 60_000);
});

test("two runs into one folder at once: both succeed, one complete output, nothing left beside it", async () => {
  for (const existing of [false, true]) {
    const d = scratch();
    if (existing) expect((await synth(["--out", "out"], d)).code).toBe(0);
    const runs = await Promise.all([1, 2, 3].map(() => synth(["--out", "out", "--modules", "modules"], d)));
    for (const r of runs) {
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
    }
    expectCompleteStacks(join(d, "out"));
    expect(readdirSync(d).sort()).toEqual(["modules", "out"]);
  }
}, 60_000);
