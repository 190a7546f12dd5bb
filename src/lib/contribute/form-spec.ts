/**
 * The practice schema as a tree of form fields: what the contribution form renders and
 * what the CMS config is generated from. Everything here is read from the schema's JSON
 * Schema (src/schema/json-schema.ts), so a field added to the zod schema appears in both
 * without further work. Pure and browser-safe.
 */
import type { z } from 'zod';
import {
  fieldsOf,
  isRequired,
  kindOf,
  toJsonSchema,
  vocabularyOf,
  type JsonSchema,
} from '../../schema/json-schema.ts';
import type { VocabularyKey } from '../../schema/vocabulary.ts';

export type { VocabularyKey };
export type InputType = 'text' | 'textarea' | 'email' | 'url' | 'date' | 'tel';

interface SpecBase {
  key: string;
  title: string;
  description: string;
  /** Whether the sheet is invalid without it (for lists: without at least one item). */
  required: boolean;
  examples?: unknown[];
}

export interface TextSpec extends SpecBase {
  kind: 'text';
  input: InputType;
  minLength?: number;
  maxLength?: number;
}
/** A whole number, such as a year. */
export interface NumberSpec extends SpecBase {
  kind: 'number';
  minimum?: number;
  maximum?: number;
}
export interface ChoiceSpec extends SpecBase {
  kind: 'choice';
  options: string[];
  default?: string;
}
/** One name from a vocabulary. */
export interface TermSpec extends SpecBase {
  kind: 'term';
  vocabulary: VocabularyKey;
}
/** Several names from a vocabulary, each at most once. */
export interface TermsSpec extends SpecBase {
  kind: 'terms';
  vocabulary: VocabularyKey;
  minItems: number;
}
/** A list of texts (goals, success factors, ...). */
export interface TextsSpec extends SpecBase {
  kind: 'texts';
  item: TextSpec;
  minItems: number;
}
export interface GroupSpec extends SpecBase {
  kind: 'group';
  fields: FieldSpec[];
}
/** A list of groups of fields (partners, examples, contacts, ...). */
export interface GroupsSpec extends SpecBase {
  kind: 'groups';
  fields: FieldSpec[];
  minItems: number;
}

export type FieldSpec =
  TextSpec | NumberSpec | ChoiceSpec | TermSpec | TermsSpec | TextsSpec | GroupSpec | GroupsSpec;

/** Texts allowed to be longer than this get a multi-line text area. */
const longText = 300;

/** Phone numbers have no zod format of their own; the field name tells. */
const inputByKey: Record<string, InputType> = { phone: 'tel' };
const inputByFormat: Record<string, InputType> = { email: 'email', uri: 'url', date: 'date' };

function textSpec(key: string, node: JsonSchema, base: SpecBase): TextSpec {
  const { minLength: min, maxLength: max, format } = node;
  const input =
    (format && inputByFormat[format]) ||
    inputByKey[key] ||
    (max !== undefined && max > longText ? 'textarea' : 'text');
  return {
    ...base,
    kind: 'text',
    input,
    ...(min !== undefined ? { minLength: min } : {}),
    ...(max !== undefined ? { maxLength: max } : {}),
  };
}

export function fieldSpec(key: string, node: JsonSchema, required: boolean): FieldSpec {
  const base: SpecBase = {
    key,
    title: node.title ?? key,
    description: node.description ?? '',
    required,
    ...(node.examples?.length ? { examples: node.examples } : {}),
  };
  const vocabulary = vocabularyOf(node);
  const kind = kindOf(node);
  if (kind === 'list') {
    const element = node.items ?? {};
    const minItems = node.minItems ?? 0;
    const listBase = { ...base, required: minItems > 0, minItems };
    if (vocabulary) return { ...listBase, kind: 'terms', vocabulary };
    if (kindOf(element) === 'group')
      return { ...listBase, kind: 'groups', fields: groupFields(element) };
    return {
      ...listBase,
      kind: 'texts',
      item: textSpec(key, element, { ...base, required: true }),
    };
  }
  if (vocabulary) return { ...base, kind: 'term', vocabulary };
  if (kind === 'group') return { ...base, kind: 'group', fields: groupFields(node) };
  if (kind === 'number')
    return {
      ...base,
      kind: 'number',
      ...(node.minimum !== undefined ? { minimum: node.minimum } : {}),
      ...(node.maximum !== undefined ? { maximum: node.maximum } : {}),
    };
  if (kind === 'choice')
    return {
      ...base,
      kind: 'choice',
      options: (node.enum ?? []).map(String),
      ...(typeof node.default === 'string' ? { default: node.default } : {}),
    };
  return textSpec(key, node, base);
}

function groupFields(node: JsonSchema): FieldSpec[] {
  return fieldsOf(node).map((key) => fieldSpec(key, node.properties![key]!, isRequired(node, key)));
}

/** Every field of a sheet's front matter, in the schema's order. */
export function formSpec(schema: z.ZodType): FieldSpec[] {
  return groupFields(toJsonSchema(schema));
}

/**
 * Fields the contribution form leaves out, with the reason. Everything else a sheet can
 * hold is in the form (the CMS shows every field).
 */
export const notInForm: Record<string, string> = {
  source: 'import bookkeeping, written by the importer and never shown on the site',
};

/**
 * Fields the editors set when they publish (the date, the review, draft or published). A
 * contributor does not need them: the form fills in today's date and keeps them in a closed
 * "Voor de redactie" group at the end, where an editor who opened a sheet finds them.
 */
export const forEditors: ReadonlySet<string> = new Set([
  'published',
  'updated',
  'reviewed',
  'status',
]);

/** The field at a key path (list indexes are skipped), e.g. ["examples", 0, "contacts", 1, "label"]. */
export function specAt(
  fields: readonly FieldSpec[],
  path: ReadonlyArray<PropertyKey>,
): FieldSpec | undefined {
  let current: FieldSpec | undefined;
  let scope: readonly FieldSpec[] | undefined = fields;
  for (const key of path) {
    if (typeof key === 'number') continue;
    current = scope?.find((field) => field.key === key);
    if (!current) return undefined;
    scope = current.kind === 'group' || current.kind === 'groups' ? current.fields : undefined;
  }
  return current;
}
