// The spec reader's bounds: a fleet-sized spec (2,000 clusters is about 1.9 MB) loads; exactly at
// the 16 MiB limit is still read, one byte more is refused (the CLI cases live in bad-input).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadSpecFile } from "../src/spec/load";
import { REFERENCE } from "./support/synth";

const LIMIT = 16 * 1024 * 1024;
const work = mkdtempSync(join(tmpdir(), "cluster-sg-spec-read-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The reference spec padded with a comment to exactly `size` bytes. */
function paddedTo(size: number): string {
  const reference = readFileSync(REFERENCE, "utf8");
  const file = join(work, `spec-${size}.yaml`);
  const head = `${reference}\n#`;
  writeFileSync(file, head + "x".repeat(size - Buffer.byteLength(head) - 1) + "\n");
  return file;
}

test("a 2 MB spec loads", () => {
  expect(loadSpecFile(paddedTo(2_000_000)).map((c) => c.name)).toEqual(["prod"]);
});

test("exactly 16 MiB loads, one byte more is refused", () => {
  expect(loadSpecFile(paddedTo(LIMIT))).toHaveLength(1);
  const over = paddedTo(LIMIT + 1);
  expect(() => loadSpecFile(over)).toThrow(`${over}: (root): the spec is larger than ${LIMIT} bytes`);
});
