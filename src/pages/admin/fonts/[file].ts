/** /admin/fonts/<file>.woff2: the CMS's UI fonts, from the @fontsource packages (see src/lib/cms/assets.ts). */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { cmsFonts, type CmsFont } from '../../../lib/cms/assets.ts';

export const getStaticPaths: GetStaticPaths = () =>
  cmsFonts().map((font) => ({ params: { file: font.file }, props: { font } }));

export const GET: APIRoute = ({ props }) =>
  new Response(readFileSync((props as { font: CmsFont }).font.path), {
    headers: { 'content-type': 'font/woff2' },
  });
