/**
 * Draws the contribution form from the field tree of the practice schema
 * (src/lib/contribute/form-spec.ts). The form values are the one source of truth: every
 * control writes its value back on input, and adding or removing a list item redraws the
 * form from the values (restoring focus), which is also how a saved draft comes back.
 */
import { imageMimeTypes } from '../../lib/sheet/image-types.ts';
import { contribute } from '../../i18n/nl.ts';
import {
  forEditors,
  type FieldSpec,
  type GroupsSpec,
  type NumberSpec,
  type TextSpec,
  type TextsSpec,
} from '../../lib/contribute/form-spec.ts';
import type { FormValues } from '../../lib/contribute/sheet.ts';
import { fold } from '../../lib/util/text.ts';
import type { VocabularyData } from '../../lib/vocabulary/lookup.ts';
import { valueAt } from '../../lib/sheet/issues.ts';
import { h, idFor, setAt, type Path } from './dom.ts';

const t = contribute;

export interface RenderContext {
  vocabularies: VocabularyData;
  values: FormValues;
  /** Text of the sheet's body (not a schema field). */
  body: { value: string };
  /** Search text typed in each pick-list, kept across redraws. */
  filters: Map<string, string>;
  /** A value changed (save the draft, refresh the result). */
  changed(): void;
  /** The structure changed (an item added or removed): redraw, then focus and announce. */
  redraw(focusId: string | undefined, announcement: string): void;
  /** The file picker for the image: checks the file and fills in image.src. */
  pickImage(file: File, path: Path): string;
}

/** Vocabularies longer than this get a text field with suggestions instead of a list of choices. */
const maxChoicesShown = 40;
/** Pick-lists longer than this get a search field. */
const minChoicesForFilter = 8;

export const bodyKey = 'body';
/** The body's place in the form: after this field, as on the sheet page. */
const bodyAfter = 'targetGroups';

export const datalistId = (vocabulary: string) => `cf-list-${vocabulary}`;

function itemName(key: string): string {
  return t.itemNames[key] ?? t.item;
}

function labelText(spec: FieldSpec, text = spec.title): (Node | string)[] {
  return spec.required
    ? [text, h('span', { class: 'cf-required', 'aria-hidden': 'true' }, ' *')]
    : [text, h('span', { class: 'cf-optional' }, ` (${t.optional})`)];
}

function help(spec: FieldSpec, id: string): HTMLElement | null {
  const limit =
    spec.kind === 'text' && spec.maxLength && spec.maxLength <= 5000
      ? ` (${t.limit(spec.maxLength)})`
      : '';
  const text = `${spec.description}${limit}`;
  return text ? h('p', { class: 'cf-help', id: `${id}-help` }, text) : null;
}

/** `optionalGroup`: the fields belong to a group that may be left out as a whole (evidence). */
export function renderFields(
  fields: readonly FieldSpec[],
  path: Path,
  ctx: RenderContext,
  optionalGroup = false,
): HTMLElement[] {
  const out: HTMLElement[] = [];
  const editors: HTMLElement[] = [];
  for (const spec of fields) {
    const element = renderField(spec, [...path, spec.key], ctx, optionalGroup);
    if (path.length === 0 && forEditors.has(spec.key)) editors.push(element);
    else out.push(element);
    if (path.length === 0 && spec.key === bodyAfter) out.push(renderBody(ctx));
  }
  if (editors.length)
    out.push(
      h(
        'details',
        { class: 'cf-editors', id: 'cf-editors' },
        h('summary', {}, t.forEditors),
        h('p', { class: 'cf-help' }, t.forEditorsHelp),
        ...editors,
      ),
    );
  return out;
}

