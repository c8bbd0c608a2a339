// The explorer's charts, drawn in the browser with Observable Plot. A chunk of its own: the
// explorer's first script (./explorer.ts) imports it with import() once the list has rendered, so
// Plot never weighs on the first script. Specs come from src/lib/explorer/charts.ts (pure).
//
// Each chart is Plot's SVG wrapped as the reading pages' charts are (the demonstration mark drawn
// inside it while the data is a demonstration, the hatch pattern for selected values), without
// Plot's <style> element, which the site's Content-Security-Policy (style-src 'self') would refuse:
// src/client/explorer.css styles the charts. Over each row of a facet's chart lies a link to the
// explorer with that value toggled: focusable, named with its label and figures, followed with a
// click, Enter or Space without leaving the page (the explorer commits the state, as with its pager).
// Redraws are coalesced into one per animation frame, after the list has been written.
import * as Plot from '@observablehq/plot';
import { hatchFill, THEME } from '../lib/charts/theme.ts';
import { ROW } from '../lib/charts/bars.ts';
import type { Row } from '../lib/explorer/compact.ts';
import { selectionCharts, type ChartContext, type ExplorerChart } from '../lib/explorer/charts.ts';
import type { State } from '../lib/explorer/state.ts';

const SVG = 'http://www.w3.org/2000/svg';
const DEMO_BAND = 28;

function svgEl(tag: string, attrs: Record<string, string | number>, ...children: Node[]): SVGElement {
  const e = document.createElementNS(SVG, tag) as SVGElement;
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  e.append(...children);
  return e;
}

/**
 * One chart as an <svg>: Plot's marks (hidden from assistive technology: the links carry the figures), the
 * demonstration mark, the links.
 */
