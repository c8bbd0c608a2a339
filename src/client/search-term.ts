// What the search page hands pagefind for what the reader typed. pagefind cuts a word at every
// switch between letters and digits, so a CUP (E71H24479549979) becomes "e", "71", "h" and
// "24479549979", and the one-letter pieces match nearly every page, the project not among the
// first (README, "Measured"). The CUP's last eleven digits alone find it.
const CUP = /\b[A-Z]\d{2}[A-Z](\d{11})\b/gi;

export function searchTerm(typed: string): string {
  return typed.replace(CUP, '$1');
}
