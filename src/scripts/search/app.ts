/**
 * The search page (/zoeken/) in the browser, on Pagefind's JavaScript API.
 *
 * Why not Pagefind's Component UI (<pagefind-input>, <pagefind-filter-pane>,
 * <pagefind-results>, ...)? We tried to fit it, and it cannot do what this page must:
 * - its filter components pass a facet's values as a plain list, which Pagefind combines
 *   with AND, and their counts are "in addition to the current filters"; we need OR within
 *   a facet and, for every value, the number of results it would give (see facetCounts);
 * - it keeps no state in the address (no ?q=&categorie=, no back button) and has no sort
 *   control;
 * - once facets, sorting and the address are ours, only the result list would be left, and
 *   that would cost its 40 kB (gzipped) bundle plus a second search driver on every first
 *   query, for a list this file renders in a few lines from a server-rendered <template>.
 * The controls are plain HTML rendered at build time (FacetPanel.astro, zoeken/index.astro);
 * this code never recreates them, so focus stays put while results change.
 */
import { searchPage } from '../../i18n/nl-search.ts';
import { showMarks } from '../shortlist/mark.ts';
import { required } from './dom.ts';
import { setupDownload } from './download.ts';
import { facetPanel } from './facet-panel.ts';
import { searches, type Pagefind, type Result } from './pagefind.ts';
import { resultCard } from './result-card.ts';
import {
  pageSize as defaultPageSize,
  parseState,
  selectedCount,
  stateToQuery,
  type SearchState,
} from './state.ts';

/** Wait this long after the last keystroke before searching. */
const typingDelay = 200;

