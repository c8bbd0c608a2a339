// Italy's outline from Natural Earth 1:50m via the maintained `world-atlas` TopoJSON package
// (countries-50m.json, ISO 3166 numeric id 380). Read once per build.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { Feature, Geometry } from 'geojson';

let italy: Feature<Geometry> | null = null;

export function italyOutline(): Feature<Geometry> {
  if (italy) return italy;
  const require = createRequire(import.meta.url);
  const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
  const all = feature(topo, topo.objects.countries) as unknown as { features: Feature<Geometry>[] };
  const it = all.features.find((f) => String(f.id) === '380');
  if (!it) throw new Error('world-atlas/countries-50m.json has no feature with id 380 (Italy)');
  italy = it;
  return it;
}
