// The site's two languages. Italian is served at the root, English under /en/.
export const LANGS = ['it', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const OTHER_LANG: Record<Lang, Lang> = { it: 'en', en: 'it' };
/** BCP 47 tags for `lang`, `hreflang` and Intl. */
export const LOCALE: Record<Lang, string> = { it: 'it-IT', en: 'en-GB' };
