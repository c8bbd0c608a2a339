// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';

// Deterministic output: no clock is read anywhere, and the time zone is pinned in case a
// dependency formats a date.
process.env.TZ = 'UTC';

// SITE_URL: the public address the site is served from (absolute URLs in hreflang, sitemap,
// catalogues, embeds). Set it when deploying; the default serves `npm start` locally.
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  base: process.env.BASE_PATH ?? '/',
  // OUT_DIR lets tests build the site from a fixture (DATA_DIR) without touching dist/.
  outDir: process.env.OUT_DIR ?? './dist',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // Never inline a script or a stylesheet: the Content-Security-Policy (src/components/Layout.astro)
  // allows only the site's own files.
  vite: { build: { assetsInlineLimit: 0 } },
  // The sitemap lists every page (the browser tests crawl it), not the 404s or downloads, nor
  // the charts' embed pages (/embed/<id>/, /en/embed/<id>/: noindex, for other sites' iframes;
  // tests/browser/embed.test.ts checks them).
  // pagefind indexes the written pages for the static search (src/integrations/pagefind.ts).
  integrations: [pagefind(), sitemap({ filter: (page) => !/\/404\/?$/.test(page) && !/\.csv$/.test(page) && !/\/embed\//.test(page) })],
});