function start(root: HTMLElement) {
  const base = root.dataset.base ?? '/';
  const pageSize = Number(root.dataset.pageSize) || defaultPageSize;
  const form = required<HTMLFormElement>(root, 'form[role="search"]');
  const input = required<HTMLInputElement>(form, 'input[name="q"]');
  const panel = required<HTMLElement>(root, '[data-search-ui]');
  const fallback = required<HTMLElement>(root, '[data-fallback]');
  const status = required<HTMLElement>(root, '[data-status]');
  const list = required<HTMLOListElement>(root, '[data-results]');
  const more = required<HTMLButtonElement>(root, '[data-more]');
  const sort = required<HTMLSelectElement>(root, 'select[name="sorteer"]');
  const filtersHeading = required<HTMLElement>(root, '#verfijn');
  const resultsHeading = required<HTMLElement>(root, '#resultaten');
  const template = required<HTMLTemplateElement>(document, '#search-result-template');
  const facets = facetPanel(root);
  const { boxes, groups, clear } = facets;

  panel.hidden = false;
  // Wide screens show the first two facets open; small screens keep the panel short.
  if (matchMedia('(min-width: 62rem)').matches)
    for (const group of groups.slice(0, 2)) group.open = true;

  let pagefind: Pagefind | undefined;
  let searchId = 0;
  let finished = 0;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  /** True while consecutive keystrokes edit one history entry instead of adding one each. */
  let typing = false;
  let shown: Result[] = [];
  let allResults: Result[] = [];
  let current: SearchState = parseState('');

  /** Puts a state into the controls. */
  function applyState(state: SearchState): SearchState {
    input.value = state.q;
    sort.value = state.sort;
    return facets.apply(state);
  }

  function readControls(): SearchState {
    return parseState(
      facets.appendTo(new URLSearchParams({ q: input.value, sorteer: sort.value })),
    );
  }

  /** Records the controls' state in the address and searches. */
  function commit(kind: 'typing' | 'change') {
    clearTimeout(typingTimer);
    const state = readControls();
    const target = `${location.pathname}${stateToQuery(state)}`;
    if (target !== `${location.pathname}${location.search}`) {
      if (kind === 'typing' && typing) history.replaceState(null, '', target);
      else history.pushState(null, '', target);
    }
    typing = kind === 'typing';
    void run(state);
  }

  /**
   * Pagefind's filter files list, per facet value, the sheets that have it: 177 KB at 10,000
   * sheets, more than the rest of a first search. They are fetched once a facet group is
   * open (on wide screens two are open from the start: after the first results), so a search
   * from a phone fetches them only when the visitor opens a facet.
   */
  let filtersReady = false;
  let filtersLoading: Promise<void> | undefined;
  function loadFilters() {
    if (!pagefind || filtersLoading) return;
    filtersLoading = pagefind.filters().then(
      () => {
        filtersReady = true;
        // A search still running counts once it is done (the end of run()).
        if (root.dataset.state === 'ready') void refreshCounts();
      },
      (error: unknown) => {
        // Searching still works; only the counts stay hidden. Opening a facet again retries.
        console.error(error);
        filtersLoading = undefined;
      },
    );
  }

  async function refreshCounts() {
    const state = current;
    const { counts } = await searches(pagefind!, state, true);
    if (state === current && counts) facets.updateCounts(counts);
  }

  async function showMore(id: number, state: SearchState): Promise<HTMLElement[]> {
    const next = allResults.slice(shown.length, shown.length + pageSize);
    const data = await Promise.all(next.map((result) => result.data()));
    if (id !== searchId) return [];
    const items = data.map((entry) => resultCard(template, entry, Boolean(state.q)));
    list.append(...items);
    for (const item of items) showMarks(item);
    shown = shown.concat(next);
    more.hidden = shown.length >= allResults.length;
    more.textContent = searchPage.more(shown.length, allResults.length);
    return items;
  }

  async function run(state: SearchState) {
    current = state;
    if (!pagefind) return;
    const id = ++searchId;
    root.dataset.state = 'searching';
    const withCounts = filtersReady;
    const { main, counts } = await searches(pagefind, state, withCounts);
    if (id !== searchId || !main) return;
    const focused = document.activeElement;
    const focusedUrl =
      focused instanceof HTMLAnchorElement && list.contains(focused) ? focused.href : undefined;
    facets.showSelected(state);
    if (counts) facets.updateCounts(counts);
    else facets.countsUnknown(state);
    allResults = main.results;
    shown = [];
    list.replaceChildren();
    await showMore(id, state);
    if (id !== searchId) return;
    // The update must not drop the focus: a result keeps it if it is still listed; a control
    // that is gone or hidden now ("show more") hands it to the results heading.
    if (focusedUrl !== undefined) {
      const same = [...list.querySelectorAll('a')].find((link) => link.href === focusedUrl);
      (same ?? resultsHeading).focus();
    } else if (
      focused instanceof HTMLElement &&
      focused !== document.body &&
      (!focused.isConnected || focused.closest('[hidden]'))
    ) {
      resultsHeading.focus();
    }
    const text = searchPage.status(allResults.length, state.q, selectedCount(state));
    if (status.textContent !== text) status.textContent = text;
    root.dataset.count = String(allResults.length);
    root.dataset.query = state.q;
    // For tests and the benchmark: what the shown results are for, how many searches have
    // finished, and that this one has.
    root.dataset.searches = String(++finished);
    root.dataset.state = 'ready';
    if (!withCounts && filtersReady) void refreshCounts();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    commit('change');
  });
  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    if (pagefind && input.value.trim()) void pagefind.preload(input.value.trim());
    typingTimer = setTimeout(() => commit('typing'), typingDelay);
  });
  input.addEventListener('blur', () => {
    typing = false;
  });
  for (const box of boxes) box.addEventListener('change', () => commit('change'));
  for (const group of groups) group.addEventListener('toggle', () => group.open && loadFilters());
  sort.addEventListener('change', () => commit('change'));
  clear.addEventListener('click', () => {
    for (const box of boxes) box.checked = false;
    commit('change');
    // The button hides itself now that nothing is chosen: give the focus to the panel.
    filtersHeading.focus();
  });
  more.addEventListener('click', () => {
    void showMore(searchId, current).then((items) => {
      // The button may have disappeared: continue from the first newly shown result.
      items[0]?.querySelector('a')?.focus();
    });
  });
  addEventListener('popstate', () => {
    typing = false;
    void run(applyState(parseState(location.search)));
  });

  setupDownload(root, base, () => allResults);

  current = applyState(parseState(location.search));
  void (async () => {
    try {
      pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
      await pagefind.options({ baseUrl: base, excerptLength: 24 });
    } catch (error) {
      console.error(error);
      panel.hidden = true;
      fallback.hidden = false;
      root.dataset.state = 'error';
      return;
    }
    await run(current);
    if (groups.some((group) => group.open)) loadFilters();
  })();
}

const root = document.getElementById('search-app');
if (root) start(root);
