import { describe, expect, it } from 'vitest';
import { linesSpec, type LineDatum } from './lines.ts';
import { renderChart } from './render.ts';

const dates = ['2025-06-30', '2025-10-31', '2026-02-28'];
const data: LineDatum[] = dates.flatMap((date, i) => [
  { series: 'committed' as const, date, value: 10 * (i + 1) },
  { series: 'paid' as const, date, value: 3 * (i + 1) },
]);
const spec = linesSpec(data, {
  title: 'Nel tempo',
  description: 'Descrizione',
  yLabel: 'M€',
  tickFormat: String,
  monthLabel: (iso) => ['giu', 'ott', 'feb'][dates.indexOf(iso)]!,
  lastLabel: (d) => `${d.value} <M€>`,
  legend: [
    { label: 'Impegni', swatch: 'line-committed' },
    { label: 'Pagamenti', swatch: 'line-paid' },
  ],
});
const svg = renderChart(spec, { demonstration: null }, 'l1');

describe('linesSpec', () => {
  it('draws one line per series through every release, a circle on each for commitments, a square for payments', () => {
    const lines = [...svg.matchAll(/stroke="(#[0-9A-F]{6})" fill="none">\s*<path d="M([^"]+)"/g)];
    expect(lines.map((m) => [m[1], m[2]!.split('L').length])).toEqual([
      ['#0066CC', dates.length],
      ['#003366', dates.length],
    ]);
    expect(svg.match(/<circle r="4"/g)?.length).toBe(dates.length);
    expect(svg.match(/<path d="M-3\.5,-3\.5h7\.1v7\.1h-7\.1Z"/g)?.length).toBe(dates.length);
    expect(svg).toContain('stroke-dasharray="6,4"');
  });
  it('labels every release date on the axis, the year where it changes, and the last value of each series', () => {
    expect(svg).toContain('giu');
    expect(svg).toContain('2025');
    expect(svg).toContain('2026');
    expect(svg.match(/>2025</g)?.length).toBe(1);
    expect(svg).toContain('30 &lt;M€&gt;');
    expect(svg).toContain('9 &lt;M€&gt;');
    expect(svg).not.toContain('20 &lt;M€&gt;');
  });
});
