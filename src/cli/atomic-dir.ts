// Writes a whole output folder or nothing, and only over a folder this tool wrote.
//
// The new output is built in a staging folder beside the target (named after it, with the marker
// file inside from the start), then swapped in with two renames: target -> old, staging -> target.
// A run killed at any moment leaves the old or the new output complete: before the first rename
// the target is untouched; between the two, the old output sits complete beside it and the next
// run puts it back; after the second, the new output is in place. Later runs recognise the
// leftovers of dead runs (name, process id no longer running, marker inside) and remove them.
// Concurrent runs each stage their own folder and retry the swap, so the last one wins whole.
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, realpathSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { basename, dirname, join, resolve, sep } from "node:path";
import { OutputError, fsCause, isFsError } from "./output-error";

export type OutputKind = "stacks" | "modules";

/** The file that marks a folder as this tool's output (and says what kind). */
export const OUTPUT_MARKER = ".cluster-sg-output";

export function markerText(kind: OutputKind): string {
  return `cluster-sg ${kind} output: the next run replaces this whole folder; keep your own files elsewhere.\n`;
}

const LEFTOVER = /^\.(.+)\.cluster-sg-(new|old)-(\d+)-[0-9a-f]+(?:-\d+)?$/;
const SWAP_ATTEMPTS = 50;

/**
 * Builds the output in a staging folder (passed to `build`) and swaps it in at `target`.
 * `shown` is the path as the user typed it, for error lines.
 */
export function writeDirAtomically(target: string, kind: OutputKind, build: (stagingDir: string) => void, shown: string = target): void {
  const abs = resolve(target);
  refuseDangerous(abs, shown);
  // Refused before anything is created or cleaned; checked again once leftovers are handled.
  checkReplaceable(abs, kind, shown);
  const parent = dirname(abs);
  const base = basename(abs);
  onFs(shown, () => mkdirSync(parent, { recursive: true }));
  onFs(shown, () => cleanLeftovers(parent, base, kind));
  checkReplaceable(abs, kind, shown);

  const token = `${process.pid}-${randomBytes(4).toString("hex")}`;
  const staging = join(parent, `.${base}.cluster-sg-new-${token}`);
  const marker = markerText(kind);
  try {
    onFs(shown, () => {
      mkdirSync(staging);
      writeFileSync(join(staging, OUTPUT_MARKER), marker);
    });
    onFs(shown, () => build(staging));
    // Builders may recreate the folder (cdktf does not, but nothing is lost by making sure).
    onFs(shown, () => writeFileSync(join(staging, OUTPUT_MARKER), marker));
    swapIn(staging, abs, kind, shown, join(parent, `.${base}.cluster-sg-old-${token}`));
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    throw e;
  }
}

/** Fails (OutputError) unless writeDirAtomically may replace `target`: checked before any output is written. */
export function checkOutputDir(target: string, kind: OutputKind, shown: string = target): void {
  const abs = resolve(target);
  refuseDangerous(abs, shown);
  checkReplaceable(abs, kind, shown);
}

/** `.`, `..`, `/`, the current folder and its ancestors: replacing them would take the user's work. */
function refuseDangerous(abs: string, shown: string): void {
  const fix = "pass a folder of its own below the current one, e.g. cdktf.out";
  if (dirname(abs) === abs) throw new OutputError(shown, `is the root folder; ${fix}`);
  const cwds = new Set([process.cwd()]);
  try {
    cwds.add(realpathSync(process.cwd()));
  } catch {
    // The current folder was removed: only the path as given can be compared.
  }
  const targets = new Set([abs]);
  try {
    targets.add(realpathSync(abs));
  } catch {
    // Missing target: nothing to resolve.
  }
  for (const cwd of cwds) {
    for (const t of targets) {
      if (cwd === t || cwd.startsWith(t.endsWith(sep) ? t : t + sep)) {
        throw new OutputError(shown, `is the current folder or one of its parents; ${fix}`);
      }
    }
  }
}

