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
import { formatDate, ui } from '../../i18n/nl.ts';
import { setupDownload } from './download.ts';
import { excerptNodes } from './excerpt.ts';
import { showMarks } from '../shortlist/mark.ts';
import {
  facetCounts,
  facetKeys,
  listSeparator,
  pageSize as defaultPageSize,
  metaKeys,
  pagefindFilters,
  pagefindSort,
  parseState,
  selectedCount,
  stateToQuery,
  type FacetKey,
  type PagefindFilters,
  type SearchState,
} from './state.ts';

/** The part of Pagefind's JS API this page uses (pagefind.js has no type declarations). */
interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Result {
  id: string;
  data(): Promise<ResultData>;
}
type FilterCounts = Record<string, Record<string, number>>;
interface SearchResponse {
  results: Result[];
  filters: FilterCounts;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<FilterCounts>;
  preload(term: string): Promise<void>;
  search(
    term: string | null,
    options: { filters?: PagefindFilters; sort?: Record<string, string> },
  ): Promise<SearchResponse | null>;
}

/** Wait this long after the last keystroke before searching. */
const typingDelay = 200;

function required<T extends Element>(parent: ParentNode, selector: string): T {
  const element = parent.querySelector<T>(selector);
  if (!element) throw new Error(`search page: ${selector} is missing`);
  return element;
}

