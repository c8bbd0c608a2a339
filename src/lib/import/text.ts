// Text helpers shared by every kind of file: header names, names compared without accents or
// case, and the repair of text that was already double-encoded at the source.
import iconv from 'iconv-lite';

/** "  Costo Totale " -> "costo_totale"; "OC_LINK" -> "oc_link". */
export function normalizeHeader(name: string): string {
  return fold(name)
    .replace(/[\s\-./]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** Lower case, no accents, single spaces, apostrophes and dashes as spaces: for matching names. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`´-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// "Ã¨" is "è" written as UTF-8 and read back as Windows-1252: the tell-tale pairs.
const MOJIBAKE =
  /[ÃÂ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/;

export type Cleaned = { text: string; repaired: boolean; suspicious: boolean };

/**
 * Undoes UTF-8 text that was read as Windows-1252 somewhere upstream ("LIBERTÃ€" -> "LIBERTÀ").
 * Only when the whole cell round-trips exactly; otherwise the text is kept and flagged, so the
 * caller can warn instead of publishing a guess.
 */
export function repairMojibake(s: string): Cleaned {
  if (!MOJIBAKE.test(s)) return { text: s, repaired: false, suspicious: false };
  // Each character back to the byte it was read from: Latin-1 for U+0000-U+00FF (the C1 range
  // included, as in OpenCoesione's "LEGALITÃ\u0080"), Windows-1252 for € and its other extras.
  const codes = Array.from(s, (ch) => {
    const code = ch.codePointAt(0)!;
    if (code <= 0xff) return code;
    const b = iconv.encode(ch, 'windows-1252');
    return b.length === 1 && b[0] !== 0x3f ? b[0]! : -1;
  });
  if (codes.includes(-1)) return { text: s, repaired: false, suspicious: true };
  const bytes = Buffer.from(codes);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (iconv.encode(text, 'utf-8').equals(bytes) && !MOJIBAKE.test(text))
      return { text, repaired: true, suspicious: false };
  } catch {
    // not a clean round trip: fall through
  }
  return { text: s, repaired: false, suspicious: true };
}

// C0/C1 control characters other than tab and line breaks have no place in published text, nor
// have the bidirectional overrides and isolates, which can make a title read as something else.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function stripControls(s: string): { text: string; stripped: boolean } {
  const text = s.replace(CONTROL, '');
  return { text, stripped: text.length !== s.length };
}

/** URL slug from a code: lower case, ASCII letters and digits, dashes. */
export function slugify(s: string): string {
  return (
    fold(s)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'x'
  );
}
