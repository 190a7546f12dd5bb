/** /categorieen/<slug>/feed.xml: Atom feed of the new and changed sheets of one term, newest first (src/lib/open-data/feed.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { ui, openDataText } from '../../../i18n/nl.ts';
import { feedResponse, getRecords, recordsOfTerm, termFeedPath } from '../../../lib/open-data/records.ts';
import { settings, taxonomies } from '../../../lib/site/site-data.ts';
import type { Term } from '../../../schema/vocabulary.ts';

// Every term has a page (an empty one tells contributors what is missing), so every term has a feed.
export const getStaticPaths = (() => taxonomies.categories.terms.map((term) => ({ params: { slug: term.slug }, props: { term } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { term } = props as { term: Term };
  return feedResponse({
    records: recordsOfTerm(await getRecords(), 'categories', term.slug),
    title: openDataText.termFeedTitle(term.name, settings.name),
    subtitle: openDataText.termFeedSubtitle(ui.taxonomy.categories.singular.toLowerCase(), term.name),
    page: `${taxonomies.categories.segment}/${term.slug}/`,
    feed: termFeedPath(taxonomies.categories.segment, term.slug),
  });
};
