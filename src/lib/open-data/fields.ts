/**
 * The field reference of the open data page (/open-data/), generated from the record schema
 * (src/schema/record.ts) like docs/sheet-format.md is from the practice schema: each field
 * of /praktijken.json with its Dutch title, help text and kind of value, and each CSV column
 * with the field it comes from. A field added to the schema shows up here by itself.
 */
import type { z } from 'zod';
import { openDataText } from '../../i18n/nl.ts';
import {
  fieldsOf,
  isRequired,
  kindOf,
  toJsonSchema,
  type JsonSchema,
} from '../../schema/json-schema.ts';
import type { Column } from './csv-format.ts';
import type { Vocabularies } from '../vocabulary/lookup.ts';

type AnySchema = z.ZodType;

export interface FieldDoc {
  name: string;
  title?: string;
  description?: string;
  /** What kind of value, in Dutch ("tekst", "lijst van namen uit de lijst van categorieën"). */
  type: string;
  required: boolean;
}

export interface FieldGroup {
  /** "" for the record itself, else the path of a nested group: "examples[]", "examples[].contacts[]", "image". */
  path: string;
  title?: string;
  fields: FieldDoc[];
}

type VocabularyKey = keyof typeof openDataText.types.vocabularies;

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value, index) => value === b[index]);

function describe(node: JsonSchema, vocabularies: Vocabularies): string {
  const types = openDataText.types;
  const kind = kindOf(node);
  if (kind === 'list') {
    const element = node.items ?? {};
    return kindOf(element) === 'group'
      ? types.groupList
      : types.listOf(describe(element, vocabularies));
  }
  if (kind === 'group') return types.group;
  if (kind === 'choice') {
    const choices = (node.enum ?? []).map(String);
    for (const key of Object.keys(types.vocabularies) as VocabularyKey[]) {
      const terms = vocabularies[key].terms;
      if (
        sameList(
          choices,
          terms.map((t) => t.name),
        )
      )
        return types.nameFrom(types.vocabularies[key]);
      if (
        sameList(
          choices,
          terms.map((t) => t.slug),
        )
      )
        return types.slugFrom(types.vocabularies[key]);
    }
    return types.oneOf(choices);
  }
  const format = node.format;
  if (format === 'date') return types.date;
  if (format === 'uri') return types.url;
  if (format === 'email') return types.email;
  return kind === 'text' ? types.text : types.value;
}

/** Every field of a record, group by group (nested groups after the record's own fields). */
export function recordFieldGroups(
  recordSchema: AnySchema,
  vocabularies: Vocabularies,
): FieldGroup[] {
  const groups: FieldGroup[] = [];
  const queue: { path: string; node: JsonSchema; title?: string }[] = [
    { path: '', node: toJsonSchema(recordSchema) },
  ];
  while (queue.length) {
    const { path, node, title } = queue.shift()!;
    const fields = fieldsOf(node).map((name): FieldDoc => {
      const field = node.properties![name]!;
      const kind = kindOf(field);
      const element = kind === 'list' ? field.items : undefined;
      const childPath = `${path ? `${path}.` : ''}${name}`;
      if (kind === 'group') queue.push({ path: childPath, node: field, title: field.title });
      if (element && kindOf(element) === 'group')
        queue.push({ path: `${childPath}[]`, node: element, title: field.title });
      return {
        name,
        title: field.title,
        description: field.description,
        type: describe(field, vocabularies),
        required: isRequired(node, name),
      };
    });
    groups.push({ path, ...(title ? { title } : {}), fields });
  }
  return groups;
}

/** The record field at a path of field names (lists are walked into): ['examples', 'contacts', 'email']. */
export function fieldAt(recordSchema: AnySchema, names: readonly string[]): JsonSchema | undefined {
  let current: JsonSchema | undefined = toJsonSchema(recordSchema);
  for (const name of names) {
    while (current && kindOf(current) === 'list') current = current.items;
    if (!current || kindOf(current) !== 'group') return undefined;
    current = current.properties?.[name];
  }
  return current;
}

export interface ColumnDoc {
  name: string;
  /** The JSON field it holds, as a path: "examples[].municipality". */
  field: string;
  title?: string;
  description?: string;
  list: boolean;
}

export function columnDocs<T>(recordSchema: AnySchema, columns: readonly Column<T>[]): ColumnDoc[] {
  return columns.map((column) => {
    const field = fieldAt(recordSchema, column.field);
    if (!field)
      throw new Error(
        `CSV column ${column.name}: the record has no field ${column.field.join('.')}`,
      );
    const path = column.field
      .map((name, index) => {
        const upTo = fieldAt(recordSchema, column.field.slice(0, index + 1));
        return upTo && kindOf(upTo) === 'list' && index < column.field.length - 1
          ? `${name}[]`
          : name;
      })
      .join('.');
    return {
      name: column.name,
      field: path,
      title: field.title,
      description: field.description,
      list: column.list,
    };
  });
}
