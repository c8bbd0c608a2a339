// The one chart renderer: a spec (plain data + Observable Plot options) in, an SVG string out.
// Runs at build time with linkedom as Plot's document, so charts are static SVG in the HTML and
// need no JavaScript. Text from the data reaches the SVG only through the DOM (Plot's marks)
// or through escapeXml below, so a title such as `</svg><script>` stays text.
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { hatchFill, PATTERN, THEME } from './theme.ts';

/** A legend entry: one of the series' swatches, or a colour class of a scale ('color', with its `color`, outlined). */
export type LegendItem = {
  label: string;
  swatch: 'allocated' | 'committed' | 'paid' | 'highlight' | 'bar' | 'color' | 'line-committed' | 'line-paid';
  color?: string;
};

export type ChartSpec = {
  width: number;
  height: number;
  /** Accessible name of the chart (the SVG's aria-label and <title>). */
  title: string;
  /** What the chart shows, in words (the SVG's <desc>). */
  description: string;
  legend?: LegendItem[];
  /** Plot options, without document, width or height (the renderer sets them). */
  plot: Record<string, unknown>;
};

export type RenderOptions = {
  /** Text of the demonstration mark drawn inside the SVG, or null for real data. */
  demonstration: string | null;
  /** The site's base path ('/' by default, '/sub/' under a sub-path): put before every mark's root-relative href. */
  base?: string;
};

export function escapeXml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const NUM_ATTRS = /\b(d|transform|x|y|x1|x2|y1|y2|cx|cy|r|width|height|points|dx|dy)="([^"]*)"/g;
/** Rounds coordinates in geometry attributes to one decimal so SVGs stay small and stable. */
export function roundGeometry(svg: string): string {
  return svg.replace(
    NUM_ATTRS,
    (_m, name: string, value: string) =>
      `${name}="${value.replace(/-?\d+\.\d{2,}(e-?\d+)?/g, (n) => String(Math.round(Number(n) * 10) / 10))}"`,
  );
}

/** A base path as '/', '/sub/': with a slash at each end. */
function basePath(base = '/'): string {
  return base.replace(/^\/?/, '/').replace(/\/?$/, '/');
}

let doc: Document | null = null;
function plotDocument(): Document {
  doc ??= parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
  return doc;
}

// The hatch pattern is named in ./theme.ts, with no DOM library, so that the specs run in the browser too.
export { hatchFill };

function swatch(kind: LegendItem['swatch'], x: number, y: number, color: string = THEME.primary): string {
  switch (kind) {
    case 'color':
      return `<rect x="${x}" y="${y}" width="16" height="12" fill="${escapeXml(color)}" stroke="${THEME.muted}"/>`;
    case 'allocated':
      return `<rect x="${x}" y="${y}" width="16" height="12" fill="${THEME.allocatedFill}" stroke="${THEME.allocatedStroke}"/>`;
    case 'committed':
      return `<rect x="${x}" y="${y + 2}" width="16" height="8" fill="${THEME.primary}"/>`;
    case 'paid':
      return `<rect x="${x}" y="${y + 4}" width="16" height="4" fill="${THEME.dark}"/>`;
    // A line series: its line style and marker shape (./lines.ts).
    case 'line-committed':
      return `<line x1="${x}" y1="${y + 6}" x2="${x + 16}" y2="${y + 6}" stroke="${THEME.primary}" stroke-width="2"/><circle cx="${x + 8}" cy="${y + 6}" r="4" fill="${THEME.primary}" stroke="white"/>`;
    case 'line-paid':
      return `<line x1="${x}" y1="${y + 6}" x2="${x + 16}" y2="${y + 6}" stroke="${THEME.dark}" stroke-width="2" stroke-dasharray="4,2"/><rect x="${x + 4}" y="${y + 2}" width="8" height="8" fill="${THEME.dark}" stroke="white"/>`;
    case 'highlight':
      return `<rect x="${x}" y="${y}" width="16" height="12" fill="${hatchFill()}" stroke="${THEME.highlight}"/>`;
    default:
      return `<rect x="${x}" y="${y}" width="16" height="12" fill="${THEME.primary}"/>`;
  }
}

