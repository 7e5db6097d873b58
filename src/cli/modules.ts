// `modules`: spec in, modules/<name>/ out, the whole folder swapped in at once.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { loadSpecFile } from "../spec/load";
import { generateModules } from "../cdktf/generate-modules";
import { writeDirAtomically } from "./atomic-dir";

export function writeModules(spec: string, out: string): string[] {
  const modules = generateModules(loadSpecFile(spec));
  writeDirAtomically(resolve(out), (tmp) => {
    for (const m of modules) {
      for (const [file, content] of Object.entries(m.files)) {
        const path = join(tmp, m.name, file);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, content);
      }
    }
  });
  return modules.map((m) => m.name);
}
