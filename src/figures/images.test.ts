import { describe, expect, it } from 'vitest';
import { xmlError } from '../../tests/lib/xml.ts';
import { renderChart } from '../lib/charts/render.ts';
import { barsSpec } from '../lib/charts/bars.ts';
import { SHARE_HEIGHT, SHARE_WIDTH, shareCardSvg, standaloneSvg, svgSize, wrapText } from './images.ts';

const chart = (mark: string | null) =>
  renderChart(
    barsSpec([{ key: 'a', label: 'Napoli <&>', value: 3, valueLabel: '3 M€', style: 'committed' }], {
      title: 'T <b>',
      description: 'D',
      xLabel: 'M€',
      tickFormat: String,
    }),
    { demonstration: mark },
    'u',
  );

describe('wrapText', () => {
  it('cuts between words, within the width, and ends the last line kept with an ellipsis', () => {
    const text = 'Costo dei progetti che nominano il gruppo, per città – Persone con background migratorio';
    const lines = wrapText(text, 200, 16);
    expect(lines.join(' ')).toBe(text);
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(Math.floor(200 / (16 * 0.53)));
    const two = wrapText(text, 200, 16, 2);
    expect(two).toHaveLength(2);
    expect(two[1]).toMatch(/…$/);
    expect(wrapText('Napoli', 200, 16, 2)).toEqual(['Napoli']);
  });
});

describe('standaloneSvg', () => {
  it('is well-formed XML, keeps the chart (and its demonstration mark), adds title, notes, fonts and tabular figures', () => {
    const c = chart('Dati dimostrativi – non sono dati reali');
    const svg = standaloneSvg(c, { title: 'Titolo <&>', notes: ['Fonte: x', 'Dati dimostrativi: importi inventati'] });
    expect(xmlError(svg)).toBeNull();
    expect(svg).toContain('Dati dimostrativi – non sono dati reali');
    expect(svg).toContain('Titolo &lt;&amp;&gt;');
    expect(svg).toContain('Napoli &lt;&amp;&gt;');
    expect(svg).toMatch(/font-family="[^"]*Titillium Web[^"]*sans-serif"/);
    expect(svg).toContain('font-variant-numeric:tabular-nums');
    const outer = svgSize(svg);
    expect(outer.width).toBe(svgSize(c).width);
    expect(outer.height).toBeGreaterThan(svgSize(c).height + 40);
    expect(xmlError('<svg><g></svg>')).not.toBeNull();
  });
});

describe('shareCardSvg', () => {
  it('is 1200 × 630, well-formed, with the title, the mark while there is one, and the chart fitted inside', () => {
    const card = shareCardSvg({
      title: 'Napoli',
      kicker: 'Sito',
      chart: chart(null),
      mark: 'Dati dimostrativi',
      footer: ['example.test', '31 ottobre 2026'],
    });
    expect(xmlError(card)).toBeNull();
    expect(svgSize(card)).toEqual({ width: SHARE_WIDTH, height: SHARE_HEIGHT });
    expect(card).toContain('>Dati dimostrativi</text>');
    expect(card).toContain('>Napoli</text>');
    expect(card).toMatch(/<svg x="48" y="\d+" preserveAspectRatio="xMidYMid meet"[^>]* width="1104"/);
    const real = shareCardSvg({
      title: 'Napoli',
      kicker: 'Sito',
      chart: null,
      text: 'Dove vanno i fondi',
      mark: null,
      footer: ['a', 'b'],
    });
    expect(xmlError(real)).toBeNull();
    expect(real).not.toContain('Dati dimostrativi');
    expect(real).toContain('>Dove vanno i fondi</text>');
  });
});
