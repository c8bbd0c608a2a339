// The full list of changes of a release, one file for both languages: /novita/<date>/modifiche.csv,
// the route table's "releaseChanges" (src/routes/table.ts).
import type { APIRoute } from 'astro';
import { siteData } from '../../../data.ts';
import { changesCsv, releaseChanges } from '../../../releases.ts';
import { filePaths } from '../../../routes/paths.ts';

export const getStaticPaths = () => filePaths('releaseChanges');

export const GET: APIRoute = ({ props }) => {
  const { date } = props as { date: string };
  const found = releaseChanges(date);
  if (!found) throw new Error(`no release ${date} with an earlier one`);
  const d = siteData();
  return new Response(
    changesCsv(found.diff, (istat) => d.cityByIstat.get(istat)?.name ?? istat),
    { headers: { 'Content-Type': 'text/csv; charset=utf-8' } },
  );
};
