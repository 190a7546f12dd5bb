/**
 * Pages of the site that are for editors, not readers (paths below the base path): marked
 * noindex (Base.astro's `indexable={false}`), never in the search index, linked from no
 * page, and left out of the sitemap (astro.config.mjs). The CMS at admin/ is one too.
 */
export const unlistedPages: readonly string[] = ['admin/', 'redactie/'];
