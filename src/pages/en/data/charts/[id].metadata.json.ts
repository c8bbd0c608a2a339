// The metadata of every chart, beside its CSV: title, description, page, columns, units,
// sources, licence, reference date, demonstration flag, citation and embed snippet.
import type { APIRoute } from 'astro';
import { figureChartHeight } from '../../../../figures/index.ts';
import { figureMetadataJson } from '../../../../figures/share.ts';
import { publication } from '../../../../downloads.ts';
import { figureOf, figurePaths, type FigureProps } from '../../../../paths.ts';

export const getStaticPaths = () => figurePaths('en');
export const GET: APIRoute = ({ props }) => {
  const fig = figureOf(props as FigureProps, 'en');
  return new Response(figureMetadataJson(fig, publication(), figureChartHeight(fig)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
