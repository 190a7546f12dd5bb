/**
 * What the pages show, computed once per build from the content collection and the
 * vocabularies: published sheets, the taxonomies with their sheets, related sheets.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Term } from '../schema/vocabulary.ts';
import { contentDir, loadVocabularyContext } from './catalogue.ts';
import { loadSiteConfig } from './site-config.ts';
import { collator } from './text.ts';
import type { Municipality } from './vocabulary.ts';

export type Practice = CollectionEntry<'practices'>;

export const settings = loadSiteConfig();
export const { vocabularies } = loadVocabularyContext(contentDir());

let cache: Promise<Practice[]> | undefined;

/** Published sheets, most recently updated first. */
export function getPractices(): Promise<Practice[]> {
  cache ??= getCollection('practices', (entry) => entry.data.status === 'published').then((entries) =>
    entries.sort((a, b) => lastUpdated(b).localeCompare(lastUpdated(a)) || collator.compare(a.data.title, b.data.title)),
  );
  return cache;
}

export const lastUpdated = (practice: Practice) => practice.data.updated ?? practice.data.published;

export const byTitle = (a: Practice, b: Practice) => collator.compare(a.data.title, b.data.title);

export type TaxonomyKey = 'categories' | 'policyDomains' | 'targetGroups' | 'municipalities';

export interface Taxonomy<T extends Term | Municipality = Term | Municipality> {
  key: TaxonomyKey;
  /** First path segment of its pages: /categorieen/<slug>/. */
  segment: string;
  terms: readonly T[];
  /** The names a sheet carries for this taxonomy. */
  namesOf(practice: Practice): string[];
}

export const taxonomies: Record<TaxonomyKey, Taxonomy> = {
  categories: {
    key: 'categories',
    segment: 'categorieen',
    terms: vocabularies.categories.terms,
    namesOf: (p) => [p.data.category],
  },
  policyDomains: {
    key: 'policyDomains',
    segment: 'beleidsdomeinen',
    terms: vocabularies.policyDomains.terms,
    namesOf: (p) => p.data.policyDomains,
  },
  targetGroups: {
    key: 'targetGroups',
    segment: 'doelgroepen',
    terms: vocabularies.targetGroups.terms,
    namesOf: (p) => p.data.targetGroups,
  },
  municipalities: {
    key: 'municipalities',
    segment: 'gemeenten',
    terms: vocabularies.municipalities.terms,
    namesOf: (p) => p.data.examples.map((e) => e.municipality),
  },
};

/** Each term with the published sheets that carry it, in the vocabulary's order. */
export async function termsWithPractices<T extends Term | Municipality>(taxonomy: Taxonomy<T>) {
  const practices = await getPractices();
  return taxonomy.terms.map((term) => ({
    term,
    practices: practices.filter((p) => taxonomy.namesOf(p).includes(term.name)).sort(byTitle),
  }));
}

/** The slug of a term by name, for links from a sheet to its taxonomy pages. */
export function termSlug(key: TaxonomyKey, name: string): string {
  const term = vocabularies[key].get(name);
  if (!term) throw new Error(`"${name}" is not in the ${key} vocabulary (the loader should have rejected it)`);
  return term.slug;
}

/** Sheets that share the most with this one: category weighs most, then domains and target groups. */
export async function relatedPractices(practice: Practice, max = 3): Promise<Practice[]> {
  const practices = await getPractices();
  const overlap = (a: string[], b: string[]) => a.filter((x) => b.includes(x)).length;
  return practices
    .filter((p) => p.id !== practice.id)
    .map((p) => ({
      p,
      score:
        (p.data.category === practice.data.category ? 3 : 0) +
        2 * overlap(p.data.policyDomains, practice.data.policyDomains) +
        overlap(p.data.targetGroups, practice.data.targetGroups),
    }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || byTitle(a.p, b.p))
    .slice(0, max)
    .map(({ p }) => p);
}

/** A site path with the configured base: url('praktijken/x/') → '/praktijkbank/praktijken/x/'. */
export function url(path = ''): string {
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  return `${base}${path.replace(/^\//, '')}`;
}

export const practiceUrl = (id: string) => url(`praktijken/${id}/`);
export const termUrl = (key: TaxonomyKey, slug: string) => url(`${taxonomies[key].segment}/${slug}/`);

/**
 * Pages to build for a taxonomy: every term of the small vocabularies (an empty category
 * still tells contributors what is missing), but only municipalities with an example.
 */
export async function termPaths(key: TaxonomyKey) {
  const entries = await termsWithPractices(taxonomies[key]);
  return entries
    .filter((entry) => key !== 'municipalities' || entry.practices.length > 0)
    .map(({ term, practices }) => ({ params: { slug: term.slug }, props: { term, practices } }));
}
