// Bad input ends the process with one line per problem on stderr, an output folder we may not
// replace with one line, and exit code 1; anything else is a bug and keeps its stack trace.
import { SpecError } from "../spec/errors";
import { OutputError } from "./output-error";

/** `error: <file>: <spec path>: <fix>`, one line for each problem the error carries. */
export function errorLines(e: SpecError): string {
  return e.all.map((x) => `error: ${x.message}\n`).join("");
}

export function runOrFail(main: () => void): void {
  try {
    main();
  } catch (e) {
    if (e instanceof SpecError || e instanceof OutputError) {
      process.stderr.write(e instanceof SpecError ? errorLines(e) : `error: ${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
}
