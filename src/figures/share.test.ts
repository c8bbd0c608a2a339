import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { CC_BY_4_0, type Publication } from '../lib/downloads/metadata.ts';
import type { Meta } from '../lib/schema/index.ts';
import { loadSiteData } from '../data.ts';
import { spendingTimeline } from '../lib/model/timeline.ts';
import { allFigures } from './catalogue.ts';
import { figureCsv } from './files.ts';
import {
  absoluteUrl,
  chartMetadataPath,
  datasetsCitation,
  embedHeight,
  embedPath,
  embedSnippet,
  figureCitation,
  figureMetadata,
  figureMetadataJson,
  figurePagePath,
  type SharedFigure,
} from './share.ts';

const PUBLISHER = 'Sito di trasparenza (progetto open data)';

function meta(over: Partial<Meta> = {}): Meta {
  return {
    referenceDate: '2026-10-31',
    demonstration: true,
    demonstrationNote: 'Dati inventati.',
    sources: [
      {
        name: 'Fonte di prova',
        url: 'https://example.org/',
        licence: 'CC BY 4.0',
        licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
      },
    ],
    files: [],
    counts: { allocations: 0, projects: 0, beneficiaries: 0, naturalPersons: 0, indicators: 0 },
    ...over,
  };
}
function pub(over: Partial<Meta> = {}, siteUrl = 'https://example.test/'): Publication {
  return { meta: meta(over), publisher: PUBLISHER, licence: CC_BY_4_0, siteUrl };
}
function fig(lang: 'it' | 'en', over: Partial<SharedFigure> = {}): SharedFigure {
  return {
    id: 'city-napoli-funnel',
    lang,
    page: { name: 'city', slug: 'napoli' },
    title: lang === 'it' ? 'Dalla dotazione ai pagamenti – Napoli' : 'From allocation to payments – Napoli',
    summary: 'Dotazione 78,27 M€; impegni 45,00 M€.',
    table: {
      head: ['Nome', 'Importo', 'Quota'],
      numeric: [false, true, true],
      units: [null, 'euro', '%'],
      descriptions: ['Passaggio.', 'Importo.', 'Quota.'],
      rows: [
        [
          { text: 'Dotazione', raw: 'Dotazione' },
          { text: '1 €', raw: '1.00' },
          { text: '100%', raw: '100.00' },
        ],
      ],
    },
    ...over,
  };
}

describe('paths', () => {
  it('puts the metadata beside the CSV and the embed page under /embed/', () => {
    expect(chartMetadataPath('it', 'by-action')).toBe('/dati/grafici/by-action.metadata.json');
    expect(chartMetadataPath('en', 'by-action')).toBe('/en/data/charts/by-action.metadata.json');
    expect(embedPath('it', 'action-4.4.8.1-funnel')).toBe('/embed/action-4.4.8.1-funnel/');
    expect(embedPath('en', 'action-4.4.8.1-funnel')).toBe('/en/embed/action-4.4.8.1-funnel/');
    expect(figurePagePath(fig('it'))).toBe('/citta/napoli/#city-napoli-funnel');
    expect(figurePagePath(fig('en'))).toBe('/en/cities/napoli/#city-napoli-funnel');
  });
  it('makes absolute URLs under a base path', () => {
    expect(absoluteUrl('https://example.test/', '/citta/napoli/')).toBe('https://example.test/citta/napoli/');
    expect(absoluteUrl('https://example.test/pn/', '/citta/napoli/#x')).toBe('https://example.test/pn/citta/napoli/#x');
  });
});

