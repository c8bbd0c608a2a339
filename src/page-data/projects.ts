// /progetti/: the explorer, and without JavaScript each city's largest projects; and
// /progetti/<id>/: one project.
import type { Action, City, Indicator, Objective, Project, SiteData, TargetGroup } from '../data.ts';
import { projectFigure } from '../figures/catalogue.ts';
import { isDemonstrationFile } from '../lib/downloads/datasets.ts';
import { projectLinksOut, type LinksOut } from '../lib/links.ts';
import { siteConfig } from '../site-config.ts';
import type { FigureDef } from '../figures/types.ts';
import { NOT_AVAILABLE, NOT_CLASSIFIED, statusSlug } from '../lib/explorer/state.ts';
import { t, type Lang } from '../lib/i18n/index.ts';
import type { Funnel } from '../lib/model/funnel.ts';
import { indicatorTotals } from '../lib/model/indicators.ts';
import { QUALITY_FLAGS, STATUSES } from '../lib/schema/index.ts';
import { known } from './axis.ts';
import { beneficiaryRefs, projectRows, type BeneficiaryRef, type ProjectRow } from './project-row.ts';

/** Projects listed per city without JavaScript, the largest first. */
export const LIST_PER_CITY = 50;

/** One facet of the explorer's form: its URL name, its legend and its options. */
export type ExplorerFacet = {
  name: string;
  legend: string;
  options: { value: string; label: string; code?: string; labelLang?: Lang }[];
};

export type ProjectsPage = {
  cities: { city: City; funnel: Funnel; count: number; listed: ProjectRow[] }[];
  total: Funnel;
  facets: ExplorerFacet[];
  demonstration: boolean;
};

/**
 * The explorer's facets in the page's language. "Not classified" / "not available" are always
 * offered, even when no project needs them in this release, so that links using them stay valid
 * from one data release to the next.
 */
export function explorerFacets(site: SiteData, lang: Lang): ExplorerFacet[] {
  const s = t(lang).explorer;
  const years = [...new Set(site.projects.flatMap((p) => (p.startDate ? [p.startDate.slice(0, 4)] : [])))].sort();
  return [
    { name: 'citta', legend: s.city, options: site.cities.map((c) => ({ value: c.slug, label: c.name })) },
    {
      name: 'ob',
      legend: s.objective,
      options: site.objectives.map((o) => ({ value: o.code, code: o.code, label: o.title[lang] })),
    },
    {
      name: 'az',
      legend: s.action,
      options: [
        ...site.actions.map((a) => ({ value: a.code, code: a.code, label: a.title[lang] })),
        { value: NOT_CLASSIFIED, label: s.notClassified },
      ],
    },
    {
      name: 'dest',
      legend: s.targetGroup,
      options: [
        ...site.targetGroups.map((g) => ({ value: g.code, label: g.name[lang] })),
        { value: NOT_CLASSIFIED, label: s.noGroups },
      ],
    },
    {
      name: 'stato',
      legend: s.status,
      options: [
        ...STATUSES.map((st) => ({ value: statusSlug(st), label: s.statuses[st] ?? st })),
        { value: NOT_AVAILABLE, label: s.notAvailable },
      ],
    },
    {
      name: 'anno',
      legend: s.year,
      options: [...years.map((y) => ({ value: y, label: y })), { value: NOT_AVAILABLE, label: s.noStart }],
    },
    { name: 'qualita', legend: s.quality, options: QUALITY_FLAGS.map((f) => ({ value: f, label: s.flags[f] ?? f })) },
    {
      // Indicators by code (whatever their units), with the description the source gives most
      // often: source text, in Italian on the English page too.
      name: 'ind',
      legend: s.indicator,
      options: [
        ...indicatorTotals(site.indicators)
          .filter((i, k, all) => k === 0 || all[k - 1]!.code !== i.code)
          .map((i) => ({
            value: i.code,
            code: i.code,
            label: i.description ?? '',
            labelLang: lang === 'it' ? undefined : ('it' as const),
          })),
        { value: NOT_AVAILABLE, label: s.noIndicators },
      ],
    },
  ];
}

export function projectsPage(site: SiteData, lang: Lang): ProjectsPage {
  return {
    cities: site.cities.map((city) => {
      const g = known(site.byCity, city.istat, 'city');
      return {
        city,
        funnel: g.funnel,
        count: g.projects.length,
        listed: projectRows(site, g.projects.slice(0, LIST_PER_CITY)),
      };
    }),
    total: site.total.funnel,
    facets: explorerFacets(site, lang),
    demonstration: site.meta.demonstration,
  };
}

export type ProjectPage = {
  project: Project;
  city: City;
  objective: Objective;
  action: Action | null;
  beneficiaries: BeneficiaryRef[];
  /** Whether a beneficiary is a natural person (never named: the label says so). */
  hasNaturalPerson: boolean;
  /** The project's target groups, each with its reference record when the reference knows it. */
  targetGroups: { code: string; group: TargetGroup | undefined }[] | null;
  indicators: Indicator[];
  figure: FigureDef;
  /** Links out from the project's official identifiers (OpenCUP, OpenCoesione). */
  linksOut: LinksOut;
};

export function projectPage(
  site: SiteData,
  id: string,
  lang: Lang,
  opencupPattern: string | null = siteConfig().links.opencup,
): ProjectPage {
  const p = known(site.projectById, id, 'project');
  const beneficiaries = beneficiaryRefs(site, p.beneficiaries);
  return {
    project: p,
    city: known(site.cityByIstat, p.city, 'city'),
    objective: known(site.objective, p.objective, 'objective'),
    action: p.action ? known(site.action, p.action, 'action') : null,
    beneficiaries,
    hasNaturalPerson: p.beneficiaries.some((b) => site.beneficiaryById.get(b)?.kind === 'natural'),
    targetGroups: p.targetGroups?.map((code) => ({ code, group: site.targetGroup.get(code) })) ?? null,
    indicators: site.indicatorsOf.get(p.code) ?? [],
    figure: projectFigure(p, lang),
    linksOut: projectLinksOut(opencupPattern, p, isDemonstrationFile(site.meta, p.source.file)),
  };
}
