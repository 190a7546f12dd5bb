/**
 * Shows the schema's verdict in the form: a message next to each field (linked with
 * aria-describedby, the control marked aria-invalid) and a summary above the form that
 * receives focus, so screen-reader users hear how many problems there are and can jump
 * to each one.
 */
import { contribute } from '../../i18n/nl.ts';
import type { FieldSpec } from '../../lib/contribute/form-spec.ts';
import { describedBy, firstControl, h, idFor, type Path } from './dom.ts';

export interface FieldError {
  path: Path;
  message: string;
}

const t = contribute;

/** The closest element the form drew for a path (a list item's field, else its list, ...). */
function targetFor(
  form: HTMLElement,
  path: Path,
): { element: HTMLElement; path: Path } | undefined {
  for (let length = path.length; length > 0; length--) {
    const candidate = path.slice(0, length);
    const element = form.querySelector<HTMLElement>(`#${CSS.escape(idFor(candidate))}`);
    if (element) return { element, path: candidate };
  }
  return undefined;
}

/** "Deze praktijk in › Gemeente 2 › Contact 1 › E-mailadres": where a problem is, in the form's words. */
export function fieldLabel(fields: readonly FieldSpec[], path: Path): string {
  const parts: string[] = [];
  let scope: readonly FieldSpec[] | undefined = fields;
  let last: FieldSpec | undefined;
  for (const key of path) {
    if (typeof key === 'number') {
      if (last) parts.push(`${t.itemNames[last.key] ?? t.item} ${key + 1}`);
      continue;
    }
    last = scope?.find((spec) => spec.key === key);
    if (!last) break;
    parts.push(last.title);
    scope = last.kind === 'group' || last.kind === 'groups' ? last.fields : undefined;
  }
  // A list item's own label already says "Doel 2": drop the list title before it.
  if (
    parts.length >= 2 &&
    typeof path.at(-1) === 'number' &&
    last &&
    (last.kind === 'texts' || last.kind === 'terms')
  )
    parts.splice(-2, 1);
  return parts.join(' › ');
}

export function clearErrors(form: HTMLElement, summary: HTMLElement): void {
  for (const message of form.querySelectorAll('.cf-error')) {
    const owner = form.querySelector(`[aria-describedby~="${message.id}"]`);
    if (owner) describedBy(owner, [], [message.id]);
    message.remove();
  }
  for (const invalid of form.querySelectorAll('[aria-invalid]'))
    invalid.removeAttribute('aria-invalid');
  for (const marked of form.querySelectorAll('.cf-invalid')) marked.classList.remove('cf-invalid');
  summary.hidden = true;
  summary.replaceChildren();
}

/** Puts each message next to its field and fills the summary; returns how many fields have a problem. */
export function showErrors(
  form: HTMLElement,
  summary: HTMLElement,
  fields: readonly FieldSpec[],
  errors: FieldError[],
): number {
  clearErrors(form, summary);
  const byTarget = new Map<HTMLElement, { path: Path; messages: string[] }>();
  for (const error of errors) {
    const target = targetFor(form, error.path);
    if (!target) continue;
    const entry = byTarget.get(target.element) ?? { path: target.path, messages: [] };
    if (!entry.messages.includes(error.message)) entry.messages.push(error.message);
    byTarget.set(target.element, entry);
  }
  const links: HTMLElement[] = [];
  for (const [element, { path, messages }] of byTarget) {
    const errorId = `${idFor(path)}-error`;
    const message = h(
      'p',
      { class: 'cf-error', id: errorId },
      h('span', { class: 'visually-hidden' }, `${t.errorPrefix}: `),
      messages.join(' '),
    );
    // A field in a closed group ("Voor de redactie") is shown with its message.
    const closed = element.closest('details');
    if (closed) closed.open = true;
    const isControl = element.matches('input, select, textarea');
    if (isControl) {
      element.setAttribute('aria-invalid', 'true');
      element.before(message);
    } else {
      // A list or pick-list: the message goes under its legend and help text.
      const after =
        element.querySelector(':scope > .cf-help') ?? element.querySelector(':scope > legend');
      if (after) after.after(message);
      else element.prepend(message);
    }
    (isControl ? (element.closest('.cf-field, .cf-item') ?? element) : element).classList.add(
      'cf-invalid',
    );
    describedBy(element, [errorId]);
    const link = h(
      'a',
      { href: `#${element.id}` },
      `${fieldLabel(fields, path)}: ${messages.join(' ')}`,
    );
    link.addEventListener('click', (event) => {
      event.preventDefault();
      const control = firstControl(element);
      element.scrollIntoView({ block: 'center' });
      control?.focus();
    });
    links.push(h('li', {}, link));
  }
  if (!links.length) return 0;
  summary.append(
    h('h2', { id: 'cf-summary-title' }, t.errorSummaryTitle(links.length)),
    h('p', {}, t.errorSummaryIntro),
    h('ul', {}, ...links),
  );
  summary.hidden = false;
  return links.length;
}