describe('figureCitation', () => {
  it('cites publisher, year of the reference date, title, demonstration, URL, reference date and an access date to fill in', () => {
    expect(figureCitation(fig('it'), pub())).toBe(
      `${PUBLISHER} (2026). Dalla dotazione ai pagamenti – Napoli. Dati dimostrativi. https://example.test/citta/napoli/#city-napoli-funnel ` +
        '(data di riferimento: 31 ottobre 2026; consultato il: [data di accesso]).',
    );
    expect(figureCitation(fig('en'), pub())).toBe(
      `${PUBLISHER} (2026). From allocation to payments – Napoli. Demonstration data. https://example.test/en/cities/napoli/#city-napoli-funnel ` +
        '(reference date: 31 October 2026; accessed: [access date]).',
    );
  });
  it('says nothing of demonstration for real data, and never invents a date', () => {
    const real = figureCitation(fig('it'), pub({ demonstration: false, demonstrationNote: null }));
    expect(real).not.toMatch(/dimostrativ/i);
    expect(figureCitation(fig('it'), pub({ referenceDate: null }))).toContain('(s.d.)');
    expect(figureCitation(fig('it'), pub({ referenceDate: null }))).toContain('data di riferimento: non disponibile;');
    expect(figureCitation(fig('en'), pub({ referenceDate: null }))).toContain('(n.d.)');
    // The only dates in a citation are the reference date's.
    const dates = real.match(/\b\d{4}\b/g);
    expect(new Set(dates)).toEqual(new Set(['2026']));
  });
  it('names the kept release the data is and points at its frozen copy', () => {
    const kept: Publication = {
      ...pub(),
      siteUrl: 'https://example.test/pn/',
      release: { date: '2026-10-31', folder: '/dati/rilasci/2026-10-31/' },
    };
    expect(figureCitation(fig('it'), kept)).toMatch(
      /\(data di riferimento: 31 ottobre 2026; consultato il: \[data di accesso\]\)\. Versione dei dati del 31 ottobre 2026, copia fissa: https:\/\/example\.test\/pn\/dati\/rilasci\/2026-10-31\/datapackage\.json\.$/,
    );
    expect(figureCitation(fig('en'), kept)).toContain(
      'Data release of 31 October 2026, fixed copy: https://example.test/pn/dati/rilasci/2026-10-31/datapackage.json.',
    );
    expect(figureMetadata(fig('en'), kept, 200).release).toEqual({
      date: '2026-10-31',
      url: 'https://example.test/pn/dati/rilasci/2026-10-31/datapackage.json',
    });
    expect(datasetsCitation(kept, 'it', 'Dati')).toBe(
      `${PUBLISHER} (2026). Dati. Dati dimostrativi. https://example.test/pn/dati/ (data di riferimento: 31 ottobre 2026; consultato il: [data di accesso]). ` +
        'Versione dei dati del 31 ottobre 2026, copia fissa: https://example.test/pn/dati/rilasci/2026-10-31/datapackage.json.',
    );
    // data that is not a kept release names none
    expect(figureCitation(fig('it'), pub())).not.toContain('copia fissa');
    expect(figureMetadata(fig('it'), pub(), 200).release).toBeNull();
  });
  it('does not double a full stop', () => {
    expect(figureCitation(fig('it', { title: 'Titolo.' }), pub())).toContain(' Titolo. Dati dimostrativi.');
  });
  it('follows the base path', () => {
    expect(figureCitation(fig('it'), pub({}, 'https://example.test/pn/'))).toContain(
      ' https://example.test/pn/citta/napoli/#city-napoli-funnel ',
    );
  });
});

