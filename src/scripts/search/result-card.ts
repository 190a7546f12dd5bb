/** One search result, filled into the <template> the page renders at build time (ResultTemplate.astro). */
import { formatDate } from '../../i18n/nl-dates.ts';
import { excerptNodes } from './excerpt.ts';
import type { ResultData } from './pagefind.ts';
import { listSeparator, metaKeys } from './state.ts';
import { required } from './dom.ts';

export function resultCard(
  template: HTMLTemplateElement,
  data: ResultData,
  withExcerpt: boolean,
): HTMLElement {
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
