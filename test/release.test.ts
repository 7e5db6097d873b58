// One release for the package and the modules: package.json's version is the one each committed
// module's versions.tf and README state, the tag their usage pins, and a CHANGELOG entry.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./support/synth";

const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string; license: string };
const version = manifest.version;
const modules = readdirSync(join(ROOT, "modules"), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const read = (...p: string[]) => readFileSync(join(ROOT, ...p), "utf8");

test("the project has modules to check", () => {
  expect(modules.length).toBeGreaterThan(0);
});

describe.each(modules)("modules/%s", (name) => {
  test("versions.tf names the release; the example's versions.tf does not", () => {
    expect(read("modules", name, "versions.tf")).toContain(`# Module version ${version} (git tag v${version}`);
    expect(read("modules", name, "examples", "basic", "versions.tf")).not.toContain("Module version");
  });

  test("README states the version and pins its usage source to the release tag", () => {
    const readme = read("modules", name, "README.md");
    expect(readme).toContain(`Version ${version} (git tag \`v${version}\``);
    const sources = [...readme.matchAll(/source\s*=\s*"([^"]+)"/g)].map((m) => m[1]);
    expect(sources).toEqual([`git::https://<your-git-host>/<org>/cdktf-cluster-sg.git//modules/${name}?ref=v${version}`]);
  });
});

test("CHANGELOG.md has this release's entry in keep-a-changelog form", () => {
  const changelog = read("CHANGELOG.md");
  expect(changelog).toMatch(new RegExp(`^## \\[${version.replace(/\./g, "\\.")}\\] - \\d{4}-\\d{2}-\\d{2}$`, "m"));
  expect(changelog).toMatch(new RegExp(`^\\[${version.replace(/\./g, "\\.")}\\]: `, "m"));
  expect(changelog).toMatch(/^### (Added|Changed|Fixed|Removed|Deprecated|Security)$/m);
});

test("LICENSE is the MPL-2.0 text package.json names", () => {
  expect(manifest.license).toBe("MPL-2.0");
  expect(existsSync(join(ROOT, "LICENSE"))).toBe(true);
  const license = read("LICENSE");
  expect(license.startsWith("Mozilla Public License Version 2.0")).toBe(true);
  expect(license).toContain('Exhibit B - "Incompatible With Secondary Licenses" Notice');
});

test("the root README's module usage pins a release tag", () => {
  expect(read("README.md")).toContain(`//modules/aws-eks-security-groups?ref=v${version}"`);
});
