// Reads a spec file with bounds: only a regular file (or standard input for `-`), its size checked
// before reading and again while reading, so /dev/zero, a FIFO or a huge sparse file fail at once
// with one line instead of filling memory or blocking.
import { closeSync, constants, fstatSync, openSync, readSync, Stats } from "node:fs";
import { SpecError } from "./errors";
import { MAX_SPEC_BYTES } from "./parse";

/** How `--spec -` (standard input) is named in error lines. */
export const STDIN_NAME = "<stdin>";

export function readSpecText(file: string): string {
  if (file === "-") return readBounded(0, STDIN_NAME, 0);
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused below anyway.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw cannotRead(e, file);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new SpecError("", `is not a regular file (${kindOf(st)}); pass a YAML spec file`, file);
    if (st.size > MAX_SPEC_BYTES) throw tooLarge(file);
    return readBounded(fd, file, st.size);
  } finally {
    closeSync(fd);
  }
}

/** At most MAX_SPEC_BYTES + 1 bytes: one byte more than allowed proves the input too large. */
function readBounded(fd: number, file: string, expected: number): string {
  const limit = MAX_SPEC_BYTES + 1;
  let buf = Buffer.allocUnsafe(Math.min(limit, Math.max(expected + 1, 64 * 1024)));
  let length = 0;
  while (length < limit) {
    if (length === buf.length) {
      // Grew past what fstat said (or standard input): a bigger buffer, still within the limit.
      const bigger = Buffer.allocUnsafe(Math.min(limit, buf.length * 2));
      buf.copy(bigger, 0, 0, length);
      buf = bigger;
    }
    let n: number;
    try {
      n = readSync(fd, buf, length, buf.length - length, null);
    } catch (e) {
      // A non-blocking standard input with nothing yet: wait a little and read again.
      if ((e as NodeJS.ErrnoException).code === "EAGAIN") {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      throw cannotRead(e, file);
    }
    if (n === 0) return buf.toString("utf8", 0, length);
    length += n;
  }
  throw tooLarge(file);
}

function tooLarge(file: string): SpecError {
  return new SpecError("", `the spec is larger than ${MAX_SPEC_BYTES} bytes (16 MiB); split the fleet into several files`, file);
}

function cannotRead(e: unknown, file: string): SpecError {
  const code = (e as NodeJS.ErrnoException).code ?? "error";
  const fix = code === "EACCES" ? "make it readable" : "pass an existing path";
  return new SpecError("", `cannot read the spec file (${code}); ${fix}`, file);
}

function kindOf(st: Stats): string {
  if (st.isDirectory()) return "a folder";
  if (st.isFIFO()) return "a FIFO";
  if (st.isCharacterDevice()) return "a character device";
  if (st.isBlockDevice()) return "a block device";
  if (st.isSocket()) return "a socket";
  return "a special file";
}
