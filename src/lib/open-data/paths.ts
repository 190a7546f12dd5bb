/** The addresses of the open data files and page, below the site's base path (url() adds it). */
export const openDataPaths = {
  page: 'open-data/',
  json: 'praktijken.json',
  jsonSchema: 'praktijken.schema.json',
  practicesCsv: 'praktijken.csv',
  examplesCsv: 'voorbeelden.csv',
  dcat: 'catalogus.jsonld',
  feed: 'feed.xml',
  sitemap: 'sitemap-index.xml',
} as const;

/** The vocabularies that have a feed per term. */
export type FeedTaxonomy = 'categories' | 'policyDomains';

/** Site path of a term's feed, from the first segment of the term's pages: termFeedPath('categorieen', 'taal') is categorieen/taal/feed.xml. */
export const termFeedPath = (segment: string, slug: string) =>
  `${segment}/${slug}/${openDataPaths.feed}`;
