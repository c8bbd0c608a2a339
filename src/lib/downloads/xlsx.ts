// The XLSX download, written with write-excel-file's Node build, which compresses on the calling thread (its
// universal build hands every part over 160 kB to a new worker thread: 22 workers per build, 1.5 s of CPU). Sheet
// "Dati": a bold, frozen header row, numbers as numeric cells, text neutralised against formula
// injection. Sheet "Leggimi - About": what the file is (title, publisher, licence, sources,
// reference date, demonstration flag) and the column dictionary. The zip's file times are pinned
// to the reference date, so the same data gives the same bytes.
import writeXlsxFile, { type Cell as XCell, type Row as XRow, type SheetData } from 'write-excel-file/node';
import type { DatasetDefinition } from './datasets.ts';
import type { Cell, Row } from './dictionary.ts';
import { downloadMetadata, type Publication } from './metadata.ts';
import { neutralise } from './neutralise.ts';

export const DATA_SHEET = 'Dati';
/** Excel forbids "/" in sheet names. */
export const ABOUT_SHEET = 'Leggimi - About';

function text(v: string): XCell {
  return { value: neutralise(v), type: String };
}

function cell(v: Cell): XCell {
  if (v === null) return null;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`a download cell cannot hold ${v}`);
    return { value: v, type: Number };
  }
  if (typeof v === 'boolean') return { value: v, type: Boolean };
  return text(v);
}

function aboutSheet(def: DatasetDefinition, pub: Publication, rows: number): SheetData {
  const m = downloadMetadata(def, pub, rows);
  const bold = (v: string): XCell => ({ value: neutralise(v), type: String, fontWeight: 'bold' });
  const pair = (label: string, value: string): XRow => [bold(label), text(value)];
  const out: SheetData = [[bold(`${m.title.it} / ${m.title.en}`)]];
  if (m.notice) out.push([{ value: neutralise(m.notice), type: String, fontWeight: 'bold', textColor: '#A61B29' }]);
  out.push(
    pair('Descrizione', m.description.it),
    pair('Description', m.description.en),
    pair('Editore / Publisher', m.publisher),
    pair('Licenza / Licence', `${m.licence.title} ${m.licence.url}`),
    ...m.sources.map((s) =>
      pair(
        'Fonte / Source',
        [s.name, s.url, s.licence ? `(${s.licence}${s.licenceUrl ? ` ${s.licenceUrl}` : ''})` : null]
          .filter(Boolean)
          .join(' '),
      ),
    ),
    pair('Data di riferimento / Reference date', m.referenceDate ?? 'non disponibile / not available'),
    pair('Dati dimostrativi / Demonstration data', m.demonstration ? 'sì / yes' : 'no'),
    [bold('Righe / Rows'), { value: m.rows, type: Number }],
    pair('Chiave / Key', m.primaryKey.join(', ')),
    pair('Note', m.notes.it),
    pair('Notes', m.notes.en),
    [],
    [
      'Colonna / Column',
      'Tipo / Type',
      'Obbligatorio / Required',
      'Codici ammessi / Allowed codes',
      'Descrizione / Description',
    ].map(bold),
    ...m.columns.map((c): XRow => [
      text(c.name),
      text(c.list ? `${c.type} list` : c.type),
      text(c.required ? 'sì / yes' : 'no'),
      c.codes ? text(c.codes.join(', ')) : null,
      text(c.description),
    ]),
  );
  return out;
}

/** The workbook's bytes. */
export async function writeXlsx(def: DatasetDefinition, rows: readonly Row[], pub: Publication): Promise<Uint8Array> {
  const names = def.columns.map((c) => c.name);
  const data: SheetData = [
    names.map((n): XCell => ({ value: n, type: String, fontWeight: 'bold' })),
    ...rows.map((r) => names.map((n) => cell(r[n] ?? null))),
  ];
  const buffer = await writeXlsxFile([
    {
      sheet: DATA_SHEET,
      data,
      stickyRowsCount: 1,
      columns: def.columns.map((c) => ({ width: c.type === 'string' ? 24 : 14 })),
    },
    {
      sheet: ABOUT_SHEET,
      data: aboutSheet(def, pub, rows.length),
      columns: [{ width: 36 }, { width: 60 }, { width: 16 }, { width: 30 }, { width: 80 }],
    },
  ]).toBuffer();
  return pinZipTimes(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), pub.meta.referenceDate);
}

/**
 * Sets the modification time of every entry of a zip archive (local headers and central directory)
 * to 00:00 of `date` (YYYY-MM-DD; 1980-01-01 when null), in place; returns the same bytes.
 */
export function pinZipTimes(zip: Uint8Array, date: string | null): Uint8Array {
  const [y, mo, d] = (date ?? '1980-01-01').split('-').map(Number) as [number, number, number];
  const dosDate = ((Math.max(0, y - 1980) & 0x7f) << 9) | (mo << 5) | d;
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('pinZipTimes: not a zip archive');
  const entries = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  for (let n = 0; n < entries; n++) {
    if (view.getUint32(p, true) !== 0x02014b50) throw new Error('pinZipTimes: broken central directory');
    view.setUint16(p + 12, 0, true);
    view.setUint16(p + 14, dosDate, true);
    const local = view.getUint32(p + 42, true);
    if (view.getUint32(local, true) !== 0x04034b50) throw new Error('pinZipTimes: broken local header');
    view.setUint16(local + 10, 0, true);
    view.setUint16(local + 12, dosDate, true);
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return zip;
}
