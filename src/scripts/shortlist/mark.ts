/**
 * What every page with "Vergelijk" controls runs at once, kept small (the sheet page's
 * weight budget): show the controls ticked as the list says, and the header link to the
 * compare page. The code that changes the list (toggle.ts) loads on the first tick.
 */
import { compareQuery, readShortlist, storageWorks } from './store.ts';

const boxSelector = 'input[data-mark-slug]';
/** Without storage (blocked, some private modes) the boxes could not keep anything: they stay hidden. */
let canStore: boolean | undefined;

/** Shows the controls under `root` (the page, or search results just added), ticked as the list says. */
export function showMarks(
  root: ParentNode = document,
  list: readonly string[] = readShortlist(),
): void {
  canStore ??= storageWorks();
  if (!canStore) return;
  for (const box of root.querySelectorAll<HTMLInputElement>(boxSelector)) {
    box.checked = list.includes(box.dataset.markSlug ?? '');
    box.closest<HTMLElement>('[data-mark]')?.removeAttribute('hidden');
  }
}

/** The header link "Vergelijk (n)", pointing at the compare page for the list; hidden while the list is empty. */
export function showLink(list: readonly string[] = readShortlist()): void {
  const link = document.querySelector<HTMLAnchorElement>('a[data-shortlist-link]');
  if (!link) return;
  link.search = compareQuery(list);
  const count = link.querySelector('[data-shortlist-count]');
  if (count) count.textContent = `(${list.length})`;
  link.hidden = list.length === 0;
}

document.addEventListener('change', (event) => {
  const box = event.target;
  if (!(box instanceof HTMLInputElement) || !box.matches(boxSelector)) return;
  void import('./toggle.ts').then(({ toggle }) => toggle(box));
});

// Another tab changed the list.
addEventListener('storage', () => {
  const list = readShortlist();
  showMarks(document, list);
  showLink(list);
});

showMarks();
showLink();
