// Preload for the import benchmark: `node --import ./scripts/bench/rss.ts script.ts ...` writes
// the process's peak resident set size and the CPU time it used (all its threads) to the file named
// by BENCH_RSS_FILE when it exits (also after process.exit()). JSON: { "maxRssKB": <kilobytes>,
// "cpuMs": <user + system milliseconds> }, as process.resourceUsage() gives them.
import { writeFileSync } from 'node:fs';

const target = process.env['BENCH_RSS_FILE'];
if (target) {
  process.on('exit', () => {
    try {
      const use = process.resourceUsage();
      writeFileSync(
        target,
        JSON.stringify({ maxRssKB: use.maxRSS, cpuMs: (use.userCPUTime + use.systemCPUTime) / 1000 }) + '\n',
      );
    } catch {
      // nothing useful to do while exiting: the benchmark reports the figure as missing
    }
  });
}
