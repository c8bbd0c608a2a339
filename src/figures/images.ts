// A chart as a file of its own: the standalone SVG download (title, chart, source line, and the
// demonstration notice while the data is a demonstration) and the 1200 × 630 share image of a
// page (og:image: the page's title, its main chart, the demonstration mark). Both are SVG made
// here from a chart drawn by src/lib/charts/render.ts; ./files.ts writes the SVG and has
// src/lib/raster/png.ts turn them into PNG. Pure: text in, text out.
//
// A downloaded SVG is opened without the site's stylesheet: its fonts (with their fallbacks),
// tabular figures and white background are written into it.
import { escapeXml } from '../lib/charts/render.ts';
import { THEME } from '../lib/charts/theme.ts';

/** The fonts of a file opened anywhere: the site's typeface first, then what every system has. */
const FONT = "'Titillium Web', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const STYLE = '<style>text{font-variant-numeric:tabular-nums}</style>';

/** Width and height of a chart drawn by renderChart (its root element's attributes). */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1]);
  if (!(width > 0 && height > 0)) throw new Error('a chart SVG without its width and height');
  return { width, height };
}

/** The chart placed at (x, y) in a box of w × h, scaled to fit and centred: a nested <svg>, its viewBox kept. */
function place(svg: string, x: number, y: number, w: number, h: number): string {
  return svg.replace(/^<svg\b[^>]*>/, (root) =>
    root
      .replace(/\swidth="[^"]*"/, ` width="${w}"`)
      .replace(/\sheight="[^"]*"/, ` height="${h}"`)
      .replace(/^<svg/, `<svg x="${x}" y="${y}" preserveAspectRatio="xMidYMid meet"`),
  );
}

/**
 * Lines of at most `width` pixels of `text` at `size` pixels, cut between words, at most
 * `max` lines (the last ending with '…' when the text is longer). Widths are estimated: Titillium
 * Web's letters average about half an em; 0.53 em keeps a margin.
 */
export function wrapText(text: string, width: number, size: number, max = Infinity): string[] {
  const perLine = Math.max(8, Math.floor(width / (size * 0.53)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= perLine || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  const last = kept[max - 1]!;
  kept[max - 1] = `${last.length + 1 > perLine ? last.slice(0, perLine - 1).trimEnd() : last}…`;
  return kept;
}

function textLines(lines: string[], x: number, y: number, size: number, lineHeight: number, attrs: string): string {
  return lines
    .map((l, i) => `<text x="${x}" y="${y + i * lineHeight}" font-size="${size}"${attrs}>${escapeXml(l)}</text>`)
    .join('');
}

export type StandaloneText = {
  /** The chart's title, above it. */
  title: string;
  /** Lines under the chart: source and date, the demonstration notice, licence and address. */
  notes: string[];
};

/** A chart drawn by renderChart as a file of its own: title above, notes below, on white. */
export function standaloneSvg(chart: string, o: StandaloneText): string {
  const { width, height } = svgSize(chart);
  const pad = 8;
  const title = wrapText(o.title, width - 2 * pad, 17);
  const notes = o.notes.flatMap((n) => wrapText(n, width - 2 * pad, 12));
  const top = pad + title.length * 22 + 6;
  const h = top + height + 8 + notes.length * 16 + pad;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${h}" viewBox="0 0 ${width} ${h}" font-family="${escapeXml(FONT)}" fill="${THEME.text}">` +
    `<title>${escapeXml(o.title)}</title>${STYLE}<rect width="${width}" height="${h}" fill="#fff"/>` +
    textLines(title, pad, pad + 16, 17, 22, ' font-weight="700"') +
    place(chart, 0, top, width, height) +
    textLines(notes, pad, top + height + 8 + 12, 12, 16, ` fill="${THEME.muted}"`) +
    '</svg>'
  );
}

export type ShareCard = {
  /** The page's title. */
  title: string;
  /** Above the title: the site's name. */
  kicker: string;
  /** The page's main chart (drawn by renderChart), or null: then `text` fills the card. */
  chart: string | null;
  text?: string;
  /** The demonstration mark, across the top, or null for real data. */
  mark: string | null;
  /** The footer's two ends: the site's address, the data's date. */
  footer: [string, string];
};

export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;

/** A page's share image (og:image), 1200 × 630: the mark, the site's name, the title, the chart, the footer. */
export function shareCardSvg(c: ShareCard): string {
  const W = SHARE_WIDTH,
    H = SHARE_HEIGHT,
    pad = 48;
  let y = 0;
  let out = '';
  if (c.mark) {
    out +=
      `<rect width="${W}" height="60" fill="${THEME.demoFill}"/><rect y="58" width="${W}" height="4" fill="${THEME.demoText}"/>` +
      `<text x="${pad}" y="41" font-size="30" font-weight="700" fill="${THEME.demoText}">${escapeXml(c.mark)}</text>`;
    y = 62;
  }
  out += `<text x="${pad}" y="${y + 48}" font-size="26" font-weight="600" fill="${THEME.primary}">${escapeXml(c.kicker)}</text>`;
  y += 48;
  const titleSize = 50;
  const title = wrapText(c.title, W - 2 * pad, titleSize, 2);
  out += textLines(title, pad, y + 60, titleSize, 58, ' font-weight="700"');
  y += 60 + (title.length - 1) * 58 + 24;
  const footerTop = H - 56;
  if (c.chart) {
    out += place(c.chart, pad, y, W - 2 * pad, footerTop - y - 8);
  } else if (c.text) {
    out += textLines(wrapText(c.text, W - 2 * pad, 32, 4), pad, y + 44, 32, 44, ` fill="${THEME.text}"`);
  }
  out +=
    `<rect y="${footerTop}" width="${W}" height="${H - footerTop}" fill="${THEME.dark}"/>` +
    `<text x="${pad}" y="${footerTop + 36}" font-size="22" font-weight="600" fill="#fff">${escapeXml(c.footer[0])}</text>` +
    `<text x="${W - pad}" y="${footerTop + 36}" font-size="22" fill="#fff" text-anchor="end">${escapeXml(c.footer[1])}</text>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${escapeXml(FONT)}" fill="${THEME.text}">` +
    `<title>${escapeXml(c.title)}</title>${STYLE}<rect width="${W}" height="${H}" fill="#fff"/>${out}</svg>`
  );
}
