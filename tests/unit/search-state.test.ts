import { describe, expect, it } from 'vitest';
import { excerptSegments } from '../../src/scripts/search/excerpt.ts';
import {
  facetCounts,
  pagefindFilters,
  pagefindSort,
  parseState,
  selectedCount,
  stateToQuery,
} from '../../src/scripts/search/state.ts';
import { bundleKind } from '../../scripts/lib/search-metrics.ts';

describe('the search address', () => {
  it('reads the query, repeated facet values and the sort order', () => {
    const state = parseState(
      '?q=+kansentarief+&gemeente=halle&gemeente=eeklo&gemeente=halle&categorie=taal&sorteer=titel',
    );
    expect(state.q).toBe('kansentarief');
    expect(state.filters.gemeente).toEqual(['halle', 'eeklo']);
    expect(state.filters.categorie).toEqual(['taal']);
    expect(state.filters.provincie).toEqual([]);
    expect(state.sort).toBe('titel');
    expect(selectedCount(state)).toBe(3);
  });

  it('falls back to relevance for an unknown sort order and ignores empty values and unknown parameters', () => {
    const state = parseState('?sorteer=random&gemeente=&utm_source=mail');
    expect(state.sort).toBe('relevantie');
    expect(state.filters.gemeente).toEqual([]);
    expect(stateToQuery(state)).toBe('');
  });

  it('writes an address that reads back to the same state, without defaults', () => {
    const state = parseState('');
    state.q = 'vrije tijd';
    state.filters.beleidsdomein = ['sport', 'vrije-tijd'];
    state.filters.provincie = ['west-vlaanderen'];
    const query = stateToQuery(state);
    expect(query).toBe(
      '?q=vrije+tijd&beleidsdomein=sport&beleidsdomein=vrije-tijd&provincie=west-vlaanderen',
    );
    expect(parseState(query)).toEqual(state);
  });
});

describe('the Pagefind query for a state', () => {
  const state = parseState('?q=sport&gemeente=halle&gemeente=gent&beleidsdomein=sport');

  it('combines values of one facet with OR and facets with AND', () => {
    expect(pagefindFilters(state)).toEqual({
      gemeente: { any: ['halle', 'gent'] },
      beleidsdomein: { any: ['sport'] },
    });
  });

  it("can leave one facet out, to count that facet's values", () => {
    expect(pagefindFilters(state, 'gemeente')).toEqual({ beleidsdomein: { any: ['sport'] } });
  });

  it('sorts by relevance with a query, and by last update when browsing without one', () => {
    expect(pagefindSort(state)).toBeUndefined();
    expect(pagefindSort(parseState(''))).toEqual({ updated: 'desc' });
    expect(pagefindSort(parseState('?q=x&sorteer=titel'))).toEqual({ title: 'asc' });
    expect(pagefindSort(parseState('?q=x&sorteer=bijgewerkt'))).toEqual({ updated: 'desc' });
  });

  it('sorts by last review, and filters on whether a sheet is due for review', () => {
    expect(pagefindSort(parseState('?sorteer=nagekeken'))).toEqual({ reviewed: 'desc' });
    const state = parseState('?actualiteit=recent-nagekeken&gemeente=halle');
    expect(pagefindFilters(state)).toEqual({
      gemeente: { any: ['halle'] },
      actualiteit: { any: ['recent-nagekeken'] },
    });
    expect(stateToQuery(state)).toBe('?gemeente=halle&actualiteit=recent-nagekeken');
  });

  it("takes a selected facet's counts from the search without that facet", () => {
    const main = {
      gemeente: { halle: 1, gent: 0 },
      beleidsdomein: { sport: 1, cultuur: 0 },
      categorie: { taal: 1 },
    };
    const withoutGemeente = { gemeente: { halle: 1, gent: 2, eeklo: 1 } };
    const withoutDomain = { beleidsdomein: { sport: 1, cultuur: 4 } };
    const counts = facetCounts(state, main, {
      gemeente: withoutGemeente,
      beleidsdomein: withoutDomain,
    });
    expect(counts.gemeente).toEqual({ halle: 1, gent: 2, eeklo: 1 });
    expect(counts.beleidsdomein).toEqual({ sport: 1, cultuur: 4 });
    expect(counts.categorie).toEqual({ taal: 1 });
    expect(counts.provincie).toEqual({});
  });
});

describe('search excerpts', () => {
  it("splits Pagefind's excerpt into text and marked words, unescaping < and >", () => {
    expect(
      excerptSegments(
        'een <mark>kansentarief</mark> van 1 &lt;euro&gt; & meer <mark>UiTPAS</mark>',
      ),
    ).toEqual([
      { text: 'een ', mark: false },
      { text: 'kansentarief', mark: true },
      { text: ' van 1 <euro> & meer ', mark: false },
      { text: 'UiTPAS', mark: true },
    ]);
  });

  it('keeps markup written in a sheet as text', () => {
    expect(excerptSegments('&lt;script&gt;alert(1)&lt;/script&gt;')).toEqual([
      { text: '<script>alert(1)</script>', mark: false },
    ]);
  });
});

describe('bundle file kinds', () => {
  it('tells index chunks, filters, fragments, metadata, WebAssembly and code apart', () => {
    expect(bundleKind('index/nl_dbb13d6.pf_index')).toBe('index');
    expect(bundleKind('pagefind/fragment/nl_6838eec.pf_fragment')).toBe('fragment');
    expect(bundleKind('filter/nl_2af45b2.pf_filter')).toBe('filter');
    expect(bundleKind('pagefind.nl_bd75836576.pf_meta')).toBe('meta');
    expect(bundleKind('pagefind/pagefind-entry.json?ts=1795646498564')).toBe('meta');
    expect(bundleKind('wasm.nl.pagefind')).toBe('wasm');
    expect(bundleKind('pagefind-worker.js')).toBe('code');
  });
});
