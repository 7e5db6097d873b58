// Entry points of the spec stage: file or object in, resolved clusters out, or one SpecError.
import { SpecError } from "./errors";
import { Cluster } from "./model";
import { parseSpecText, validateSpecShape } from "./parse";
import { resolveSpec } from "./semantics";
import { STDIN_NAME, readSpecText } from "./read-bounded";
import { checkLimits } from "./limits";

/** A YAML file, or `-` for standard input; both read with the same size limit. */
export function loadSpecFile(file: string): Cluster[] {
  const text = readSpecText(file);
  try {
    return loadSpec(parseSpecText(text)).map((cluster) => ({ ...cluster, specFile: file }));
  } catch (e) {
    throw e instanceof SpecError ? e.withFile(file === "-" ? STDIN_NAME : file) : e;
  }
}

/** The same checks for a spec built in TypeScript (the object form of the YAML). */
export function loadSpec(value: unknown): Cluster[] {
  return checkLimits(resolveSpec(validateSpecShape(value)));
}
