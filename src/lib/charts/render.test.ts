import { describe, expect, it } from 'vitest';
import { chartHeight, renderChart, roundGeometry } from './render.ts';
import { barsSpec } from './bars.ts';

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
    expect(roundGeometry('<path d="M1.23456,2.5L3.14159,0"/><text x="1.26">12.345</text>')).toBe('<path d="M1.2,2.5L3.1,0"/><text x="1.3">12.345</text>');
  });
});
