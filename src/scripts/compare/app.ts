/**
 * The compare page (/vergelijk/) in the browser: reads which sheets to compare from the
 * address (?p=a&p=b; without any, the reader's list in this browser), fetches each sheet's
 * JSON and builds one table: a column per sheet, a row per item, row and column headers
 * marked up for screen readers. Removing a sheet changes the address (back undoes it).
 * Every text goes in as text, never as HTML.
 */
import { compare, glance } from '../../i18n/nl-compare.ts';
import type { GlanceItem, GlanceValue } from '../../lib/site/glance.ts';
import { showLink } from '../shortlist/mark.ts';
import {
  compareQuery,
  maxCompared,
  readShortlist,
  slugsFromQuery,
  writeShortlist,
} from '../shortlist/store.ts';
import { listRows, type CompareLink, type CompareSheet } from './sheet.ts';

const t = compare;

function required<T extends Element>(parent: ParentNode, selector: string): T {
  const element = parent.querySelector<T>(selector);
  if (!element) throw new Error(`compare page: ${selector} is missing`);
  return element;
}

/** An element with attributes and children (texts become text nodes). */
function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string | null)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child !== null) element.append(child);
  return element;
}

/** Addresses from the JSON go into href only if they are this site's or the web's. */
const safeHref = (href: string) => (/^(\/|https?:\/\/)/i.test(href) ? href : undefined);

function link(target: CompareLink, external = false): HTMLElement | string {
  const href = safeHref(target.href);
  if (!href) return target.text;
  return h('a', { href, ...(external ? { rel: 'noopener noreferrer' } : {}) }, target.text);
}

function glanceCell(value: GlanceValue | undefined): (Node | string)[] {
  if (!value) return [h('span', { class: 'glance__value--unknown' }, glance.unknown)];
  const main = value.href ? link({ text: value.text, href: value.href }) : value.text;
  const out: (Node | string)[] = [
    h(
      'span',
      { class: value.unknown ? 'glance__value glance__value--unknown' : 'glance__value' },
      main,
    ),
  ];
  if (value.note) out.push(' ', h('span', { class: 'glance__note' }, value.note));
  if (value.link) out.push(h('br'), link(value.link, /^https?:/.test(value.link.href)));
  return out;
}

function listCell(items: readonly (string | CompareLink)[]): (Node | string)[] {
  if (!items.length) return [h('span', { class: 'muted' }, t.none)];
  return [
    h('ul', {}, ...items.map((item) => h('li', {}, typeof item === 'string' ? item : link(item)))),
  ];
}

type Loaded = { slug: string; sheet?: CompareSheet; missing?: boolean; failed?: boolean };

