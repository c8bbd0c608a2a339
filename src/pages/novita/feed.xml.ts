// The Atom feed of the priority's releases (src/feeds.ts): the route table's "feed" (src/routes/table.ts).
import type { APIRoute } from 'astro';
import { releasesFeed } from '../../feeds.ts';

export const GET: APIRoute = () =>
  new Response(releasesFeed('it'), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
