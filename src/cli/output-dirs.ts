// The synth command's output folders, checked together before anything is written.
import { resolve } from "node:path";
import { checkOutputDir } from "./atomic-dir";
import { OutputError } from "./output-error";

export function checkOutputDirs(o: { stacks?: string; modules?: string }): void {
  if (o.stacks !== undefined && o.modules !== undefined && resolve(o.stacks) === resolve(o.modules)) {
    throw new OutputError(o.modules, "is also the --out folder; pass a separate folder for the modules, e.g. modules");
  }
  if (o.stacks !== undefined) checkOutputDir(o.stacks, "stacks");
  if (o.modules !== undefined) checkOutputDir(o.modules, "modules");
}
