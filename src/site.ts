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

/**
 * Every page's Content-Security-Policy (Layout.astro, Embed.astro): nothing but the site's own files, and no inline
 * script or style anywhere. `wasm`: the search page alone lets WebAssembly run (pagefind's index reader).
 */
export function contentSecurityPolicy(wasm = false): string {
  return [
    "default-src 'self'",
    `script-src 'self'${wasm ? " 'wasm-unsafe-eval'" : ''}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
