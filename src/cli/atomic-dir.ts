// Writes a whole output folder or nothing: build it beside the target, then swap it in.
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { dirname, basename, join } from "node:path";

export function writeDirAtomically(target: string, build: (tmpDir: string) => void): void {
  const parent = dirname(target);
  mkdirSync(parent, { recursive: true });
  const tmp = join(parent, `.${basename(target)}.tmp-${process.pid}`);
  const old = join(parent, `.${basename(target)}.old-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  try {
    build(tmp);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  if (existsSync(target)) renameSync(target, old);
  renameSync(tmp, target);
  rmSync(old, { recursive: true, force: true });
}
