/** /admin/sveltia-cms.js: the CMS bundle from the @sveltia/cms package, served by the site itself. */
import type { APIRoute } from 'astro';
import { sveltiaBundle } from '../../lib/cms/assets.ts';
import { url } from '../../lib/site/site-data.ts';

export const GET: APIRoute = () =>
  new Response(sveltiaBundle(url('admin/fonts/')), {
    headers: { 'content-type': 'text/javascript; charset=utf-8' },
  });
