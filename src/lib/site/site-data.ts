/**
 * What the pages show, computed once per build from the content collection and the
 * vocabularies: published sheets, the taxonomies with their sheets, related sheets.
 */
import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import {
  vocabularyKeys,
  vocabularyRegistry,
  type Term,
  type VocabularyKey,
} from '../../schema/vocabulary.ts';
import { loadVocabularyContext } from '../catalogue/catalogue-fs.ts';
import { contentDir } from '../catalogue/content-dir.ts';
import { practicesDir } from '../catalogue/content-dir.ts';
import { readGitHistory, type GitHistory, type NoHistory } from '../history/git-log-fs.ts';
import { reviewState, reviewToday, type ReviewState } from '../history/review.ts';
import { sheetVersion, type SheetVersion } from '../history/sheet-version.ts';
import { sheetPathInFolder } from '../sheet-files.ts';
import { relatedInTitleOrder } from './related.ts';
import { incrementalBuild } from './build-cache-fs.ts';
import { loadSiteConfig } from './site-config-fs.ts';
import { collator } from '../util/text.ts';
import type { Municipality, TermOf, Vocabularies } from '../vocabulary/lookup.ts';
import { ui } from '../../i18n/nl.ts';

export type Practice = CollectionEntry<'practices'>;

export const settings = loadSiteConfig();
export const { vocabularies, schema: practiceSchema } = loadVocabularyContext(contentDir());

/** What every page may show besides its sheets: the settings and the vocabularies. */
const siteDigest = createHash('sha256')
  .update(
    JSON.stringify([
      settings,
      Object.values<Vocabularies[keyof Vocabularies]>(vocabularies).map((lookup) => lookup.terms),
    ]),
  )
  .digest('hex');

/**
 * The `cacheKey` of a page for Astro's incremental build: it changes whenever the data the
 * page shows changes (the sheets it lists, by their content digest, the settings and the
 * vocabularies). Astro checks the page's code itself; an unchanged page is copied from the
 * previous build instead of being rendered again. Without PRAKTIJKBANK_INCREMENTAL=1 (see
 * astro.config.mjs) nothing reads it, so no page's data is hashed.
 */
export function pageCacheKey(
  practices: readonly Practice[],
  ...extra: unknown[]
): string | undefined {
  if (!incrementalBuild) return undefined;
  return (
    createHash('sha256')
      .update(siteDigest)
      // A sheet's card and page also show its last commit and whether it is due for review.
      .update(
        JSON.stringify([
          extra,
          practices.map((p) => [
            p.id,
            p.digest ?? p.data,
            practiceVersion(p)?.sha,
            reviewOf(p).due,
          ]),
        ]),
      )
      .digest('hex')
      .slice(0, 32)
  );
}

/** The day this build counts review cycles from (PRAKTIJKBANK_TODAY fixes it). */
export const today = reviewToday();

let history: GitHistory | NoHistory | undefined;
let historyLoad: Promise<void> | undefined;
const versions = new Map<string, SheetVersion | undefined>();

/**
 * The git history of the sheets folder, read once per build (one `git log`, see
 * src/lib/history/git-log-fs.ts). Without it (no git, not a repository, a shallow clone)
 * every sheet shows its own `updated`/`published` date, and the build says so once.
 */
function loadHistory(): Promise<void> {
  historyLoad ??= readGitHistory(practicesDir(contentDir())).then((result) => {
    history = result;
    if (!result.ok)
      console.warn(
        `[praktijkbank] "Laatst gewijzigd" shows each sheet's updated or published date: no git history, because ${result.reason}.`,
      );
  });
  return historyLoad;
}

let cache: Promise<Practice[]> | undefined;

/** Published sheets, most recently changed first. */
export function getPractices(): Promise<Practice[]> {
  cache ??= Promise.all([
    getCollection('practices', (entry) => entry.data.status === 'published'),
    loadHistory(),
  ]).then(([entries]) => {
    const uncommitted = history?.ok ? entries.filter((entry) => !practiceVersion(entry)).length : 0;
    if (uncommitted)
      console.warn(
        `[praktijkbank] ${uncommitted} sheet(s) have no commit yet: "Laatst gewijzigd" shows their updated or published date until they are committed.`,
      );
    return entries.sort(
      (a, b) =>
        lastUpdated(b).localeCompare(lastUpdated(a)) ||
        collator.compare(a.data.title, b.data.title),
    );
  });
  return cache;
}

