/**
 * /robots.txt: every public page may be crawled, the CMS not, and the sitemap is named.
 * Crawlers read robots.txt only at the root of a host: under a sub-path (site.base), the
 * host's own /robots.txt has to name this sitemap instead (README, Open data).
 */
import type { APIRoute } from 'astro';
import { absoluteUrl, openDataPaths } from '../lib/open-data/records.ts';
import { url } from '../lib/site/site-data.ts';

export const GET: APIRoute = () =>
  new Response(
    [
      'User-agent: *',
      `Disallow: ${url('admin/')}`,
      '',
      `Sitemap: ${absoluteUrl(openDataPaths.sitemap)}`,
      '',
    ].join('\n'),
    {
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    },
  );
