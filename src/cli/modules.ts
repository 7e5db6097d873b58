// `modules`: spec in, modules/<name>/ out, the whole folder swapped in at once.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { loadSpecFile } from "../spec/load";
import type { Cluster } from "../spec/model";
import { writeDirAtomically } from "./atomic-dir";

export function writeModules(spec: string, out: string): string[] {
  return writeClusterModules(loadSpecFile(spec), out);
}

export function writeClusterModules(clusters: readonly Cluster[], out: string): string[] {
  // Loaded on use: `synth` without --modules does not pay for the module writer and its checker.
  const { generateModules } = require("../modules/generate") as typeof import("../modules/generate");
  const modules = generateModules(clusters);
  writeDirAtomically(out, "modules", (tmp) => {
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
