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

describe("projects' and beneficiaries' charts drawn in a worker thread", () => {
  it('gives the pages the very charts the page renderer would draw, in both languages', async () => {
    const d = data.siteData();
    const worker = resolve(import.meta.dirname, 'chart-worker.ts');
    const items = pool.aheadItems(d);
    const legal = d.beneficiaries.filter((b) => b.kind === 'legal');
    expect(legal.length).toBeGreaterThan(0);
    expect(items.length).toBe(d.projects.length + 2 * legal.length);
    // Nothing is asked for before the worker has finished: it draws every chart it was given.
    const drawn = await pool.startChartPool(items, worker);
    expect(drawn).toBe(2 * items.length);
    for (const lang of ['it', 'en'] as const) {
      const mark = d.meta.demonstration ? t(lang).demo.mark : null;
      const figures = [
        ...d.projects.map((p) => catalogue.projectFigure(p, lang)),
        ...legal.flatMap((b) => Object.values(catalogue.beneficiaryFigures(d, b.id, lang))),
      ];
      for (const f of figures) {
        const got = await pool.figureChart(f);
        expect(got).toEqual(pool.drawChart(f, mark));
        expect(got.svg).toContain(mark ?? '<svg');
      }
    }
    // Once per process.
    expect(pool.startChartPool(items, worker)).toBeNull();
  });
});
