/**
 * The part of Pagefind's JavaScript API the search page uses (pagefind.js has no type
 * declarations), and the searches one state of the page needs.
 */
import {
  facetCounts,
  facetKeys,
  pagefindFilters,
  pagefindSort,
  type FacetKey,
  type PagefindFilters,
  type SearchState,
} from './state.ts';

export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
export interface Result {
  id: string;
  data(): Promise<ResultData>;
}
export type FilterCounts = Record<string, Record<string, number>>;
interface SearchResponse {
  results: Result[];
  filters: FilterCounts;
}
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<FilterCounts>;
  preload(term: string): Promise<void>;
  search(
    term: string | null,
    options: { filters?: PagefindFilters; sort?: Record<string, string> },
  ): Promise<SearchResponse | null>;
}

/** The search for a state and, with counts, one per facet with chosen values, without that facet (OR within a facet). */
export async function searches(pagefind: Pagefind, state: SearchState, withCounts: boolean) {
  const term = state.q || null;
  const [main, ...others] = await Promise.all([
    pagefind.search(term, { filters: pagefindFilters(state), sort: pagefindSort(state) }),
    ...facetKeys.map((key) =>
      withCounts && state.filters[key].length
        ? pagefind.search(term, { filters: pagefindFilters(state, key) })
        : null,
    ),
  ]);
  const without: Partial<Record<FacetKey, FilterCounts>> = {};
  facetKeys.forEach((key, index) => {
    const other = others[index];
    if (other) without[key] = other.filters;
  });
  return {
    main,
    counts: main && withCounts ? facetCounts(state, main.filters, without) : undefined,
  };
}
