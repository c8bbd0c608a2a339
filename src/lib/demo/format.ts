// Writing cells the way the two kinds of source file do. Money is held in integer cents
// throughout the generator, so totals add up to the cent and nothing depends on float rounding.

/** 1.234.567,89: Italian Excel's display of a currency cell. */
export function euroItalian(cents: number): string {
  const whole = Math.floor(cents / 100);
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${grouped},${String(cents % 100).padStart(2, '0')}`;
}

/** 125000,50: decimal comma, no thousands separator (OpenCoesione's and most databases' style). */
export function euroPlain(cents: number): string {
  return `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;
}

/**
 * A coordinate with six decimals and a decimal comma. Six digits after the separator can never
 * be read as a thousands group, which three could (`40,851` is ambiguous).
 */
export function coordinate(degrees: number): string {
  return degrees.toFixed(6).replace('.', ',');
}

/** Quotes a cell only when it has to, as spreadsheet programs do. */
export function csvCell(value: string, delimiter: string): string {
  if (value.includes(delimiter) || /["\r\n]/.test(value) || value !== value.trim()) {
    return `"${value.replaceAll('"', '""')}"`;
  }
  return value;
}

export function csvText(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  options: { delimiter: string; newline: '\n' | '\r\n'; bom: boolean },
): string {
  const line = (cells: readonly string[]): string =>
    cells.map((cell) => csvCell(cell, options.delimiter)).join(options.delimiter);
  const body = [header, ...rows].map(line).join(options.newline) + options.newline;
  return (options.bom ? '\uFEFF' : '') + body;
}
