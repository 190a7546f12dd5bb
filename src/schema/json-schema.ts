/**
 * The practice schema as JSON Schema, made with zod's public `z.toJSONSchema()`: the one
 * description of a sheet's fields that the form, the CMS config, the format reference and
 * the messages read, and that the site publishes for people reusing the data. Pure and
 * browser-safe.
 */
import { z } from 'zod';
import type { VocabularyKey } from './vocabulary.ts';

/** The parts of a JSON Schema (draft 2020-12) node that Praktijkbank reads. */
export interface JsonSchema {
  $schema?: string;
  type?: string | string[];
  title?: string;
  description?: string;
  examples?: unknown[];
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  format?: string;
  enum?: unknown[];
  /** Set with `.meta({ vocabulary })` on fields that name terms of a vocabulary. */
  vocabulary?: VocabularyKey;
  [keyword: string]: unknown;
}

const cache = new WeakMap<z.ZodType, JsonSchema>();

/**
 * What a sheet's front matter may hold: the input side of the schema (fields with a default
 * are optional). Transforms (vocabulary names, trimming) cannot be expressed and are left
 * open; zod still checks them.
 */
export function toJsonSchema(schema: z.ZodType): JsonSchema {
  let json = cache.get(schema);
  if (!json) {
    json = z.toJSONSchema(schema, {
      io: 'input',
      unrepresentable: 'any',
      target: 'draft-2020-12',
      // zod drops the examples of a transforming field (a vocabulary name) in input mode; ours
      // are always valid input, e.g. a category's name.
      override: ({ zodSchema, jsonSchema }) => {
        const examples = (z.globalRegistry.get(zodSchema) as { examples?: unknown[] } | undefined)
          ?.examples;
        if (examples && !jsonSchema.examples) jsonSchema.examples = examples;
      },
    }) as JsonSchema;
    cache.set(schema, json);
  }
  return json;
}

/** The node at a key path; list indexes step into `items` (["examples", 0, "text"]). */
export function nodeAt(root: JsonSchema, path: ReadonlyArray<PropertyKey>): JsonSchema | undefined {
  let node: JsonSchema | undefined = root;
  for (const key of path) {
    if (!node) return undefined;
    if (typeof key === 'number') node = node.items;
    else node = node.properties?.[String(key)];
  }
  return node;
}

/** The field names of an object node, in the schema's order. */
export const fieldsOf = (node: JsonSchema | undefined): string[] =>
  Object.keys(node?.properties ?? {});

/** Whether a field of an object node must be given. */
export const isRequired = (parent: JsonSchema, key: string): boolean =>
  parent.required?.includes(key) ?? false;

export type NodeKind = 'text' | 'number' | 'list' | 'group' | 'choice' | 'other';

export function kindOf(node: JsonSchema): NodeKind {
  if (node.enum) return 'choice';
  if (node.type === 'string') return 'text';
  if (node.type === 'integer') return 'number';
  if (node.type === 'array') return 'list';
  if (node.type === 'object') return 'group';
  return 'other';
}

/** For a field that names vocabulary terms, or a list of them: which vocabulary. */
export const vocabularyOf = (node: JsonSchema): VocabularyKey | undefined =>
  node.vocabulary ?? node.items?.vocabulary;
