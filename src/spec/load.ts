// Entry points of the spec stage: file or object in, resolved clusters out, or one SpecError.
import { readFileSync } from "node:fs";
import { SpecError } from "./errors";
import { Cluster } from "./model";
import { parseSpecText, validateSpecShape } from "./parse";
import { resolveSpec } from "./semantics";
import { checkLimits } from "./limits";

export function loadSpecFile(file: string): Cluster[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new SpecError("", `cannot read the spec file (${(e as NodeJS.ErrnoException).code ?? "error"}); pass an existing path`, file);
  }
  try {
    return loadSpec(parseSpecText(text));
  } catch (e) {
    throw e instanceof SpecError ? e.withFile(file) : e;
  }
}

/** The same checks for a spec built in TypeScript (the object form of the YAML). */
export function loadSpec(value: unknown): Cluster[] {
  return checkLimits(resolveSpec(validateSpecShape(value)));
}
