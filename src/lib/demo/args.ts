// The flags of `npm run demo-data`, read without touching the process, so tests can drive them.
import { parseArgs } from 'node:util';
import { dayOf } from './dates.ts';
import { DEFAULT_PROJECTS, DEFAULT_REFERENCE_DATE, DEFAULT_SEED, type DemoOptions, type Release } from './generate.ts';

export const USAGE =
  'usage: npm run demo-data -- [--seed N] [--projects N] [--reference-date YYYY-MM-DD] [--release current|previous|N] [--output DIR] [--help]';

export const HELP = `${USAGE}

Writes the seeded demonstration dataset: dotazioni.csv, progetti.csv and demonstration.json.
The same flags always give byte-identical files.

  --seed N                   seed of the generator (default ${DEFAULT_SEED})
  --projects N               number of projects in the current release (default ${DEFAULT_PROJECTS})
  --reference-date DATE      date the current release describes (default ${DEFAULT_REFERENCE_DATE})
  --release current|previous|N
                             previous: the same dataset as it stood 4 months earlier; N: as it
                             stood N months earlier (default current)
  --output DIR               folder to write (default data/input, or data/releases/<date>/input
                             for --release previous)
  --help                     print this help
`;

export type DemoArgs =
  { kind: 'help' } | { kind: 'error'; message: string } | { kind: 'run'; options: DemoOptions; output: string | null };

/** Reference dates outside this range leave too few or no projects approved by the release date. */
const EARLIEST_REFERENCE = '2024-01-01';
const LATEST_REFERENCE = '2030-12-31';

export function parseDemoArgs(argv: readonly string[]): DemoArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        seed: { type: 'string' },
        projects: { type: 'string' },
        output: { type: 'string' },
        'reference-date': { type: 'string' },
        release: { type: 'string' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  if (values.help) return { kind: 'help' };

  const seedText = values.seed ?? String(DEFAULT_SEED);
  const seed = Number(seedText);
  if (!/^-?\d+$/.test(seedText) || !Number.isSafeInteger(seed))
    return { kind: 'error', message: `--seed must be a whole number, got '${seedText}'` };

  const projectsText = values.projects ?? String(DEFAULT_PROJECTS);
  const projects = Number(projectsText);
  if (!/^\d+$/.test(projectsText) || projects < 1 || projects > 1_000_000) {
    return { kind: 'error', message: `--projects must be a whole number from 1 to 1000000, got '${projectsText}'` };
  }

  const referenceDate = values['reference-date'] ?? DEFAULT_REFERENCE_DATE;
  try {
    dayOf(referenceDate);
  } catch {
    return { kind: 'error', message: `--reference-date must be a date as YYYY-MM-DD, got '${referenceDate}'` };
  }
  if (referenceDate < EARLIEST_REFERENCE || referenceDate > LATEST_REFERENCE) {
    return {
      kind: 'error',
      message: `--reference-date must be between ${EARLIEST_REFERENCE} and ${LATEST_REFERENCE}, got '${referenceDate}'`,
    };
  }

  const releaseText = values.release ?? 'current';
  let release: Release;
  if (releaseText === 'current' || releaseText === 'previous') release = releaseText;
  else if (/^\d{1,3}$/.test(releaseText) && Number(releaseText) > 0) release = { monthsBefore: Number(releaseText) };
  else
    return {
      kind: 'error',
      message: `--release must be 'current', 'previous' or a number of months before the reference date, got '${releaseText}'`,
    };
  if (values.output === '') return { kind: 'error', message: '--output must name a folder' };

  return { kind: 'run', options: { seed, projects, referenceDate, release }, output: values.output ?? null };
}

/** Where a release goes when --output is not given (data/input/, data/releases/<date>/: README, "Layout"). */
export function defaultOutput(release: Release, releaseDate: string): string {
  return release === 'current' ? 'data/input' : `data/releases/${releaseDate}/input`;
}
