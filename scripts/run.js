#!/usr/bin/env node
// `npm run <script>`: node scripts/run.js scripts/<name>.ts [args...] runs the compiled script,
// rebuilt first when its sources changed (see build.js). No ts-node at run time.
"use strict";
const { ensureBuilt } = require("./build");

const [entry, ...args] = process.argv.slice(2);
ensureBuilt(entry).then((bundle) => {
  process.argv = [process.argv[0], bundle, ...args];
  require(bundle);
});
