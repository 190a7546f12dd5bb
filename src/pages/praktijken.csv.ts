/** /praktijken.csv: one row per published sheet (columns and format: src/lib/open-data/csv-format.ts). */
import type { APIRoute } from 'astro';
import { stringify } from 'csv-stringify/sync';
import { practiceColumns, toCsv } from '../lib/open-data/csv-format.ts';
import { getRecords } from '../lib/open-data/records.ts';

export const GET: APIRoute = async () =>
  new Response(toCsv(stringify, practiceColumns, await getRecords()), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
