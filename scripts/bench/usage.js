// Preloaded into a benchmarked command (node -r): writes the process's own resource usage to
// $BENCH_USAGE_FILE when it exits, so the benchmark reads peak RSS without external tools.
const { writeFileSync } = require("node:fs");

process.on("exit", () => {
  const file = process.env.BENCH_USAGE_FILE;
  if (file) writeFileSync(file, JSON.stringify(process.resourceUsage()));
});
