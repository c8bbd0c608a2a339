// /beneficiari/: the ranking of legal entities; /beneficiari/<id>/: one of them.
import type { SiteData } from '../data.ts';
import { beneficiaryFigures, indexFigures } from '../figures/catalogue.ts';
import type { FigureDef } from '../figures/types.ts';
import type { Lang } from '../lib/i18n/index.ts';
import { topShare, type BeneficiarySummary } from '../lib/model/beneficiaries.ts';
import type { Funnel } from '../lib/model/funnel.ts';
import type { Route } from '../routes/table.ts';
import { known } from './axis.ts';
import { projectRows, type ProjectRow } from './project-row.ts';

/** How many legal entities the share is taken of, and how many the ranking lists (the download has them all). */
export const TOP_BENEFICIARIES = 10;
export const RANKING_SHOWN = 200;

export type BeneficiariesPage = {
  /** The first legal entities of the ranking, largest first, and how many there are in all. */
  ranking: BeneficiarySummary[];
  legalCount: number;
  /** Natural persons together, counted and never named; undefined when there are none. */
  natural: BeneficiarySummary | undefined;
  /**
   * The ranking's table: the legal entities listed, each with its rank, and natural persons as one
   * row without a rank where their total puts them (when among those listed).
   */
  table: { summary: BeneficiarySummary; rank: number | null }[];
  top: number;
  /** The share of all projects' cost held by the first `top` (null: no cost at all). */
  topShare: number | null;
  shown: number;
  /** The comparison chart of the first beneficiaries, natural persons in one unnamed row. */
  figure: FigureDef;
};

export function beneficiariesPage(site: SiteData, lang: Lang): BeneficiariesPage {
  const legal = site.beneficiaryRanking.filter((r) => r.beneficiary.kind === 'legal');
  let rank = 0;
  const table = site.beneficiaryRanking.map((summary) => ({
    summary,
    rank: summary.beneficiary.kind === 'legal' ? ++rank : null,
  }));
  // Cut after the last entity listed: natural persons' row stays only when an entity listed follows it.
  const last = table.findIndex((x) => x.rank === RANKING_SHOWN);
  return {
    ranking: legal.slice(0, RANKING_SHOWN),
    legalCount: legal.length,
    table: last < 0 ? table : table.slice(0, last + 1),
    natural: site.beneficiaryRanking.find((r) => r.beneficiary.kind === 'natural'),
    top: TOP_BENEFICIARIES,
    topShare: topShare(site.beneficiaryRanking, site.projects, TOP_BENEFICIARIES),
    shown: RANKING_SHOWN,
    figure: indexFigures(site, lang).beneficiaries,
  };
}

/** A beneficiary's money in one city or action: the row's label, its page when it has one, its funnel. */
export type MoneyRow = { label: string | null; route: Route | null; funnel: Funnel };

export type BeneficiaryPage = {
  summary: BeneficiarySummary;
  name: string;
  /** Largest cost first; an action's label null: not classified. */
  byCity: MoneyRow[];
  byAction: MoneyRow[];
  rows: ProjectRow[];
  /** Whether every project has this one beneficiary alone (the table then leaves the column out). */
  sole: boolean;
  /** Its money by city and by action, as charts. */
  figures: ReturnType<typeof beneficiaryFigures>;
};

const largestFirst = <K>(m: ReadonlyMap<K, Funnel>) => [...m].sort((x, y) => y[1].cost - x[1].cost);

export function beneficiaryPage(site: SiteData, id: string, lang: Lang): BeneficiaryPage {
  const summary = known(site.beneficiarySummary, id, 'beneficiary');
  return {
    summary,
    name: summary.beneficiary.name ?? id,
    byCity: largestFirst(summary.byCity).map(([istat, funnel]) => {
      const c = known(site.cityByIstat, istat, 'city');
      return { label: c.name, route: { name: 'city', slug: c.slug }, funnel };
    }),
    byAction: largestFirst(summary.byAction).map(([code, funnel]) => ({
      label: code,
      route: code ? { name: 'action', code } : null,
      funnel,
    })),
    rows: projectRows(site, summary.projects),
    sole: summary.projects.every((p) => p.beneficiaries.length === 1),
    figures: beneficiaryFigures(site, id, lang),
  };
}
