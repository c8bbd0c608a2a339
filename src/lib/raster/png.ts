// SVG -> PNG at build time, with resvg (@resvg/resvg-js: the Rust renderer resvg, its native
// binary inside the npm package) and the site's own typeface: the Titillium Web faces the pages
// use (@fontsource/titillium-web), unwrapped from WOFF into TrueType (./woff.ts), since resvg
// reads TrueType/OpenType only. No system font is read, so a PNG is the same on every machine
// (the determinism test compares two builds byte for byte).
//
// renderAsync draws on libuv's thread pool: several PNGs are drawn at once, on every core,
// while the caller's thread goes on writing the other files.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { pngCache, pngCacheKey, type PngCache } from './png-cache.ts';
import { woffToSfnt } from './woff.ts';

/** The faces the charts use (400 text, 600 and 700 titles and marks), Latin and Latin Extended. */
const FACES = [400, 600, 700].flatMap((w) =>
  ['latin', 'latin-ext'].map((subset) => `titillium-web-${subset}-${w}-normal.woff`),
);

/** The family every text falls back to: the charts name it first, with system fonts after it. */
export const PNG_FONT_FAMILY = 'Titillium Web';

let fonts: { dir: string; files: string[] } | null = null;

/** The TrueType files resvg reads, written once per process into a temporary folder (removed by closeRasteriser). */
function fontFiles(): string[] {
  if (!fonts) {
    const require = createRequire(import.meta.url);
    const pkg = join(require.resolve('@fontsource/titillium-web/package.json'), '..', 'files');
    const dir = mkdtempSync(join(tmpdir(), 'pnmetro-fonts-'));
    const files = FACES.map((face) => {
      const file = join(dir, face.replace(/\.woff$/, '.ttf'));
      writeFileSync(file, woffToSfnt(readFileSync(join(pkg, face))));
      return file;
    });
    fonts = { dir, files };
  }
  return fonts.files;
}

/** Removes the fonts' temporary folder, and from the PNG cache the least recently used beyond its size. */
export function closeRasteriser(): void {
  if (fonts) rmSync(fonts.dir, { recursive: true, force: true });
  fonts = null;
  cache?.store?.prune();
  cache = null;
}

let cache: { store: PngCache | null; version: string } | null = null;

/** The PNG cache (./png-cache.ts) and what, besides an SVG and its options, makes a PNG: resvg's version, the fonts. */
function cached(): { store: PngCache | null; version: string } {
  if (!cache) {
    const require = createRequire(import.meta.url);
    const resvg = (
      JSON.parse(readFileSync(require.resolve('@resvg/resvg-js/package.json'), 'utf8')) as { version: string }
    ).version;
    const fonts = createHash('sha256');
    for (const f of fontFiles()) fonts.update(readFileSync(f));
    cache = { store: pngCache(), version: `resvg-js ${resvg}; fonts ${fonts.digest('hex')}` };
  }
  return cache;
}

/** The PNG of an SVG, drawn `zoom` times its size in pixels (or read back from the PNG cache). */
export async function svgToPng(svg: string, zoom = 1): Promise<Buffer> {
  const options: ResvgRenderOptions = {
    font: {
      loadSystemFonts: false,
      fontFiles: fontFiles(),
      defaultFontFamily: PNG_FONT_FAMILY,
      sansSerifFamily: PNG_FONT_FAMILY,
    },
    fitTo: { mode: 'zoom', value: zoom },
    background: 'white',
    logLevel: 'off',
  };
  const { store, version } = cached();
  // The options are part of the key, but for the fonts' temporary paths (their bytes are in `version`).
  const key = store
    ? pngCacheKey(version, svg, JSON.stringify({ ...options, font: { ...options.font, fontFiles: [] } }))
    : '';
  const kept = store?.read(key);
  if (kept) return kept;
  const png = (await renderAsync(svg, options)).asPng();
  store?.write(key, png);
  return png;
}

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const b = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (b.length < 24 || b.readUInt32BE(0) !== 0x89504e47 || b.toString('latin1', 12, 16) !== 'IHDR')
    throw new Error('not a PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}
