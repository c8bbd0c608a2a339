// Formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts with =, +, -, @,
// tab or carriage return as a formula. Such text cells get a leading apostrophe, which spreadsheets
// show as text. Only text goes through here: numbers are written as numbers, so a negative amount
// stays a number. Pure and browser-safe.

/** First characters that make a spreadsheet treat text as a formula (with their full-width forms). */
export const FORMULA_TRIGGERS = {
  chars: ['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'] as readonly string[],
  describe: { it: '= + - @ (anche a larghezza piena), TAB o CR', en: '= + - @ (full-width too), TAB or CR' },
};

const TRIGGERS = new Set(FORMULA_TRIGGERS.chars);

/** True when the text would start a formula in a spreadsheet. */
export function isFormulaLike(text: string): boolean {
  return text.length > 0 && TRIGGERS.has(text[0]!);
}

/** The text, prefixed with a single quote when it would start a formula. */
export function neutralise(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}
