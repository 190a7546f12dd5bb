/**
 * The GitHub issue form for contributors without git (.github/ISSUE_TEMPLATE/praktijkfiche.yml),
 * drawn from the same schema-driven field list as the web form (formSpec). One model of the
 * form serves both directions: `issueFormYaml` writes the template, and issue-sheet.ts reads
 * a submitted issue back with it, so the two cannot disagree. Pure and browser-safe.
 *
 * An issue form has only flat fields (one-line inputs, text areas, dropdowns), so:
 * - a group of fields (evidence) becomes one field per part, labelled "Group: part";
 * - a list of texts (goals) is a text area with one item per line;
 * - a vocabulary field is a dropdown when its list is short, else typed (the 285 municipalities);
 * - a list of groups (partners, examples) is a text area with one block per item, written as
 *   "Label: value" lines; a list of groups inside it (contacts) takes one line per item with
 *   its parts separated by "|" (see `groupsHelp`).
 */
import { stringify } from 'yaml';
import { ui } from '../../i18n/nl.ts';
import type { VocabularyData } from '../vocabulary/lookup.ts';
import type { FieldSpec, GroupsSpec } from './form-spec.ts';
import { issueTexts } from './issue-texts.ts';

const t = issueTexts.form;

/** The label that marks issues made with the form; the workflow reacts to it. */
export const issueLabel = 'praktijkfiche';

/**
 * Top-level fields left out of the issue form, with the reason. The editors set these
 * themselves; the parser fills in `published` (today).
 */
export const notInIssueForm: Record<string, string> = {
  status: 'editors decide when a sheet is shown',
  published: 'set to the day the issue is turned into a sheet',
  updated: "editors' bookkeeping",
  reviewed: "editors' bookkeeping",
  source: 'import bookkeeping',
  image: 'needs a picture file next to the sheet: sent to the editors separately',
};

/** Vocabularies up to this size are dropdowns; longer ones (municipalities) are typed. */
export const maxDropdownOptions = 50;

export type IssueElementType = 'input' | 'textarea' | 'dropdown';

export interface IssueElement {
  /** The element's id in the template: letters, digits and hyphens. */
  id: string;
  /** Unique within the form: GitHub renders a submitted issue as "### label" sections. */
  label: string;
  description: string;
  type: IssueElementType;
  required: boolean;
  /** Where the value goes: a top-level field, a part of a group, or the body ("body"). */
  path: [string] | [string, string];
  /** The schema field; undefined for the body. */
  field?: FieldSpec;
  options?: string[];
  multiple?: boolean;
  placeholder?: string;
}

/** The key of the body (the Markdown below the front matter) in the form model. */
export const bodyKey = 'body';

/** Fields of a group left out: the date an editor last checked an example is theirs to set. */
export const nestedNotInIssueForm: Record<string, string> = { reviewed: "editors' bookkeeping" };

const visible = (field: FieldSpec) => !(field.key in notInIssueForm);
const visibleNested = (field: FieldSpec) => !(field.key in nestedNotInIssueForm);

/**
 * GitHub adds "None" itself to an optional dropdown (as the empty choice) and refuses it as
 * an option, so a list that holds it is typed instead.
 */
export const reservedOption = 'none';
const dropdownable = (options: readonly string[]) =>
  options.length <= maxDropdownOptions &&
  !options.some((option) => option.trim().toLowerCase() === reservedOption);

function vocabularyOptions(field: FieldSpec, data: VocabularyData): string[] | undefined {
  if (field.kind !== 'term' && field.kind !== 'terms') return undefined;
  const names = data[field.vocabulary].map((term) => term.name);
  return dropdownable(names) ? names : undefined;
}

const itemName = (key: string) => ui.contribute.itemNames[key] ?? ui.contribute.item;

/** The fields of a list of groups as they are typed in its text area. */
export function groupsFields(field: GroupsSpec): FieldSpec[] {
  return field.fields.filter(visibleNested);
}

/** The Dutch explanation of the block convention of a list of groups, from its fields. */
export function groupsHelp(field: GroupsSpec): string {
  const [first, ...rest] = groupsFields(field);
  // The parser lets only these go on over more lines (issue-sheet.ts, parseGroups).
  const long = groupsFields(field)
    .filter((sub) => sub.kind === 'text' && sub.input === 'textarea')
    .map((sub) => sub.title);
  const lines = rest.map((sub) => {
    if (sub.kind === 'groups')
      return t.nestedLine(
        sub.title,
        itemName(sub.key).toLowerCase(),
        groupsFields(sub).map((part) => part.title.toLowerCase()),
      );
    if (sub.kind === 'choice') return t.choiceLine(sub.title, sub.options, sub.default);
    return t.plainLine(sub.title, sub.required);
  });
  return [
    field.description,
    t.groups(itemName(field.key).toLowerCase(), first!.title),
    `${t.groupLines} ${lines.join('; ')}.`,
    ...(long.length ? [t.continues(long)] : []),
  ].join(' ');
}

