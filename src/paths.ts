// getStaticPaths shared by each route and its English twin: the same codes and slugs in both
// languages, so /citta/napoli/ and /en/cities/napoli/ always come in pairs.
import { siteData } from './data.ts';
import { allFigures, projectFigure } from './figures/index.ts';
import { objectiveSlug, type Lang } from './lib/i18n/index.ts';

export function objectivePaths() {
  return siteData().objectives.map((o) => ({ params: { slug: objectiveSlug(o.code) }, props: { code: o.code } }));
}
export function actionPaths() {
  return siteData().actions.map((a) => ({ params: { code: a.code }, props: { code: a.code } }));
}
export function cityPaths() {
  return siteData().cities.map((c) => ({ params: { slug: c.slug }, props: { slug: c.slug } }));
}
export function targetGroupPaths() {
  return siteData().targetGroups.map((g) => ({ params: { code: g.code }, props: { code: g.code } }));
}
export function projectPaths() {
  return siteData().projects.map((p) => ({ params: { id: p.id }, props: { project: p } }));
}
export function figurePaths(lang: Lang) {
  // Project figures are made here one by one (their specs are built only when a page renders).
  return [...allFigures(lang), ...siteData().projects.map((p) => projectFigure(p, lang))].map((f) => ({ params: { id: f.id }, props: { fig: f } }));
}
