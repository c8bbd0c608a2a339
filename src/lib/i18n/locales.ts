// The site's two languages. Italian is served at the root, English under /en/.
export const LANGS = ['it', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const OTHER_LANG: Record<Lang, Lang> = { it: 'en', en: 'it' };
/** BCP 47 tags for `lang`, `hreflang` and Intl. */
export const LOCALE: Record<Lang, string> = { it: 'it-IT', en: 'en-GB' };
/**
 * The `lang` attribute of Italian text (the programme's texts, project titles, the data's descriptions) on a page in
 * `lang`: none on Italian pages, where it is the page's own language.
 */
export function italian(lang: Lang): 'it' | undefined {
  return lang === 'it' ? undefined : 'it';
}
