/** /admin/sveltia-nl.js: makes the CMS start in Dutch with the strings the package ships (see src/lib/cms/assets.ts). */
import type { APIRoute } from 'astro';
import { localeScript } from '../../lib/cms/assets.ts';

export const GET: APIRoute = () =>
  new Response(localeScript(), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