const DEMO_BAND = 28;
const LEGEND_BAND = 22;

/** Height of the SVG renderChart makes from a spec: the plot plus the demonstration mark and legend bands above it. */
export function chartHeight(spec: ChartSpec, opts: RenderOptions): number {
  return spec.height + (opts.demonstration ? DEMO_BAND : 0) + (spec.legend?.length ? LEGEND_BAND : 0);
}

/** Renders a spec to an SVG string. `uid` makes pattern ids unique on the page. */
export function renderChart(spec: ChartSpec, opts: RenderOptions, uid: string): string {
  const el = Plot.plot({
    ...spec.plot,
    width: spec.width,
    height: spec.height,
    className: 'plot',
    style: { fontFamily: THEME.font, fontSize: `${THEME.fontSize}px`, color: THEME.text, background: 'white' },
    document: plotDocument(),
  } as Plot.PlotOptions) as unknown as Element;
  // Keep the marks, drop Plot's <style> (the site's stylesheet sizes charts).
  const inner = Array.from(el.childNodes)
    .filter((n) => (n as Element).tagName?.toLowerCase() !== 'style')
    .map((n) => (n as Element).outerHTML ?? '')
    .join('')
    // The SVG has its own name (aria-label): Plot's per-mark aria-labels are not allowed on plain
    // <g> elements and would only add noise.
    .replace(/ aria-label="[^"]*"/g, '')
    // SVG has no font-variant attribute (the W3C checker rejects Plot's on its axes' <g>): the
    // stylesheets set tabular figures on every chart instead.
    .replace(/ font-variant="tabular-nums"/g, '')
    // Marks' links are root-relative paths (the site may be served under a sub-path), and an
    // explorer link's '&' is written as '&amp;' in HTML (linkedom leaves it raw).
    .replace(
      /<a href="\/([^"]*)"/g,
      (_m, path: string) => `<a href="${basePath(opts.base)}${path.replace(/&(?!amp;)/g, '&amp;')}"`,
    );
  // A chart whose marks are links is a group of links, not one image: role="img" would hide
  // them from assistive technology (its children are presentational) while they stay focusable.
  const role = /<a /.test(inner) ? 'group' : 'img';

  const pad = 6;
  let top = 0;
  let extra = '';
  if (opts.demonstration) {
    extra +=
      `<g class="demo-mark"><rect x="0" y="0" width="${spec.width}" height="22" fill="${THEME.demoFill}" stroke="${THEME.demoText}"/>` +
      `<text x="${pad}" y="15" fill="${THEME.demoText}" font-weight="700" text-anchor="start">${escapeXml(opts.demonstration)}</text></g>`;
    top += DEMO_BAND;
  }
  if (spec.legend?.length) {
    let x = pad;
    const items = spec.legend.map((l) => {
      const s = `${swatch(l.swatch, x, top + 2, l.color)}<text x="${x + 22}" y="${top + 12}" text-anchor="start">${escapeXml(l.label)}</text>`;
      x += 22 + Math.ceil(l.label.length * 7.2) + 16;
      return s;
    });
    extra += `<g class="legend">${items.join('')}</g>`;
    top += LEGEND_BAND;
  }
  const h = spec.height + top;
  const pattern = `${PATTERN}-${uid}`;
  const defs = `<defs><pattern id="${pattern}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#FBE8CC"/><rect width="2.5" height="6" fill="${THEME.highlight}"/></pattern></defs>`;
  const body = roundGeometry(`${defs}${extra}<g transform="translate(0,${top})">${inner}</g>`).replaceAll(
    `url(#${PATTERN})`,
    `url(#${pattern})`,
  );
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${spec.width} ${h}" width="${spec.width}" height="${h}" role="${role}" aria-label="${escapeXml(spec.title)}"` +
    ` font-family="${escapeXml(THEME.font)}" font-size="${THEME.fontSize}" fill="${THEME.text}" text-anchor="middle">` +
    `<title>${escapeXml(spec.title)}</title><desc>${escapeXml(spec.description)}</desc>${body}</svg>`
  );
}
