// Every download file (dati/<dataset>.<format>, datapackage.json, catalogo.jsonld), written at
// build time. One set of files serves both languages: the files are bilingual where they speak.
import type { APIRoute } from 'astro';
import { downloadFiles } from '../../downloads.ts';
import type { ReleaseFile } from '../../lib/downloads/release.ts';

export function getStaticPaths() {
  return downloadFiles().map((file) => ({ params: { file: file.path.replace(/^dati\//, '') }, props: { file } }));
}

export const GET: APIRoute = async ({ props }) => {
  const { file } = props as { file: ReleaseFile };
  const body = await file.build();
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), { headers: { 'Content-Type': file.mediaType } });
};
