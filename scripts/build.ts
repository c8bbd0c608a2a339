// npm run build: `node scripts/build.ts data site site-index` runs those package.json scripts in order, each as the
// one Node command its script is, with its flags (scripts/lib/npm-scripts.ts), but without an npm process around each
// (0.3-0.7 s of a build: README, "Measured"), and `charts` after `site` when astro build does not write them alongside
// (scripts/lib/charts-alongside.ts). Stops at the first step that fails, with its exit code.
import { spawnSync } from 'node:child_process';
import { withCharts } from './lib/charts-alongside.ts';
import { nodeScriptArgs } from './lib/npm-scripts.ts';

const steps = process.argv.slice(2);
if (steps.length === 0) throw new Error('usage: node scripts/build.ts STEP...');
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const started = performance.now();
const run = (step: string) => {
  const stepStarted = performance.now();
  const r = spawnSync(process.execPath, nodeScriptArgs(step), { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
  process.stdout.write(`build: ${step} in ${seconds(stepStarted)}\n`);
};
// The charts' files, which astro build writes alongside the pages up to 20,000 projects, come after it above.
for (const step of steps) for (const s of withCharts(step)) run(s);
process.stdout.write(`build: ${steps.join(', ')} in ${seconds(started)}\n`);
