// /obiettivi/<slug>/: one specific objective.
import type { Action, Objective, SiteData, TargetGroup } from '../data.ts';
import { objectiveFigures } from '../figures/catalogue.ts';
import type { Lang } from '../lib/i18n/index.ts';
import { axisPage, known, type AxisPage } from './axis.ts';

export type ObjectivePage = AxisPage & {
  objective: Objective;
  /** Who the objective is for: the seed text's paragraphs, and the list they introduce. */
  whoFor: { paragraphs: string[]; items: string[] };
  targetGroups: TargetGroup[];
  actions: Action[];
  /** Projects of the objective that name no action (OpenCoesione rows). */
  unclassified: number;
  figures: ReturnType<typeof objectiveFigures>;
};

/**
 * The seed text introduces its list of target groups with a sentence ending in ':'; the
 * paragraphs after it are that list's items.
 */
export function splitList(text: readonly string[]): { paragraphs: string[]; items: string[] } {
  const introEnd = text.findIndex((p) => p.trimEnd().endsWith(':'));
  return introEnd < 0
    ? { paragraphs: [...text], items: [] }
    : { paragraphs: text.slice(0, introEnd + 1), items: text.slice(introEnd + 1) };
}

export function objectivePage(site: SiteData, code: string, lang: Lang): ObjectivePage {
  const objective = known(site.objective, code, 'objective');
  return {
    ...axisPage(site, known(site.byObjective, code, 'objective')),
    objective,
    whoFor: splitList(objective.targetGroupsText),
    targetGroups: site.targetGroups.filter((tg) => tg.objectives.includes(objective.code)),
    actions: site.actionsOf.get(objective.code) ?? [],
    unclassified: known(site.unclassifiedByObjective, code, 'objective').funnel.projects,
    figures: objectiveFigures(site, code, lang),
  };
}
