// The CSV of every chart, written at build time next to the pages that show it.
import type { APIRoute } from 'astro';
import { figureCsv } from '../../../figures/index.ts';
import { figureOf, figurePaths, type FigureProps } from '../../../paths.ts';

export const getStaticPaths = () => figurePaths('it');
export const GET: APIRoute = ({ props }) =>
  new Response(figureCsv(figureOf(props as FigureProps, 'it')), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
