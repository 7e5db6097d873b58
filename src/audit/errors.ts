// Bad input to the audit (a suppression without a justification): one line and exit 1, like the
// checker's own VerifyError, which the CLI already handles.
import { VerifyError } from "../verify/errors";

export class AuditError extends VerifyError {
  constructor(message: string) {
    super(message);
    this.name = "AuditError";
  }
}
