import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvText, plainNumber, writeCsv, writeExcelCsv } from './csv.ts';
import { datasetById, rowsOf } from './datasets.ts';
import type { Row } from './dictionary.ts';
import { data } from '../../../tests/lib/downloads-fixture.ts';

const def = datasetById('projects');
const rows = rowsOf(def, data);

/** What a cell becomes in the CSV before quoting: numbers as text, text with a formula prefix. */
function expected(v: Row[string], decimal: '.' | ',' = '.'): string {
  if (v === null) return '';
  if (typeof v === 'number') return plainNumber(v, decimal);
  if (typeof v === 'boolean') return String(v);
  return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

function parse(text: string, delimiter: string): string[][] {
  const out = Papa.parse<string[]>(text, { delimiter, newline: '\r\n', skipEmptyLines: false });
  expect(out.errors).toEqual([]);
  return out.data;
}

describe('clean CSV (RFC 4180)', () => {
  const csv = writeCsv(def, rows);

  it('parses back to the same rows: accents, quotes, line breaks, ; and , inside text, decimals', () => {
    const back = parse(csv, ',');
    expect(back.at(-1)).toEqual(['']); // the file ends with CRLF
    const [header, ...body] = back.slice(0, -1);
    expect(header).toEqual(def.columns.map((c) => c.name));
    expect(body).toHaveLength(rows.length);
    body.forEach((cells, i) => expect(cells).toEqual(def.columns.map((c) => expected(rows[i]![c.name]!))));
    const first = Object.fromEntries(header!.map((h, j) => [h, body[0]![j]]));
    expect(first.title).toBe('Città più accessibile: "servizi"; sì, già');
    expect(first.description).toBe('Riga uno\nRiga due, con virgola; e punto e virgola');
    expect(first.cost).toBe('1234.5');
    expect(first.eu_funding).toBe('987654.32');
    expect(first.payments).toBe('');
    expect(Number(first.commitments)).toBe(0.1);
    expect(body[2]![header!.indexOf('beneficiary')]).toBe('Àèìòù ÄÖÜ ß € “virgolette”');
  });

  it('uses CRLF, commas, "" escaping and quotes only when needed', () => {
    expect(csv.startsWith('id,code,cup,title,')).toBe(true);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(csv).toContain('"Città più accessibile: ""servizi""; sì, già"');
    expect(csv).toContain(',Comune di Napoli,');
    expect(csv.split('\r\n')[1]).toMatch(/^na-0001,NA-0001,B61E24000000001,/);
    expect(/[^\r]\n/.test(csv.replace(/"[^"]*(?:""[^"]*)*"/g, '""'))).toBe(false);
  });

  it('writes numbers in plain notation', () => {
    expect(plainNumber(1e-7)).toBe('0.0000001');
    expect(plainNumber(1e21)).toBe('1000000000000000000000');
    expect(plainNumber(-0)).toBe('0');
    expect(plainNumber(-2.5, ',')).toBe('-2,5');
    expect(() => plainNumber(Number.NaN)).toThrow();
    const back = parse(csv, ',');
    // Money is held in cents and published in euro: one cent, and a cent count of 16 digits.
    expect(back[3]![def.columns.findIndex((c) => c.name === 'cost')]).toBe('0.01');
    expect(back[3]![def.columns.findIndex((c) => c.name === 'eu_funding')]).toBe('9999999999999.99');
  });

  it('neutralises formula injection in text cells only', () => {
    const back = parse(csv, ',');
    const at = (r: number, n: string) => back[r]![def.columns.findIndex((c) => c.name === n)];
    expect(at(2, 'title')).toBe(`'=HYPERLINK("http://evil.example","clic")`);
    expect(at(2, 'description')).toBe("'+1");
    expect(at(2, 'beneficiary')).toBe("'-2+3");
    expect(at(2, 'cup')).toBe("'@SUM(A1:A2)");
    expect(at(3, 'title')).toBe("'\tTab iniziale");
    expect(at(3, 'description')).toBe("'\rCR iniziale");
    const neg = csvText({ columns: [{ ...def.columns.find((c) => c.name === 'cost')!, name: 'n' }] }, [{ n: -2.5 }]);
    expect(neg).toBe('n\r\n-2.5\r\n');
  });
});

describe('CSV for Italian Excel', () => {
  const bytes = writeExcelCsv(def, rows);
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

  it('has the byte layout Italian Excel expects: BOM, ;, decimal comma, CRLF', () => {
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.slice(1).startsWith('id;code;cup;title;')).toBe(true);
    const line = text.split('\r\n')[1]!;
    expect(line).toContain(';1234,5;;987654,32;0,1;;');
    expect(line).toContain(';40,85;14,25;');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(new TextDecoder().decode(bytes)).toContain('Àèìòù ÄÖÜ ß €');
  });

  it('parses back with ; and keeps text with commas unquoted, text with ; quoted', () => {
    const back = parse(text.slice(1), ';');
    const [header, ...body] = back.slice(0, -1);
    body.forEach((cells, i) => expect(cells).toEqual(def.columns.map((c) => expected(rows[i]![c.name]!, ','))));
    expect(text).toContain('"Città più accessibile: ""servizi""; sì, già"');
    expect(header).toEqual(def.columns.map((c) => c.name));
    expect(body[1]![header!.indexOf('title')]).toBe(`'=HYPERLINK("http://evil.example","clic")`);
    expect(body[1]![header!.indexOf('beneficiary')]).toBe("'-2+3");
    expect(body[1]![header!.indexOf('cup')]).toBe("'@SUM(A1:A2)");
    expect(body[1]![header!.indexOf('description')]).toBe("'+1");
    expect(body[2]![header!.indexOf('title')]).toBe("'\tTab iniziale");
  });
});
