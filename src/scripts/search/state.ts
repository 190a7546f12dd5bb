/**
 * The search page's state and its address: `/zoeken/?q=...&categorie=...&gemeente=...`.
 * Pure functions, shared by the browser code, the pages that build the index attributes,
 * and the tests. Runs in the browser: no Node or Astro imports here.
 */

/**
 * The facets, in the order the search page shows them. Each key is at once the Pagefind
 * filter name (data-pagefind-filter) and the URL parameter; values are term slugs, so an
 * address reads `?gemeente=halle&beleidsdomein=vrije-tijd`.
 */
export const facetKeys = [
  'categorie',
  'beleidsdomein',
  'doelgroep',
  'gemeente',
  'provincie',
  'fase',
  'onderbouwing',
  'kosten',
  'inzet',
  'actualiteit',
] as const;
export type FacetKey = (typeof facetKeys)[number];

/** Sort orders the user can choose (URL parameter `sorteer`); the first is the default. */
export const sortKeys = ['relevantie', 'titel', 'bijgewerkt', 'nagekeken'] as const;
export type SortKey = (typeof sortKeys)[number];

/**
 * Results shown at first and added by each "show more" (the page may set another:
 * data-page-size). Each result shown costs a Pagefind fragment of 1-2 KB (gzip); ten fill
 * a phone screen several times and keep a first search at 100 or 1,000 sheets under 150 KB.
 */
export const pageSize = 10;

/**
 * Values of the `actualiteit` facet: whether a sheet was checked within the review cycle
 * (reviewCycleMonths in content/site.yaml) on the day the site was built.
 */
export const reviewFacetValues = ['recent-nagekeken', 'aan-herziening-toe'] as const;
export type ReviewFacetValue = (typeof reviewFacetValues)[number];

/** Sort keys stored in the index (data-pagefind-sort) and how each order uses them. */
export const indexSortKeys = { title: 'title', updated: 'updated', reviewed: 'reviewed' } as const;

/** Metadata stored with each indexed sheet (data-pagefind-meta). */
export const metaKeys = {
  title: 'title',
  summary: 'summary',
  category: 'category',
  municipalities: 'municipalities',
  updated: 'updated',
  // The at-a-glance items a result card shows (src/lib/site/glance.ts, cardGlanceKeys).
  stage: 'stage',
  evidence: 'evidence',
  cost: 'cost',
} as const;

/** Separator between municipality names in the `municipalities` metadata. */
export const listSeparator = ', ';

export interface SearchState {
  q: string;
  filters: Record<FacetKey, string[]>;
  sort: SortKey;
}

export function emptyFilters(): Record<FacetKey, string[]> {
  return Object.fromEntries(facetKeys.map((key) => [key, []])) as unknown as Record<
    FacetKey,
    string[]
  >;
}

const isSortKey = (value: string): value is SortKey =>
  (sortKeys as readonly string[]).includes(value);

/** Reads the state from a query string; repeated parameters select several values of a facet. */
export function parseState(query: string | URLSearchParams): SearchState {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const filters = emptyFilters();
  for (const key of facetKeys) {
    const values = params
      .getAll(key)
      .map((value) => value.trim())
      .filter(Boolean);
    filters[key] = [...new Set(values)];
  }
  const sort = params.get('sorteer') ?? '';
  return { q: (params.get('q') ?? '').trim(), filters, sort: isSortKey(sort) ? sort : sortKeys[0] };
}

/** The query string for a state ("" for the empty state), defaults left out. */
export function stateToQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const key of facetKeys) for (const value of state.filters[key]) params.append(key, value);
  if (state.sort !== sortKeys[0]) params.set('sorteer', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const selectedCount = (state: SearchState) =>
  facetKeys.reduce((sum, key) => sum + state.filters[key].length, 0);

export type PagefindFilters = Partial<Record<FacetKey, { any: string[] }>>;

/**
 * Pagefind filters for a state: values of one facet combine with OR (`any`), facets with
 * AND. `except` leaves one facet out, to count what each of its values would give.
 */
export function pagefindFilters(state: SearchState, except?: FacetKey): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const key of facetKeys)
    if (key !== except && state.filters[key].length)
      filters[key] = { any: [...state.filters[key]] };
  return filters;
}

/**
 * Pagefind sort for a state. Relevance needs a query: browsing without one lists the most
 * recently updated sheets first, like the rest of the site.
 */
export function pagefindSort(state: SearchState): Record<string, 'asc' | 'desc'> | undefined {
  if (state.sort === 'titel') return { [indexSortKeys.title]: 'asc' };
  if (state.sort === 'nagekeken') return { [indexSortKeys.reviewed]: 'desc' };
  if (state.sort === 'bijgewerkt' || !state.q) return { [indexSortKeys.updated]: 'desc' };
  return undefined;
}

export type FacetCounts = Record<FacetKey, Record<string, number>>;

/**
 * What each facet value would give ("disjunctive" counts): for a facet with a selection,
 * the counts come from the search without that facet, so a value's count is what the
 * results would be with it added to the values already chosen there.
 */
export function facetCounts(
  state: SearchState,
  main: Partial<Record<string, Record<string, number>>>,
  without: Partial<Record<FacetKey, Partial<Record<string, Record<string, number>>>>>,
): FacetCounts {
  const counts = {} as FacetCounts;
  for (const key of facetKeys) {
    const source = state.filters[key].length ? without[key] : main;
    counts[key] = { ...(source?.[key] ?? {}) };
  }
  return counts;
}
