// WOFF 1.0 -> OpenType (sfnt), as the W3C specification defines the format
// (https://www.w3.org/TR/WOFF/, section 4 and 5): the same font tables, each inflated with zlib
// when it was stored compressed, laid out again behind an sfnt header. Nothing in a table is
// changed. The PNG rasteriser (resvg, ./png.ts) reads TrueType/OpenType only, and the font
// package the site uses (@fontsource/titillium-web) ships WOFF and WOFF2: this gives resvg the
// very faces the pages use.
import { inflateSync } from 'node:zlib';

/** The sfnt (TTF/OTF) bytes of a WOFF 1.0 file. Throws on anything else. */
export function woffToSfnt(woff: Uint8Array): Buffer {
  const src = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
  if (src.length < 44 || src.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 file');
  const flavor = src.readUInt32BE(4);
  const numTables = src.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + 20 * i;
    const tag = src.readUInt32BE(at),
      offset = src.readUInt32BE(at + 4),
      compLength = src.readUInt32BE(at + 8);
    const origLength = src.readUInt32BE(at + 12),
      checksum = src.readUInt32BE(at + 16);
    const stored = src.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(stored) : stored;
    if (data.length !== origLength) throw new Error('WOFF table of the wrong length');
    return { tag, checksum, data };
  });
  // The table records are sorted by tag in both formats (WOFF section 5).
  const pad = (n: number) => (n + 3) & ~3;
  const headerSize = 12 + 16 * numTables;
  const out = Buffer.alloc(headerSize + tables.reduce((a, t) => a + pad(t.data.length), 0));
  const log2 = Math.floor(Math.log2(numTables));
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(16 * 2 ** log2, 6);
  out.writeUInt16BE(log2, 8);
  out.writeUInt16BE(16 * numTables - 16 * 2 ** log2, 10);
  let offset = headerSize;
  tables.forEach((t, i) => {
    const rec = 12 + 16 * i;
    out.writeUInt32BE(t.tag, rec);
    out.writeUInt32BE(t.checksum, rec + 4);
    out.writeUInt32BE(offset, rec + 8);
    out.writeUInt32BE(t.data.length, rec + 12);
    t.data.copy(out, offset);
    offset += pad(t.data.length);
  });
  return out;
}
