// Internal links: every href goes through url() so the site works under a sub-path (BASE_PATH).
import type { Lang } from './lib/i18n/index.ts';
import { routePath, type Route } from './routes/table.ts';

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** A root-relative path ('/citta/napoli/') as a link under the configured base. */
export function url(path: string): string {
  return BASE + path.replace(/^\//, '');
}

/** Link to a route in a language. */
export function href(lang: Lang, route: Route): string {
  return url(routePath(lang, route));
}
