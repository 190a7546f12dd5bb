/**
 * /admin/: Sveltia CMS for the editors. An endpoint rather than an .astro page, so the
 * page carries only its own Content-Security-Policy (src/lib/cms/csp.ts) and not the
 * site's stricter one, which Astro adds to every rendered page and which would block
 * the CMS (inline styles, its fonts, the forge's API). Every script is a file on this site.
 */
import type { APIRoute } from 'astro';
import { ui } from '../../i18n/nl.ts';
import { adminCsp } from '../../lib/cms/csp.ts';
import { settings, url } from '../../lib/site/site-data.ts';

const escape = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const GET: APIRoute = () => {
  const html = `<!DOCTYPE html>
<html lang="${ui.lang}">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="${escape(adminCsp(settings.repository))}">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex, nofollow">
    <title>${escape(`${settings.name} · redactie`)}</title>
    <link rel="icon" href="${escape(url('favicon.svg'))}" type="image/svg+xml">
    <link rel="cms-config-url" type="application/yaml" href="${escape(url('admin/config.yml'))}">
    <script src="${escape(url('admin/sveltia-nl.js'))}"></script>
    <script src="${escape(url('admin/sveltia-cms.js'))}"></script>
  </head>
  <body>
    <noscript><p>${escape(ui.admin.noscript)}</p></noscript>
  </body>
</html>
`;
  return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
};
