// The pages of a built site (every index.html under it, plus the top-level 404.html), sorted, with
// the path each is served at: what the sitemap and the search index are made from.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export type SitePage = {
  /** The file, relative to the site folder, with '/' separators: `progetti/x/index.html`. */
  file: string;
  /** The path it is served at, relative to the site's root: `progetti/x/` ('' for the home page). */
  path: string;
};

export function sitePages(site: string): SitePage[] {
  const out: SitePage[] = [];
  const walk = (dir: string, rel: string) => {
    for (const e of readdirSync(join(site, dir), { withFileTypes: true })) {
      const name = rel + e.name;
      if (e.isDirectory()) walk(join(dir, e.name), `${name}/`);
      else if (e.name === 'index.html') out.push({ file: name, path: rel });
      else if (rel === '' && e.name === '404.html') out.push({ file: name, path: name });
    }
  };
  walk('', '');
  return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
