// Regenerates the generated blocks of README.md (between <!-- BEGIN x --> and <!-- END x -->)
// from the catalog, so the documented rows are the rows the code uses. `--check` fails on drift.
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { readmeBlocks } from "../src/docs/readme-blocks";

const file = resolve(__dirname, "..", "README.md");
const original = readFileSync(file, "utf8");
let text = original;
for (const [name, body] of Object.entries(readmeBlocks())) {
  const re = new RegExp(`(<!-- BEGIN ${name} -->\\n)[\\s\\S]*?(<!-- END ${name} -->)`);
  if (!re.test(text)) throw new Error(`README.md has no block ${name}`);
  text = text.replace(re, `$1${body}$2`);
}
if (process.argv.includes("--check")) {
  if (text !== original) {
    process.stderr.write("README.md generated tables are stale: run `npm run readme`\n");
    process.exit(1);
  }
} else {
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}