/** An example block for the placeholder of a list of groups: each line with its label. */
function groupsPlaceholder(field: GroupsSpec): string {
  return groupsFields(field)
    .map((sub) =>
      sub.kind === 'groups'
        ? `${sub.title}: ${groupsFields(sub)
            .map((part) => part.title.toLowerCase())
            .join(' | ')}`
        : `${sub.title}: ...`,
    )
    .join('\n');
}

function element(
  field: FieldSpec,
  data: VocabularyData,
  path: IssueElement['path'],
  label: string,
  required: boolean,
): IssueElement {
  const base = { id: path.join('-'), label, required, path, field };
  const options = vocabularyOptions(field, data);
  switch (field.kind) {
    case 'choice':
      return dropdownable(field.options)
        ? { ...base, type: 'dropdown', description: field.description, options: field.options }
        : { ...base, type: 'input', description: field.description };
    case 'term':
      return options
        ? { ...base, type: 'dropdown', description: field.description, options }
        : { ...base, type: 'input', description: `${field.description} ${t.chooseOrType}` };
    case 'terms':
      return options
        ? { ...base, type: 'dropdown', multiple: true, description: field.description, options }
        : { ...base, type: 'textarea', description: `${field.description} ${t.oneNamePerLine}` };
    case 'texts':
      return { ...base, type: 'textarea', description: `${field.description} ${t.onePerLine}` };
    case 'groups':
      return {
        ...base,
        type: 'textarea',
        description: groupsHelp(field),
        placeholder: groupsPlaceholder(field),
      };
    case 'number':
      return { ...base, type: 'input', description: field.description };
    case 'text':
      return {
        ...base,
        type: field.input === 'textarea' ? 'textarea' : 'input',
        description: field.description,
      };
    case 'group':
      throw new Error(`a group inside a group (${path.join('.')}) has no issue form element`);
  }
}

/** The issue form's elements in the schema's order, the body ("Beschrijving") last but one. */
export function issueFormModel(fields: readonly FieldSpec[], data: VocabularyData): IssueElement[] {
  const elements: IssueElement[] = [];
  for (const field of fields.filter(visible)) {
    if (field.kind === 'group') {
      for (const sub of field.fields.filter(visibleNested))
        elements.push(
          element(
            sub,
            data,
            [field.key, sub.key],
            `${field.title}: ${sub.title.toLowerCase()}`,
            // A part required in an optional group is not required in the form.
            field.required && sub.required,
          ),
        );
    } else elements.push(element(field, data, [field.key], field.title, field.required));
    // The body follows the summary, as in the web form's reading order of a sheet.
    if (field.key === 'summary')
      elements.push({
        id: bodyKey,
        label: ui.contribute.body.title,
        description: ui.contribute.body.help,
        type: 'textarea',
        required: false,
        path: [bodyKey],
      });
  }
  const labels = new Set<string>();
  for (const { label } of elements) {
    // Sections of a submitted issue are found by label: two alike would be ambiguous.
    if (labels.has(label)) throw new Error(`two issue form fields have the label "${label}"`);
    labels.add(label);
  }
  return elements;
}

/** The template .github/ISSUE_TEMPLATE/praktijkfiche.yml as YAML text. */
export function issueFormYaml(fields: readonly FieldSpec[], data: VocabularyData): string {
  const body: Record<string, unknown>[] = [{ type: 'markdown', attributes: { value: t.intro } }];
  for (const el of issueFormModel(fields, data)) {
    // GitHub refuses an empty string where it expects text: no description rather than "".
    const description = el.description.trim();
    const attributes: Record<string, unknown> = {
      label: el.label,
      ...(description ? { description } : {}),
    };
    if (el.options) attributes.options = el.options;
    if (el.multiple) attributes.multiple = true;
    if (el.placeholder) attributes.placeholder = el.placeholder;
    body.push({
      type: el.type,
      id: el.id,
      attributes,
      ...(el.required ? { validations: { required: true } } : {}),
    });
  }
  const form = {
    name: t.name,
    description: t.description,
    title: t.issueTitle,
    labels: [issueLabel],
    body,
  };
  return `# Generated from src/schema/practice.ts by \`npm run docs\`. Do not edit by hand.\n${
    // YAML 1.1 as GitHub reads it: an option such as "Ja" is safe, but "yes" or "on" is
    // quoted, or it would be read as a boolean and refused.
    stringify(form, { lineWidth: 100, version: '1.1' })
  }`;
}
