// Each kept release's datasets, frozen at /dati/rilasci/<date>/ (src/downloads.ts frozenFiles).
import type { APIRoute } from 'astro';
import { frozenFiles } from '../../../downloads.ts';
import type { ReleaseFile } from '../../../lib/downloads/release.ts';

export function getStaticPaths() {
  return frozenFiles().map((file) => ({ params: { file: file.path.replace(/^dati\/rilasci\//, '') }, props: { file } }));
}

export const GET: APIRoute = async ({ props }) => {
  const { file } = props as { file: ReleaseFile };
  const body = await file.build();
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), { headers: { 'Content-Type': file.mediaType } });
};
