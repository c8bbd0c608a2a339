// The project explorer's data file, one for both languages: /progetti/indice.json, the route
// table's "explorerIndex" (src/routes/table.ts). See src/lib/explorer/compact.ts for its layout.
import type { APIRoute } from 'astro';
import { siteData } from '../../data.ts';
import { datasetById, isDemonstrationFile } from '../../lib/downloads/datasets.ts';
import { downloadMetadata } from '../../lib/downloads/metadata.ts';
import { fileName } from '../../lib/downloads/formats.ts';
import { publication } from '../../downloads.ts';
import { buildIndex } from '../../lib/explorer/compact.ts';
import { SELECTION_COLUMNS } from '../../lib/explorer/download.ts';
import { QUALITY_FLAGS, STATUSES } from '../../lib/schema/index.ts';
import { href } from '../../site.ts';

export const GET: APIRoute = () => {
  const d = siteData();
  const projectsDef = datasetById('projects');
  const keep = new Set<string>(SELECTION_COLUMNS);
  const def = {
    ...projectsDef,
    title: { it: 'Progetti (operazioni) – selezione', en: 'Projects (operations) – selection' },
    description: {
      it: `${projectsDef.description.it} Selezione fatta con i filtri della pagina dei progetti: l'indirizzo della selezione è in "selection".`,
      en: `${projectsDef.description.en} A selection made with the filters of the projects page: its address is in "selection".`,
    },
    columns: projectsDef.columns.filter((c) => keep.has(c.name)),
  };
  const pub = publication();
  const { schema: _schema, records: _records, money: _money, ...xlsxDef } = def;
  const index = buildIndex({
    projects: d.projects,
    allocations: d.allocations,
    cities: d.cities,
    targetGroups: d.targetGroups,
    statuses: STATUSES,
    flags: QUALITY_FLAGS,
    demonstration: d.meta.demonstration,
    referenceDate: d.meta.referenceDate,
    isDemonstration: (p) => isDemonstrationFile(d.meta, p.source.file),
    indicatorsOf: (p) => [...new Set((d.indicatorsOf.get(p.code) ?? []).map((i) => i.code))].sort(),
    download: {
      columns: def.columns.map((c) => c.name),
      metadata: downloadMetadata(def, pub, 0) as unknown as Record<string, unknown>,
      xlsx: {
        def: xlsxDef as unknown as Record<string, unknown>,
        pub: {
          ...pub,
          meta: {
            referenceDate: d.meta.referenceDate,
            demonstration: d.meta.demonstration,
            demonstrationNote: d.meta.demonstrationNote,
            sources: d.meta.sources,
          },
        },
      },
      fullXlsx: href('it', { name: 'download', file: fileName('projects', 'xlsx') }),
    },
  });
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