function renderField(
  spec: FieldSpec,
  path: Path,
  ctx: RenderContext,
  optionalGroup: boolean,
): HTMLElement {
  switch (spec.kind) {
    case 'text':
      return renderText(spec, path, ctx);
    case 'number':
      return renderNumber(spec, path, ctx);
    case 'choice':
      return renderChoice(spec, path, ctx);
    case 'term': {
      const terms = ctx.vocabularies[spec.vocabulary];
      return terms.length > maxChoicesShown
        ? renderSuggest(spec, path, ctx)
        : renderPickList(spec, path, ctx, false, optionalGroup || !spec.required);
    }
    case 'terms':
      return renderPickList(spec, path, ctx, true, false);
    case 'texts':
      return renderTexts(spec, path, ctx);
    case 'group': {
      const id = idFor(path);
      const fieldset = h(
        'fieldset',
        { class: 'cf-group', id, 'aria-describedby': spec.description ? `${id}-help` : undefined },
        h('legend', {}, ...labelText(spec)),
        help(spec, id),
      );
      fieldset.append(...renderFields(spec.fields, path, ctx, !spec.required));
      if (path.at(-1) === 'image') fieldset.append(renderImagePicker(path, ctx));
      // A group that may be left out (the picture, the evidence) needs its fields only once it
      // is given: say so instead of marking them required ("Bestand *") from the start.
      if (!spec.required) {
        for (const mark of fieldset.querySelectorAll('.cf-required'))
          mark.replaceWith(h('span', { class: 'cf-optional' }, ` (${t.requiredInGroup})`));
        for (const input of fieldset.querySelectorAll('[aria-required]'))
          input.removeAttribute('aria-required');
      }
      return fieldset;
    }
    case 'groups':
      return renderGroups(spec, path, ctx);
  }
}

function control(
  spec: TextSpec,
  path: Path,
  ctx: RenderContext,
  label?: string,
): [HTMLLabelElement, HTMLInputElement | HTMLTextAreaElement] {
  const id = idFor(path);
  const value = valueAt(ctx.values, path);
  const attributes = {
    id,
    name: id,
    'aria-required': spec.required ? 'true' : undefined,
    'aria-describedby': label ? undefined : spec.description ? `${id}-help` : undefined,
    'data-path': JSON.stringify(path),
  };
  const input: HTMLInputElement | HTMLTextAreaElement =
    spec.input === 'textarea'
      ? h('textarea', { ...attributes, rows: (spec.maxLength ?? 0) >= 1000 ? 6 : 3 })
      : h('input', {
          ...attributes,
          type: spec.input,
          autocomplete:
            spec.input === 'email'
              ? 'email'
              : spec.input === 'tel'
                ? 'tel'
                : spec.input === 'url'
                  ? 'url'
                  : 'off',
          spellcheck: spec.input === 'text' ? 'true' : undefined,
        });
  input.value = typeof value === 'string' ? value : '';
  input.addEventListener('input', () => {
    setAt(ctx.values, path, input.value);
    ctx.changed();
  });
  return [h('label', { for: id }, ...(label ? [label] : labelText(spec))), input];
}

function renderText(spec: TextSpec, path: Path, ctx: RenderContext): HTMLElement {
  const id = idFor(path);
  const [label, input] = control(spec, path, ctx);
  return h('div', { class: 'cf-field', id: `${id}-field` }, label, help(spec, id), input);
}

/**
 * A whole number (a year): a text field that brings up the digit keyboard, rather than
 * type="number", whose spinner and scroll-wheel changes do not suit a year.
 */
function renderNumber(spec: NumberSpec, path: Path, ctx: RenderContext): HTMLElement {
  const id = idFor(path);
  const [label, input] = control({ ...spec, kind: 'text', input: 'text' }, path, ctx);
  input.setAttribute('inputmode', 'numeric');
  input.setAttribute('autocomplete', 'off');
  input.removeAttribute('spellcheck');
  input.classList.add('cf-number');
  const value = valueAt(ctx.values, path);
  if (typeof value === 'number') input.value = String(value);
  return h('div', { class: 'cf-field', id: `${id}-field` }, label, help(spec, id), input);
}