function drawChart(chart: ExplorerChart, demo: string | null, uid: string): SVGSVGElement {
  const { spec } = chart;
  const plot = Plot.plot({
    ...spec.plot,
    width: spec.width,
    height: spec.height,
    className: 'plot',
    document,
  } as Plot.PlotOptions) as unknown as SVGSVGElement;
  plot.querySelectorAll('style').forEach((st) => st.remove());
  // SVG has no font-variant attribute (the W3C checker rejects Plot's on its axes' <g>), as on the
  // reading pages' charts (src/lib/charts/render.ts): explorer.css sets tabular figures instead.
  plot.querySelectorAll('[font-variant]').forEach((e) => e.removeAttribute('font-variant'));
  const top = demo ? DEMO_BAND : 0;
  const h = spec.height + top;
  const pattern = `hatch-${uid}`;
  for (const e of plot.querySelectorAll(`[fill="${hatchFill()}"]`)) e.setAttribute('fill', `url(#${pattern})`);
  const svg = svgEl(
    'svg',
    {
      class: 'chart',
      viewBox: `0 0 ${spec.width} ${h}`,
      width: spec.width,
      height: h,
      'font-family': THEME.font,
      'font-size': THEME.fontSize,
      fill: THEME.text,
      'text-anchor': 'middle',
    },
    svgEl(
      'defs',
      {},
      svgEl(
        'pattern',
        { id: pattern, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
        svgEl('rect', { width: 6, height: 6, fill: '#FBE8CC' }),
        svgEl('rect', { width: 2.5, height: 6, fill: THEME.highlight }),
      ),
    ),
  ) as SVGSVGElement;
  if (demo) {
    const text = svgEl('text', { x: 6, y: 15, fill: THEME.demoText, 'font-weight': 700, 'text-anchor': 'start' });
    text.textContent = demo;
    svg.append(
      svgEl(
        'g',
        { class: 'demo-mark' },
        svgEl('rect', { x: 0, y: 0, width: spec.width, height: 22, fill: THEME.demoFill, stroke: THEME.demoText }),
        text,
      ),
    );
  }
  svg.append(svgEl('g', { transform: `translate(0,${top})`, 'aria-hidden': 'true' }, ...plot.childNodes));
  svg.setAttribute('aria-label', chart.name);
  if (chart.bars.length) {
    svg.setAttribute('role', 'group');
    const y0 = top + Number(spec.plot.marginTop ?? 0);
    svg.append(
      svgEl(
        'g',
        { class: 'xp-links' },
        ...chart.bars.map((b, i) => {
          const tip = svgEl('title', {});
          tip.textContent = b.name; // the same words on hover
          return svgEl(
            'a',
            {
              href: b.href,
              'aria-label': b.name,
              'data-facet': b.facet,
              'data-value': b.value,
              ...(b.selected ? { 'data-selected': '' } : {}),
            },
            tip,
            svgEl('rect', {
              class: 'xp-hit',
              x: 1,
              y: y0 + i * ROW.height + 1,
              width: spec.width - 2,
              height: ROW.height - 2,
              rx: 3,
            }),
          );
        }),
      ),
    );
  } else {
    svg.setAttribute('role', 'img');
  }
  return svg;
}

export type ChartsHost = ChartContext & {
  root: HTMLElement;
  all: readonly Row[];
  /** The demonstration mark, or null for real data. */
  demo: string | null;
  /** Follows a bar's link inside the explorer (history and list included). */
  go: (href: string) => void;
};

/** Sets up the charts' section; `update` redraws it (at the next animation frame) for a state and its selection. */
export function mountCharts(host: ChartsHost): { update: (st: State, selection: readonly Row[]) => void } {
  const { root } = host;
  const section = root.querySelector<HTMLElement>('[data-charts]')!;
  const note = section.querySelector<HTMLElement>('[data-charts-note]')!;
  const live = section.querySelector<HTMLElement>('[data-charts-live]')!;
  const figures = new Map(
    [...section.querySelectorAll<HTMLElement>('[data-chart]')].map((f) => [
      f.dataset.chart!,
      {
        figure: f,
        caption: f.querySelector('figcaption')!,
        svg: f.querySelector<HTMLElement>('[data-chart-svg]')!,
      },
    ]),
  );
  let pending: { st: State; selection: readonly Row[] } | null = null;
  let last: { st: State; selection: readonly Row[] } | null = null;
  let frame = 0;
  let drawnWidth = 0;

  function draw(): void {
    frame = 0;
    if (!pending) return;
    const { st, selection } = pending;
    last = pending;
    pending = null;
    const t0 = performance.now();
    section.hidden = false;
    // Plot draws at the width the chart is shown at, so its text is the page's size.
    const width = Math.max(300, Math.min(640, Math.round(figures.get('funnel')!.svg.clientWidth || 420)));
    drawnWidth = width;
    const { charts, allocationApplies, summary } = selectionCharts(host.all, selection, st, { ...host, width });
    // A focused bar keeps the focus across the redraw (its link is drawn anew).
    const focused = document.activeElement?.closest?.('a[data-facet]');
    const keep =
      focused && section.contains(focused)
        ? `a[data-facet="${focused.getAttribute('data-facet')}"][data-value="${CSS.escape(focused.getAttribute('data-value') ?? '')}"]`
        : null;
    for (const chart of charts) {
      const fig = figures.get(chart.id);
      if (!fig) continue;
      // A facet's chart with nothing to show (no project passes the other filters) is left out.
      fig.figure.hidden = chart.id !== 'funnel' && chart.bars.length === 0;
      fig.caption.textContent = chart.title;
      fig.svg.replaceChildren(drawChart(chart, host.demo, `xp-${chart.id}`));
    }
    note.textContent = allocationApplies ? host.s.charts.funnelAllocated : host.s.charts.funnelCost;
    if (keep) section.querySelector<SVGAElement>(keep)?.focus({ preventScroll: true });
    live.textContent = summary;
    performance.measure('explorer-charts', { start: t0, end: performance.now() });
  }

  section.addEventListener('click', (e) => {
    const a = (e.target as Element).closest('a[data-facet]');
    if (!a || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    host.go(a.getAttribute('href') ?? '');
  });
  // Enter follows a link by itself; Space, as on a button, too.
  section.addEventListener('keydown', (e) => {
    const a = (e.target as Element).closest('a[data-facet]');
    if (!a || e.key !== ' ') return;
    e.preventDefault();
    host.go(a.getAttribute('href') ?? '');
  });
  let resize = 0;
  window.addEventListener('resize', () => {
    clearTimeout(resize);
    resize = window.setTimeout(() => {
      const w = figures.get('funnel')!.svg.clientWidth;
      if (last && Math.abs(Math.min(640, Math.max(300, w)) - drawnWidth) > 30) update(last.st, last.selection);
    }, 200);
  });

  function update(st: State, selection: readonly Row[]): void {
    pending = { st, selection };
    if (!frame) frame = requestAnimationFrame(draw);
  }
  return { update };
}
