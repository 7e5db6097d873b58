#!/usr/bin/env node
// The project's own command, compiled: runs dist/cluster-sg-synth.js (main.ts bundled by
// scripts/build.js, rebuilt first whenever its sources changed) with a V8 code cache beside it, so
// a run does not recompile the bundle.
// Node 22 does this itself (module.enableCompileCache); Node 20 needs vm.Script's cachedData.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");
const Module = require("node:module");

const bundle = path.resolve(__dirname, "..", "dist", "cluster-sg-synth.js");
// V8 caches the functions a run compiled: a run that also writes modules runs more of the bundle,
// so it keeps its own cache.
const kind = process.argv.slice(2).some((a) => a === "--modules" || a.startsWith("--modules=")) ? "modules" : "stacks";
const cacheFile = `${bundle}.${kind}.v8-cache`;
// From a source checkout, never run a bundle older than the sources.
const fromSources = fs.existsSync(path.resolve(__dirname, "..", "main.ts"));
(fromSources ? require("../scripts/build.js").ensureBuilt("main.ts") : Promise.resolve(bundle)).then(() => {
  let source;
  try {
    source = fs.readFileSync(bundle, "utf8");
  } catch {
    process.stderr.write("error: dist/cluster-sg-synth.js is missing; run `npm run build:cli` first\n");
    process.exit(1);
  }
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    // First run: compiled from source, cache written below.
  }
  const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData });
  const bundled = new Module(bundle, module);
  bundled.filename = bundle;
  bundled.paths = Module._nodeModulePaths(path.dirname(bundle));
  const run = script.runInThisContext();
  run.call(bundled.exports, bundled.exports, Module.createRequire(bundle), bundled, bundle, path.dirname(bundle));

  // After the run, so the cache also holds the functions this run compiled. Written atomically;
  // a read-only install just runs without it.
  if (cachedData === undefined || script.cachedDataRejected) {
    process.on("exit", () => {
      try {
        const tmp = `${cacheFile}.${process.pid}`;
        fs.writeFileSync(tmp, script.createCachedData());
        fs.renameSync(tmp, cacheFile);
      } catch {
        // No cache: the next run compiles again.
      }
    });
  }
});
