// Preload for the import benchmark: `node --import ./scripts/bench/rss.ts script.ts ...` writes
// the process's peak resident set size to the file named by BENCH_RSS_FILE when it exits
// (also after process.exit()). JSON: { "maxRssKB": <kilobytes, as process.resourceUsage()> }.
import { writeFileSync } from 'node:fs';

const target = process.env['BENCH_RSS_FILE'];
if (target) {
  process.on('exit', () => {
    try {
      writeFileSync(target, JSON.stringify({ maxRssKB: process.resourceUsage().maxRSS }) + '\n');
    } catch {
      // nothing useful to do while exiting: the benchmark reports the figure as missing
    }
  });
}