describe('embedSnippet', () => {
  it('is an iframe of the absolute embed URL with the chart title', () => {
    expect(embedSnippet(fig('en'), 'https://example.test/pn/', 450)).toBe(
      '<iframe src="https://example.test/pn/en/embed/city-napoli-funnel/" title="From allocation to payments – Napoli" width="100%" height="450" loading="lazy"></iframe>',
    );
  });
  it('escapes the title in its attribute', () => {
    const html = embedSnippet(fig('it', { title: 'A "quoted" <b>& title' }), 'https://example.test/', 400);
    expect(html).toContain('title="A &quot;quoted&quot; &lt;b&gt;&amp; title"');
    expect(html.match(/"/g)).toHaveLength(10);
  });
  it('leaves room for the chart and its frame, in tens of pixels', () => {
    expect(embedHeight(252) % 10).toBe(0);
    expect(embedHeight(252)).toBeGreaterThan(252 + 150);
    expect(embedHeight(734)).toBeGreaterThan(embedHeight(252));
  });
  it('leaves a small chart or a long title the room they take in a 320 px column', () => {
    // A one-row chart (136 units high) with a one-line title: about 250 + 96 + 22 px at 320 px.
    expect(embedHeight(136, 'Comune di Venezia – by city')).toBeGreaterThanOrEqual(368);
    // Each further line of title adds its height, where the chart is too small to leave that room.
    const long = 'Cooperativa sociale Dimostrativa Il Seme (fittizia) – by city';
    expect(embedHeight(136, long) - embedHeight(136, 'Short')).toBeGreaterThanOrEqual(40);
    // A tall chart scales down enough at 320 px to leave room for a title of two lines.
    expect(embedHeight(734, 'Avanzamento finanziario – NA4.4.12.1-0003')).toBe(embedHeight(734));
  });
});

describe('figureMetadata', () => {
  it('describes the chart: URLs, columns, licence, sources, dates, demonstration, citation', () => {
    const m = figureMetadata(fig('it', { note: 'Nota.' }), pub(), 252);
    expect(m).toMatchObject({
      id: 'city-napoli-funnel',
      lang: 'it',
      title: 'Dalla dotazione ai pagamenti – Napoli',
      description: 'Dotazione 78,27 M€; impegni 45,00 M€. Nota.',
      url: 'https://example.test/citta/napoli/#city-napoli-funnel',
      csv: 'https://example.test/dati/grafici/city-napoli-funnel.csv',
      metadata: 'https://example.test/dati/grafici/city-napoli-funnel.metadata.json',
      embed: { url: 'https://example.test/embed/city-napoli-funnel/' },
      rows: 1,
      publisher: PUBLISHER,
      licence: { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
      sources: [{ name: 'Fonte di prova' }],
      referenceDate: '2026-10-31',
      demonstration: true,
    });
    expect(m.columns).toEqual([
      { name: 'Nome', title: 'Nome', description: 'Passaggio.', type: 'string', unit: null },
      { name: 'Importo (euro)', title: 'Importo', description: 'Importo.', type: 'number', unit: 'euro' },
      { name: 'Quota (%)', title: 'Quota', description: 'Quota.', type: 'number', unit: '%' },
      {
        name: 'Dati dimostrativi',
        title: 'Dati dimostrativi',
        description: expect.stringMatching(/^true: .*dimostrativi/),
        type: 'boolean',
        unit: null,
      },
    ]);
    expect(m.demonstrationNote).toContain('Dati inventati.');
    expect(m.embed.html).toBe(embedSnippet(fig('it'), 'https://example.test/', embedHeight(252, fig('it').title)));
    expect(m.citation).toBe(figureCitation(fig('it'), pub()));
  });
  it('has no demonstration note for real data', () => {
    const m = figureMetadata(fig('en'), pub({ demonstration: false, demonstrationNote: null }), 252);
    expect(m.demonstration).toBe(false);
    expect(m.demonstrationNote).toBeNull();
    expect(m.columns.map((c) => c.name)).toEqual(['Nome', 'Importo (euro)', 'Quota (%)']);
  });
  it('is stable JSON with a final newline', () => {
    const a = figureMetadataJson(fig('it'), pub(), 252);
    expect(a).toBe(figureMetadataJson(fig('it'), pub(), 252));
    expect(a.endsWith('}\n')).toBe(true);
    expect(JSON.parse(a).id).toBe('city-napoli-funnel');
  });
});

describe('every figure of the site', () => {
  const d = loadSiteData(resolve(import.meta.dirname, '../../tests/fixtures/site-small'));
  // The fixture's data as the one release of a timeline, so the spending-over-time figures are listed too.
  const tl = spendingTimeline(
    [{ date: d.meta.referenceDate ?? '2026-01-01', projects: d.projects }],
    d.cities.map((c) => c.istat),
    d.actions.map((a) => a.code),
  );
  it('has a page, a description for every column, and metadata columns named as in its CSV', () => {
    for (const lang of ['it', 'en'] as const) {
      for (const f of allFigures(d, lang, tl)) {
        const { head, units, numeric, descriptions } = f.table;
        expect(units.length, f.id).toBe(head.length);
        expect(numeric.length, f.id).toBe(head.length);
        expect(descriptions.length, f.id).toBe(head.length);
        for (const desc of descriptions) expect(desc.length, f.id).toBeGreaterThan(5);
        const m = figureMetadata(f, pub(), 252);
        const header = figureCsv(f, pub().meta.demonstration).split('\r\n')[0];
        expect(m.columns.map((c) => c.name).join(','), f.id).toBe(header);
        expect(m.url, f.id).toMatch(new RegExp(`^https://example\\.test/(en/)?[^#]*#${f.id.replace(/\./g, '\\.')}$`));
      }
    }
  });
});
