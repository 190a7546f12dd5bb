/**
 * /praktijken.json: every published sheet as data (src/schema/record.ts), for reuse by other
 * sites and tools, with the licence and how to cite. Its `$schema` names the JSON Schema at
 * /praktijken.schema.json. Written compactly: a host compresses it, and the search page's
 * download reads it in the browser.
 */
import type { APIRoute } from 'astro';
import { exportDocument } from '../lib/open-data/records.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await exportDocument()), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
