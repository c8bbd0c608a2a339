import { beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { t } from '../lib/i18n/index.ts';

let pool: typeof import('./chart-pool.ts');
let catalogue: typeof import('./catalogue.ts');
let data: typeof import('../data.ts');
beforeAll(async () => {
  process.env.DATA_DIR = resolve(import.meta.dirname, '../../tests/fixtures/site-small');
  [pool, catalogue, data] = await Promise.all([
    import('./chart-pool.ts'),
    import('./catalogue.ts'),
    import('../data.ts'),
  ]);
});

describe('figureChart', () => {
  it('draws a chart once, with the demonstration mark while the data is demonstration data', async () => {
    const f = catalogue.homeFigures(data.siteData(), 'it').byAction;
    const mark = data.siteData().meta.demonstration ? t('it').demo.mark : null;
    const got = await pool.figureChart(f);
    expect(got).toEqual(pool.drawChart(f, mark));
    expect(got.svg).toContain(`viewBox="0 0 420 ${got.height}"`);
    expect(await pool.figureChart(f)).toEqual(got);
  });
});

describe("projects' charts drawn in a worker thread", () => {
  it('gives the pages the very charts the page renderer would draw, in both languages', async () => {
    const { projects, meta } = data.siteData();
    const worker = resolve(import.meta.dirname, 'chart-worker.ts');
    // Nothing is asked for before the worker has finished: it draws every project's chart.
    const drawn = await pool.startChartPool(projects, worker);
    expect(drawn).toBe(2 * projects.length);
    for (const lang of ['it', 'en'] as const) {
      for (const p of projects) {
        const f = catalogue.projectFigure(p, lang);
        const got = await pool.figureChart(f);
        const mark = meta.demonstration ? t(lang).demo.mark : null;
        expect(got).toEqual(pool.drawChart(f, mark));
        expect(got.svg).toContain(mark ?? '<svg');
      }
    }
    // Once per process.
    expect(pool.startChartPool(projects, worker)).toBeNull();
  });
});
