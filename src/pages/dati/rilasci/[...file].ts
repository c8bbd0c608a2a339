// Each kept release's datasets, frozen at /dati/rilasci/<date>/ (src/downloads.ts frozenFiles): the
// route table's "releaseDownload" (src/routes/table.ts).
import type { APIRoute } from 'astro';
import type { ReleaseFile } from '../../../lib/downloads/release.ts';
import { filePaths } from '../../../routes/paths.ts';

export const getStaticPaths = () => filePaths('releaseDownload');

export const GET: APIRoute = async ({ props }) => {
  const { download } = props as { download: ReleaseFile };
  const body = await download.build();
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
    headers: { 'Content-Type': download.mediaType },
  });
};
