// The public address of the site, from the environment: SITE_URL (absolute URLs in hreflang,
// sitemap, catalogues and embeds; the default serves `npm start` locally) and BASE_PATH (a
// sub-path to serve the site under). Read by astro.config.mjs and by scripts/site-index.ts, so the
// pages and the sitemap written after them always agree.
export function siteAddress(env: NodeJS.ProcessEnv = process.env): { site: string; base: string } {
  return { site: env['SITE_URL'] ?? 'http://127.0.0.1:4321', base: env['BASE_PATH'] ?? '/' };
}

/** The absolute URL the site's root is published at, ending with '/'. */
export function siteRootUrl(env: NodeJS.ProcessEnv = process.env): string {
  const { site, base } = siteAddress(env);
  return new URL(base.replace(/^\/?/, '/').replace(/\/?$/, '/'), site).href;
}
