// What the pages of one objective, action, city or target group share: the group's funnel and its
// largest projects, as rows (src/page-data/project-row.ts); and the spending-over-time figure of the
// home, city and action pages.
import type { Group, Project, SiteData } from '../data.ts';
import type { Funnel } from '../lib/model/funnel.ts';
import type { GroupIndicators } from '../lib/model/indicators.ts';
import { topByCost } from '../lib/model/group.ts';
import { timelineFigure } from '../figures/catalogue.ts';
import type { FigureDef } from '../figures/types.ts';
import type { Lang } from '../lib/i18n/index.ts';
import { releaseTimeline } from '../releases.ts';
import { projectRows, type ProjectRow } from './project-row.ts';

/** How many projects the "largest projects" table of a page lists. */
export const TOP_PROJECTS = 50;

/** The largest projects of a list (largest first) and how many the list has. */
export type TopProjects = { rows: ProjectRow[]; n: number; total: number };

export function topProjects(site: SiteData, projects: readonly Project[], n = TOP_PROJECTS): TopProjects {
  return { rows: projectRows(site, topByCost(projects, n)), n, total: projects.length };
}

/** The funnel, largest projects and indicators of a group. */
export type AxisPage = { funnel: Funnel; top: TopProjects; indicators: GroupIndicators };

export function axisPage(site: SiteData, group: Group): AxisPage {
  return { funnel: group.funnel, top: topProjects(site, group.projects), indicators: group.indicators };
}

/** The pages that show commitments and payments over time: the priority's, a city's, an action's. */
export type OverTimePage = {
  /** Commitments and payments at each kept release (null without any). */
  overTime: FigureDef | null;
};

export function overTime(site: SiteData, lang: Lang, of: Parameters<typeof timelineFigure>[3]): FigureDef | null {
  return timelineFigure(site, releaseTimeline(site), lang, of);
}

/** A group of an index map that must exist: the route table lists pages only for known codes. */
export function known<T>(map: ReadonlyMap<string, T>, key: string, what: string): T {
  const v = map.get(key);
  if (v === undefined) throw new Error(`page data: no ${what} ${key}`);
  return v;
}
