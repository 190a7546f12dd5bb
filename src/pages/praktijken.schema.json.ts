/** /praktijken.schema.json: the JSON Schema of /praktijken.json, made from the zod schema (src/lib/open-data/json-schema.ts). */
import type { APIRoute } from 'astro';
import { openDataText } from '../i18n/nl.ts';
import { exportJsonSchema } from '../lib/open-data/json-schema.ts';
import { absoluteUrl, exportSchema, openDataPaths } from '../lib/open-data/records.ts';
import { settings } from '../lib/site/site-data.ts';

export const GET: APIRoute = () => {
  const schema = exportJsonSchema(exportSchema, {
    id: absoluteUrl(openDataPaths.jsonSchema),
    title: openDataText.jsonSchemaTitle(settings.name),
    description: openDataText.jsonSchemaDescription(absoluteUrl(openDataPaths.page)),
  });
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, {
    headers: { 'content-type': 'application/schema+json; charset=utf-8' },
  });
};
