// /citta/<slug>/ and the full table of its projects, /progetti/citta/<slug>/.
import type { City, SiteData } from '../data.ts';
import { cityFigures } from '../figures/catalogue.ts';
import type { Lang } from '../lib/i18n/index.ts';
import { median, positionOf } from '../lib/model/ranking.ts';
import { axisPage, known, overTime, type AxisPage, type OverTimePage } from './axis.ts';
import { projectRows, type ProjectRow } from './project-row.ts';

export type CityPage = AxisPage &
  OverTimePage & {
    city: City;
    /** The city's place among all cities by allocation (1 = the largest), and how many there are. */
    allocationRank: { position: number; of: number };
    /** Paid over allocated, the city's and the median of the cities that have an allocation; null: none. */
    paidRate: number | null;
    medianPaidRate: number | null;
    figures: ReturnType<typeof cityFigures>;
  };

export function cityPage(site: SiteData, slug: string, lang: Lang): CityPage {
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
    overTime: overTime(site, lang, { name: 'city', slug }),
  };
}

/** Every project of a city, largest first: works without JavaScript at any length. */
export type CityProjectsPage = { city: City; rows: ProjectRow[] };

export function cityProjectsPage(site: SiteData, slug: string): CityProjectsPage {
  const city = known(site.cityBySlug, slug, 'city');
  return { city, rows: projectRows(site, known(site.byCity, city.istat, 'city').projects) };
}
