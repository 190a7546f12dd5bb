/**
 * /praktijken.json: every published sheet as data, for reuse by other sites and tools.
 * The fields are the schema's output (docs/sheet-format.md), plus the page address and the
 * Markdown description (the sheet's body).
 */
import type { APIRoute } from 'astro';
import { getPracticesByTitle, practiceUrl, settings } from '../lib/site/site-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const practices = await getPracticesByTitle();
  const body = {
    name: settings.name,
    organisation: settings.organisation.name,
    count: practices.length,
    practices: practices.map(({ id, data, body }) => {
      // Import provenance is for editors, not for reuse; the picture's size and hash are the build's.
      const { source: _source, image, ...rest } = data;
      const written = image ? { image: { src: image.src, alt: image.alt, ...(image.credit ? { credit: image.credit } : {}) } } : {};
      return { id, url: new URL(practiceUrl(id), site).href, ...rest, ...written, description: body?.trim() ?? '' };
    }),
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
