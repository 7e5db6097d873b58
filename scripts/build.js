// Compiled commands that are never stale: ensureBuilt(entry) bundles main.ts or scripts/<name>.ts
// into dist/ with esbuild when any source the bundle was built from has changed (a content hash of
// every input esbuild reported, kept beside the bundle), and returns the bundle's path.
//   node scripts/build.js [entry...]   builds (if stale) the entries given, else main.ts
"use strict";
const { createHash } = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, "dist");

/** main.ts is the synth command (bin/cluster-sg-synth.js); scripts keep their names under dist/. */
function bundlePath(entry) {
  return entry === "main.ts" ? path.join(DIST, "cluster-sg-synth.js") : path.join(DIST, entry.replace(/\.ts$/, ".js"));
}

function hashOf(files) {
  const hash = createHash("sha256");
  for (const file of files) {
    hash.update(`${file}\0`);
    try {
      hash.update(fs.readFileSync(path.join(ROOT, file)));
    } catch {
      hash.update("(missing)");
    }
    hash.update("\0");
  }
  return hash.digest("hex");
}

/** Size and modification time of each input, as the stamp records them. */
function statsOf(files) {
  return files.map((file) => {
    try {
      const st = fs.statSync(path.join(ROOT, file));
      return `${st.size}:${st.mtimeMs}`;
    } catch {
      return "(missing)";
    }
  });
}

/**
 * Every run asks this, so the cheap question comes first: when no input's size or modification
 * time moved since the build, nothing changed; otherwise the content hash decides (a checkout that
 * rewrote files with the same bytes is still fresh).
 */
function isFresh(bundle) {
  try {
    const stamp = JSON.parse(fs.readFileSync(`${bundle}.stamp.json`, "utf8"));
    if (!fs.existsSync(bundle)) return false;
    if (Array.isArray(stamp.stats) && statsOf(stamp.inputs).every((s, i) => s === stamp.stats[i])) return true;
    return stamp.hash === hashOf(stamp.inputs);
  } catch {
    return false;
  }
}

/** `__dirname` in a source file means that file's folder, also once bundled elsewhere. */
function dirnamePlugin(outdir) {
  return {
    name: "source-dirname",
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
        const text = fs.readFileSync(args.path, "utf8");
        if (!/\b__dirname\b/.test(text)) return { contents: text, loader: "ts" };
        const rel = path.relative(outdir, path.dirname(args.path)).split(path.sep).join("/");
        return { contents: text.replace(/\b__dirname\b/g, `require("node:path").join(__dirname, ${JSON.stringify(rel)})`), loader: "ts" };
      });
    },
  };
}

async function build(entry, bundle) {
  const esbuild = require("esbuild");
  const packages = entry === "main.ts" ? { external: ["cdktf", "constructs", "@cdktf/*"] } : { packages: "external" };
  return esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    outfile: bundle,
    write: false,
    metafile: true,
    logLevel: "silent",
    plugins: [dirnamePlugin(path.dirname(bundle))],
    ...packages,
  });
}

/** Writes a file whole or not at all (concurrent builds write the same bytes; the last rename wins). */
function writeAtomically(file, data) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
}

function save(bundle, result) {
  const inputs = [...Object.keys(result.metafile.inputs), "scripts/build.js", "package-lock.json"].sort();
  writeAtomically(bundle, result.outputFiles[0].contents);
  // A new bundle invalidates the V8 code caches made from the old one.
  for (const f of fs.readdirSync(path.dirname(bundle))) {
    if (f.startsWith(`${path.basename(bundle)}.`) && f.endsWith(".v8-cache")) fs.rmSync(path.join(path.dirname(bundle), f), { force: true });
  }
  writeAtomically(`${bundle}.stamp.json`, `${JSON.stringify({ hash: hashOf(inputs), inputs, stats: statsOf(inputs) }, null, 2)}\n`);
}

function failBuild(entry, e) {
  const first = e && Array.isArray(e.errors) && e.errors[0];
  const where = first && first.location ? `${first.location.file}:${first.location.line}: ` : "";
  process.stderr.write(`error: ${entry}: cannot compile (${where}${first ? first.text : String(e && e.message)}); fix the source and run again\n`);
  process.exit(1);
}

/** The bundle for `entry` (relative to the project root), rebuilt first when stale (async: esbuild runs plugins only so). */
async function ensureBuilt(entry) {
  const bundle = bundlePath(entry);
  if (isFresh(bundle)) return bundle;
  let result;
  try {
    result = await build(entry, bundle);
  } catch (e) {
    failBuild(entry, e);
  }
  save(bundle, result);
  return bundle;
}

module.exports = { ensureBuilt, bundlePath, isFresh };

if (require.main === module) {
  const entries = process.argv.slice(2);
  (async () => {
    for (const entry of entries.length > 0 ? entries : ["main.ts"]) await ensureBuilt(entry);
  })();
}