/** Missing, empty, or holding this tool's marker for `kind` (stacks also need manifest.json): else an error. */
function checkReplaceable(abs: string, kind: OutputKind, shown: string): void {
  let st;
  try {
    st = lstatSync(abs);
  } catch (e) {
    if (isFsError(e) && e.code === "ENOENT") return;
    throw isFsError(e) ? new OutputError(shown, `cannot inspect it: ${fsCause(e)}; check the path and its permissions`) : e;
  }
  if (st.isSymbolicLink()) throw new OutputError(shown, "is a symbolic link; pass the real folder or a new path");
  if (!st.isDirectory()) throw new OutputError(shown, "exists and is not a folder; pass a new or empty folder, or one this tool wrote");
  const entries = onFs(shown, () => readdirSync(abs));
  if (entries.length === 0 || isOurs(abs, kind)) return;
  const other: OutputKind = kind === "stacks" ? "modules" : "stacks";
  if (isOurs(abs, other)) throw new OutputError(shown, `holds this tool's ${other} output, not ${kind}; pass another folder`);
  if (kind === "stacks" && existsSync(join(abs, "manifest.json")) && !existsSync(join(abs, OUTPUT_MARKER))) {
    // cdktf output from another app, or from a version of this tool before the marker.
    throw new OutputError(shown, `holds a manifest.json but no ${OUTPUT_MARKER} marker, so it may not be this tool's; nothing was changed; remove it yourself or pass a new folder`);
  }
  throw new OutputError(
    shown,
    `is not empty and not an output folder of this tool (no ${OUTPUT_MARKER}${kind === "stacks" ? " and manifest.json" : ""}); nothing was changed; pass a new or empty folder`,
  );
}

function isOurs(dir: string, kind: OutputKind): boolean {
  try {
    if (readFileSync(join(dir, OUTPUT_MARKER), "utf8") !== markerText(kind)) return false;
    return kind === "modules" || statSync(join(dir, "manifest.json")).isFile();
  } catch {
    return false;
  }
}

function swapIn(staging: string, abs: string, kind: OutputKind, shown: string, oldBase: string): void {
  const olds: string[] = [];
  for (let attempt = 0; ; attempt++) {
    let old: string | undefined;
    if (existsSync(abs)) {
      // Re-checked on every attempt: a concurrent run may have swapped its own output in.
      checkReplaceable(abs, kind, shown);
      try {
        if (readdirSync(abs).length === 0) rmdirSync(abs);
        else {
          old = `${oldBase}-${attempt}`;
          renameSync(abs, old);
          olds.push(old);
        }
      } catch (e) {
        if (!isFsError(e) || !["ENOENT", "ENOTEMPTY", "EEXIST"].includes(e.code!)) throw fsFailure(shown, e);
        // Another run moved or filled it meanwhile: try again.
      }
    }
    try {
      renameSync(staging, abs);
      break;
    } catch (e) {
      const raced = isFsError(e) && (e.code === "ENOTEMPTY" || e.code === "EEXIST");
      if (!raced || attempt + 1 >= SWAP_ATTEMPTS) {
        // Put the previous output back before giving up.
        if (old !== undefined && !existsSync(abs)) {
          try {
            renameSync(old, abs);
            olds.pop();
          } catch {
            // It stays beside the target, and the next run restores it.
          }
        }
        throw fsFailure(shown, e);
      }
    }
  }
  for (const old of olds) rmSync(old, { recursive: true, force: true });
}

/** Staging and old folders of runs that died: the newest complete old output comes back if the target is missing. */
function cleanLeftovers(parent: string, base: string, kind: OutputKind): void {
  const found: { path: string; stage: string; mtime: number }[] = [];
  for (const name of readdirSync(parent)) {
    const m = LEFTOVER.exec(name);
    if (!m || m[1] !== base || isAlive(Number(m[3]))) continue;
    const path = join(parent, name);
    let st;
    try {
      st = lstatSync(path);
    } catch {
      continue; // another run cleaned it meanwhile
    }
    // Only folders holding the marker are ours: a look-alike name alone is not enough.
    if (!st.isDirectory() || !existsSync(join(path, OUTPUT_MARKER))) continue;
    found.push({ path, stage: m[2], mtime: st.mtimeMs });
  }
  const target = join(parent, base);
  const restorable = found.filter((f) => f.stage === "old" && isOurs(f.path, kind)).sort((a, b) => b.mtime - a.mtime);
  if (restorable.length > 0 && !existsSync(target)) {
    try {
      renameSync(restorable[0].path, target);
      found.splice(found.indexOf(restorable[0]), 1);
    } catch (e) {
      if (!isFsError(e) || !["ENOTEMPTY", "EEXIST"].includes(e.code!)) throw e;
    }
  }
  for (const f of found) rmSync(f.path, { recursive: true, force: true });
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return false; // a folder of ours from an earlier run with a reused id
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

function fsFailure(shown: string, e: unknown): unknown {
  return isFsError(e) ? new OutputError(shown, `cannot write the output: ${fsCause(e)}; check that its parent folder is writable and has space`) : e;
}

function onFs<T>(shown: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw fsFailure(shown, e);
  }
}
