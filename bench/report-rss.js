/**
 * Preload for the benchmark's child processes: `node -r ./bench/report-rss.js SCRIPT …`
 * writes the process's peak resident set size in kilobytes (`process.resourceUsage().maxRSS`)
 * to the file named by TONGHOP_BENCH_RSS_FILE when the process exits. Nothing else changes:
 * the measured program runs as it would without it.
 */
const fs = require("node:fs");

const target = process.env.TONGHOP_BENCH_RSS_FILE;
if (target) {
  process.on("exit", () => {
    try {
      fs.writeFileSync(target, String(process.resourceUsage().maxRSS));
    } catch {
      // The parent reports a missing number; the measured program's exit code stays its own.
    }
  });
}
