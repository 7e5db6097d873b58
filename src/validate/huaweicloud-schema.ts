// Validates the huaweicloud_* blocks of a synthesized Terraform JSON document against the offline
// huaweicloud provider schema (../shared), plus the rule/secgroup constraints it cannot express.
import { loadHuaweicloudSchema, huaweicloudSchemaPath, type ProviderSchemaEntry } from "./schema-file";
import { EXTRA_RESOURCE_CHECKS } from "./secgroup-rules";
import { ProviderBlocks, SchemaViolation, ValidationResult, checkProviderConfig } from "./provider-schema";

export { formatViolation, formatViolations } from "./provider-schema";
export type { SchemaViolation, ValidationResult } from "./provider-schema";

const HUAWEICLOUD: ProviderBlocks = { name: "huaweicloud", prefix: "huaweicloud_", extra: EXTRA_RESOURCE_CHECKS };
const schemaCache = new Map<string, ProviderSchemaEntry>();

/** The shared schema, loaded once per path (HUAWEICLOUD_SCHEMA_FILE is honoured). */
export function defaultHuaweicloudSchema(): ProviderSchemaEntry {
  const file = huaweicloudSchemaPath();
  let schema = schemaCache.get(file);
  if (!schema) {
    schema = loadHuaweicloudSchema(file);
    schemaCache.set(file, schema);
  }
  return schema;
}

export function checkHuaweicloudConfig(tfJson: unknown, schema: ProviderSchemaEntry = defaultHuaweicloudSchema()): ValidationResult {
  return checkProviderConfig(tfJson, schema, HUAWEICLOUD);
}

/** The violations only; [] means the document is valid against the schema. */
export function validateHuaweicloudConfig(tfJson: unknown, schema?: ProviderSchemaEntry): SchemaViolation[] {
  return checkHuaweicloudConfig(tfJson, schema).violations;
}