/**
 * The commit that last changed a sheet's file or its image (undefined without history, or
 * for a sheet not committed yet). Known once getPractices() has resolved.
 */
export function practiceVersion(practice: Practice): SheetVersion | undefined {
  if (!history?.ok) return undefined;
  if (!versions.has(practice.id)) {
    const file = sheetPathInFolder(practice);
    // The image's path is relative to the sheet (image.src), and inside its folder.
    const image = practice.data.image
      ? posix.normalize(posix.join(posix.dirname(file), practice.data.image.src))
      : undefined;
    versions.set(practice.id, sheetVersion(history, file, image));
  }
  return versions.get(practice.id);
}

/** "Laatst gewijzigd": the day of the sheet's last commit, else its own `updated` or `published` date. */
export const lastUpdated = (practice: Practice) =>
  practiceVersion(practice)?.date ?? practice.data.updated ?? practice.data.published;

/** When the sheet was last checked and whether that is longer ago than the review cycle (content/site.yaml). */
export const reviewOf = (practice: Practice): ReviewState =>
  reviewState(practice.data, settings.reviewCycleMonths, today);

let titleOrder: Promise<Practice[]> | undefined;

/** Published sheets by title (equal titles in getPractices() order), sorted once per build. */
export function getPracticesByTitle(): Promise<Practice[]> {
  titleOrder ??= getPractices().then((practices) => [...practices].sort(byTitle));
  return titleOrder;
}

export const byTitle = (a: Practice, b: Practice) => collator.compare(a.data.title, b.data.title);

export type TaxonomyKey = VocabularyKey;

export interface Taxonomy<T extends Term | Municipality = Term | Municipality> {
  key: TaxonomyKey;
  /** First path segment of its pages: /categorieen/<slug>/. */
  segment: string;
  terms: readonly T[];
  /** The names a sheet carries for this taxonomy. */
  namesOf(practice: Practice): string[];
}

/** Each vocabulary of the registry with its terms, as the pages use it. */
export const taxonomies = Object.fromEntries(
  vocabularyKeys.map((key) => [
    key,
    {
      key,
      segment: vocabularyRegistry[key].segment,
      terms: vocabularies[key].terms,
      namesOf: (practice: Practice) => vocabularyRegistry[key].namesIn(practice.data),
    },
  ]),
) as { [K in TaxonomyKey]: Taxonomy<TermOf<K>> };

const termsCache = new Map<
  TaxonomyKey,
  Promise<{ term: Term | Municipality; practices: Practice[] }[]>
>();

/**
 * Each term with the published sheets that carry it (by title), in the vocabulary's order.
 * One pass over the sheets per taxonomy, computed once per build: the pages of every term,
 * the taxonomy index and the home page share it.
 */
export function termsWithPractices<T extends Term | Municipality>(
  taxonomy: Taxonomy<T>,
): Promise<{ term: T; practices: Practice[] }[]> {
  let entries = termsCache.get(taxonomy.key);
  if (!entries) {
    entries = getPracticesByTitle().then((practices) => {
      const byName = new Map<string, Practice[]>(taxonomy.terms.map((term) => [term.name, []]));
      for (const practice of practices)
        for (const name of new Set(taxonomy.namesOf(practice))) byName.get(name)?.push(practice);
      return taxonomy.terms.map((term) => ({ term, practices: byName.get(term.name)! }));
    });
    termsCache.set(taxonomy.key, entries);
  }
  return entries as Promise<{ term: T; practices: Practice[] }[]>;
}

/** The slug of a term by name, for links from a sheet to its taxonomy pages. */
export function termSlug(key: TaxonomyKey, name: string): string {
  const term = vocabularies[key].get(name);
  if (!term)
    throw new Error(
      `"${name}" is not in the ${key} vocabulary (the loader should have rejected it)`,
    );
  return term.slug;
}

let relatedCache: Promise<Map<string, Practice[]>> | undefined;

