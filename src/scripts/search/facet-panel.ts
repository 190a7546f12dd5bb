/**
 * The facet panel of the search page: checkboxes rendered at build time (FacetPanel.astro),
 * which this code only ticks, counts and hides, never recreates, so focus stays put while
 * the results change.
 */
import { searchPage } from '../../i18n/nl-search.ts';
import { required } from './dom.ts';
import {
  facetKeys,
  selectedCount,
  type facetCounts,
  type FacetKey,
  type SearchState,
} from './state.ts';

export type FacetPanel = ReturnType<typeof facetPanel>;

export function facetPanel(root: HTMLElement) {
  const panel = required<HTMLElement>(root, '.facets');
  const boxes = [...root.querySelectorAll<HTMLInputElement>('.facets input[type="checkbox"]')];
  const groups = [...root.querySelectorAll<HTMLDetailsElement>('details[data-facet]')];
  const clear = required<HTMLButtonElement>(root, '[data-clear]');
  const notice = required<HTMLElement>(root, '[data-notice]');

  const boxFor = (key: FacetKey, value: string) =>
    boxes.find((box) => box.name === key && box.value === value);

  return {
    boxes,
    groups,
    clear,

    /** Ticks the boxes of a state; values no checkbox offers are reported and dropped. */
    apply(state: SearchState): SearchState {
      const ignored: string[] = [];
      for (const key of facetKeys) {
        state.filters[key] = state.filters[key].filter((value) => {
          if (boxFor(key, value)) return true;
          ignored.push(`${searchPage.facets[key].toLowerCase()} “${value}”`);
          return false;
        });
      }
      for (const box of boxes)
        box.checked = state.filters[box.name as FacetKey]?.includes(box.value) ?? false;
      notice.hidden = ignored.length === 0;
      notice.textContent = ignored.length ? searchPage.ignored(ignored.join(', ')) : '';
      return state;
    },

    /** The ticked boxes as address parameters. */
    appendTo(params: URLSearchParams): URLSearchParams {
      for (const box of boxes) if (box.checked) params.append(box.name, box.value);
      return params;
    },

    /** Marks the chosen values per facet and offers "clear" when any is chosen. */
    showSelected(state: SearchState) {
      for (const group of groups) {
        const key = group.dataset.facet as FacetKey;
        const selected = state.filters[key].length;
        required<HTMLElement>(group, '[data-selected]').textContent = selected
          ? `(${selected})`
          : '';
        if (selected) group.open = true;
      }
      clear.hidden = selectedCount(state) === 0;
    },

    updateCounts(counts: ReturnType<typeof facetCounts>) {
      for (const box of boxes) {
        const key = box.name as FacetKey;
        const count = counts[key][box.value] ?? 0;
        const counter = required<HTMLElement>(box.parentElement!, '[data-count]');
        counter.firstChild!.textContent = String(count);
        counter.lastElementChild!.textContent = ` ${searchPage.countUnit(count)}`;
        // A value without results is hidden, unless it is chosen or has the focus.
        box.parentElement!.hidden = count === 0 && !box.checked && document.activeElement !== box;
      }
      panel.dataset.counts = 'current';
    },

    /**
     * The counts rendered at build time are those of the whole catalogue: right while nothing
     * is searched or chosen. Anything else needs Pagefind's filter files (app.ts, loadFilters);
     * until they are there, the counts are hidden rather than wrong.
     */
    countsUnknown(state: SearchState) {
      const whole = !state.q && selectedCount(state) === 0;
      panel.dataset.counts = whole ? 'current' : 'pending';
      if (!whole) for (const box of boxes) box.parentElement!.hidden = false;
    },
  };
}
