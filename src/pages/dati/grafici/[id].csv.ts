// The CSV of every chart, written at build time next to the pages that show it.
import type { APIRoute } from 'astro';
import { figureCsv, type FigureDef } from '../../../figures/index.ts';
import { figurePaths } from '../../../paths.ts';

export const getStaticPaths = () => figurePaths('it');
export const GET: APIRoute = ({ props }) =>
  new Response(figureCsv((props as { fig: FigureDef }).fig), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
