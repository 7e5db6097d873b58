// Runs the real terraform binary on synthesized output, offline. The hashicorp/aws provider comes
// from a local plugin mirror: $CLUSTER_SG_TF_PLUGIN_DIR, else one found on this machine, else
// (online machines) the registry through plain `terraform init`.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, sep } from "node:path";

let cachedPluginDir: string | undefined | null = null;

export function pluginDir(): string | undefined {
  if (cachedPluginDir !== null) return cachedPluginDir;
  const fromEnv = process.env.CLUSTER_SG_TF_PLUGIN_DIR;
  if (fromEnv) return (cachedPluginDir = fromEnv);
  const found = spawnSync(
    "find",
    [sep, "-maxdepth", "9", "(", "-path", "/proc", "-o", "-path", "/sys", "-o", "-name", "node_modules", ")", "-prune",
      "-o", "-path", "*/registry.terraform.io/hashicorp/aws/*", "-name", "terraform-provider-aws_*", "-print"],
    { encoding: "utf8" },
  ).stdout.split("\n").find(Boolean);
  return (cachedPluginDir = found ? found.slice(0, found.indexOf("registry.terraform.io")) : undefined);
}

/**
 * A CLI config that installs hashicorp/aws from the local mirror, for tools that run
 * `terraform init` themselves (cdktf diff); empty where no mirror exists.
 */
export function writeCliConfig(rc: string): void {
  const mirror = pluginDir();
  const aws = '"registry.terraform.io/hashicorp/aws"';
  writeFileSync(
    rc,
    mirror
      ? `provider_installation {\n  filesystem_mirror {\n    path    = ${JSON.stringify(mirror)}\n    include = [${aws}]\n  }\n  direct {\n    exclude = [${aws}]\n  }\n}\n`
      : "",
  );
}

export function terraformEnv(dir: string): NodeJS.ProcessEnv {
  const rc = join(dir, ".terraformrc");
  if (!existsSync(rc)) writeCliConfig(rc);
  return {
    ...process.env,
    CHECKPOINT_DISABLE: "1",
    TF_IN_AUTOMATION: "1",
    TF_CLI_CONFIG_FILE: rc,
    AWS_REGION: process.env.AWS_REGION ?? "us-east-1",
    AWS_ACCESS_KEY_ID: "AKIAIOSFODNN7EXAMPLE",
    AWS_SECRET_ACCESS_KEY: "offline-planning-only",
    AWS_EC2_METADATA_DISABLED: "true",
  };
}

export function terraform(dir: string, args: string[]): string {
  try {
    return execFileSync("terraform", [...args, "-no-color"], { cwd: dir, env: terraformEnv(dir), encoding: "utf8", stdio: "pipe" });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    throw new Error(`terraform ${args.join(" ")} failed in ${dir}:\n${err.stderr ?? ""}${err.stdout ?? ""}`);
  }
}

/**
 * Copies a configuration to a scratch folder and runs init there (never in the repo). With
 * `workdir`, `source` is a layout (say modules/ beside a root) and init runs in that subfolder.
 */
export function initCopy(source: string, workdir = "."): string {
  const top = mkdtempSync(join(tmpdir(), "cluster-sg-tf-"));
  cpSync(source, top, { recursive: true });
  const dir = join(top, workdir);
  const mirror = pluginDir();
  terraform(dir, ["init", "-input=false", ...(mirror ? [`-plugin-dir=${mirror}`] : [])]);
  return dir;
}

export interface PlannedChange {
  readonly address: string;
  readonly type: string;
  readonly after: Record<string, unknown>;
}

export function plan(dir: string, vars: Record<string, string> = {}): PlannedChange[] {
  const varArgs = Object.entries(vars).flatMap(([k, v]) => ["-var", `${k}=${v}`]);
  terraform(dir, ["plan", "-input=false", "-lock=false", "-refresh=false", "-out=plan.bin", ...varArgs]);
  const json = JSON.parse(terraform(dir, ["show", "-json", "plan.bin"]));
  return (json.resource_changes ?? []).map((r: { address: string; type: string; change: { after: Record<string, unknown> } }) => ({
    address: r.address,
    type: r.type,
    after: r.change.after ?? {},
  }));
}
