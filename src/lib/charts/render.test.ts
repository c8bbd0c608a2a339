import { describe, expect, it } from 'vitest';
import { chartHeight, renderChart, roundGeometry } from './render.ts';
import { barsSpec } from './bars.ts';
import { bulletSpec } from './bullet.ts';

const hostile = 'Progetto <script>alert(1)</script> </svg> & «più»';
const spec = barsSpec(
  [
    { key: 'a', label: hostile, value: 10, valueLabel: '10 <b>' },
    { key: 'b', label: 'Napoli', value: 30.123456, valueLabel: '30', highlight: true },
  ],
  { title: `Titolo ${hostile}`, description: `Descrizione ${hostile}`, xLabel: 'M€', tickFormat: String },
);

describe('renderChart', () => {
  const svg = renderChart(spec, { demonstration: 'Dati dimostrativi' }, 't1');
  it('escapes every data-derived text', () => {
    expect(svg).not.toContain('<script');
    expect(svg.match(/<\/svg>/g)?.length).toBe(1);
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('10 &lt;b&gt;');
  });
  it('has an accessible name and description', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-label="Titolo Progetto &lt;script&gt;/);
    expect(svg).toContain('<title>Titolo');
    expect(svg).toContain('<desc>Descrizione');
  });
  it('draws the demonstration mark inside the SVG', () => {
    expect(svg).toContain('class="demo-mark"');
    expect(svg).toContain('>Dati dimostrativi</text>');
    expect(renderChart(spec, { demonstration: null }, 't1')).not.toContain('demo-mark');
  });
  it('knows the height of the SVG it makes without drawing it', () => {
    for (const demonstration of ['Dati dimostrativi', null]) {
      for (const sp of [spec, { ...spec, legend: [{ label: 'Dotazione', swatch: 'allocated' as const }] }]) {
        const h = Number(/viewBox="0 0 \d+ (\d+)"/.exec(renderChart(sp, { demonstration }, 't1'))![1]);
        expect(chartHeight(sp, { demonstration })).toBe(h);
      }
    }
  });
  it('is deterministic and uses unique pattern ids', () => {
    expect(renderChart(spec, { demonstration: 'x' }, 't1')).toBe(renderChart(spec, { demonstration: 'x' }, 't1'));
    expect(svg).toContain('id="hatch-t1"');
    expect(svg).toContain('url(#hatch-t1)');
    expect(svg).not.toMatch(/url\(#hatch\)/);
  });
  it('has only attributes SVG allows: no font-variant (the stylesheets set tabular figures)', () => {
    expect(svg).toContain('<g '); // Plot's axes are there
    expect(svg).not.toContain('font-variant');
  });
  it('rounds geometry but not text', () => {
    expect(roundGeometry('<path d="M1.23456,2.5L3.14159,0"/><text x="1.26">12.345</text>')).toBe(
      '<path d="M1.2,2.5L3.1,0"/><text x="1.3">12.345</text>',
    );
  });
  it('makes a mark with an href a link with its title, one per row, under the base path', () => {
    const linked = barsSpec(
      [
        {
          key: 'a',
          label: 'Bari',
          value: 10,
          valueLabel: '10',
          href: '/progetti/?citta=bari&az=4.4.8.1',
          title: 'Bari: 10 M€ <&>',
        },
        { key: 'b', label: 'Napoli', value: 30, valueLabel: '30' },
      ],
      { title: 'T', description: 'D', xLabel: 'M€', tickFormat: String },
    );
    const out = renderChart(linked, { demonstration: null, base: '/sub' }, 't2');
    expect(out.match(/<a /g)?.length).toBe(1);
    expect(out).toContain('<a href="/sub/progetti/?citta=bari&amp;az=4.4.8.1"');
    expect(out).toMatch(/<a [^>]*><rect [^>]*><title>Bari: 10 M€ &lt;&amp;&gt;<\/title><\/rect><\/a>/);
    // a group of links, not an image (whose children would be hidden from assistive technology)
    expect(out).toMatch(/^<svg [^>]*role="group"/);
    expect(renderChart(linked, { demonstration: null }, 't2')).toContain('<a href="/progetti/?citta=bari');
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
  });
  it('links the rows of a bullet chart too', () => {
    const rows = ['a', 'b', 'c'].map((key) => ({
      key,
      label: key,
      base: 3,
      committed: 2,
      paid: 1,
      valueLabel: '',
      href: `/citta/${key}/`,
      title: key,
    }));
    const out = renderChart(
      bulletSpec(rows, { title: 'T', description: 'D', xLabel: '', tickFormat: String, legend: [] }),
      { demonstration: null },
      't3',
    );
    expect(out.match(/<a href="\/citta\/[abc]\/"/g)).toEqual([
      '<a href="/citta/a/"',
      '<a href="/citta/b/"',
      '<a href="/citta/c/"',
    ]);
  });
});
