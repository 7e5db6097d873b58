// Generic check of one configuration block body (cdk.tf.json shape) against a provider schema block:
// unknown keys, read-only (computed) attributes, value types, required attributes and nested
// block_types with their nesting mode and min/max item counts.
import { checkCtyType, isExpression, isPlainObject } from "./cty-type";
import type { SchemaBlock, SchemaBlockType } from "./schema-file";

/** Reports one problem; `attribute` is a path inside the block ("" for the block itself). */
export type Report = (attribute: string, message: string) => void;

/** Keys Terraform (or cdktf's "//" metadata) allows next to schema attributes. */
export const RESOURCE_META_ARGS: ReadonlySet<string> = new Set([
  "//", "count", "for_each", "provider", "depends_on", "lifecycle", "connection", "provisioner",
]);
export const DATA_META_ARGS: ReadonlySet<string> = new Set(["//", "count", "for_each", "provider", "depends_on", "lifecycle"]);
export const PROVIDER_META_ARGS: ReadonlySet<string> = new Set(["//", "alias", "version"]);
const NO_META: ReadonlySet<string> = new Set();

const join = (prefix: string, key: string) => (prefix ? `${prefix}.${key}` : key);

/** Absent and JSON null both mean "not set" to Terraform. */
export const isSet = (value: unknown) => value !== undefined && value !== null;

export function checkBlock(body: unknown, block: SchemaBlock, meta: ReadonlySet<string>, prefix: string, report: Report): void {
  if (!isPlainObject(body)) {
    report(prefix, `expected a block (JSON object), got ${Array.isArray(body) ? "array" : typeof body}`);
    return;
  }
  const attributes = block.attributes ?? {};
  const blockTypes = block.block_types ?? {};
  const dynamic = isPlainObject(body.dynamic) ? body.dynamic : {};

  for (const [key, value] of Object.entries(body)) {
    const path = join(prefix, key);
    if (meta.has(key)) continue;
    if (key === "dynamic") {
      checkDynamic(value, blockTypes, path, report);
    } else if (key in attributes) {
      const attr = attributes[key];
      if (attr.computed && !attr.optional && !attr.required) {
        report(path, "is read-only (computed) and cannot be set");
      } else if (attr.type !== undefined) {
        for (const p of checkCtyType(value, attr.type)) report(path + p.path, p.message);
      }
    } else if (key in blockTypes) {
      checkNestedBlocks(value, blockTypes[key], path, report);
    } else {
      report(path, "unknown attribute or block");
    }
  }

  for (const [key, attr] of Object.entries(attributes)) {
    if (attr.required && !isSet(body[key])) report(join(prefix, key), "is required");
  }
  for (const [key, type] of Object.entries(blockTypes)) {
    // A dynamic block's item count is only known at plan time.
    if (!(key in body) && !(key in dynamic) && (type.min_items ?? 0) > 0) {
      report(join(prefix, key), `requires at least ${type.min_items} block(s)`);
    }
  }
}

function checkNestedBlocks(value: unknown, type: SchemaBlockType, path: string, report: Report): void {
  if (value === null) return;
  if (isExpression(value)) {
    report(path, "a nested block cannot be an expression (use a dynamic block)");
    return;
  }
  if (type.nesting_mode === "map") {
    if (!isPlainObject(value)) return report(path, "expected a map of labelled blocks (JSON object)");
    for (const [label, item] of Object.entries(value)) checkBlock(item, type.block, NO_META, `${path}[${JSON.stringify(label)}]`, report);
    return;
  }
  // Terraform's JSON syntax accepts one block as an object or any number as an array of objects.
  const items = Array.isArray(value) ? value : [value];
  const single = type.nesting_mode === "single" || type.nesting_mode === "group";
  const max = single ? 1 : type.max_items;
  const min = single ? 0 : (type.min_items ?? 0);
  if (max !== undefined && max > 0 && items.length > max) report(path, `allows at most ${max} block(s), got ${items.length}`);
  if (items.length < min) report(path, `requires at least ${min} block(s), got ${items.length}`);
  items.forEach((item, i) => checkBlock(item, type.block, NO_META, Array.isArray(value) ? `${path}[${i}]` : path, report));
}

function checkDynamic(value: unknown, blockTypes: Record<string, SchemaBlockType>, path: string, report: Report): void {
  if (!isPlainObject(value)) return report(path, "expected an object of dynamic blocks");
  for (const [name, spec] of Object.entries(value)) {
    const where = `${path}.${name}`;
    if (!(name in blockTypes)) {
      report(where, "dynamic block for an unknown block type");
    } else if (!isPlainObject(spec) || !isPlainObject(spec.content)) {
      report(where, "dynamic block needs a content object");
    } else {
      checkBlock(spec.content, blockTypes[name].block, NO_META, `${where}.content`, report);
    }
  }
}
