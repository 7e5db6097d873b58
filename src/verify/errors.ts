// Bad input to the checker (an unresolvable reference, an unknown tier, a missing stack): the CLI
// prints one line and exits 1, like a SpecError; anything else is a bug and keeps its stack trace.
export class VerifyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "VerifyError";
  }
}
