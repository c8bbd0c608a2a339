import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { CsvFileError, CsvReader, detectEncoding, sniffHeader } from './read.ts';

async function* chunks(bytes: Uint8Array, size: number) {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function readAll(bytes: Uint8Array, size: number, sniff = 8) {
  const reader = new CsvReader(sniff);
  const rows: string[][] = [];
  const quoteErrors: number[] = [];
  for await (const b of reader.batches(chunks(bytes, size))) {
    b.quoteErrors.forEach((_, i) => quoteErrors.push(rows.length + i));
    rows.push(...b.rows);
  }
  return { rows, info: reader.info, records: reader.records, quoteErrors, reader };
}

const TEXT =
  'codice;titolo;descrizione\r\n' +
  'A1;"Città, perché";"prima riga\r\nseconda ""riga"" € ☃"\r\n' +
  'A2;Società;\r\n' +
  'A3;"fine";"🙂"\r\n';

describe('CsvReader', () => {
  it('gives the same records whatever the chunk boundaries', async () => {
    const bytes = new TextEncoder().encode(TEXT);
    // blank rows are not records the importer counts: compare without them
    const whole = Papa.parse<string[]>(TEXT, { delimiter: ';', newline: '\r\n' }).data.filter((r) => r.join('') !== '');
    for (let size = 1; size <= bytes.length; size++) {
      const { rows, info } = await readAll(bytes, size);
      expect(
        rows.filter((r) => r.join('') !== ''),
        `chunks of ${size}`,
      ).toEqual(whole);
      expect(info).toEqual({ encoding: 'utf-8', delimiter: ';', bom: false });
    }
  });

  it('strips a BOM, counts bytes and hashes them', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('a,b\n1,2\n')]);
    const { rows, info, reader } = await readAll(bytes, 3);
    expect(rows[0]).toEqual(['a', 'b']);
    expect(info).toEqual({ encoding: 'utf-8', delimiter: ',', bom: true });
    expect(reader.bytes).toBe(bytes.length);
    expect(reader.sha256()).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads Windows-1252, even when the first accent comes after an ASCII head', async () => {
    const text = 'codice;titolo\n' + 'A;plain ascii\n'.repeat(50) + 'B;Città perché € è\n';
    const bytes = iconv.encode(text, 'windows-1252');
    for (const size of [7, 64, 1000]) {
      const { rows, info } = await readAll(bytes, size, 16);
      expect(rows.at(-1)).toEqual(['B', 'Città perché € è']);
      expect(rows).toHaveLength(52);
      expect(info?.encoding).toBe('windows-1252');
    }
  });

  it('refuses a file that changes encoding after UTF-8 accents', async () => {
    const bytes = Buffer.concat([Buffer.from('a;b\nè;1\n'.repeat(10), 'utf8'), iconv.encode('é;2\n', 'windows-1252')]);
    await expect(readAll(bytes, 4, 16)).rejects.toThrow(/mixes encodings/);
  });

  it('refuses an empty file and UTF-16', async () => {
    await expect(readAll(new Uint8Array(0), 4)).rejects.toBeInstanceOf(CsvFileError);
    await expect(readAll(new Uint8Array([0xff, 0xfe, 0x61, 0]), 4)).rejects.toThrow(/UTF-16/);
  });

  it('reports a quote that is never closed on its row, and stops one that runs on and on', async () => {
    const { quoteErrors } = await readAll(new TextEncoder().encode('a;b\n1;"open\n2;3\n'), 5);
    expect(quoteErrors).toEqual([1]);
    const huge = new TextEncoder().encode('a;b\n1;"' + 'x'.repeat(17 * 1024 * 1024));
    await expect(readAll(huge, 1 << 20)).rejects.toThrow(/never closed/);
  });
});

describe('sniffing', () => {
  it('finds the delimiter and line end from the header, outside quotes', () => {
    expect(sniffHeader('a;b;"c,d,e"\r\n1,2')).toEqual({ delimiter: ';', newline: '\r\n' });
    expect(sniffHeader('a,b\n')).toEqual({ delimiter: ',', newline: '\n' });
    expect(sniffHeader('a,b;c,d\rx')).toEqual({ delimiter: ',', newline: '\r' });
  });
  it('tells UTF-8 from Windows-1252', () => {
    expect(detectEncoding(new TextEncoder().encode('città'), true).encoding).toBe('utf-8');
    expect(detectEncoding(iconv.encode('città perché', 'windows-1252'), true).encoding).toBe('windows-1252');
    // a multi-byte character cut at the end of the sniffed head is still UTF-8
    expect(detectEncoding(new TextEncoder().encode('città').subarray(0, 5), false).encoding).toBe('utf-8');
  });
});
