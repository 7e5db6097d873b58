// The modules' version is the package's: one release, one git tag (vX.Y.Z), one CHANGELOG entry.
// Read from the project's package.json, found upwards from here (sources, compiled or bundled).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

const PACKAGE_NAME = "cdktf-cluster-sg";

function packageVersion(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (existsSync(file)) {
      const manifest = JSON.parse(readFileSync(file, "utf8")) as { name?: string; version?: string };
      if (manifest.name === PACKAGE_NAME && manifest.version) return manifest.version;
    }
    if (dirname(dir) === dir) throw new Error(`${PACKAGE_NAME}: package.json not found above ${__dirname}`);
  }
}

export const MODULE_VERSION = packageVersion();

/** Where users take a module from: a placeholder git host, pinned to this release's tag. */
export function moduleSource(name: string): string {
  return `git::https://<your-git-host>/<org>/cdktf-cluster-sg.git//modules/${name}?ref=v${MODULE_VERSION}`;
}
