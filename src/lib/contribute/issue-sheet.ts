/**
 * A submitted issue form back to a sheet. GitHub renders the form as Markdown sections
 * "### <label>" followed by the value ("_No response_" when left empty, the chosen options
 * of a dropdown joined by ", "). The sections are read with the model the template was made
 * from (issue-form.ts), turned into the web form's values, and from there the path is the
 * web form's: formToInput, the schema, sheetToMdx (which escapes "<", "{" and "}").
 *
 * An issue body is anyone's text: it is only split into lines and compared with known
 * labels and options, never evaluated; its size is bounded; every problem is returned (in
 * Dutch) rather than thrown. Pure and browser-safe.
 */
import type { z } from 'zod';
import { ui } from '../../i18n/nl.ts';
import { slugForTitle } from '../sheet/write.ts';
import type { VocabularyData } from '../vocabulary/lookup.ts';
import { specAt, type FieldSpec, type GroupsSpec } from './form-spec.ts';
import {
  bodyKey,
  groupsFields,
  issueFormModel,
  notInIssueForm,
  reservedOption,
  type IssueElement,
} from './issue-form.ts';
import { issueTexts } from './issue-texts.ts';
import { dutchMessage } from './messages.ts';
import { formToInput, sheetToMdx, type FormValues } from './sheet.ts';

const t = issueTexts.problems;

/** GitHub's own limit on an issue body; anything longer was not made with the form. */
export const maxIssueChars = 65536;

/** What GitHub writes for an optional field left empty. */
const noResponse = '_No response_';

export interface IssueProblem {
  /** The label of the form field (as the contributor saw it), or undefined for the whole issue. */
  field?: string;
  message: string;
}

export interface IssueSheet {
  /** The form's values as the web form would hold them, and the body. */
  values: FormValues;
  body: string;
  problems: IssueProblem[];
  /** Set when the sheet passed the schema. */
  sheet?: { title: string; slug: string; fileName: string; mdx: string };
}

export interface IssueSheetOptions {
  schema: z.ZodType;
  fields: readonly FieldSpec[];
  vocabularies: VocabularyData;
  /** The publication date to give the sheet (YYYY-MM-DD). */
  today: string;
}

/** The text of each section, by label; only labels of the form start a section. */
export function issueSections(body: string, labels: readonly string[]): Map<string, string> {
  const known = new Set(labels);
  const sections = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
    // Plain string work, no regular expression over the line: it may be 64 KiB of spaces.
    const heading = /^###[ \t]/.test(line) ? line.slice(4).trim() : undefined;
    // A heading that repeats a label already seen is the contributor's text, not a new field.
    if (heading !== undefined && known.has(heading) && !sections.has(heading)) {
      current = [];
      sections.set(heading, current);
    } else current?.push(line);
  }
  const out = new Map<string, string>();
  for (const [label, lines] of sections) {
    const text = lines
      .join('\n')
      .replace(/^(?:[ \t]*\n)+/, '')
      .trimEnd();
    out.set(label, text.trim() === noResponse ? '' : text);
  }
  return out;
}

/** The options of a multiple dropdown, given as "A, B": options may themselves hold ", ". */
export function splitChoices(value: string, options: readonly string[]): string[] {
  const known = new Set(options);
  // GitHub joins with ", "; a comma without a space ("0,1 VTE") is part of an option.
  const parts = value.split(', ').map((part) => part.trim());
  const chosen: string[] = [];
  for (let i = 0; i < parts.length;) {
    let end = parts.length;
    while (end > i + 1 && !known.has(parts.slice(i, end).join(', '))) end--;
    const choice = parts.slice(i, end).join(', ');
    if (choice) chosen.push(choice);
    i = end;
  }
  return chosen;
}

/** One item per line; list markers ("- ", "* ", "1. ") a contributor may type are dropped. */
export function splitLines(value: string): string[] {
  return value
    .split('\n')
    .map((line) => line.replace(/^\s*(?:[-*+•]|\d+[.)])\s+/, '').trim())
    .filter(Boolean);
}

const normal = (label: string) => label.trim().toLowerCase();

/**
 * A list of groups typed as blocks of "Label: value" lines (issue-form.ts, groupsHelp).
 * A block starts at its first field's label, or when a field already given comes again; a
 * line without a known label continues the previous text.
 */