function start(root: HTMLElement) {
  const base = root.dataset.base ?? '/';
  const panel = required<HTMLElement>(root, '[data-compare-ui]');
  const status = required<HTMLElement>(root, '[data-status]');
  const notice = required<HTMLElement>(root, '[data-notice]');
  const empty = required<HTMLElement>(root, '[data-empty]');
  const tools = required<HTMLElement>(root, '[data-tools]');
  const keep = required<HTMLButtonElement>(root, '[data-keep]');
  const address = required<HTMLElement>(root, '[data-address]');
  const addressField = required<HTMLInputElement>(address, 'input');
  const wrap = required<HTMLElement>(root, '[data-table-wrap]');
  const table = required<HTMLTableElement>(root, '[data-table]');
  const heading = required<HTMLElement>(root, 'h1');
  heading.tabIndex = -1;
  panel.hidden = false;

  const cache = new Map<string, Promise<Loaded>>();
  let shown: CompareSheet[] = [];
  let renderId = 0;

  function load(slug: string): Promise<Loaded> {
    let entry = cache.get(slug);
    if (!entry) {
      entry = fetch(`${base}vergelijk/${slug}.json`).then(
        async (response) => {
          if (response.status === 404) return { slug, missing: true };
          if (!response.ok) return { slug, failed: true };
          return { slug, sheet: (await response.json()) as CompareSheet };
        },
        () => ({ slug, failed: true }),
      );
      cache.set(slug, entry);
    }
    return entry;
  }

  function buildTable(sheets: CompareSheet[]) {
    table.caption!.textContent = t.caption(sheets.length);
    const head = table.tHead!.rows[0]!;
    while (head.cells.length > 1) head.deleteCell(1);
    for (const sheet of sheets) {
      const remove = h(
        'button',
        { type: 'button', class: 'compare__remove no-print', 'data-remove': sheet.id },
        t.remove,
        h('span', { class: 'visually-hidden' }, ` ${sheet.title}${t.removeFrom}`),
      );
      head.append(
        h(
          'th',
          { scope: 'col' },
          h('a', { href: safeHref(sheet.url) ?? '#', class: 'compare__title' }, sheet.title),
          remove,
        ),
      );
    }
    const body = table.tBodies[0]!;
    body.replaceChildren();
    const row = (label: string, cells: (sheet: CompareSheet) => (Node | string)[], key: string) =>
      body.append(
        h(
          'tr',
          { 'data-row': key },
          h('th', { scope: 'row' }, label),
          ...sheets.map((sheet) => h('td', {}, ...cells(sheet))),
        ),
      );

    row(t.rows.category, (sheet) => [link(sheet.category)], 'category');
    row(t.rows.summary, (sheet) => [sheet.summary], 'summary');
    // The at-a-glance items, in the sheet page's order; an item only some sheets have (a review date) is unknown for the others.
    const glanceKeys: GlanceItem['key'][] = [];
    const labels = new Map<string, string>();
    for (const sheet of sheets)
      for (const item of sheet.glance) {
        if (!glanceKeys.includes(item.key)) glanceKeys.push(item.key);
        labels.set(item.key, item.label);
      }
    const order = sheets[0]?.glance.map((item) => item.key) ?? [];
    glanceKeys.sort(
      (a, b) => (order.indexOf(a) + 1 || Infinity) - (order.indexOf(b) + 1 || Infinity),
    );
    for (const key of glanceKeys)
      row(
        labels.get(key)!,
        (sheet) => glanceCell(sheet.glance.find((item) => item.key === key)?.value),
        `glance-${key}`,
      );
    for (const key of listRows) row(t.rows[key], (sheet) => listCell(sheet[key]), key);
  }

  function sameSet(a: readonly string[], b: readonly string[]) {
    return a.length === b.length && a.every((slug) => b.includes(slug));
  }

  async function render(focus?: { index: number }) {
    const id = ++renderId;
    root.dataset.state = 'loading';
    let slugs = slugsFromQuery(location.search);
    if (!slugs.length) {
      // Without sheets in the address: the reader's own list, written into the address so it can be shared.
      slugs = readShortlist();
      if (slugs.length)
        history.replaceState(null, '', `${location.pathname}${compareQuery(slugs)}`);
    }
    const dropped = Math.max(0, slugs.length - maxCompared);
    slugs = slugs.slice(0, maxCompared);
    const loaded = await Promise.all(slugs.map(load));
    if (id !== renderId) return;

    shown = loaded.flatMap((entry) => (entry.sheet ? [entry.sheet] : []));
    const messages: string[] = [];
    const missing = loaded.filter((entry) => entry.missing).map((entry) => entry.slug);
    if (missing.length) messages.push(t.missing(missing.join(', ')));
    if (loaded.some((entry) => entry.failed)) messages.push(t.failed);
    if (dropped) messages.push(t.tooMany(maxCompared, dropped));
    notice.hidden = messages.length === 0;
    notice.replaceChildren(...messages.map((message) => h('p', {}, message)));

    const none = shown.length === 0;
    empty.hidden = !none;
    tools.hidden = none;
    wrap.hidden = none;
    address.hidden = true;
    if (!none) buildTable(shown);
    const ids = shown.map((sheet) => sheet.id);
    keep.hidden = none || sameSet(ids, readShortlist());

    const text = none
      ? t.empty
      : shown.length === 1
        ? `${t.status(1)} ${t.one}`
        : t.status(shown.length);
    if (status.textContent !== text) status.textContent = text;
    root.dataset.count = String(shown.length);
    root.dataset.state = 'ready';

    if (focus) {
      const links = table.querySelectorAll<HTMLAnchorElement>('thead a');
      (none ? heading : (links[Math.min(focus.index, links.length - 1)] ?? heading)).focus();
    }
  }

  table.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-remove]');
    if (!button) return;
    const slug = button.dataset.remove!;
    const index = shown.findIndex((sheet) => sheet.id === slug);
    const rest = shown.map((sheet) => sheet.id).filter((other) => other !== slug);
    const list = readShortlist();
    if (list.includes(slug)) {
      const left = list.filter((other) => other !== slug);
      writeShortlist(left);
      showLink(left);
    }
    history.pushState(null, '', `${location.pathname}${compareQuery(rest)}`);
    void render({ index });
  });

  required<HTMLButtonElement>(root, '[data-print]').addEventListener('click', () => print());

  required<HTMLButtonElement>(root, '[data-copy]').addEventListener(
    'click',
    () =>
      void (async () => {
        try {
          await navigator.clipboard.writeText(location.href);
          address.hidden = true;
          status.textContent = t.copied;
        } catch {
          // No clipboard (an old browser, a refused permission): the address to copy by hand.
          addressField.value = location.href;
          address.hidden = false;
          status.textContent = t.copyFailed;
          addressField.focus();
          addressField.select();
        }
      })(),
  );

  keep.addEventListener('click', () => {
    const ids = shown.map((sheet) => sheet.id);
    writeShortlist(ids);
    showLink(ids);
    status.textContent = t.kept;
    // The button hides itself: the focus goes to the print button beside it.
    keep.hidden = true;
    required<HTMLButtonElement>(root, '[data-print]').focus();
  });

  addEventListener('popstate', () => void render());
  void render();
}

const root = document.getElementById('compare-app');
if (root) start(root);
