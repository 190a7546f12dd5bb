/** /voorbeelden.csv: one row per municipal example of a published sheet, with the municipality's NIS code and province. */
import type { APIRoute } from 'astro';
import { stringify } from 'csv-stringify/sync';
import { exampleColumns, exampleRows, toCsv } from '../lib/open-data/csv-format.ts';
import { getRecords } from '../lib/open-data/records.ts';

export const GET: APIRoute = async () =>
  new Response(toCsv(stringify, exampleColumns, exampleRows(await getRecords())), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
