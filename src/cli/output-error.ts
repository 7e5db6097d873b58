// A problem with an output folder or the file system: one line naming the path, the cause and the
// fix, exit 1 (like a SpecError), never a stack trace.
export class OutputError extends Error {
  constructor(readonly path: string, problem: string) {
    super(`${path}: ${problem}`);
    this.name = "OutputError";
  }
}

/** True for Node's file-system errors (they carry an errno code and the syscall). */
export function isFsError(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === "string" && typeof (e as NodeJS.ErrnoException).syscall === "string";
}

/** "EACCES: permission denied" out of "EACCES: permission denied, mkdir '/x'", plus the path it hit. */
export function fsCause(e: NodeJS.ErrnoException): string {
  const what = e.message.split(",")[0].replace(/^Error: /, "");
  return e.path ? `${what} (${e.syscall} ${e.path})` : what;
}
