import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeRasteriser, pngSize, svgToPng } from './png.ts';
import { woffToSfnt } from './woff.ts';

// A PNG cache of this file's own, empty at the start.
const cacheDir = mkdtempSync(join(tmpdir(), 'png-test-cache-'));
beforeAll(() => {
  process.env['PNG_CACHE_DIR'] = cacheDir;
});
afterAll(() => {
  closeRasteriser();
  delete process.env['PNG_CACHE_DIR'];
  rmSync(cacheDir, { recursive: true, force: true });
});

const files = join(createRequire(import.meta.url).resolve('@fontsource/titillium-web/package.json'), '..', 'files');

describe('woffToSfnt', () => {
  it('gives back the TrueType font inside a WOFF file: same tables, inflated, sfnt header', () => {
    const woff = readFileSync(join(files, 'titillium-web-latin-400-normal.woff'));
    const ttf = woffToSfnt(woff);
    // TrueType flavour, as many tables as the WOFF, the size the WOFF header announces
    expect(ttf.readUInt32BE(0)).toBe(0x00010000);
    expect(ttf.readUInt16BE(4)).toBe(woff.readUInt16BE(12));
    expect(ttf.length).toBe(woff.readUInt32BE(16));
    const tags = Array.from({ length: ttf.readUInt16BE(4) }, (_, i) =>
      ttf.toString('latin1', 12 + 16 * i, 16 + 16 * i),
    );
    expect(tags).toEqual([...tags].sort());
    expect(tags).toEqual(expect.arrayContaining(['cmap', 'glyf', 'head', 'hmtx', 'name']));
    expect(() => woffToSfnt(readFileSync(join(files, 'titillium-web-latin-400-normal.woff2')))).toThrow(/WOFF 1.0/);
  });
});

describe('svgToPng', () => {
  const svg = (text: string) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="4" y="28" font-family="'Titillium Web', sans-serif" font-size="24">${text}</text></svg>`;
  it('draws text with the site’s typeface (no system font is read), at the zoom asked, the same bytes every time', async () => {
    // Every PNG drawn, none read back from the cache.
    process.env['PNG_CACHE'] = 'off';
    closeRasteriser();
    const a = await svgToPng(svg('Napoli 78,27 M€'), 1);
    expect(pngSize(a)).toEqual({ width: 200, height: 40 });
    expect(pngSize(await svgToPng(svg('Napoli'), 2))).toEqual({ width: 400, height: 80 });
    expect((await svgToPng(svg('Napoli 78,27 M€'), 1)).equals(a)).toBe(true);
    // the text is drawn (with no font it would not be): the PNG differs from the same picture without it
    expect((await svgToPng(svg(''), 1)).equals(a)).toBe(false);
    delete process.env['PNG_CACHE'];
    closeRasteriser();
  });
  it('keeps each PNG drawn in the cache and reads it back, with the bytes resvg draws', async () => {
    const text = svg('Bologna 12,5 M€');
    process.env['PNG_CACHE'] = 'off';
    closeRasteriser();
    const drawn = await svgToPng(text, 1);
    delete process.env['PNG_CACHE'];
    closeRasteriser();
    const before = readdirSync(cacheDir).length;
    expect((await svgToPng(text, 1)).equals(drawn)).toBe(true);
    expect(readdirSync(cacheDir).length).toBe(before + 1);
    expect((await svgToPng(text, 1)).equals(drawn)).toBe(true);
    expect(readdirSync(cacheDir).length).toBe(before + 1);
  });
  it('reads the size of a PNG from its header, and refuses anything else', () => {
    expect(() => pngSize(Buffer.from('GIF89a'))).toThrow(/not a PNG/);
  });
});
