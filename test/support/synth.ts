// Test helpers: the reference spec as an editable object, and synthesis into a scratch folder
// through the same code path `npm run synth` uses.
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parse } from "yaml";
import { buildApp, AppOptions } from "../../src/cdktf/app";
import { loadSpec } from "../../src/spec/load";
import type { Cluster } from "../../src/spec/model";

export const ROOT = resolve(__dirname, "..", "..");
export const REFERENCE = join(ROOT, "examples", "reference.yaml");

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type SpecObject = any;

/** A fresh, mutable copy of the reference spec. */
export function referenceSpec(): SpecObject {
  return parse(readFileSync(REFERENCE, "utf8"));
}

/** The reference spec with its first cluster changed by `edit`. */
export function variant(edit: (cluster: SpecObject) => void): SpecObject {
  const spec = referenceSpec();
  edit(spec.clusters[0]);
  return spec;
}

export interface TfJson {
  resource?: Record<string, Record<string, Record<string, unknown>>>;
  data?: Record<string, Record<string, Record<string, unknown>>>;
  output?: Record<string, { value: unknown; description?: string }>;
  provider?: Record<string, unknown[]>;
  terraform?: Record<string, unknown>;
}

export interface Synthesized {
  readonly outdir: string;
  readonly clusters: Cluster[];
  readonly stacks: Record<string, TfJson>;
}

export function synthSpec(spec: SpecObject, options: AppOptions = {}): Synthesized {
  const clusters = loadSpec(spec);
  const outdir = mkdtempSync(join(tmpdir(), "cluster-sg-synth-"));
  buildApp(clusters, { ...options, outdir }).synth();
  const stacks: Record<string, TfJson> = {};
  for (const name of readdirSync(join(outdir, "stacks")).sort()) {
    stacks[name] = JSON.parse(readFileSync(join(outdir, "stacks", name, "cdk.tf.json"), "utf8"));
  }
  return { outdir, clusters, stacks };
}

export function stackDir(s: Synthesized, stack: string): string {
  return join(s.outdir, "stacks", stack);
}
