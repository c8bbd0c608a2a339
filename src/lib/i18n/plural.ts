// Count words that agree with their number, by the language's plural rules (Intl.PluralRules):
// "1 progetto" / "2 progetti", "1 project" / "0 projects". The language files use it in every
// sentence that holds a count.
import { LOCALE, type Lang } from './locales.ts';

const rules = new Map<Lang, Intl.PluralRules>();

/** `one` or `other`, as the language's plural rules select for `n`. */
export function plural(lang: Lang, n: number, one: string, other: string): string {
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(LOCALE[lang])));
  return r.select(n) === 'one' ? one : other;
}
