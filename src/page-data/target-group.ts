// /destinatari/<code>/: one target group.
import type { Objective, SiteData, TargetGroup } from '../data.ts';
import { targetGroupFigures } from '../figures/catalogue.ts';
import type { Lang } from '../lib/i18n/index.ts';
import { axisPage, known, type AxisPage } from './axis.ts';

export type TargetGroupPage = AxisPage & {
  group: TargetGroup;
  objectives: Objective[];
  /** Projects that name no target group at all (OpenCoesione rows), under no group. */
  untagged: number;
  figures: ReturnType<typeof targetGroupFigures>;
};

export function targetGroupPage(site: SiteData, code: string, lang: Lang): TargetGroupPage {
  const group = known(site.targetGroup, code, 'target group');
  return {
    ...axisPage(site, known(site.byTargetGroup, code, 'target group')),
    group,
    objectives: group.objectives.map((o) => known(site.objective, o, 'objective')),
    untagged: site.untaggedCount,
    figures: targetGroupFigures(site, code, lang),
  };
}
