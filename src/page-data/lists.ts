// /obiettivi/, /azioni/, /citta/, /destinatari/: the index page of each of the four axes.
import type { SiteData } from '../data.ts';
import { indexFigures } from '../figures/catalogue.ts';
import type { FigureDef } from '../figures/types.ts';
import { t, type Lang } from '../lib/i18n/index.ts';
import type { Funnel } from '../lib/model/funnel.ts';
import type { Route } from '../routes/table.ts';
import { known } from './axis.ts';

export type ListKind = 'objectives' | 'actions' | 'cities' | 'targetGroups';
export type ListRow = {
  route: Route;
  label: string;
  text: string;
  funnel: Funnel;
  /** What the row is measured against: its allocation (null where it has none), or for target groups its cost. */
  base: number | null;
  /** Paid over the base; null when there is no base to divide by. */
  paidRate: number | null;
};

export type ListsPage = {
  kind: ListKind;
  rows: ListRow[];
  /** Whether the rows have an allocation to measure against (target groups do not: their cost). */
  hasAllocation: boolean;
  /** Projects under no target group (the target groups' index says so). */
  untagged: number;
  /** The comparison chart that opens the page. */
  figure: FigureDef;
};

export function listsPage(site: SiteData, kind: ListKind, lang: Lang): ListsPage {
  const s = t(lang);
  const hasAllocation = kind !== 'targetGroups';
  const row = (route: Route, label: string, text: string, funnel: Funnel): ListRow => {
    const base = hasAllocation ? funnel.allocated : funnel.cost;
    return { route, label, text, funnel, base, paidRate: base !== null && base > 0 ? funnel.paid / base : null };
  };
  const rows: ListRow[] =
    kind === 'objectives'
      ? site.objectives.map((o) =>
          row(
            { name: 'objective', code: o.code },
            o.code,
            o.title[lang],
            known(site.byObjective, o.code, 'objective').funnel,
          ),
        )
      : kind === 'actions'
        ? site.actions.map((a) =>
            row({ name: 'action', code: a.code }, a.code, a.title[lang], known(site.byAction, a.code, 'action').funnel),
          )
        : kind === 'cities'
          ? site.cities.map((c) =>
              row(
                { name: 'city', slug: c.slug },
                c.name,
                `${c.region} · ${c.category === 'LD' ? s.city.categoryLD : s.city.categoryMD}`,
                known(site.byCity, c.istat, 'city').funnel,
              ),
            )
          : site.targetGroups.map((g) =>
              row(
                { name: 'targetGroup', code: g.code },
                g.name[lang],
                g.objectives.join(', '),
                known(site.byTargetGroup, g.code, 'target group').funnel,
              ),
            );
  return { kind, rows, hasAllocation, untagged: site.untaggedCount, figure: indexFigures(site, lang)[kind] };
}
