// npm run demo-data: writes the seeded demonstration dataset (see src/lib/demo/). Flags: --help.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HELP, USAGE, defaultOutput, parseDemoArgs } from '../src/lib/demo/args.ts';
import { generateDemo } from '../src/lib/demo/generate.ts';

const args = parseDemoArgs(process.argv.slice(2));
if (args.kind === 'help') {
  process.stdout.write(HELP);
  process.exit(0);
}
if (args.kind === 'error') {
  process.stderr.write(`demo-data: ${args.message}\n${USAGE}\n`);
  process.exit(2);
}

const dataset = generateDemo(args.options);
const output = args.output ?? defaultOutput(args.options.release, dataset.releaseDate);
mkdirSync(output, { recursive: true });
// Each file is written beside its final name and renamed into place, so an interrupted run never
// leaves a half-written CSV; the manifest comes last, after the files it vouches for.
for (const [name, content] of Object.entries(dataset.files)) {
  const target = join(output, name);
  const temporary = `${target}.tmp-${process.pid}`;
  writeFileSync(temporary, content, 'utf8');
  renameSync(temporary, target);
}
process.stderr.write(
  `demo-data: wrote ${Object.keys(dataset.files).join(', ')} to ${output} ` +
    `(seed ${args.options.seed}, ${dataset.snapshots.length} projects, as of ${dataset.releaseDate})\n`,
);
