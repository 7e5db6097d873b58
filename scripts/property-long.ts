// npm run test:property-long: the property tests (test/property) with many more runs than CI's.
//
//   npm run test:property-long                     # PROPERTY_RUNS=500
//   npm run test:property-long -- 2000             # another count
//   npm run test:property-long -- 500 -t reorder   # anything after the count goes to jest
//   FC_SEED=123 npm run test:property-long         # replay the seed a failure printed
//
// PROPERTY_RUNS sets numRuns of the main properties; the costlier ones (CLI processes, second
// syntheses) get the same share of it as in the default run (test/property/arbitraries.ts).
// Exits with jest's exit code.
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";

const ROOT = resolve(__dirname, "..");
const DEFAULT_RUNS = 500;

const args = process.argv.slice(2);
const runs = args.length > 0 && /^\d+$/.test(args[0]) ? Number(args.shift()) : Number(process.env.PROPERTY_RUNS ?? DEFAULT_RUNS);
if (!Number.isInteger(runs) || runs <= 0) {
  process.stderr.write(`error: the run count must be a positive integer, got ${JSON.stringify(process.argv[2] ?? process.env.PROPERTY_RUNS)}\n`);
  process.exit(2);
}

process.stdout.write(`property tests with PROPERTY_RUNS=${runs}${process.env.FC_SEED ? `, FC_SEED=${process.env.FC_SEED}` : ""}\n`);
const jest = require.resolve("jest/bin/jest", { paths: [ROOT] });
const result = spawnSync(process.execPath, [jest, "test/property", ...args], {
  cwd: ROOT,
  env: { ...process.env, PROPERTY_RUNS: String(runs) },
  stdio: "inherit",
});
if (result.error) throw result.error;
process.exit(result.status ?? 1);
