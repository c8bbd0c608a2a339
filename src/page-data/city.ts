// /citta/<slug>/ and the full table of its projects, /progetti/citta/<slug>/.
import type { City, SiteData } from '../data.ts';
import { cityFigures, timelineFigure } from '../figures/catalogue.ts';
import type { Lang } from '../lib/i18n/index.ts';
import type { FigureDef } from '../figures/types.ts';
import type { Timeline } from '../lib/model/timeline.ts';
import { releaseTimeline } from '../releases.ts';
import { median, positionOf } from '../lib/model/ranking.ts';
import { axisPage, known, type AxisPage } from './axis.ts';
import { projectRows, type ProjectRow } from './project-row.ts';

export type CityPage = AxisPage & {
  city: City;
  /** The city's place among all cities by allocation (1 = the largest), and how many there are. */
  allocationRank: { position: number; of: number };
  /** Paid over allocated, the city's and the median of the cities that have an allocation; null: none. */
  paidRate: number | null;
  medianPaidRate: number | null;
  figures: ReturnType<typeof cityFigures>;
  /** Commitments and payments at each kept release (null without any). */
  overTime: FigureDef | null;
};

export function cityPage(
  site: SiteData,
  slug: string,
  lang: Lang,
  timeline: Timeline = releaseTimeline(site),
): CityPage {
  const city = known(site.cityBySlug, slug, 'city');
  const funnelOf = (istat: string) => known(site.byCity, istat, 'city').funnel;
  const rate = (istat: string) => {
    const f = funnelOf(istat);
    return f.allocated ? f.paid / f.allocated : null;
  };
  const allocations = site.cities.map((c) => ({
    key: c.istat,
    label: c.name,
    value: funnelOf(c.istat).allocated ?? 0,
  }));
  return {
    ...axisPage(site, known(site.byCity, city.istat, 'city')),
    city,
    allocationRank: { position: positionOf(allocations, city.istat)!, of: site.cities.length },
    paidRate: rate(city.istat),
    medianPaidRate: median(site.cities.map((c) => rate(c.istat)).filter((r): r is number => r !== null)),
    figures: cityFigures(site, slug, lang),
    overTime: timelineFigure(site, timeline, lang, { name: 'city', slug }),
  };
}

/** Every project of a city, largest first: works without JavaScript at any length. */
export type CityProjectsPage = { city: City; rows: ProjectRow[] };

export function cityProjectsPage(site: SiteData, slug: string): CityProjectsPage {
  const city = known(site.cityBySlug, slug, 'city');
  return { city, rows: projectRows(site, known(site.byCity, city.istat, 'city').projects) };
}
