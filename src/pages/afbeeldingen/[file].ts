/**
 * The pictures of the published sheets, copied from the paths the checker accepted: only
 * pictures a sheet uses are published, each under a name with its content hash.
 */
import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { publishedImage } from '../../lib/sheet-files.ts';
import { getPractices } from '../../lib/site/site-data.ts';

export async function getStaticPaths() {
  return (await getPractices()).flatMap((practice) => {
    const image = publishedImage(practice);
    return image ? [{ params: { file: image.name }, props: { file: image.file } }] : [];
  });
}

export const GET: APIRoute = ({ props }) =>
  new Response(readFileSync((props as { file: string }).file));