/**
 * Sheets that share the most with this one: category weighs most, then domains and target
 * groups; ties go to the title that sorts first. Computed once for all sheets, in linear
 * time (src/lib/site/related.ts).
 */
export async function relatedPractices(practice: Practice): Promise<Practice[]> {
  relatedCache ??= getPracticesByTitle().then((inTitleOrder) => {
    const related = relatedInTitleOrder(inTitleOrder.map((p) => p.data));
    return new Map(
      inTitleOrder.map((p, rank) => [p.id, related[rank]!.map((other) => inTitleOrder[other]!)]),
    );
  });
  return (await relatedCache).get(practice.id) ?? [];
}

/** A site path with the configured base: url('praktijken/x/') → '/praktijkbank/praktijken/x/'. */
export function url(path = ''): string {
  const base = import.meta.env.BASE_URL.endsWith('/')
    ? import.meta.env.BASE_URL
    : `${import.meta.env.BASE_URL}/`;
  return `${base}${path.replace(/^\//, '')}`;
}

export const practiceUrl = (id: string) => url(`praktijken/${id}/`);
export const termUrl = (key: TaxonomyKey, slug: string) =>
  url(`${taxonomies[key].segment}/${slug}/`);

/** Cards per page of a long list (all sheets, a term's sheets), so a page stays light at any catalogue size. */
export const listPageSize = 50;

export interface ListPage {
  /** 1 for the first page. */
  number: number;
  pages: number;
  practices: Practice[];
  /** Position of the first and last sheet on this page in the whole list (1-based), and its length. */
  from: number;
  to: number;
  total: number;
}

/** A list cut into pages; an empty list still has one (empty) page. */
export function paginate(practices: readonly Practice[], size = listPageSize): ListPage[] {
  const pages = Math.max(1, Math.ceil(practices.length / size));
  return Array.from({ length: pages }, (_, index) => ({
    number: index + 1,
    pages,
    practices: practices.slice(index * size, (index + 1) * size),
    from: Math.min(practices.length, index * size + 1),
    to: Math.min(practices.length, (index + 1) * size),
    total: practices.length,
  }));
}

/** Address of page `n` of a list whose first page is at `first` (e.g. 'praktijken/'): later pages are at <first>pagina/<n>/. */
export const listPageUrl = (first: string, n: number) =>
  url(n === 1 ? first : `${first}pagina/${n}/`);

/** The main menu item a vocabulary's pages belong to, if the menu has one for it (the scales have none). */
export const navSection = (key: TaxonomyKey): keyof typeof ui.nav | undefined =>
  key in ui.nav ? (key as keyof typeof ui.nav) : undefined;

/** The `[taxonomy]` segment of every vocabulary's pages, with its key. */
export const taxonomyPaths = () =>
  vocabularyKeys.map((key) => ({ params: { taxonomy: vocabularyRegistry[key].segment }, key }));

/**
 * Pages to build for a taxonomy: every term of the small vocabularies (an empty category
 * still tells contributors what is missing; a scale level explains itself), but only the
 * terms in use where the registry says so (municipalities with an example).
 * This is each term's first page; termPagePaths gives the others of a long list.
 */
export async function termPaths(key: TaxonomyKey) {
  const entries = await termsWithPractices(taxonomies[key]);
  return entries
    .filter((entry) => vocabularyRegistry[key].emptyTermPages || entry.practices.length > 0)
    .map(({ term, practices }) => {
      const page = paginate(practices)[0]!;
      return {
        params: { slug: term.slug },
        props: { term, practices, page },
        cacheKey: pageCacheKey(page.practices, key, term, page.pages, page.total),
      };
    });
}

/** The second and later pages of the terms whose list is longer than one page. */
export async function termPagePaths(key: TaxonomyKey) {
  const entries = await termsWithPractices(taxonomies[key]);
  return entries.flatMap(({ term, practices }) =>
    paginate(practices)
      .slice(1)
      .map((page) => ({
        params: { slug: term.slug, page: String(page.number) },
        props: { term, practices, page },
        cacheKey: pageCacheKey(page.practices, key, term, page.number, page.pages, page.total),
      })),
  );
}
