// Number, money and date formats of each language. Amounts arrive in integer cents (see
// src/lib/model/money.ts) so that sums are exact; they are turned into text only here.
import { LOCALE, type Lang } from './locales.ts';

const cache = new Map<string, Intl.NumberFormat>();
function nf(lang: Lang, min: number, max: number): Intl.NumberFormat {
  const key = `${lang}:${min}:${max}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], {
      minimumFractionDigits: min,
      maximumFractionDigits: max,
      useGrouping: 'always',
    } as Intl.NumberFormatOptions);
    cache.set(key, f);
  }
  return f;
}

/** A plain number: 1.234 (it) / 1,234 (en). */
export function formatNumber(n: number, lang: Lang, decimals = 0): string {
  return nf(lang, decimals, decimals).format(n);
}

/** Millions of euro with two decimals: "842,06 milioni di euro" / "€842.06 million". */
export function formatMillions(cents: number, lang: Lang): string {
  const m = nf(lang, 2, 2).format(cents / 100 / 1e6);
  return lang === 'it' ? `${m} milioni di euro` : `€${m} million`;
}

/** Short millions for chart labels and tight tables: "12,35 M€" / "€12.35m". */
export function formatMillionsShort(cents: number, lang: Lang): string {
  const m = nf(lang, 2, 2).format(cents / 100 / 1e6);
  return lang === 'it' ? `${m} M€` : `€${m}m`;
}

/** Short thousands for chart labels: "845,3 mila €" / "€845.3k". */
export function formatThousandsShort(cents: number, lang: Lang): string {
  const k = nf(lang, 1, 1).format(cents / 100 / 1e3);
  return lang === 'it' ? `${k} mila €` : `€${k}k`;
}

/** Exact euro with cents: "1.234.567,89 €" / "€1,234,567.89". */
export function formatEuro(cents: number, lang: Lang): string {
  const e = nf(lang, 2, 2).format(cents / 100);
  return lang === 'it' ? `${e} €` : `€${e}`;
}

/** Money in the most readable unit: millions from one million up, exact euro below. */
export function formatMoney(cents: number, lang: Lang): string {
  return Math.abs(cents) >= 100_000_000 ? formatMillions(cents, lang) : formatEuro(cents, lang);
}

/** A share in [0, 1] as a percentage: "28,4%" / "28.4%". */
export function formatPercent(share: number, lang: Lang, decimals = 1): string {
  return `${nf(lang, decimals, decimals).format(share * 100)}%`;
}

const MONTHS: Record<Lang, readonly string[]> = {
  it: [
    'gennaio',
    'febbraio',
    'marzo',
    'aprile',
    'maggio',
    'giugno',
    'luglio',
    'agosto',
    'settembre',
    'ottobre',
    'novembre',
    'dicembre',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** An ISO date (YYYY-MM-DD) as words, without any clock or time zone: "30 giugno 2026". */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[lang][m - 1]} ${y}`;
}

/** An ISO date's month, short, for a chart's axis: "giu", "Jun" (the first three letters of its name). */
export function formatMonthShort(iso: string, lang: Lang): string {
  return MONTHS[lang][Number(iso.slice(5, 7)) - 1]!.slice(0, 3);
}

/** Ordinal for rankings: "2ª" / "2nd". */
export function formatOrdinal(n: number, lang: Lang): string {
  if (lang === 'it') return `${n}ª`;
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
}
