// From YAML text or a plain object to a validated TopologySpec (schema only; cross-field checks
// live in semantics.ts).
import { parseDocument } from "yaml";
import { z } from "zod";
import { SpecError, formatPath } from "./errors";
import { TopologySpec } from "./schema";

const MAX_SPEC_BYTES = 1024 * 1024;

export function parseSpecText(text: string): unknown {
  if (Buffer.byteLength(text) > MAX_SPEC_BYTES) {
    throw new SpecError("", `the spec is larger than ${MAX_SPEC_BYTES} bytes; split the fleet into several files`);
  }
  if (text.trim() === "") throw new SpecError("", "the spec is empty; start from examples/reference.yaml");
  // uniqueKeys (the default) turns a repeated key into an error instead of a silent overwrite.
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    const where = err.linePos ? `line ${err.linePos[0].line} column ${err.linePos[0].col}` : "";
    const problem =
      err.code === "DUPLICATE_KEY" ? "a key appears twice in the same mapping; remove one" : err.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
    throw new SpecError(where, `invalid YAML: ${problem}`);
  }
  let value: unknown;
  try {
    // Generous for fleets that share tiers through anchors; a "billion laughs" file still trips it.
    value = doc.toJS({ maxAliasCount: 10000 });
  } catch (e) {
    // The yaml library refuses alias expansions that would blow up (a "billion laughs" file).
    throw new SpecError("", `invalid YAML: ${(e as Error).message.split("\n")[0]}; expand the aliases by hand`);
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new SpecError("", "the spec must be a YAML mapping with `version: 1` and `clusters:`; see examples/reference.yaml");
  }
  return value;
}

export function validateSpecShape(value: unknown): TopologySpec {
  const result = TopologySpec.safeParse(value);
  if (result.success) return result.data;
  const version = (value as { version?: unknown }).version;
  if (version !== 1) {
    throw new SpecError(
      "version",
      version === undefined
        ? "is required; start the spec with `version: 1`"
        : `unsupported spec version ${JSON.stringify(version)}; this tool reads \`version: 1\` (a number)`,
    );
  }
  // A misspelt key also makes the right key "missing"; the misspelling is the useful report.
  const issues = result.error.issues;
  throw issueToError(issues.find((i) => i.code === "unrecognized_keys") ?? issues[0], value);
}

/** The value the user wrote at a path (undefined when the key is missing). */
function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  return path.reduce<unknown>((v, k) => (v !== null && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[k] : undefined), root);
}

function issueToError(issue: z.core.$ZodIssue, root: unknown): SpecError {
  const path = [...issue.path];
  const missing = valueAt(root, path) === undefined;
  let message = issue.message;
  if (issue.code === "unrecognized_keys") {
    message = `unknown key${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}; check the spelling against spec.schema.json`;
  } else if (issue.code === "invalid_union" && "note" in issue && issue.note === "No matching discriminator") {
    message = `unknown tier kind; use one of load-balancer, app, database, cache, vpc-endpoint, bastion`;
  } else if (issue.code === "invalid_value") {
    message = `${missing ? "is required; " : ""}must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
  } else if (issue.code === "invalid_union" && path.includes("ports")) {
    message = 'a port is a whole number from 1 to 65535 or a range written "from-to", e.g. 8080 or "30000-32767"';
  } else if (issue.code === "invalid_union" && (path.at(-1) === "from" || path.at(-1) === "to")) {
    message = "write the peer as {tier: <name>} or {cidr: <block>}";
  } else if (issue.code === "invalid_key" && issue.issues.length > 0) {
    // A record key (a tag key) failed its own check: say which check.
    message = issue.issues[0].message;
  } else if (issue.code === "invalid_type") {
    message = message.replace(/^Invalid input: /, "");
    if (/received undefined/.test(message)) message = `is required (${message})`;
  }
  return new SpecError(formatPath(path), message);
}
