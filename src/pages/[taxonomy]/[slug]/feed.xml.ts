/**
 * /categorieen/<slug>/feed.xml and /beleidsdomeinen/<slug>/feed.xml: Atom feeds of the new
 * and changed sheets of one term, newest first (src/lib/open-data/feed.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { ui, openDataText } from '../../../i18n/nl.ts';
import {
  feedResponse,
  getRecords,
  recordsOfTerm,
  termFeedPath,
  type FeedTaxonomy,
} from '../../../lib/open-data/records.ts';
import { settings, taxonomies } from '../../../lib/site/site-data.ts';
import type { Term } from '../../../schema/vocabulary.ts';

/** The vocabularies whose terms have a feed. */
const feedTaxonomies: FeedTaxonomy[] = ['categories', 'policyDomains'];

// Every term has a page (an empty one tells contributors what is missing), so every term has a feed.
export const getStaticPaths = (() =>
  feedTaxonomies.flatMap((key) =>
    taxonomies[key].terms.map((term) => ({
      params: { taxonomy: taxonomies[key].segment, slug: term.slug },
      props: { key, term },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { key, term } = props as { key: FeedTaxonomy; term: Term };
  const { segment } = taxonomies[key];
  return feedResponse({
    records: recordsOfTerm(await getRecords(), key, term.slug),
    title: openDataText.termFeedTitle(term.name, settings.name),
    subtitle: openDataText.termFeedSubtitle(ui.taxonomy[key].singular.toLowerCase(), term.name),
    page: `${segment}/${term.slug}/`,
    feed: termFeedPath(segment, term.slug),
  });
};
