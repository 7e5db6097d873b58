// One error type for every way a spec can be wrong, so the CLI can print a single line that names
// the file, the spec path and the fix, and exit non-zero before anything is written.
export class SpecError extends Error {
  constructor(
    readonly specPath: string,
    readonly problem: string,
    readonly file?: string,
  ) {
    super(`${file ? `${file}: ` : ""}${specPath || "(root)"}: ${problem}`);
    this.name = "SpecError";
  }

  withFile(file: string): SpecError {
    return new SpecError(this.specPath, this.problem, file);
  }
}

/** Keys a path cannot show as they are (empty, control characters) are shown JSON-quoted. */
const unprintable = (part: PropertyKey) => typeof part === "string" && (part === "" || /[\u0000-\u001f\u007f-\u009f]/.test(part));

/** Renders ["clusters", 0, "network", "vpcCidrs", 1] as clusters[0].network.vpcCidrs[1]. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((part, i) => (typeof part === "number" ? `[${part}]` : unprintable(part) ? `[${JSON.stringify(String(part))}]` : `${i === 0 ? "" : "."}${String(part)}`))
    .join("");
}
