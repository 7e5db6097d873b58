// Bad input ends the process with one line per problem on stderr and exit code 1; anything else
// is a bug and keeps its stack trace.
import { SpecError } from "../spec/errors";

/** `error: <file>: <spec path>: <fix>`, one line for each problem the error carries. */
export function errorLines(e: SpecError): string {
  return e.all.map((x) => `error: ${x.message}\n`).join("");
}

export function runOrFail(main: () => void): void {
  try {
    main();
  } catch (e) {
    if (e instanceof SpecError) {
      process.stderr.write(errorLines(e));
      process.exit(1);
    }
    throw e;
  }
}
