// Installs a packed tarball into a fresh app without the network: the app's lock file is cut from
// this project's lock (the packages the tarball and its peers need, at the versions CI installed),
// so `npm ci --offline` takes every tarball from npm's cache, where `npm ci` put it.
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";

type LockEntry = Record<string, unknown> & {
  version?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  inBundle?: boolean;
};
type Manifest = { name: string; version: string; dependencies?: Record<string, string>; peerDependencies?: Record<string, string>; bin?: unknown; license?: string };

const ROOT = join(__dirname, "..", "..");

/** Node's lookup from `from` (a lock path) upwards: the lock path `name` resolves to. */
function resolveIn(packages: Record<string, LockEntry>, from: string, name: string): string | undefined {
  let base = from;
  for (;;) {
    const candidate = `${base ? `${base}/` : ""}node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (!base) return undefined;
    const up = base.lastIndexOf("/node_modules/");
    base = up < 0 ? "" : base.slice(0, up);
  }
}

/** The project's lock entries `names` need, transitively (dependencies, optional and peer). */
function closure(packages: Record<string, LockEntry>, names: readonly string[]): Map<string, LockEntry> {
  const out = new Map<string, LockEntry>();
  const visit = (from: string, name: string, optional: boolean) => {
    const path = resolveIn(packages, from, name);
    if (!path) {
      if (optional) return;
      throw new Error(`${name} (needed by ${from || "the app"}) is not in package-lock.json`);
    }
    if (out.has(path)) return;
    const entry = packages[path];
    out.set(path, entry);
    for (const d of Object.keys(entry.dependencies ?? {})) visit(path, d, false);
    for (const d of Object.keys(entry.optionalDependencies ?? {})) visit(path, d, true);
    for (const d of Object.keys(entry.peerDependencies ?? {})) visit(path, d, !!entry.peerDependenciesMeta?.[d]?.optional);
  };
  for (const n of names) visit("", n, false);
  return out;
}

/**
 * Writes `appDir`/package.json and package-lock.json depending on the tarball (copied in by the
 * caller) and on its peers at the versions this project uses, then runs `npm ci --offline`.
 */
export function installOffline(appDir: string, tarball: string): void {
  const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as { packages: Record<string, LockEntry> };
  const manifest = JSON.parse(execFileSync("tar", ["-xOzf", tarball, "package/package.json"], { encoding: "utf8" })) as Manifest;
  const peers = Object.keys(manifest.peerDependencies ?? {});
  const registry = execFileSync("npm", ["config", "get", "registry"], { encoding: "utf8" }).trim().replace(/\/?$/, "/");
  const spec = `file:${basename(tarball)}`;
  const dependencies: Record<string, string> = { [manifest.name]: spec };
  for (const p of peers) dependencies[p] = lock.packages[`node_modules/${p}`].version as string;

  const packages: Record<string, LockEntry> = {
    "": { name: "offline-app", version: "1.0.0", dependencies },
    [`node_modules/${manifest.name}`]: {
      version: manifest.version,
      resolved: spec,
      integrity: `sha512-${createHash("sha512").update(readFileSync(tarball)).digest("base64")}`,
      license: manifest.license,
      dependencies: manifest.dependencies,
      peerDependencies: manifest.peerDependencies,
      bin: manifest.bin,
    },
  };
  for (const [path, entry] of closure(lock.packages, [...Object.keys(manifest.dependencies ?? {}), ...peers])) {
    const { dev: _dev, devOptional: _devOptional, peer: _peer, ...rest } = entry;
    const name = path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length);
    // With resolved and integrity both known, npm reads the tarball from its cache by integrity.
    const resolved = rest.inBundle || rest.resolved ? rest.resolved : `${registry}${name}/-/${name.split("/").pop()}-${rest.version}.tgz`;
    packages[path] = { ...rest, ...(resolved ? { resolved } : {}) };
  }
  writeFileSync(join(appDir, "package.json"), `${JSON.stringify({ name: "offline-app", version: "1.0.0", private: true, dependencies }, null, 2)}\n`);
  writeFileSync(join(appDir, "package-lock.json"), `${JSON.stringify({ name: "offline-app", version: "1.0.0", lockfileVersion: 3, requires: true, packages }, null, 2)}\n`);
  execFileSync("npm", ["ci", "--offline", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: appDir, stdio: "pipe" });
}