function start(root: HTMLElement) {
  const base = root.dataset.base ?? '/';
  const pageSize = Number(root.dataset.pageSize) || defaultPageSize;
  const form = required<HTMLFormElement>(root, 'form[role="search"]');
  const input = required<HTMLInputElement>(form, 'input[name="q"]');
  const panel = required<HTMLElement>(root, '[data-search-ui]');
  const fallback = required<HTMLElement>(root, '[data-fallback]');
  const status = required<HTMLElement>(root, '[data-status]');
  const notice = required<HTMLElement>(root, '[data-notice]');
  const list = required<HTMLOListElement>(root, '[data-results]');
  const more = required<HTMLButtonElement>(root, '[data-more]');
  const sort = required<HTMLSelectElement>(root, 'select[name="sorteer"]');
  const clear = required<HTMLButtonElement>(root, '[data-clear]');
  const filtersHeading = required<HTMLElement>(root, '#verfijn');
  const resultsHeading = required<HTMLElement>(root, '#resultaten');
  const template = required<HTMLTemplateElement>(document, '#search-result-template');
  const boxes = [...root.querySelectorAll<HTMLInputElement>('.facets input[type="checkbox"]')];
  const groups = [...root.querySelectorAll<HTMLDetailsElement>('details[data-facet]')];
  const facetPanel = required<HTMLElement>(root, '.facets');

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

  const boxFor = (key: FacetKey, value: string) =>
    boxes.find((box) => box.name === key && box.value === value);

  /** Puts a state into the controls; values no checkbox offers are reported and dropped. */
  function applyState(state: SearchState): SearchState {
    input.value = state.q;
    sort.value = state.sort;
    const ignored: string[] = [];
    for (const key of facetKeys) {
      state.filters[key] = state.filters[key].filter((value) => {
        if (boxFor(key, value)) return true;
        ignored.push(`${ui.searchPage.facets[key].toLowerCase()} “${value}”`);
        return false;
      });
    }
    for (const box of boxes)
      box.checked = state.filters[box.name as FacetKey]?.includes(box.value) ?? false;
    notice.hidden = ignored.length === 0;
    notice.textContent = ignored.length ? ui.searchPage.ignored(ignored.join(', ')) : '';
    return state;
  }

  function readControls(): SearchState {
    const params = new URLSearchParams({ q: input.value, sorteer: sort.value });
    for (const box of boxes) if (box.checked) params.append(box.name, box.value);
    return parseState(params);
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

  /** Marks the chosen values per facet and offers "clear" when any is chosen. */
  function showSelected(state: SearchState) {
    for (const group of groups) {
      const key = group.dataset.facet as FacetKey;
      const selected = state.filters[key].length;
      required<HTMLElement>(group, '[data-selected]').textContent = selected ? `(${selected})` : '';
      if (selected) group.open = true;
    }
    clear.hidden = selectedCount(state) === 0;
  }

  function updateCounts(counts: ReturnType<typeof facetCounts>) {
    for (const box of boxes) {
      const key = box.name as FacetKey;
      const count = counts[key][box.value] ?? 0;
      const counter = required<HTMLElement>(box.parentElement!, '[data-count]');
      counter.firstChild!.textContent = String(count);
      counter.lastElementChild!.textContent = ` ${ui.searchPage.countUnit(count)}`;
      // A value without results is hidden, unless it is chosen or has the focus.
      box.parentElement!.hidden = count === 0 && !box.checked && document.activeElement !== box;
    }
    facetPanel.dataset.counts = 'current';
  }

  /**
   * The counts rendered at build time are those of the whole catalogue: right while nothing
   * is searched or chosen. Anything else needs Pagefind's filter files (see loadFilters);
   * until they are there, the counts are hidden rather than wrong.
   */
  function countsUnknown(state: SearchState) {
    const whole = !state.q && selectedCount(state) === 0;
    facetPanel.dataset.counts = whole ? 'current' : 'pending';
    if (!whole) for (const box of boxes) box.parentElement!.hidden = false;
  }

  /** The search for a state and, with counts, one per facet with chosen values, without that facet (OR within a facet). */
  async function searches(state: SearchState, withCounts: boolean) {
    const term = state.q || null;
    const [main, ...others] = await Promise.all([
      pagefind!.search(term, { filters: pagefindFilters(state), sort: pagefindSort(state) }),
      ...facetKeys.map((key) =>
        withCounts && state.filters[key].length
          ? pagefind!.search(term, { filters: pagefindFilters(state, key) })
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
    const { counts } = await searches(state, true);
    if (state === current && counts) updateCounts(counts);
  }

  function card(data: ResultData, withExcerpt: boolean): HTMLElement {
    const item = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
    const slot = (name: string) => required<HTMLElement>(item, `[data-slot="${name}"]`);
    const link = slot('link') as HTMLAnchorElement;
    link.href = data.url;
    link.textContent = data.meta[metaKeys.title] ?? data.url;
    slot('category').textContent = data.meta[metaKeys.category] ?? '';
    slot('summary').textContent = data.meta[metaKeys.summary] ?? '';
    if (withExcerpt && data.excerpt) slot('excerpt').append(...excerptNodes(data.excerpt));
    else slot('excerpt').remove();
    const municipalities = data.meta[metaKeys.municipalities];
    if (municipalities)
      slot('municipalities').textContent = municipalities.split(listSeparator).join(', ');
    else slot('municipalities-line').remove();
    for (const key of ['stage', 'evidence', 'cost'] as const) {
      const value = data.meta[metaKeys[key]];
      const cell = slot(`glance-${key}`);
      // Absent: the sheet does not say (the template holds "Onbekend").
      if (value) cell.textContent = value;
      else cell.classList.add('glance__value--unknown');
    }
    const slug = /\/praktijken\/([^/]+)\/$/.exec(new URL(data.url, location.href).pathname)?.[1];
    const mark = slot('mark') as HTMLInputElement;
    if (slug) {
      mark.id = `vergelijk-${slug}`;
      mark.dataset.markSlug = slug;
      slot('mark-label').setAttribute('for', mark.id);
      slot('mark-title').textContent = `: ${link.textContent}`;
    } else mark.closest('[data-mark]')!.remove();
    const updated = data.meta[metaKeys.updated];
    if (updated) {
      const time = document.createElement('time');
      time.dateTime = updated;
      time.textContent = formatDate(updated);
      slot('updated').replaceWith(time);
    } else slot('updated-line').remove();
    return item;
  }

  async function showMore(id: number, state: SearchState): Promise<HTMLElement[]> {
    const next = allResults.slice(shown.length, shown.length + pageSize);
    const data = await Promise.all(next.map((result) => result.data()));
    if (id !== searchId) return [];
    const items = data.map((entry) => card(entry, Boolean(state.q)));
    list.append(...items);
    for (const item of items) showMarks(item);
    shown = shown.concat(next);
    more.hidden = shown.length >= allResults.length;
    more.textContent = ui.searchPage.more(shown.length, allResults.length);
    return items;
  }

  async function run(state: SearchState) {
    current = state;
    if (!pagefind) return;
    const id = ++searchId;
    root.dataset.state = 'searching';
    const withCounts = filtersReady;
    const { main, counts } = await searches(state, withCounts);
    if (id !== searchId || !main) return;
    const focused = document.activeElement;
    const focusedUrl =
      focused instanceof HTMLAnchorElement && list.contains(focused) ? focused.href : undefined;
    showSelected(state);
    if (counts) updateCounts(counts);
    else countsUnknown(state);
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
    const text = ui.searchPage.status(allResults.length, state.q, selectedCount(state));
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
