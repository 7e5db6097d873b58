// Validates one provider's blocks of a synthesized Terraform JSON document (cdk.tf.json shape)
// against that provider's schema (`terraform providers schema -json`): attribute names, types,
// required attributes and nested blocks, plus per-type constraints the schema cannot express.
// Pure data-in/data-out: no cdktf imports, so it can check any .tf.json file.
import { DATA_META_ARGS, PROVIDER_META_ARGS, RESOURCE_META_ARGS, checkBlock, type Report } from "./block-check";
import { isPlainObject } from "./cty-type";
import type { ProviderSchemaEntry } from "./schema-file";

export interface SchemaViolation {
  /** Terraform address: "huaweicloud_networking_secgroup_rule.foo", "data.huaweicloud_vpc.x", "provider.huaweicloud". */
  address: string;
  /** Path inside the block ("ports", "ip_extra_set[0].ip"); "" when the block itself is at fault. */
  attribute: string;
  message: string;
}

export interface ValidationResult {
  /** The provider's resource, data and provider blocks that were checked. */
  blocksChecked: number;
  violations: SchemaViolation[];
}

/** Which blocks belong to the provider: its name (provider.<name>) and its types' prefix. */
export interface ProviderBlocks {
  readonly name: string;
  readonly prefix: string;
  /** Constraints beyond the schema, per resource type. */
  readonly extra?: Readonly<Record<string, (body: Record<string, unknown>, report: Report) => void>>;
}

export function checkProviderConfig(tfJson: unknown, schema: ProviderSchemaEntry, provider: ProviderBlocks): ValidationResult {
  const violations: SchemaViolation[] = [];
  let blocksChecked = 0;
  if (!isPlainObject(tfJson)) {
    return { blocksChecked, violations: [{ address: "(document)", attribute: "", message: "expected a JSON object" }] };
  }
  const reporter = (address: string): Report => (attribute, message) => violations.push({ address, attribute, message });

  // resource.<type>.<name> and data.<type>.<name>
  for (const kind of ["resource", "data"] as const) {
    const schemas = (kind === "resource" ? schema.resource_schemas : schema.data_source_schemas) ?? {};
    for (const [type, instances] of providerEntries(tfJson[kind], provider.prefix)) {
      const typeAddress = kind === "data" ? `data.${type}` : type;
      if (!isPlainObject(instances)) {
        violations.push({ address: typeAddress, attribute: "", message: "expected an object of named blocks" });
        continue;
      }
      for (const [name, body] of Object.entries(instances)) {
        blocksChecked++;
        const report = reporter(`${typeAddress}.${name}`);
        const typeSchema = schemas[type];
        if (!typeSchema) {
          report("", `unknown ${kind === "data" ? "data source" : "resource"} type ${type}`);
          continue;
        }
        checkBlock(body, typeSchema.block, kind === "data" ? DATA_META_ARGS : RESOURCE_META_ARGS, "", report);
        const extra = kind === "resource" ? provider.extra?.[type] : undefined;
        if (extra && isPlainObject(body)) extra(body, report);
      }
    }
  }

  // provider.<name>: cdktf emits an array of configurations (one per alias).
  const providers = isPlainObject(tfJson.provider) ? tfJson.provider[provider.name] : undefined;
  if (providers !== undefined && schema.provider) {
    for (const config of Array.isArray(providers) ? providers : [providers]) {
      blocksChecked++;
      const alias = isPlainObject(config) && typeof config.alias === "string" ? `.${config.alias}` : "";
      checkBlock(config, schema.provider.block, PROVIDER_META_ARGS, "", reporter(`provider.${provider.name}${alias}`));
    }
  }
  return { blocksChecked, violations };
}

export function formatViolation(v: SchemaViolation): string {
  return v.attribute ? `${v.address}: ${v.attribute}: ${v.message}` : `${v.address}: ${v.message}`;
}

export function formatViolations(violations: SchemaViolation[]): string {
  return violations.map(formatViolation).join("\n");
}

function providerEntries(section: unknown, prefix: string): [string, unknown][] {
  if (!isPlainObject(section)) return [];
  return Object.entries(section).filter(([type]) => type.startsWith(prefix));
}
