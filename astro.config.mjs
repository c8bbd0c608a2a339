// @ts-check
import { defineConfig } from 'astro/config';

// SITE_URL: the public address the site is served from (absolute URLs in hreflang, sitemap,
// catalogues, embeds). Set it when deploying; the default serves `npm start` locally.
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  base: process.env.BASE_PATH ?? '/',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
