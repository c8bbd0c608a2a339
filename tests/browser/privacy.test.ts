// No natural person's name or tax code reaches anything published: every file of the built site
// (pages, downloads, chart files, feeds, the search index, compressed or zipped) and the
// importer's output. The names and codes are those of the bundled input's natural persons: the
// rows whose beneficiary has a 16-character personal codice fiscale.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import Papa from 'papaparse';
import readExcelFile from 'read-excel-file/node';
import { expect, inject, it } from 'vitest';
import { ROOT } from './site.ts';

function* files(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* files(path);
    else yield path;
  }
}

/** A file's text as a reader of it would get it: gzip (the search index) unpacked, workbooks read cell by cell. */
async function textOf(path: string): Promise<string> {
  const bytes = readFileSync(path);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return gunzipSync(bytes).toString('utf8');
  if (path.endsWith('.xlsx')) return JSON.stringify(await readExcelFile(bytes));
  return bytes.toString('utf8');
}

it('publishes no natural person’s name or tax code, in any file of the site or the imported data', async () => {
  const { dist } = inject('site');
  const csv = Papa.parse<Record<string, string>>(readFileSync(join(ROOT, 'data/input/progetti.csv'), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  const persons = csv.data.filter((r) => /^[A-Z0-9]{16}$/.test(r['codice_fiscale_beneficiario'] ?? ''));
  expect(persons.length).toBeGreaterThan(0);
  const secrets = [...new Set(persons.flatMap((r) => [r['beneficiario']!, r['codice_fiscale_beneficiario']!]))];

  const published = [...files(dist), ...files(join(dist, '..', 'data'))];
  expect(published.some((f) => f.endsWith('.xlsx'))).toBe(true);
  expect(published.some((f) => f.includes('pagefind') && f.includes('fragment'))).toBe(true);
  // the charts' standalone SVG downloads are read too (their PNGs are drawn from them)
  expect(published.some((f) => f.endsWith('.svg') && f.includes('grafici'))).toBe(true);
  const leaks: string[] = [];
  for (const path of published) {
    const text = await textOf(path);
    for (const s of secrets) if (text.includes(s)) leaks.push(`${path.slice(dist.length - 4)}: ${s.slice(0, 3)}…`);
  }
  expect(leaks).toEqual([]);
  // Their projects are published, under the label that stands for them.
  for (const r of persons) {
    const id = r['codice']!.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    expect(readFileSync(join(dist, 'progetti', id, 'index.html'), 'utf8')).toContain('Persona fisica');
    expect(readFileSync(join(dist, 'en', 'projects', id, 'index.html'), 'utf8')).toContain('Natural person');
  }
});
