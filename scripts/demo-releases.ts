// npm run demo-releases -- [--count N]: the demonstration dataset's releases, for the "what
// changed" pages and the spending curves. Each is the seeded dataset as it stood one monitoring
// cycle (4 months: art. 49(3) of Reg. (EU) 2021/1060 asks for the list at least every four
// months) before the next, imported by the importer's own command into data/releases/<date>/;
// the current release is data/input's import. The same flags always give the same releases.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_PROJECTS, DEFAULT_REFERENCE_DATE, DEFAULT_SEED, generateDemo } from '../src/lib/demo/generate.ts';
import { PREVIOUS_RELEASE_MONTHS } from '../src/lib/demo/projects.ts';

const ROOT = resolve(import.meta.dirname, '..');
const RELEASES = join(ROOT, 'data/releases');
const { values } = parseArgs({ options: { count: { type: 'string', default: '7' } } });
const count = Number(values.count);
if (!Number.isInteger(count) || count < 0 || count > 20) {
  process.stderr.write('usage: npm run demo-releases -- [--count N]   (N earlier releases, 0 to 20; default 7)\n');
  process.exit(2);
}

const importInto = (input: string) => {
  const out = mkdtempSync(join(tmpdir(), 'demo-release-out-'));
  const r = spawnSync(
    process.execPath,
    [join(ROOT, 'scripts/data.ts'), '--input', input, '--output', out, '--releases', RELEASES],
    { encoding: 'utf8' },
  );
  rmSync(out, { recursive: true, force: true });
  if (r.status !== 0) throw new Error(`the import of ${input} failed:\n${r.stderr}`);
  process.stderr.write(r.stdout);
};

rmSync(RELEASES, { recursive: true, force: true });
for (let k = count; k >= 1; k--) {
  const demo = generateDemo({
    seed: DEFAULT_SEED,
    projects: DEFAULT_PROJECTS,
    referenceDate: DEFAULT_REFERENCE_DATE,
    release: { monthsBefore: k * PREVIOUS_RELEASE_MONTHS },
  });
  const input = mkdtempSync(join(tmpdir(), 'demo-release-'));
  for (const [name, content] of Object.entries(demo.files)) writeFileSync(join(input, name), content, 'utf8');
  importInto(input);
  rmSync(input, { recursive: true, force: true });
}
importInto(join(ROOT, 'data/input'));
