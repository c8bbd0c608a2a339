// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { chartsAlongside } from './scripts/lib/charts-alongside.ts';
import { writeInPlace } from './scripts/lib/output-in-place.ts';
import { siteAddress } from './scripts/lib/site-address.ts';

// Deterministic output: no clock is read anywhere, and the time zone is pinned in case a
// dependency formats a date.
process.env.TZ = 'UTC';

// SITE_URL and BASE_PATH: where the site is published (scripts/lib/site-address.ts). Set them
// when deploying; the defaults serve `npm start` locally.
const { site, base } = siteAddress();

// `astro build` writes the pages, and the charts' files (scripts/charts.ts) in a process of its own meanwhile; the
// sitemap and the search index (scripts/site-index.ts) are the next step of `npm run build`.
export default defineConfig({
  site,
  base,
  // OUT_DIR lets tests build the site from a fixture (DATA_DIR) without touching dist/.
  outDir: process.env.OUT_DIR ?? './dist',
  output: 'static',
  trailingSlash: 'always',
  // Four pages in flight at once: rendering one while others are written (README, "Measured":
  // faster than one at a time, and 8 or 16 are no faster).
  build: { format: 'directory', concurrency: 4 },
  devToolbar: { enabled: false },
  // The build writes over the previous one; its last step removes what it did not write
  // (scripts/lib/output-in-place.ts). The charts' files are written meanwhile, by a child process at low priority
  // (scripts/lib/charts-alongside.ts).
  integrations: [writeInPlace(), chartsAlongside()],
  // Never inline a script or a stylesheet: the Content-Security-Policy (src/components/Layout.astro)
  // allows only the site's own files.
  vite: {
    build: { assetsInlineLimit: 0, emptyOutDir: false },
    // The projects' charts and the XLSX downloads are made in worker threads that Node runs from the source files
    // (src/figures/chart-pool.ts, src/lib/downloads/xlsx-pool.ts, started by src/pages/[...path].astro); the bundled
    // pages get their paths here.
    define: {
      'import.meta.env.CHART_WORKER': JSON.stringify(
        fileURLToPath(new URL('./src/figures/chart-worker.ts', import.meta.url)),
      ),
      'import.meta.env.XLSX_WORKER': JSON.stringify(
        fileURLToPath(new URL('./src/lib/downloads/xlsx-worker.ts', import.meta.url)),
      ),
    },
  },
});
