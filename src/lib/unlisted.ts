/**
 * Pages of the site that are for editors, not readers: marked noindex (Base.astro's
 * `indexable={false}`), never in the search index, linked from no page, and to be left
 * out of a sitemap (paths below the base path).
 */
export const unlistedPages: readonly string[] = ['redactie/'];
