// Static search: once Astro has written the site, pagefind indexes its HTML into <out>/pagefind/,
// one index per language (from <html lang>). It runs inside `astro build`, so every build —
// npm start, the tests, the benchmark — has its search. No server: the index is static files.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

const CONTENT_PAGES = '{progetti,citta,azioni,obiettivi,destinatari,en/projects,en/cities,en/actions,en/objectives,en/target-groups}/**/*.html';

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
        // Only the pages worth finding: projects, cities, actions, objectives, target groups (in
        // both languages); not the embed pages, downloads or lists. Their charts and tables carry
        // data-pagefind-ignore, so a project's title finds the project, not every list naming it.
        const added = await index.addDirectory({ path: site, glob: CONTENT_PAGES });
        if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
        if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`search index of ${added.page_count} pages`);
      },
    },
  };
}