export function parseGroups(
  value: string,
  field: GroupsSpec,
  label: string,
  problems: IssueProblem[],
): FormValues[] {
  const subs = groupsFields(field);
  const byLabel = new Map(subs.map((sub) => [normal(sub.title), sub]));
  const items: FormValues[] = [];
  let item: FormValues | undefined;
  let text: { key: string } | undefined;
  for (const [index, line] of value.split('\n').entries()) {
    // Anchored and bounded: a label is at most 80 characters before the first colon.
    const match = /^([^:]{1,80}):(.*)$/.exec(line.trim());
    const sub = match ? byLabel.get(normal(match[1]!)) : undefined;
    const rest = (match?.[2] ?? '').trim();
    if (!sub) {
      // A line of text goes on with the text above it; anything else is a mistake to report
      // (it would be lost otherwise).
      if (item && text) item[text.key] = `${(item[text.key] as string | undefined) ?? ''}\n${line}`;
      else if (line.trim())
        problems.push({
          field: label,
          message: item
            ? t.unknownLine(
                index + 1,
                subs.map((sub) => sub.title),
              )
            : t.noBlock(index + 1, subs[0]!.title),
        });
      continue;
    }
    if (!item || sub === subs[0] || (sub.kind !== 'groups' && item[sub.key] !== undefined)) {
      item = {};
      items.push(item);
    }
    text = undefined;
    if (sub.kind === 'groups') {
      const parts = groupsFields(sub);
      const values = rest.split('|').map((part) => part.trim());
      if (values.length > parts.length)
        problems.push({ field: label, message: t.tooManyParts(sub.title, parts.length) });
      const nested: FormValues = {};
      parts.forEach((part, index) => {
        if (values[index]) nested[part.key] = values[index];
      });
      item[sub.key] = [...((item[sub.key] as FormValues[] | undefined) ?? []), nested];
    } else if (sub.kind === 'choice') {
      // "Gestopt" is meant as "gestopt": the options are few and spelled in lower case.
      item[sub.key] = sub.options.find((o) => o.toLowerCase() === rest.toLowerCase()) ?? rest;
    } else {
      item[sub.key] = rest;
      // Only a long text goes on over more lines: a name or an address is one line.
      if (sub.kind === 'text' && sub.input === 'textarea') text = { key: sub.key };
    }
  }
  for (const each of items)
    for (const [key, given] of Object.entries(each))
      if (typeof given === 'string') each[key] = given.trim();
  return items;
}

function valueFor(element: IssueElement, text: string, problems: IssueProblem[]) {
  const field = element.field!;
  // "None" is GitHub's own empty choice of an optional dropdown (never one of our options).
  if (element.type === 'dropdown' && element.multiple)
    return splitChoices(text, element.options ?? []).filter(
      (choice) => choice.toLowerCase() !== reservedOption,
    );
  if (element.type === 'dropdown' && text.trim().toLowerCase() === reservedOption) return '';
  switch (field.kind) {
    case 'terms':
    case 'texts':
      return splitLines(text);
    case 'groups':
      return parseGroups(text, field, element.label, problems);
    default:
      return text.trim();
  }
}

/** Where a schema problem is, in the words of the issue form: "Deze praktijk in, Gemeente 2, Contact 1, E-mailadres". */
function problemField(
  path: readonly PropertyKey[],
  elements: readonly IssueElement[],
  fields: readonly FieldSpec[],
): string {
  const [top, second] = path;
  const element =
    elements.find((el) => el.path[0] === top && (el.path.length === 1 || el.path[1] === second)) ??
    elements.find((el) => el.path[0] === top);
  if (!element) return String(top);
  const parts = [element.label];
  const rest = path.slice(1);
  let scope = fields.find((f) => f.key === top);
  for (let i = 0; i < rest.length; i++) {
    const key = rest[i];
    if (typeof key !== 'number' || !scope) continue;
    const name = ui.contribute.itemNames[scope.key] ?? ui.contribute.item;
    // A line of a list ("Doel 2"), or a block of a list of groups ("Gemeente 2").
    if (scope.kind === 'texts' || scope.kind === 'terms') {
      parts.push(t.block(name, key + 1));
      break;
    }
    if (scope.kind !== 'groups') continue;
    parts.push(t.block(name, key + 1));
    const next = rest[i + 1];
    const sub = scope.fields.find((f) => f.key === next);
    if (sub && sub.kind === 'groups') scope = sub;
    else {
      if (sub) parts.push(sub.title);
      break;
    }
  }
  return parts.join(', ');
}

/** A submitted issue form as form values, then (if the schema accepts them) as a sheet. */
export function parseIssueSheet(issueBody: string, options: IssueSheetOptions): IssueSheet {
  const problems: IssueProblem[] = [];
  const values: FormValues = {};
  if (issueBody.length > maxIssueChars)
    return { values, body: '', problems: [{ message: t.tooLarge(maxIssueChars) }] };
  const fields = options.fields.filter((field) => !(field.key in notInIssueForm));
  const elements = issueFormModel(fields, options.vocabularies);
  const sections = issueSections(
    issueBody,
    elements.map((el) => el.label),
  );
  if (!sections.size) return { values, body: '', problems: [{ message: t.noSections }] };

  let body = '';
  for (const element of elements) {
    const text = sections.get(element.label) ?? '';
    if (element.path[0] === bodyKey) {
      body = text;
      continue;
    }
    const value = valueFor(element, text, problems);
    if (element.path.length === 1) values[element.path[0]] = value;
    else {
      const [group, key] = element.path;
      const holder = (values[group] ??= {}) as FormValues;
      holder[key] = value;
    }
  }
  values.published = options.today;

  const all = options.fields;
  const input = formToInput(all, values);
  const result = options.schema.safeParse(input);
  if (!result.success)
    for (const issue of result.error.issues)
      problems.push({
        field: problemField(issue.path, elements, fields),
        message: dutchMessage(issue, input, specAt(all, issue.path)),
      });
  if (problems.length || !result.success) return { values, body, problems };
  const data = result.data as Record<string, unknown>;
  const title = String(data.title);
  const slug = slugForTitle(title);
  return {
    values,
    body,
    problems,
    sheet: { title, slug, fileName: `${slug}.mdx`, mdx: sheetToMdx(all, data, body) },
  };
}
