// Locates and loads the offline huaweicloud provider schema (`terraform providers schema -json` shape).
// The file lives outside the repository (shared, read-only), so it is never copied in: the path is
// derived from the project root, or taken from HUAWEICLOUD_SCHEMA_FILE.
import * as fs from "fs";
import * as path from "path";

export const SCHEMA_ENV_VAR = "HUAWEICLOUD_SCHEMA_FILE";
/** The generator only matches the provider when the key is this fully qualified name. */
export const HUAWEICLOUD_FQPN = "registry.terraform.io/huaweicloud/huaweicloud";

/** Terraform's JSON type notation: "string" | ["list", T] | ["object", {k: T}] | ... (checked in cty-type.ts). */
export type CtyType = string | readonly unknown[];

export interface SchemaAttribute {
  type?: CtyType;
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
  sensitive?: boolean;
}

export interface SchemaBlockType {
  nesting_mode: "single" | "group" | "list" | "set" | "map";
  block: SchemaBlock;
  min_items?: number;
  max_items?: number;
}

export interface SchemaBlock {
  attributes?: Record<string, SchemaAttribute>;
  block_types?: Record<string, SchemaBlockType>;
}

export interface ProviderSchemaEntry {
  provider?: { block: SchemaBlock };
  resource_schemas?: Record<string, { block: SchemaBlock }>;
  data_source_schemas?: Record<string, { block: SchemaBlock }>;
}

export interface ProvidersSchemaJson {
  format_version?: string;
  provider_schemas: Record<string, ProviderSchemaEntry>;
  provider_versions?: Record<string, string>;
}

/** src/validate -> project root; works under ts-node, ts-jest and compiled output alike. */
export function projectRoot(): string {
  return path.resolve(__dirname, "..", "..");
}

export function huaweicloudSchemaPath(env: NodeJS.ProcessEnv = process.env): string {
  const override = env[SCHEMA_ENV_VAR];
  if (override) return path.resolve(override);
  return path.resolve(projectRoot(), "..", "shared", "provider-schemas", "huaweicloud", "huaweicloud-1.97.1.schema.json");
}

export class SchemaFileMissingError extends Error {
  constructor(readonly file: string) {
    super(`huaweicloud provider schema not found at ${file} (set ${SCHEMA_ENV_VAR} to override)`);
    this.name = "SchemaFileMissingError";
  }
}

/** Reads and sanity-checks the schema; throws SchemaFileMissingError if the file is absent. */
export function loadProvidersSchema(file: string = huaweicloudSchemaPath()): ProvidersSchemaJson {
  if (!fs.existsSync(file)) throw new SchemaFileMissingError(file);
  const json = JSON.parse(fs.readFileSync(file, "utf8")) as ProvidersSchemaJson;
  if (!json.provider_schemas || !json.provider_schemas[HUAWEICLOUD_FQPN]) {
    const keys = Object.keys(json.provider_schemas ?? {}).join(", ") || "none";
    throw new Error(`${file}: provider_schemas has no "${HUAWEICLOUD_FQPN}" key (found: ${keys})`);
  }
  return json;
}

/** Just the huaweicloud entry, which is all the validator needs. */
export function loadHuaweicloudSchema(file?: string): ProviderSchemaEntry {
  return loadProvidersSchema(file).provider_schemas[HUAWEICLOUD_FQPN];
}
