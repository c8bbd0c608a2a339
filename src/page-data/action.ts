// /azioni/<code>/: one action.
import type { Action, Objective, SiteData, TargetGroup } from '../data.ts';
import { actionFigures, timelineFigure } from '../figures/catalogue.ts';
import type { Lang } from '../lib/i18n/index.ts';
import type { FigureDef } from '../figures/types.ts';
import type { Timeline } from '../lib/model/timeline.ts';
import { releaseTimeline } from '../releases.ts';
import { axisPage, known, type AxisPage } from './axis.ts';

export type ActionPage = AxisPage & {
  action: Action;
  objective: Objective;
  /** The target groups of the action's objective. */
  targetGroups: TargetGroup[];
  figures: ReturnType<typeof actionFigures>;
  /** Commitments and payments at each kept release (null without any). */
  overTime: FigureDef | null;
};

export function actionPage(
  site: SiteData,
  code: string,
  lang: Lang,
  timeline: Timeline = releaseTimeline(site),
): ActionPage {
  const action = known(site.action, code, 'action');
  return {
    ...axisPage(site, known(site.byAction, code, 'action')),
    action,
    objective: known(site.objective, action.objective, 'objective'),
    targetGroups: site.targetGroups.filter((tg) => tg.objectives.includes(action.objective)),
    figures: actionFigures(site, code, lang),
    overTime: timelineFigure(site, timeline, lang, { name: 'action', code }),
  };
}
