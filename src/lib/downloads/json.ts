// The JSON download: { "metadata": {...}, "data": [rows] }, deterministic (keys in column order,
// one row per line). No formula neutralisation: JSON is not opened by spreadsheets as cells.
// Pure and browser-safe.
import type { DatasetDefinition } from './datasets.ts';
import type { Row } from './dictionary.ts';
import { downloadMetadata, type Publication } from './metadata.ts';

export function writeJson(def: DatasetDefinition, rows: readonly Row[], pub: Publication): string {
  const names = def.columns.map((c) => c.name);
  const data = rows.map((r) => JSON.stringify(Object.fromEntries(names.map((n) => [n, r[n] ?? null]))));
  const metadata = JSON.stringify(downloadMetadata(def, pub, rows.length), null, 2).replace(/\n/g, '\n  ');
  return `{\n  "metadata": ${metadata},\n  "data": [${data.length ? `\n    ${data.join(',\n    ')}\n  ` : ''}]\n}\n`;
}
