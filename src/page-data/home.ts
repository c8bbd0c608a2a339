// / and /en/: the priority as a whole.
import type { Action, City, Objective, SiteData, TargetGroup } from '../data.ts';
import { homeFigures } from '../figures/catalogue.ts';
import type { Lang } from '../lib/i18n/index.ts';
import { overTime, type OverTimePage } from './axis.ts';
import type { Funnel } from '../lib/model/funnel.ts';
import { PRIORITY4 } from '../lib/programme.ts';

export type HomePage = OverTimePage & {
  /** Priority 4's resources (cents) and their source: a programme fact, not the data's. */
  resources: { cents: number; source: string };
  funnel: Funnel;
  /** The allocated money in the data over the priority's resources; null without allocations. */
  allocatedShare: number | null;
  cities: City[];
  objectives: Objective[];
  actions: Action[];
  targetGroups: TargetGroup[];
  figures: ReturnType<typeof homeFigures>;
};

export function homePage(site: SiteData, lang: Lang): HomePage {
  const funnel = site.total.funnel;
  return {
    resources: { cents: PRIORITY4.resourcesCents, source: PRIORITY4.sources[0].url },
    funnel,
    allocatedShare: funnel.allocated === null ? null : funnel.allocated / PRIORITY4.resourcesCents,
    cities: site.cities,
    objectives: site.objectives,
    actions: site.actions,
    targetGroups: site.targetGroups,
    figures: homeFigures(site, lang),
    overTime: overTime(site, lang, { name: 'home' }),
  };
}