function renderChoice(
  spec: Extract<FieldSpec, { kind: 'choice' }>,
  path: Path,
  ctx: RenderContext,
): HTMLElement {
  const id = idFor(path);
  const current = valueAt(ctx.values, path);
  const select = h(
    'select',
    {
      id,
      name: id,
      'aria-describedby': spec.description ? `${id}-help` : undefined,
      'data-path': JSON.stringify(path),
    },
    ...spec.options.map((option) =>
      h(
        'option',
        { value: option, selected: (current ?? spec.default) === option },
        t.choiceLabels[option] ?? option,
      ),
    ),
  );
  if (typeof current !== 'string' && spec.default) setAt(ctx.values, path, spec.default);
  select.addEventListener('change', () => {
    setAt(ctx.values, path, select.value);
    ctx.changed();
  });
  return h(
    'div',
    { class: 'cf-field', id: `${id}-field` },
    h('label', { for: id }, ...labelText(spec)),
    help(spec, id),
    select,
  );
}

/** A long vocabulary (municipalities): a text field that suggests names from a shared <datalist>. */
function renderSuggest(
  spec: Extract<FieldSpec, { kind: 'term' }>,
  path: Path,
  ctx: RenderContext,
): HTMLElement {
  const id = idFor(path);
  const [label, input] = control({ ...spec, kind: 'text', input: 'text' }, path, ctx);
  input.setAttribute('list', datalistId(spec.vocabulary));
  input.setAttribute('autocomplete', 'off');
  input.removeAttribute('spellcheck');
  const hint = h('p', { class: 'cf-help', id: `${id}-hint` }, t.municipalityHint);
  input.setAttribute(
    'aria-describedby',
    [spec.description ? `${id}-help` : '', `${id}-hint`].filter(Boolean).join(' '),
  );
  return h('div', { class: 'cf-field', id: `${id}-field` }, label, help(spec, id), hint, input);
}

/**
 * A pick-list: radio buttons (one) or checkboxes (several), with a search field when long.
 * `canLeaveOpen`: one choice that may be left out (a stage, or the evidence level of an
 * optional group); radio buttons cannot be unticked, so the list starts with "not given".
 */
function renderPickList(
  spec: Extract<FieldSpec, { kind: 'term' | 'terms' }>,
  path: Path,
  ctx: RenderContext,
  multiple: boolean,
  canLeaveOpen: boolean,
): HTMLElement {
  const id = idFor(path);
  const terms = ctx.vocabularies[spec.vocabulary];
  const current = valueAt(ctx.values, path);
  const chosen = new Set(
    multiple
      ? Array.isArray(current)
        ? (current as string[])
        : []
      : typeof current === 'string'
        ? [current]
        : [],
  );
  const list = h('ul', { class: 'cf-choices', id: `${id}-choices` });
  if (!multiple && canLeaveOpen) {
    const optionId = `${id}-option-none`;
    const none = h('input', {
      type: 'radio',
      id: optionId,
      name: id,
      value: '',
      checked: chosen.size === 0,
      'aria-describedby': `${optionId}-help`,
    });
    none.addEventListener('change', () => {
      setAt(ctx.values, path, '');
      ctx.changed();
    });
    list.append(
      h(
        'li',
        { 'data-search': '' },
        none,
        h('label', { for: optionId }, t.notGiven),
        h('span', { class: 'cf-choice-help', id: `${optionId}-help` }, t.notGivenHelp),
      ),
    );
  }
  terms.forEach((term, index) => {
    const optionId = `${id}-option-${index}`;
    const input = h('input', {
      type: multiple ? 'checkbox' : 'radio',
      id: optionId,
      name: id,
      value: term.name,
      checked: chosen.has(term.name),
      'aria-describedby':
        'description' in term && term.description ? `${optionId}-help` : undefined,
    });
    input.addEventListener('change', () => {
      if (multiple) {
        const names = [...list.querySelectorAll<HTMLInputElement>('input:checked')].map(
          (box) => box.value,
        );
        setAt(ctx.values, path, names);
      } else setAt(ctx.values, path, input.value);
      ctx.changed();
    });
    list.append(
      h(
        'li',
        {
          // What the filter matches: the name and its description ("Nederlands" finds "Taal").
          'data-search': fold(
            'description' in term && term.description
              ? `${term.name} ${term.description}`
              : term.name,
          ),
        },
        input,
        h('label', { for: optionId }, term.name),
        'description' in term && term.description
          ? h('span', { class: 'cf-choice-help', id: `${optionId}-help` }, term.description)
          : null,
      ),
    );
  });
  const fieldset = h(
    'fieldset',
    { class: 'cf-picklist', id, 'aria-describedby': spec.description ? `${id}-help` : undefined },
    h('legend', {}, ...labelText(spec)),
    help(spec, id),
  );
  if (terms.length > minChoicesForFilter) {
    const filterId = `${id}-filter`;
    const filter = h('input', {
      type: 'search',
      id: filterId,
      'aria-controls': list.id,
      autocomplete: 'off',
      'aria-describedby': `${id}-count`,
    });
    const count = h('p', { class: 'cf-count', id: `${id}-count`, 'aria-live': 'polite' });
    const apply = () => {
      const wanted = fold(filter.value);
      let shown = 0;
      for (const item of list.querySelectorAll<HTMLLIElement>('li')) {
        const visible =
          !wanted ||
          item.dataset.search!.includes(wanted) ||
          item.querySelector<HTMLInputElement>('input')!.checked;
        item.hidden = !visible;
        if (visible) shown++;
      }
      count.textContent = shown ? t.filterCount(shown, terms.length) : t.noMatch;
    };
    filter.value = ctx.filters.get(id) ?? '';
    filter.addEventListener('input', () => {
      ctx.filters.set(id, filter.value);
      apply();
    });
    fieldset.append(
      h('div', { class: 'cf-filter' }, h('label', { for: filterId }, t.filter), filter, count),
    );
    apply();
  }
  fieldset.append(list);
  return fieldset;
}

