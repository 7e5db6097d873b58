// Generates CDKTF TypeScript bindings for huaweicloud/huaweicloud from the offline provider schema.
// `cdktf get` cannot run here (no provider download), so this drives the same generator it uses.
//
//   npm run bindings [-- --out <dir>]     (default: generated/providers/huaweicloud)
//
// The output is written to a staging dir beside the target and then swapped in, so an interrupted
// run never leaves a half-written binding folder behind.
import * as fs from "fs";
import * as path from "path";
import {
  HUAWEICLOUD_FQPN,
  huaweicloudSchemaPath,
  loadProvidersSchema,
  projectRoot,
} from "../src/validate/schema-file";

/** Same constraint as cdktf.json's terraformProviders entry. */
export const PROVIDER_CONSTRAINT = "huaweicloud/huaweicloud@~> 1.97";
/** CodeMaker emits every file under this prefix (the `cdktf get` layout inside codeMakerOutput). */
const EMITTED_PREFIX = path.join("providers", "huaweicloud");

export const DEFAULT_OUT = path.join(projectRoot(), "generated", "providers", "huaweicloud");

export interface GenerateResult {
  outDir: string;
  files: number;
  resources: number;
  dataSources: number;
  millis: number;
}

/**
 * The generator is loaded lazily: importing @cdktf/commons spawns `terraform version` and logs that
 * process's stderr (here a harmless "CLI configuration file does not exist" warning) through log4js
 * to stdout. Loading late keeps the missing-schema error path clean, and lowering the cdktf logger
 * (unless CDKTF_LOG_LEVEL asks otherwise) keeps stdout to our one-line summary. Generator failures
 * are thrown, not logged, so nothing relevant is hidden.
 */
function loadGenerator() {
  // Resolve codemaker through the generator so both use the same instance (it is not a direct dependency).
  const generatorDir = path.dirname(require.resolve("@cdktf/provider-generator/package.json"));
  const { CodeMaker } = require(require.resolve("codemaker", { paths: [generatorDir] })) as typeof import("codemaker");
  const commons = require("@cdktf/commons") as typeof import("@cdktf/commons");
  commons.logger.setLevel(process.env.CDKTF_LOG_LEVEL ?? "FATAL");
  // Deep import: the package entry point pulls in jsii tooling that is not installed.
  const { TerraformProviderGenerator } =
    require("@cdktf/provider-generator/lib/get/generator/provider-generator") as typeof import("@cdktf/provider-generator/lib/get/generator/provider-generator");
  return { CodeMaker, TerraformProviderGenerator, ...commons };
}

export async function generateBindings(outDir: string = DEFAULT_OUT, schemaFile: string = huaweicloudSchemaPath()): Promise<GenerateResult> {
  const started = Date.now();
  const schema = loadProvidersSchema(schemaFile);
  const providerVersion = schema.provider_versions?.[HUAWEICLOUD_FQPN];
  // Without provider_versions the generated classes pin required_providers to the constraint
  // ("~> 1.97") instead of exactly 1.97.1, which is what we want in synthesized output.
  const { provider_versions: _dropped, ...schemaWithoutVersions } = schema;

  const { CodeMaker, TerraformProviderGenerator, ConstructsMakerProviderTarget, TerraformProviderConstraint, Language } =
    loadGenerator();
  const code = new CodeMaker();
  // Our schema interfaces are a structural subset of @cdktf/commons' ProviderSchema.
  const generator = new TerraformProviderGenerator(code, schemaWithoutVersions as never);
  generator.generate(new ConstructsMakerProviderTarget(new TerraformProviderConstraint(PROVIDER_CONSTRAINT), Language.TYPESCRIPT));

  // cdktf get writes versions.json at the codeMakerOutput root; we keep it inside the provider folder
  // so the folder is one self-contained unit (atomic swap, byte comparison in tests).
  const versionsFile = path.join(EMITTED_PREFIX, "versions.json");
  code.openFile(versionsFile);
  code.line(JSON.stringify({ [HUAWEICLOUD_FQPN]: providerVersion ?? null }, null, 2));
  code.closeFile(versionsFile);

  const target = path.resolve(outDir);
  const parent = path.dirname(target);
  fs.mkdirSync(parent, { recursive: true });
  const staging = fs.mkdtempSync(path.join(parent, `.${path.basename(target)}.tmp-`));
  try {
    const saved = await code.save(staging);
    const built = path.join(staging, EMITTED_PREFIX);
    // Swap: move the old folder aside inside staging, move the new one in, then drop staging.
    const previous = path.join(staging, "previous");
    const hadPrevious = fs.existsSync(target);
    if (hadPrevious) fs.renameSync(target, previous);
    try {
      fs.renameSync(built, target);
    } catch (err) {
      if (hadPrevious) fs.renameSync(previous, target); // put the old bindings back
      throw err;
    }
    const provider = schema.provider_schemas[HUAWEICLOUD_FQPN];
    return {
      outDir: target,
      files: saved.length,
      resources: Object.keys(provider.resource_schemas ?? {}).length,
      dataSources: Object.keys(provider.data_source_schemas ?? {}).length,
      millis: Date.now() - started,
    };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

function parseOut(argv: string[]): string {
  const i = argv.indexOf("--out");
  if (i === -1) return DEFAULT_OUT;
  const value = argv[i + 1];
  if (!value || value.startsWith("--")) throw new Error("--out needs a directory argument");
  return path.resolve(value);
}

async function main(): Promise<void> {
  try {
    const result = await generateBindings(parseOut(process.argv.slice(2)));
    const shown = path.relative(process.cwd(), result.outDir) || ".";
    console.log(
      `huaweicloud bindings: ${result.resources} resources, ${result.dataSources} data sources, ` +
        `${result.files} files -> ${shown} in ${result.millis} ms`,
    );
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    console.error(`generate-bindings: ${message.split("\n")[0]}`);
    process.exitCode = 1;
  }
}

if (require.main === module) void main();
