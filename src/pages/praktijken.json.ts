/**
 * /praktijken.json: every published sheet as data, for reuse by other sites and tools.
 * The fields are the schema's output (docs/sheet-format.md), plus the page address and the
 * Markdown description (the sheet's body).
 */
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { decodeSheet, splitSheet } from '../lib/sheet/frontmatter.ts';
import { getPracticesByTitle, practiceUrl, settings } from '../lib/site/site-data.ts';

/**
 * The sheet's Markdown text, read from its file: the content store keeps the rendered HTML
 * only. The sheet passed the check in this build, so it decodes and splits.
 */
function markdownDescription(filePath: string | undefined): string {
  if (!filePath) return '';
  const text = decodeSheet(readFileSync(filePath));
  const split = text.ok ? splitSheet(text.value) : undefined;
  return split?.ok ? split.value.body.trim() : '';
}

export const GET: APIRoute = async ({ site }) => {
  const practices = await getPracticesByTitle();
  const body = {
    name: settings.name,
    organisation: settings.organisation.name,
    count: practices.length,
    practices: practices.map(({ id, data, filePath }) => {
      // Import provenance is for editors, not for reuse; the picture's size and hash are the build's.
      const { source: _source, image, ...rest } = data;
      const written = image
        ? {
            image: {
              src: image.src,
              alt: image.alt,
              ...(image.credit ? { credit: image.credit } : {}),
            },
          }
        : {};
      return {
        id,
        url: new URL(practiceUrl(id), site).href,
        ...rest,
        ...written,
        description: markdownDescription(filePath),
      };
    }),
  };
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
