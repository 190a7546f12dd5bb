/**
 * The contribution form at /bijdragen/. It builds the practice schema in the browser
 * from the vocabularies the page carries (the same createPracticeSchema that `npm run
 * validate` uses), draws the form from that schema, checks the sheet with it, and turns
 * a valid sheet into MDX.
 */
import { imageTypes } from '../../lib/sheet/image-types.ts';
import { contribute, lang } from '../../i18n/nl.ts';
import { formSpec, notInForm, specAt } from '../../lib/contribute/form-spec.ts';
import type { RepositorySettings } from '../../lib/contribute/links.ts';
import { dutchMessage } from '../../lib/contribute/messages.ts';
import { openSheet } from '../../lib/contribute/open-sheet.ts';
import { compactSheet, formToInput, sheetToMdx } from '../../lib/contribute/sheet.ts';
import { slugForTitle } from '../../lib/sheet/write.ts';
import { slugify } from '../../lib/util/text.ts';
import { createVocabularies, type VocabularyData } from '../../lib/vocabulary/lookup.ts';
import { createPracticeSchema } from '../../schema/practice.ts';
import { maxImageBytes } from '../../lib/sheet/image-check.ts';
import { valueAt } from '../../lib/sheet/issues.ts';
import { firstControl, idFor, setAt, type Path } from './dom.ts';
import { clearDraft, loadDraft, saveDraft } from './draft.ts';
import { clearErrors, fieldLabel, showErrors, type FieldError } from './errors.ts';
import { hideResult, resultShown, showResult, wireOutputs, type Sheet } from './outputs.ts';
import { renderDatalists, renderFields, type RenderContext } from './render.ts';

const t = contribute;

/** Whether a value holds anything typed or chosen. */
const hasContent = (value: unknown): boolean =>
  typeof value === 'string'
    ? value.trim() !== ''
    : Array.isArray(value)
      ? value.some(hasContent)
      : value !== null && typeof value === 'object'
        ? Object.values(value).some(hasContent)
        : value !== undefined;

