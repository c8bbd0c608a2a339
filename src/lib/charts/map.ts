// The 14 cities on Italy's outline, each a circle whose area is proportional to its amount,
// labelled with its name so that no colour or size has to be read alone.
import * as Plot from '@observablehq/plot';
import type { Feature, Geometry } from 'geojson';
import { THEME, markLinks, type Linked } from './theme.ts';
import type { ChartSpec } from './render.ts';
import type { CityPoint } from '../geo/cities.ts';

export type MapDatum = CityPoint & Linked & { key: string; label: string; value: number };

export function mapSpec(
  outline: Feature<Geometry>,
  data: readonly MapDatum[],
  o: { title: string; description: string },
): ChartSpec {
  const max = data.reduce((m, d) => Math.max(m, d.value), 0) || 1;
  // Plot's dx and dy are constants, so each label is its own mark.
  const labels = data.map((d) =>
    Plot.text([d], {
      x: 'lon',
      y: 'lat',
      text: 'label',
      textAnchor: d.anchor,
      dx: d.dx,
      dy: d.dy,
      fill: THEME.text,
      stroke: 'white',
      strokeWidth: 3,
      paintOrder: 'stroke',
      fontWeight: 600,
      fontSize: 15,
    }),
  );
  return {
    width: 440,
    height: 420,
    title: o.title,
    description: o.description,
    plot: {
      // Room on the right for the labels of Bari, Messina and Reggio di Calabria.
      projection: { type: 'mercator', domain: outline, inset: 14, insetRight: 90, insetLeft: 30 },
      r: { domain: [0, max], range: [0, 20] },
      marks: [
        Plot.geo(outline, { fill: THEME.land, stroke: THEME.landStroke, strokeWidth: 0.8 }),
        // Each circle is the city's link, with its name and amount as title.
        Plot.dot(data, {
          x: 'lon',
          y: 'lat',
          r: 'value',
          fill: THEME.primary,
          fillOpacity: 0.75,
          stroke: THEME.dark,
          strokeWidth: 1.2,
          className: 'mark-dot',
          ...markLinks<MapDatum>(),
        }),
        ...labels,
      ],
    },
  };
}
