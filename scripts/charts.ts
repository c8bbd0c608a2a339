// npm run charts -- [--site DIR]
//
// After `astro build` (DIR: OUT_DIR or dist/): every chart's CSV, metadata.json, SVG and PNG, in
// each language, and every page's share image, from the site's data (DATA_DIR, as for the pages) and its public address
// (SITE_URL,
// BASE_PATH). See src/figures/files.ts for why these are not Astro routes.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { siteData } from '../src/data.ts';
import { publicationAt } from '../src/downloads.ts';
import { writeChartFiles } from '../src/figures/files.ts';
import { releaseTimeline } from '../src/releases.ts';
import { closeRasteriser } from '../src/lib/raster/png.ts';
import { siteRootUrl } from './lib/site-address.ts';

const { values } = parseArgs({ options: { site: { type: 'string', default: process.env['OUT_DIR'] ?? 'dist' } } });
const started = performance.now();
const out = await writeChartFiles(resolve(values.site), siteData(), publicationAt(siteRootUrl()), releaseTimeline());
closeRasteriser();
process.stdout.write(
  `charts: ${out.files} files, of which ${out.pngs} PNG (${(out.pngBytes / 1e6).toFixed(1)} MB, drawn in ${out.pngSeconds.toFixed(1)} s) (${((performance.now() - started) / 1000).toFixed(1)} s)\n`,
);
