/**
 * The practice schema as a tree of form fields: what the contribution form renders and
 * what the CMS config is generated from. Everything here is read from the zod schema
 * (src/schema/practice.ts) through src/schema/introspect.ts, so a field added to the
 * schema appears in both without further work. Pure and browser-safe.
 */
import type { z } from 'zod';
import {
  choicesOf, defaultOf, elementOf, fieldsOf, formatOf, isOptional, kindOf, lengthOf, metaOf, schemaAt, vocabularyOf,
} from '../../schema/introspect.ts';

type AnySchema = z.core.$ZodType;
export type VocabularyKey = NonNullable<ReturnType<typeof vocabularyOf>>;
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

export type FieldSpec = TextSpec | ChoiceSpec | TermSpec | TermsSpec | TextsSpec | GroupSpec | GroupsSpec;

/** Texts allowed to be longer than this get a multi-line text area. */
const longText = 300;

/** Phone numbers have no zod format of their own; the field name tells. */
const inputByKey: Record<string, InputType> = { phone: 'tel' };
const inputByFormat: Record<string, InputType> = { email: 'email', url: 'url', date: 'date' };

function textSpec(key: string, schema: AnySchema, base: SpecBase): TextSpec {
  const { min, max } = lengthOf(schema);
  const format = formatOf(schema);
  const input = (format && inputByFormat[format]) || inputByKey[key] || (max !== undefined && max > longText ? 'textarea' : 'text');
  return { ...base, kind: 'text', input, ...(min !== undefined ? { minLength: min } : {}), ...(max !== undefined ? { maxLength: max } : {}) };
}

export function fieldSpec(key: string, schema: AnySchema): FieldSpec {
  const meta = metaOf(schema);
  const base: SpecBase = {
    key,
    title: meta.title ?? key,
    description: meta.description ?? '',
    required: !isOptional(schema),
    ...(meta.examples?.length ? { examples: meta.examples } : {}),
  };
  const vocabulary = vocabularyOf(schema);
  const kind = kindOf(schema);
  if (kind === 'list') {
    const element = elementOf(schema)!;
    const minItems = lengthOf(schema).min ?? 0;
    const listBase = { ...base, required: minItems > 0, minItems };
    if (vocabulary) return { ...listBase, kind: 'terms', vocabulary };
    if (kindOf(element) === 'group') return { ...listBase, kind: 'groups', fields: groupFields(element) };
    return { ...listBase, kind: 'texts', item: textSpec(key, element, { ...base, required: true }) };
  }
  if (vocabulary) return { ...base, kind: 'term', vocabulary };
  if (kind === 'group') return { ...base, kind: 'group', fields: groupFields(schema) };
  if (kind === 'choice') {
    const fallback = defaultOf(schema);
    return { ...base, kind: 'choice', options: choicesOf(schema), ...(typeof fallback === 'string' ? { default: fallback } : {}) };
  }
  return textSpec(key, schema, base);
}

function groupFields(schema: AnySchema): FieldSpec[] {
  return fieldsOf(schema).map((key) => fieldSpec(key, schemaAt(schema, [key])));
}

/** Every field of a sheet's front matter, in the schema's order. */
export function formSpec(schema: AnySchema): FieldSpec[] {
  return groupFields(schema);
}

/**
 * Fields the contribution form leaves out, with the reason. Everything else a sheet can
 * hold is in the form (the CMS shows every field).
 */
export const notInForm: Record<string, string> = {
  source: 'import bookkeeping, written by the importer and never shown on the site',
};

/** The field at a key path (list indexes are skipped), e.g. ["examples", 0, "contacts", 1, "label"]. */
export function specAt(fields: readonly FieldSpec[], path: ReadonlyArray<PropertyKey>): FieldSpec | undefined {
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
