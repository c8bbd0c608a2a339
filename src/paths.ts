// getStaticPaths shared by each route and its English twin: the same codes and slugs in both
// languages, so /citta/napoli/ and /en/cities/napoli/ always come in pairs.
import { siteData, type Project } from './data.ts';
import { allFigures, projectFigure, projectFigureId } from './figures/catalogue.ts';
import type { FigureDef } from './figures/types.ts';
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
/**
 * Every chart of a language, for its embed page (its CSV and metadata are written after the pages:
 * src/figures/files.ts). A project's figure is not built here but when its page is rendered
 * (figureOf): Astro keeps every route's props for the whole build, and every project's figure with
 * its table would stay in memory until the end.
 */
export function figurePaths(lang: Lang) {
  const d = siteData();
  return [
    ...allFigures(d, lang).map((fig) => ({ params: { id: fig.id }, props: { fig } as FigureProps })),
    ...d.projects.map((project) => ({ params: { id: projectFigureId(project) }, props: { project } as FigureProps })),
  ];
}

export type FigureProps = { fig: FigureDef; project?: undefined } | { project: Project; fig?: undefined };

/** The figure a figurePaths entry stands for. */
export function figureOf(props: FigureProps, lang: Lang): FigureDef {
  return props.fig ?? projectFigure(props.project, lang);
}
