/**
 * Ticking or unticking "Vergelijk": the list changes (at most maxCompared sheets), every
 * control for the same sheet follows, and the reader hears and sees what happened, next to
 * the control they used. Loaded by mark.ts on the first tick.
 */
import { shortlist } from '../../i18n/nl-shortlist.ts';
import { showLink, showMarks } from './mark.ts';
import { maxCompared, readShortlist, writeShortlist } from './store.ts';

const t = shortlist;

function say(box: HTMLInputElement, message: string, withLink: boolean): void {
  // One note at a time, next to the control just used.
  for (const old of document.querySelectorAll('[data-mark-note]')) old.remove();
  const control = box.closest('[data-mark]');
  const header = document.querySelector<HTMLAnchorElement>('a[data-shortlist-link]');
  if (control) {
    const note = document.createElement('p');
    note.className = 'mark__note';
    note.dataset.markNote = '';
    note.append(message);
    if (withLink && header) {
      const link = document.createElement('a');
      link.href = header.href;
      link.textContent = t.compareNow;
      note.append(' ', link);
    }
    control.append(note);
  }
  const status = document.querySelector('[data-shortlist-status]');
  if (status) status.textContent = message;
}

export function toggle(box: HTMLInputElement): void {
  const slug = box.dataset.markSlug ?? '';
  let list = readShortlist();
  if (box.checked && !list.includes(slug)) {
    if (list.length >= maxCompared) {
      box.checked = false;
      say(box, t.full(maxCompared), true);
      return;
    }
    list = [...list, slug];
  } else if (!box.checked) list = list.filter((other) => other !== slug);
  writeShortlist(list);
  showMarks(document, list);
  showLink(list);
  say(
    box,
    box.checked ? t.added(list.length, maxCompared) : t.removed(list.length),
    box.checked && list.length > 1,
  );
}
