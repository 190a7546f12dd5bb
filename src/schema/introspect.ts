/**
 * Reads the practice schema's structure and documentation, so that error messages, the
 * format reference, the contribution form and the CMS config all follow the one schema.
 */
import { z } from 'zod';

type AnySchema = z.core.$ZodType;

interface Def {
  type: string;
  innerType?: AnySchema;
  in?: AnySchema;
  out?: AnySchema;
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  entries?: Record<string, string>;
  format?: string;
}

const defOf = (schema: AnySchema): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema without optional/default/pipe wrappers: the shape a value must have. */
export function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch', 'nonoptional'].includes(def.type) && def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = defOf(def.in).type === 'transform' && def.out ? def.out : def.in;
    else return current;
  }
}

export function schemaAt(schema: AnySchema, path: ReadonlyArray<PropertyKey>): AnySchema {
  let current: AnySchema = schema;
  for (const key of path) {
    const def = defOf(unwrap(current));
    if (def.type === 'object' && def.shape && typeof key === 'string' && def.shape[key]) current = def.shape[key];
    else if (def.type === 'array' && def.element && typeof key === 'number') current = def.element;
    else break;
  }
  return current;
}

export function fieldsOf(schema: AnySchema): string[] {
  const def = defOf(unwrap(schema));
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

export interface FieldMeta {
  title?: string;
  description?: string;
  examples?: unknown[];
}

/** Documentation given with doc()/meta(); wrappers like .optional() keep it on the inner schema. */
export function metaOf(schema: AnySchema): FieldMeta {
  let current: AnySchema | undefined = schema;
  while (current) {
    const meta = z.globalRegistry.get(current) as FieldMeta | undefined;
    if (meta?.title || meta?.description) return meta;
    const def = defOf(current);
    current = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
  }
  return {};
}

export const titleOf = (schema: AnySchema) => metaOf(schema).title;

/** For a field that names vocabulary terms (or a list of them): which vocabulary. */
export function vocabularyOf(schema: AnySchema): 'categories' | 'policyDomains' | 'targetGroups' | 'municipalities' | undefined {
  let current: AnySchema | undefined = schema;
  while (current) {
    const meta = z.globalRegistry.get(current) as { vocabulary?: ReturnType<typeof vocabularyOf> } | undefined;
    if (meta?.vocabulary) return meta.vocabulary;
    const def = defOf(current);
    current = def.innerType ?? def.element ?? (def.type === 'pipe' ? def.in : undefined);
  }
  return undefined;
}

export function isOptional(schema: AnySchema): boolean {
  const type = defOf(schema).type;
  return type === 'optional' || type === 'default' || type === 'prefault';
}

export function kindOf(schema: AnySchema): 'text' | 'list' | 'group' | 'choice' | 'other' {
  const def = defOf(unwrap(schema));
  if (def.type === 'string') return 'text';
  if (def.type === 'array') return 'list';
  if (def.type === 'object') return 'group';
  if (def.type === 'enum') return 'choice';
  return 'other';
}

export function elementOf(schema: AnySchema): AnySchema | undefined {
  const def = defOf(unwrap(schema));
  return def.type === 'array' ? def.element : undefined;
}

/** A text field's format ("email", "url", "date"), if it has one. */
export function formatOf(schema: AnySchema): string | undefined {
  return defOf(unwrap(schema)).format;
}

export function choicesOf(schema: AnySchema): string[] {
  const def = defOf(unwrap(schema));
  return def.type === 'enum' && def.entries ? Object.values(def.entries) : [];
}

/** Length limits of a text (characters) or a list (items), from .min()/.max(). */
export function lengthOf(schema: AnySchema): { min?: number; max?: number } {
  const checks = (defOf(unwrap(schema)) as { checks?: { _zod: { def: { check: string; minimum?: number; maximum?: number; length?: number } } }[] }).checks ?? [];
  const limits: { min?: number; max?: number } = {};
  for (const { _zod } of checks) {
    const check = _zod.def;
    if (check.check === 'min_length') limits.min = Math.max(limits.min ?? 0, check.minimum ?? 0);
    else if (check.check === 'max_length') limits.max = Math.min(limits.max ?? Infinity, check.maximum ?? Infinity);
    else if (check.check === 'length_equals') limits.min = limits.max = check.length;
  }
  return limits;
}

/** The value a field takes when it is left out (from .default()), if it has one. */
export function defaultOf(schema: AnySchema): unknown {
  let current: AnySchema | undefined = schema;
  while (current) {
    const def = defOf(current) as Def & { defaultValue?: unknown };
    if (def.type === 'default' || def.type === 'prefault') return def.defaultValue;
    current = ['optional', 'nullable', 'readonly'].includes(def.type) ? def.innerType : undefined;
  }
  return undefined;
}
