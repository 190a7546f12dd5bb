/**
 * The facets at build time: which facet values a sheet carries (written into the index by
 * SearchData.astro) and which values the search page offers (FacetPanel.astro). Both use
 * the same slugs, so a value in the URL, a checkbox and an index filter always match.
 */
import { ui } from '../../i18n/nl.ts';
import {
  getPractices,
  reviewOf,
  taxonomies,
  vocabularies,
  type Practice,
  type TaxonomyKey,
} from '../../lib/site/site-data.ts';
import { collator, slugify } from '../../lib/util/text.ts';
import { provinces, vocabularyKeys, vocabularyRegistry } from '../../schema/vocabulary.ts';
import { facetKeys, reviewFacetValues, type FacetKey } from '../../scripts/search/state.ts';

export interface FacetTerm {
  slug: string;
  name: string;
}

/** Facets that are not a vocabulary. */
type OwnFacet = 'provincie' | 'actualiteit';

/** The vocabulary behind each facet (all but the province, which comes from the municipalities, and the review state). */
const taxonomyOf = Object.fromEntries(
  vocabularyKeys.map((key) => [vocabularyRegistry[key].facet, key]),
) as Record<Exclude<FacetKey, OwnFacet>, TaxonomyKey>;

function provincesOf(practice: Practice): string[] {
  const names = practice.data.examples.flatMap(
    (example) => vocabularies.municipalities.get(example.municipality)?.province ?? [],
  );
  return [...new Set<string>(names)];
}

/** The facet values of one sheet, in the sheet's own order. */
export function practiceFacets(practice: Practice): Record<FacetKey, FacetTerm[]> {
  const result = {} as Record<FacetKey, FacetTerm[]>;
  for (const key of facetKeys) {
    if (key === 'provincie') {
      result[key] = provincesOf(practice).map((name) => ({ slug: slugify(name), name }));
      continue;
    }
    if (key === 'actualiteit') {
      const slug = reviewOf(practice).due ? 'aan-herziening-toe' : 'recent-nagekeken';
      result[key] = [{ slug, name: ui.searchPage.reviewValues[slug] }];
      continue;
    }
    const taxonomy = taxonomies[taxonomyOf[key]];
    result[key] = taxonomy.namesOf(practice).map((name) => {
      const term = vocabularies[taxonomy.key].get(name);
      if (!term)
        throw new Error(
          `"${name}" is not in the ${taxonomy.key} vocabulary (the loader should have rejected it)`,
        );
      return { slug: term.slug, name: term.name };
    });
  }
  return result;
}

export interface Facet {
  key: FacetKey;
  label: string;
  /** Values carried by at least one published sheet, with how many sheets carry each. */
  values: (FacetTerm & { count: number })[];
}

/**
 * The facets the search page offers: every value that at least one published sheet carries,
 * in vocabulary order (municipalities and provinces alphabetically).
 */
export async function facetsForSearchPage(): Promise<Facet[]> {
  const practices = await getPractices();
  const counts = new Map<string, number>();
  for (const practice of practices) {
    const facets = practiceFacets(practice);
    for (const key of facetKeys)
      for (const term of facets[key])
        counts.set(`${key}/${term.slug}`, (counts.get(`${key}/${term.slug}`) ?? 0) + 1);
  }
  return facetKeys.map((key) => {
    const terms: FacetTerm[] =
      key === 'provincie'
        ? provinces.map((name) => ({ slug: slugify(name), name }))
        : key === 'actualiteit'
          ? reviewFacetValues.map((slug) => ({ slug, name: ui.searchPage.reviewValues[slug] }))
          : vocabularies[taxonomyOf[key]].terms.map((term) => ({
              slug: term.slug,
              name: term.name,
            }));
    if (key === 'gemeente' || key === 'provincie')
      terms.sort((a, b) => collator.compare(a.name, b.name));
    const values = terms
      .map((term) => ({ ...term, count: counts.get(`${key}/${term.slug}`) ?? 0 }))
      .filter((value) => value.count > 0);
    return { key, label: ui.searchPage.facets[key], values };
  });
}
