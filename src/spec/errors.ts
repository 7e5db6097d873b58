// One error type for every way a spec can be wrong, so the CLI can print a line that names the
// file, the spec path and the fix, and exit non-zero before anything is written. A spec with
// several mistakes carries them all (the first is this error; the rest ride along in `others`),
// so one run reports every fix the user has to make.
export class SpecError extends Error {
  constructor(
    readonly specPath: string,
    readonly problem: string,
    readonly file?: string,
    readonly others: readonly SpecError[] = [],
  ) {
    super(`${file ? `${file}: ` : ""}${specPath || "(root)"}: ${problem}`);
    this.name = "SpecError";
  }

  /** This error and the ones found with it, in spec order. */
  get all(): readonly SpecError[] {
    return [this, ...this.others];
  }

  withFile(file: string): SpecError {
    return new SpecError(this.specPath, this.problem, file, this.others.map((o) => o.withFile(file)));
  }
}

/** How many errors one run prints; a spec with more is usually one mistake repeated. */
export const MAX_REPORTED_ERRORS = 20;

/** One SpecError standing for all of `errors` (at least one), capped at MAX_REPORTED_ERRORS lines. */
export function combineErrors(errors: readonly SpecError[]): SpecError {
  if (errors.length === 0) throw new Error("combineErrors needs at least one error");
  let shown = errors.slice(0, MAX_REPORTED_ERRORS);
  if (errors.length > MAX_REPORTED_ERRORS) {
    shown = shown.slice(0, MAX_REPORTED_ERRORS - 1);
    shown.push(new SpecError("", `${errors.length - shown.length} more errors not shown; fix the ones above and run again`));
  }
  const [first, ...rest] = shown;
  return new SpecError(first.specPath, first.problem, first.file, rest);
}

/** Collects the problems of one pass over the spec instead of stopping at the first. */
export class Problems {
  readonly list: SpecError[] = [];

  add(specPath: string, problem: string): void {
    this.list.push(new SpecError(specPath, problem));
  }

  /** Runs a check; a SpecError it throws is recorded and `undefined` returned. */
  check<T>(f: () => T): T | undefined {
    try {
      return f();
    } catch (e) {
      if (!(e instanceof SpecError)) throw e;
      this.list.push(...e.all);
      return undefined;
    }
  }

  throwIfAny(): void {
    if (this.list.length > 0) throw combineErrors(this.list);
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