function boot(form: HTMLFormElement) {
  const vocabularyData = JSON.parse(form.dataset.vocabularies ?? '{}') as VocabularyData;
  const repository = JSON.parse(form.dataset.repository ?? '{}') as RepositorySettings;
  const editorsEmail = form.dataset.editors ?? '';
  const existing = new Set(JSON.parse(form.dataset.existing ?? '[]') as string[]);
  const vocabularies = createVocabularies(vocabularyData);
  const schema = createPracticeSchema(vocabularies);
  const fields = formSpec(schema).filter((field) => !(field.key in notInForm));

  const container = form.querySelector<HTMLElement>('[data-fields]')!;
  const summary = document.getElementById('cf-summary')!;
  const announcer = document.getElementById('cf-announce')!;
  const draftStatus = document.getElementById('cf-draft-status')!;

  const today = new Date().toISOString().slice(0, 10);
  const draft = loadDraft();
  const state = { values: draft?.values ?? {}, body: { value: draft?.body ?? '' } };
  if (!state.values.published) state.values.published = today;
  /** Set after the first check: from then on, fixing a field updates the messages. */
  let checked = false;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;

  const announce = (text: string) => {
    announcer.textContent = '';
    // A new text node in a live region is announced even when the words repeat.
    setTimeout(() => (announcer.textContent = text), 50);
  };

  const ctx: RenderContext = {
    vocabularies: vocabularyData,
    get values() {
      return state.values;
    },
    body: state.body,
    filters: new Map(),
    changed() {
      clearTimeout(saveTimer);
      saveTimer = setTimeout(() => {
        saveTimer = undefined;
        saveDraft(state.values, state.body.value);
        if (checked || resultShown()) void refresh();
      }, 400);
    },
    redraw(focusId, announcement) {
      draw();
      if (checked) void refresh();
      saveDraft(state.values, state.body.value);
      const target = focusId ? document.getElementById(focusId) : null;
      (target ? (firstControl(target) ?? target) : null)?.focus();
      announce(announcement);
    },
    pickImage(file, path) {
      if (file.size > maxImageBytes) return t.image.tooBig((file.size / 1024 / 1024).toFixed(1));
      if (!imageTypes.some((type) => type.mime === file.type)) return t.image.wrongType;
      const extension = file.type === 'image/jpeg' ? 'jpg' : file.type.slice('image/'.length);
      const base = slugify(file.name.replace(/\.[^.]+$/, '')) || 'afbeelding';
      const src = `images/${base}.${extension}`;
      const srcPath: Path = [...path, 'src'];
      setAt(state.values, srcPath, src);
      const input = document.getElementById(idFor(srcPath)) as HTMLInputElement | null;
      if (input) input.value = src;
      ctx.changed();
      return t.image.chosen(file.name);
    },
  };

  function draw() {
    container.replaceChildren(
      ...renderFields(fields, [], ctx),
      ...renderDatalists(fields, vocabularyData),
    );
  }

  /** Validates with the schema; returns the problems, or the finished sheet. */
  function validate(): { errors: FieldError[]; sheet?: Sheet } {
    const input = formToInput(fields, state.values);
    const result = schema.safeParse(input);
    const errors: FieldError[] = result.success
      ? []
      : result.error.issues.map((issue) => ({
          path: issue.path as Path,
          message: dutchMessage(issue, input, specAt(fields, issue.path)),
        }));
    const title = typeof state.values.title === 'string' ? state.values.title : '';
    const slug = slugForTitle(title);
    if (title.trim() && existing.has(slug))
      errors.push({ path: ['title'], message: t.duplicateSlug(`${slug}.mdx`) });
    if (!result.success || errors.length) return { errors };
    const data = result.data as Record<string, unknown>;
    const image = valueAt(data, ['image', 'src']);
    return {
      errors,
      sheet: {
        title: result.data.title,
        summary: result.data.summary,
        category: result.data.category,
        municipalities: result.data.examples.map((example) => example.municipality),
        slug,
        mdx: sheetToMdx(fields, data, state.body.value),
        imageSrc: typeof image === 'string' ? image : undefined,
        html: '',
      },
    };
  }

  let checkModule: Promise<typeof import('../../lib/contribute/check-form.ts')> | undefined;
  let checkRun = 0;

  /**
   * The schema's verdict per field, then, for a sheet that passes it, the whole check of
   * `npm run validate` on the text the form writes (loaded on first use): its errors keep the
   * sheet from being "in orde", its warnings are shown with the result. Undefined when a
   * newer check started meanwhile.
   */
  async function check(): Promise<
    { errors: FieldError[]; warnings: FieldError[]; sheet?: Sheet } | undefined
  > {
    const run = ++checkRun;
    const first = validate();
    if (!first.sheet) return { errors: first.errors, warnings: [] };
    checkModule ??= import('../../lib/contribute/check-form.ts');
    const { checkFormSheet } = await checkModule;
    if (run !== checkRun) return undefined;
    const { problems, html } = checkFormSheet(`${first.sheet.slug}.mdx`, first.sheet.mdx, {
      schema,
      vocabularies,
    });
    const asFieldError = (problem: (typeof problems)[number]): FieldError => ({
      path: problem.path.length ? (problem.path as Path) : ['title'],
      message: problem.bodyLine
        ? `${t.bodyLine(problem.bodyLine)}: ${problem.message}`
        : problem.message,
    });
    const errors = problems.filter((p) => p.severity === 'error').map(asFieldError);
    const warnings = problems.filter((p) => p.severity === 'warning').map(asFieldError);
    return errors.length
      ? { errors, warnings }
      : { errors, warnings, sheet: { ...first.sheet, html: html ?? '' } };
  }

  /** Quietly brings the messages (and the result, if shown) up to date after an edit. */
  async function refresh() {
    const result = await check();
    if (!result) return;
    const { errors, warnings, sheet } = result;
    // Redrawing the summary hides it for a moment, which would drop its focus to <body>.
    const summaryFocused = summary.contains(document.activeElement);
    if (sheet && resultShown()) showResult(sheet, repository, editorsEmail, warningsOf(warnings));
    if (!sheet) hideResult();
    if (checked) {
      if (errors.length) showErrors(form, summary, fields, errors);
      else clearErrors(form, summary);
    }
    if (summaryFocused && !summary.hidden) summary.focus();
  }

  /** Saves an edit still waiting for its pause now: before a check, a reload or closing the tab. */
  function flushDraft() {
    if (saveTimer === undefined) return;
    clearTimeout(saveTimer);
    saveTimer = undefined;
    saveDraft(state.values, state.body.value);
  }
  window.addEventListener('pagehide', flushDraft);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushDraft();
  });

  // Enter in a one-line field would submit the form, i.e. check a sheet still being filled in.
  form.addEventListener('keydown', (event) => {
    const target = event.target;
    if (
      event.key === 'Enter' &&
      target instanceof HTMLInputElement &&
      !['submit', 'button', 'reset', 'checkbox', 'radio', 'file'].includes(target.type)
    )
      event.preventDefault();
  });

  /** Warnings with where they are, in the form's words. */
  const warningsOf = (warnings: FieldError[]) =>
    warnings.map((warning) => `${fieldLabel(fields, warning.path)}: ${warning.message}`);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // The check below is the latest state: no delayed refresh may redraw over it.
    flushDraft();
    checked = true;
    void check().then((result) => {
      if (!result) return;
      const { errors, warnings, sheet } = result;
      if (!sheet) {
        hideResult();
        showErrors(form, summary, fields, errors);
        summary.focus();
        return;
      }
      clearErrors(form, summary);
      showResult(sheet, repository, editorsEmail, warningsOf(warnings));
      document.getElementById('cf-result-title')?.focus();
    });
  });

  document.getElementById('cf-clear')?.addEventListener('click', () => {
    if (!window.confirm(t.clearConfirm)) return;
    clearDraft();
    state.values = { published: today };
    state.body.value = '';
    checked = false;
    clearErrors(form, summary);
    hideResult();
    draftStatus.hidden = true;
    ctx.filters.clear();
    draw();
    document.getElementById(idFor(['title']))?.focus();
    announce(t.cleared);
  });

  const opener = document.getElementById('cf-open') as HTMLInputElement;
  const openStatus = document.getElementById('cf-open-status')!;
  opener.addEventListener('change', () => {
    const file = opener.files?.[0];
    opener.value = '';
    if (!file) return;
    const { published: _today, ...typed } = state.values;
    // What would be written (no defaults, no empty items), not what the form keeps for its fields.
    const filled =
      hasContent(compactSheet(fields, formToInput(fields, typed))) ||
      state.body.value.trim() !== '';
    if (filled && !window.confirm(t.open.confirm)) return;
    void file.arrayBuffer().then((buffer) => {
      const opened = openSheet(new Uint8Array(buffer));
      if (!opened.ok) {
        openStatus.textContent = t.open.failed(file.name, opened.line, opened.message);
        return;
      }
      state.values = opened.values;
      state.body.value = opened.body;
      ctx.filters.clear();
      draw();
      saveDraft(state.values, state.body.value);
      openStatus.textContent = opened.hasComponents
        ? `${t.open.opened(file.name)} ${t.open.components}`
        : t.open.opened(file.name);
      form.requestSubmit();
    });
  });

  wireOutputs();
  draw();
  form.hidden = false;
  document.getElementById('cf-tools')!.hidden = false;
  if (draft?.savedAt) {
    const when = new Date(draft.savedAt);
    const text = Number.isNaN(when.getTime())
      ? ''
      : when.toLocaleString(lang, { dateStyle: 'long', timeStyle: 'short' });
    draftStatus.textContent = t.draftRestored(text);
    draftStatus.hidden = false;
  }
}

const form = document.getElementById('contribute-form');
if (form instanceof HTMLFormElement) boot(form);
