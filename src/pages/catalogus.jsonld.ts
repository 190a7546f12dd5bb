/** /catalogus.jsonld: the DCAT-AP (Vlaanderen) description of the catalogue and its files, for open data portals (src/lib/open-data/dcat.ts). */
import type { APIRoute } from 'astro';
import { dcatCatalogue } from '../lib/open-data/dcat.ts';
import { catalogueInfo } from '../lib/open-data/records.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(dcatCatalogue(await catalogueInfo()), null, 2)}\n`, {
    headers: { 'content-type': 'application/ld+json; charset=utf-8' },
  });
