// Bad input, or an output folder we may not replace, ends the process with one line on stderr and
// exit code 1; anything else is a bug and keeps its stack trace.
import { SpecError } from "../spec/errors";
import { OutputError } from "./output-error";

export function runOrFail(main: () => void): void {
  try {
    main();
  } catch (e) {
    if (e instanceof SpecError || e instanceof OutputError) {
      process.stderr.write(`error: ${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
}
