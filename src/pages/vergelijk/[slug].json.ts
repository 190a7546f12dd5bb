/**
 * /vergelijk/<slug>.json: what the compare page shows of one sheet, a few kilobytes each,
 * so comparing four sheets never loads the whole catalogue (src/lib/site/compare.ts).
 */
import type { APIRoute } from 'astro';
import { compareSheet } from '../../lib/site/compare.ts';
import { getPractices, pageCacheKey, type Practice } from '../../lib/site/site-data.ts';

export async function getStaticPaths() {
  return (await getPractices()).map((practice) => ({
    params: { slug: practice.id },
    props: { practice },
    cacheKey: pageCacheKey([practice]),
  }));
}

export const GET: APIRoute = ({ props }) => {
  const { practice } = props as { practice: Practice };
  return new Response(JSON.stringify(compareSheet(practice)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
