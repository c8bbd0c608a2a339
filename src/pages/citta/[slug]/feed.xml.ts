// The Atom feed of a city's releases (src/feeds.ts): the route table's "cityFeed" (src/routes/table.ts).
import type { APIRoute } from 'astro';
import { siteData } from '../../../data.ts';
import { releasesFeed } from '../../../feeds.ts';
import { filePaths } from '../../../routes/paths.ts';

export const getStaticPaths = () => filePaths('cityFeed', 'it');

export const GET: APIRoute = ({ props }) => {
  const city = siteData().cityBySlug.get((props as { slug: string }).slug)!;
  return new Response(releasesFeed('it', city), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