function listLength(
  ctx: RenderContext,
  path: Path,
  minItems: number,
  empty: () => unknown,
): number {
  let items = valueAt(ctx.values, path);
  if (!Array.isArray(items)) {
    items = [];
    setAt(ctx.values, path, items);
  }
  const list = items as unknown[];
  // A required list starts with as many empty items as it needs.
  while (list.length < minItems) list.push(empty());
  return list.length;
}

function addButton(
  key: string,
  path: Path,
  ctx: RenderContext,
  empty: () => unknown,
  focusPath: (index: number) => Path,
): HTMLElement {
  const name = itemName(key);
  const button = h(
    'button',
    { type: 'button', class: 'cf-add', id: `${idFor(path)}-add` },
    `+ ${t.add(name)}`,
  );
  button.addEventListener('click', () => {
    const items = valueAt(ctx.values, path) as unknown[];
    items.push(empty());
    ctx.redraw(idFor(focusPath(items.length - 1)), t.added(`${name} ${items.length}`));
  });
  return button;
}

function removeButton(
  key: string,
  path: Path,
  index: number,
  ctx: RenderContext,
  focusPath: (index: number) => Path,
): HTMLElement {
  const label = `${itemName(key)} ${index + 1}`;
  const button = h(
    'button',
    { type: 'button', class: 'cf-remove', id: `${idFor([...path, index])}-remove` },
    t.remove(label),
  );
  button.addEventListener('click', () => {
    const items = valueAt(ctx.values, path) as unknown[];
    items.splice(index, 1);
    const next = items.length
      ? idFor(focusPath(Math.min(index, items.length - 1)))
      : `${idFor(path)}-add`;
    ctx.redraw(next, t.removed(label));
  });
  return button;
}

function renderTexts(spec: TextsSpec, path: Path, ctx: RenderContext): HTMLElement {
  const id = idFor(path);
  const count = listLength(ctx, path, spec.minItems, () => '');
  const list = h('ol', { class: 'cf-items' });
  for (let index = 0; index < count; index++) {
    const itemPath = [...path, index];
    const [label, input] = control(spec.item, itemPath, ctx, `${itemName(spec.key)} ${index + 1}`);
    const canRemove = count > spec.minItems;
    list.append(
      h(
        'li',
        { class: 'cf-item', id: `${idFor(itemPath)}-field` },
        label,
        input,
        canRemove && removeButton(spec.key, path, index, ctx, (i) => [...path, i]),
      ),
    );
  }
  return listFieldset(
    spec,
    id,
    list,
    addButton(
      spec.key,
      path,
      ctx,
      () => '',
      (i) => [...path, i],
    ),
  );
}

