// /azioni/<code>/: one action.
import type { Action, Objective, SiteData, TargetGroup } from '../data.ts';
import { actionFigures } from '../figures/catalogue.ts';
import type { Lang } from '../lib/i18n/index.ts';
import { axisPage, known, overTime, type AxisPage, type OverTimePage } from './axis.ts';

export type ActionPage = AxisPage &
  OverTimePage & {
    action: Action;
    objective: Objective;
    /** The target groups of the action's objective. */
    targetGroups: TargetGroup[];
    figures: ReturnType<typeof actionFigures>;
  };

export function actionPage(site: SiteData, code: string, lang: Lang): ActionPage {
  const action = known(site.action, code, 'action');
  return {
    ...axisPage(site, known(site.byAction, code, 'action')),
    action,
    objective: known(site.objective, action.objective, 'objective'),
    targetGroups: site.targetGroups.filter((tg) => tg.objectives.includes(action.objective)),
    figures: actionFigures(site, code, lang),
    overTime: overTime(site, lang, { name: 'action', code }),
  };
}
