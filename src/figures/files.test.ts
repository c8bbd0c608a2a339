import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { embedHeight } from './share.ts';

let files: typeof import('./files.ts');
let figures: typeof import('./index.ts');
let data: typeof import('../data.ts');
beforeAll(async () => {
  process.env.DATA_DIR = resolve(import.meta.dirname, '../../tests/fixtures/site-small');
  [files, figures, data] = await Promise.all([import('./files.ts'), import('./index.ts'), import('../data.ts')]);
});

describe('writeChartFiles', () => {
  it("writes every chart's CSV and metadata.json in each language, projects' included", () => {
    const site = mkdtempSync(join(tmpdir(), 'charts-'));
    const pub = { meta: data.siteData().meta, publisher: 'P', licence: { id: 'CC-BY-4.0', title: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' }, siteUrl: 'https://example.test/sub/' };
    const n = files.writeChartFiles(site, pub);
    const projects = data.siteData().projects;
    for (const [lang, dir] of [['it', 'dati/grafici'], ['en', 'en/data/charts']] as const) {
      const ids = [...figures.allFigures(lang).map((f) => f.id), ...projects.map((p) => figures.projectFigureId(p))];
      expect(readdirSync(join(site, dir)).sort()).toEqual(ids.flatMap((id) => [`${id}.csv`, `${id}.metadata.json`]).sort());
      const p = projects.at(-1)!;
      const f = figures.projectFigure(p, lang);
      const csv = readFileSync(join(site, dir, `${f.id}.csv`), 'utf8');
      expect(csv).toBe(figures.figureCsv(f, true));
      // the fixture is demonstration data: the CSV says so in its last column
      expect(csv.split('\r\n')[1]).toMatch(/,true$/);
      const meta = JSON.parse(readFileSync(join(site, dir, `${f.id}.metadata.json`), 'utf8')) as { csv: string; title: string; embed: { html: string } };
      expect(meta.csv).toBe(`https://example.test/sub/${dir}/${f.id}.csv`);
      expect(meta.title).toBe(f.title);
      expect(meta.embed.html).toContain(`height="${embedHeight(figures.figureChartHeight(f))}"`);
    }
    expect(n).toBe(2 * 2 * (figures.allFigures('it').length + projects.length));
  });
});
