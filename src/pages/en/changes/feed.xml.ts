// The Atom feed of the priority's releases (src/feeds.ts).
import type { APIRoute } from 'astro';
import { releasesFeed } from '../../../feeds.ts';

export const GET: APIRoute = () => new Response(releasesFeed('en'), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
