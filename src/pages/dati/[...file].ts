// Every download file (dati/<dataset>.<format>, datapackage.json, catalogo.jsonld), written at
// build time: the route table's "download" (src/routes/table.ts). One set of files serves both
// languages: the files are bilingual where they speak.
import type { APIRoute } from 'astro';
import type { ReleaseFile } from '../../lib/downloads/release.ts';
import { filePaths } from '../../routes/paths.ts';

export const getStaticPaths = () => filePaths('download');

export const GET: APIRoute = async ({ props }) => {
  const { download } = props as { download: ReleaseFile };
  const body = await download.build();
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
    headers: { 'Content-Type': download.mediaType },
  });
};
