// From YAML text or a plain object to a validated TopologySpec (schema only; cross-field checks
// live in semantics.ts).
import { YAMLError, parseDocument } from "yaml";
import { z } from "zod";
import { SpecError, combineErrors, formatPath } from "./errors";
import { suggestedKey, unknownKeyHint } from "./suggest";
import { TopologySpec } from "./schema";

/** What the tool handles comfortably (a fleet of thousands of clusters); checked while reading. */
export const MAX_SPEC_BYTES = 16 * 1024 * 1024;

export function parseSpecText(text: string): unknown {
  if (Buffer.byteLength(text) > MAX_SPEC_BYTES) {
    throw new SpecError("", `the spec is larger than ${MAX_SPEC_BYTES} bytes; split the fleet into several files`);
  }
  if (text.trim() === "") throw new SpecError("", "the spec is empty; start from examples/reference.yaml");
  checkEncoding(text);
  // uniqueKeys (the default) turns a repeated key into an error instead of a silent overwrite.
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    // Where the parser ran out of stack depends on the machine, not the file: no line number.
    if (/Maximum call stack/.test(err.message) || err.code === "RESOURCE_EXHAUSTION") throw tooDeep();
    const where = err.linePos ? `line ${err.linePos[0].line} column ${err.linePos[0].col}` : "";
    throw new SpecError(where, `invalid YAML: ${yamlProblem(err)}`);
  }
  let value: unknown;
  try {
    // Generous for fleets that share tiers through anchors; a "billion laughs" file still trips it.
    value = doc.toJS({ maxAliasCount: 10000 });
  } catch (e) {
    if (e instanceof RangeError) throw tooDeep();
    // The yaml library refuses alias expansions that would blow up (a "billion laughs" file).
    throw new SpecError("", `invalid YAML: ${(e as Error).message.split("\n")[0]}; expand the aliases by hand`);
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new SpecError("", "the spec must be a YAML mapping with `version: 1` and `clusters:`; see examples/reference.yaml");
  }
  if (depthOf(value) > MAX_DEPTH) throw tooDeep();
  return value;
}

// The deepest real spec path is about 8 levels (clusters[0].audit.suppressions[0].id); anything far
// deeper is a runaway bracket or indentation, and would exhaust the stack further on.
const MAX_DEPTH = 32;

function tooDeep(): SpecError {
  return new SpecError("", `the spec nests too deeply (a spec is at most ${MAX_DEPTH} levels deep); check for unclosed brackets or runaway indentation`);
}

/** Nesting depth of parsed YAML, without recursion (a hostile file must not exhaust the stack). */
function depthOf(value: unknown): number {
  let max = 0;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== "object") continue;
    max = Math.max(max, depth);
    if (depth > MAX_DEPTH) return depth;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return max;
}

/** UTF-16 (a byte-order mark, or NUL bytes between ASCII letters) read as UTF-8 is garbage to YAML. */
function checkEncoding(text: string): void {
  const utf16Bom = text.startsWith("\uFFFD\uFFFD") || text.startsWith("\uFEFF\u0000");
  if (utf16Bom || text.includes("\u0000")) {
    throw new SpecError(
      "",
      `the file is not UTF-8 text (${utf16Bom ? "it starts with a UTF-16 byte-order mark" : "it holds NUL bytes: UTF-16 or binary data"}); save the file as UTF-8`,
    );
  }
}

function yamlProblem(err: YAMLError): string {
  if (err.code === "DUPLICATE_KEY") return "a key appears twice in the same mapping; remove one";
  if (err.code === "MULTIPLE_DOCS") return "the file holds several YAML documents (a `---` line); put every cluster under one `clusters:` list in a single document";
  return err.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
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
  const issues = result.error.issues;
  // A misspelt key also makes the right key "missing"; the misspelling is the useful report.
  const standsFor = new Set(
    issues.flatMap((i) =>
      i.code === "unrecognized_keys" ? i.keys.map((k) => `${formatPath([...i.path, suggestedKey(TopologySpec, i.path, value, k) ?? ""])}`) : [],
    ),
  );
  const errors = issues
    .filter((i) => !(i.code === "invalid_type" && valueAt(value, i.path) === undefined && standsFor.has(formatPath(i.path))))
    .flatMap((i) => issueToErrors(i, value));
  const seen = new Set<string>();
  throw combineErrors(errors.filter((e) => !seen.has(e.message) && seen.add(e.message)));
}

/** The value the user wrote at a path (undefined when the key is missing). */
function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  return path.reduce<unknown>((v, k) => (v !== null && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[k] : undefined), root);
}

function issueToErrors(issue: z.core.$ZodIssue, root: unknown): SpecError[] {
  const path = [...issue.path];
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((k) => new SpecError(formatPath(path), `unknown key "${k}"; ${unknownKeyHint(TopologySpec, path, root, k)}`));
  }
  return [issueToError(issue, path, root)];
}

function issueToError(issue: z.core.$ZodIssue, path: PropertyKey[], root: unknown): SpecError {
  const missing = valueAt(root, path) === undefined;
  let message = issue.message;
  if (issue.code === "invalid_key" && path.at(-1) === "") {
    // An empty key would print as "aws.tags." : name the map and say what is wrong.
    return new SpecError(formatPath(path.slice(0, -1)), "a key is empty; give every entry a non-empty key");
  } else if (issue.code === "too_small" && issue.origin === "array" && /^Too small/.test(message)) {
    message = `is empty; list at least ${issue.minimum === 1 ? "one entry" : `${issue.minimum} entries`}`;
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
