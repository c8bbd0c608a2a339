// npm run data -- --input DIR --output DIR [--report FILE] [--releases DIR]
// The importer's public command (README, "The importer"): reads every *.csv and *.xlsx in the
// input folder, writes the site's typed JSON and report.json into the output folder, all or
// nothing. Exit 0: no error; 1: errors (output folder untouched); 2: usage error.
// Each successful import is also kept as a release, <releases>/<reference date>/, for the
// "what changed" pages (by default data/releases when --output is the default too).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

// Node keeps the TypeScript it strips and the code it compiles in its cache (under the system's
// temporary folder): from the second run on the importer starts in half the CPU time. The modules
// are imported after it is on, or they would not be cached.
enableCompileCache();
const { DemoManifest, ImportConfig } = await import('../src/lib/schema/index.ts');
const { loadReference, ReferenceError } = await import('../src/lib/reference/load.ts');
const { parseJsonFile } = await import('../src/lib/json-file.ts');
const { issueLine } = await import('../src/lib/import/report.ts');
const { runImport } = await import('../src/lib/import/run.ts');
const { serializeDataset, serializeJson } = await import('../src/lib/import/serialize.ts');
const { fileChunks, writeFileAtomic, writeFolderAtomic } = await import('./lib/fs.ts');

const ROOT = resolve(import.meta.dirname, '..');
const USAGE = 'usage: npm run data -- [--input DIR] [--output DIR] [--report FILE] [--releases DIR]';
export const DEFAULTS = {
  input: join(ROOT, 'data/input'),
  output: join(ROOT, 'data/build'),
  releases: join(ROOT, 'data/releases'),
  reference: join(ROOT, 'data/reference'),
  config: join(ROOT, 'data/config/import.json'),
  manifest: 'demonstration.json',
};

function usage(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    options: {
      input: { type: 'string' },
      output: { type: 'string' },
      report: { type: 'string' },
      releases: { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
    allowPositionals: false,
  }).values;
} catch (e) {
  usage((e as Error).message);
}
if (args.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const input = resolve(args.input ?? DEFAULTS.input);
const output = resolve(args.output ?? DEFAULTS.output);
const releases =
  args.releases !== undefined ? resolve(args.releases) : args.output === undefined ? DEFAULTS.releases : null;
if (!existsSync(input) || !statSync(input).isDirectory()) usage(`the input folder ${input} does not exist`);

let reference;
try {
  reference = loadReference(DEFAULTS.reference);
} catch (e) {
  if (!(e instanceof ReferenceError)) throw e;
  process.stderr.write(`data/reference/${e.message}\n`);
  process.exit(1);
}
const config = parseJsonFile(DEFAULTS.config, ImportConfig);
const manifestPath = join(input, DEFAULTS.manifest);
const manifest = existsSync(manifestPath) ? parseJsonFile(manifestPath, DemoManifest) : null;

const names = readdirSync(input).filter(
  (n) => /\.(csv|xlsx)$/i.test(n) && !n.startsWith('~$') && statSync(join(input, n)).isFile(),
);
const { report, dataset } = await runImport({
  files: names.map((name) => ({ name, open: () => fileChunks(join(input, name)) })),
  reference,
  config,
  manifest,
  // PNMETRO_IMPORT_PREFILTER=off: every row parsed (the benchmark measures the pre-filter with it)
  prefilter: process.env['PNMETRO_IMPORT_PREFILTER'] !== 'off',
  onError: (issue) => process.stderr.write(issueLine(issue) + '\n'),
});

const reportJson = serializeJson(report);
if (args.report) writeFileAtomic(resolve(args.report), reportJson);
if (dataset === null) {
  process.stderr.write(`${report.errors.length + report.omitted.errors} error(s): nothing was written to ${output}\n`);
  process.exit(1);
}
const files = serializeDataset(dataset);
writeFolderAtomic(output, { ...files, 'report.json': reportJson });
const d = dataset.meta;
if (releases !== null && d.referenceDate !== null) {
  // The programme's structure is kept too, so a release's frozen downloads stay as they were.
  writeFolderAtomic(join(releases, d.referenceDate), files);
}
process.stdout.write(
  `imported ${d.counts.allocations} allocations, ${d.counts.projects} projects, ${d.counts.beneficiaries} beneficiaries and ` +
    `${d.counts.indicators} indicators from ${d.files.length} file(s) into ${output}` +
    `${report.warnings.length ? `, ${report.warnings.length + report.omitted.warnings} warning(s)` : ''}` +
    `${d.demonstration ? ' (DEMONSTRATION DATA)' : ''}\n`,
);