/** A list field: its legend and help, its items, and the button that adds one. */
function listFieldset(
  spec: TextsSpec | GroupsSpec,
  id: string,
  list: HTMLElement,
  add: HTMLElement,
): HTMLElement {
  return h(
    'fieldset',
    { class: 'cf-list', id, 'aria-describedby': spec.description ? `${id}-help` : undefined },
    h('legend', {}, ...labelText(spec)),
    help(spec, id),
    list,
    add,
  );
}

function renderGroups(spec: GroupsSpec, path: Path, ctx: RenderContext): HTMLElement {
  const id = idFor(path);
  const count = listLength(ctx, path, spec.minItems, () => ({}));
  const first = spec.fields[0]?.key ?? '';
  const focusPath = (index: number) => [...path, index, first];
  const list = h('ol', { class: 'cf-items' });
  for (let index = 0; index < count; index++) {
    const itemPath = [...path, index];
    const item = h(
      'fieldset',
      { class: 'cf-item cf-group', id: idFor(itemPath) },
      h('legend', {}, `${itemName(spec.key)} ${index + 1}`),
    );
    item.append(...renderFields(spec.fields, itemPath, ctx));
    if (count > spec.minItems) item.append(removeButton(spec.key, path, index, ctx, focusPath));
    list.append(h('li', {}, item));
  }
  return listFieldset(
    spec,
    id,
    list,
    addButton(spec.key, path, ctx, () => ({}), focusPath),
  );
}

function renderBody(ctx: RenderContext): HTMLElement {
  const id = idFor([bodyKey]);
  const textarea = h('textarea', { id, name: id, rows: 10, 'aria-describedby': `${id}-help` });
  textarea.value = ctx.body.value;
  textarea.addEventListener('input', () => {
    ctx.body.value = textarea.value;
    ctx.changed();
  });
  return h(
    'div',
    { class: 'cf-field', id: `${id}-field` },
    h('label', { for: id }, t.body.title, h('span', { class: 'cf-optional' }, ` (${t.optional})`)),
    h('p', { class: 'cf-help', id: `${id}-help` }, t.body.help),
    textarea,
  );
}

function renderImagePicker(path: Path, ctx: RenderContext): HTMLElement {
  const id = `${idFor(path)}-file`;
  const input = h('input', {
    type: 'file',
    id,
    accept: imageMimeTypes,
    'aria-describedby': `${id}-help ${id}-status`,
  });
  const status = h('p', { class: 'cf-help', id: `${id}-status`, 'aria-live': 'polite' });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    status.textContent = ctx.pickImage(file, path);
  });
  return h(
    'div',
    { class: 'cf-field cf-file' },
    h('label', { for: id }, t.image.pick),
    h('p', { class: 'cf-help', id: `${id}-help` }, t.image.pickHelp),
    input,
    status,
  );
}

/** One <datalist> per long vocabulary, shared by every field that suggests from it. */
export function renderDatalists(
  fields: readonly FieldSpec[],
  vocabularies: VocabularyData,
): HTMLElement[] {
  const wanted = new Set<keyof VocabularyData>();
  const walk = (list: readonly FieldSpec[]) => {
    for (const spec of list) {
      if (spec.kind === 'term' && vocabularies[spec.vocabulary].length > maxChoicesShown)
        wanted.add(spec.vocabulary);
      if (spec.kind === 'group' || spec.kind === 'groups') walk(spec.fields);
    }
  };
  walk(fields);
  return [...wanted].map((key) =>
    h(
      'datalist',
      { id: datalistId(key) },
      ...vocabularies[key].map((term) => h('option', { value: term.name })),
    ),
  );
}
