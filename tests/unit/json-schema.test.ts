/**
 * The practice schema's JSON Schema (src/schema/json-schema.ts) agrees with the zod schema
 * it is made from: a JSON Schema validator (ajv) accepts what zod accepts and refuses
 * sheets that miss a required field or break a limit, and "required" means the same to both.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { loadVocabularyContext } from '../../src/lib/catalogue/catalogue-fs.ts';
import {
  fieldsOf,
  isRequired,
  nodeAt,
  toJsonSchema,
  type JsonSchema,
} from '../../src/schema/json-schema.ts';
import { contentRoot, fixtures } from '../helpers/paths.ts';

const { schema } = loadVocabularyContext(contentRoot);
const json = toJsonSchema(schema);
const complete = (
  JSON.parse(readFileSync(path.join(fixtures, 'contribute/complete-sheet.json'), 'utf8')) as {
    values: Record<string, unknown>;
  }
).values;

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(json);

const clone = <T>(value: T): T => structuredClone(value);

/** Every group of fields in the complete sheet, as [path to the group, its JSON Schema node]. */
function groups(
  node: JsonSchema,
  at: (string | number)[] = [],
): [(string | number)[], JsonSchema][] {
  const found: [(string | number)[], JsonSchema][] = [[at, node]];
  for (const key of fieldsOf(node)) {
    const field = node.properties![key]!;
    if (field.type === 'object') found.push(...groups(field, [...at, key]));
    if (field.type === 'array' && field.items?.type === 'object')
      found.push(...groups(field.items, [...at, key, 0]));
  }
  return found;
}

/** The sheet without one field, or undefined where the sheet has no such group (e.g. `source`). */
function without(
  value: Record<string, unknown>,
  at: (string | number)[],
  key: string,
): Record<string, unknown> | undefined {
  const copy = clone(value);
  let target: unknown = copy;
  for (const step of at) target = (target as Record<string | number, unknown> | undefined)?.[step];
  if (!target || typeof target !== 'object') return undefined;
  delete (target as Record<string, unknown>)[key];
  return copy;
}

describe('the JSON Schema of a sheet', () => {
  it('accepts a complete sheet, as zod does', () => {
    expect(schema.safeParse(complete).success).toBe(true);
    expect(validate(complete), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('requires exactly the fields zod requires, at every level', () => {
    let checked = 0;
    for (const [at, group] of groups(json)) {
      for (const key of fieldsOf(group)) {
        const missing = without(complete, at, key);
        if (!missing) continue;
        const zodRequires = !schema.safeParse(missing).success;
        expect(isRequired(group, key), [...at, key].join('.')).toBe(zodRequires);
        expect(validate(missing), [...at, key].join('.')).toBe(!zodRequires);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(25);
  });

  it('refuses what zod refuses for limits and formats', () => {
    const cases: [string, (sheet: Record<string, unknown>) => void][] = [
      ['a title that is too short', (s) => (s.title = 'Kort')],
      ['an unknown field', (s) => (s.titel = 'Vrijetijdspas')],
      ['an empty list of goals', (s) => (s.goals = [])],
      ['a date that is not a date', (s) => (s.published = '31/03/2025')],
      [
        'an e-mail address without @',
        (s) =>
          ((s.examples as { contacts: { email: string }[] }[])[0]!.contacts[0]!.email =
            'samenleven'),
      ],
      ['a status that does not exist', (s) => (s.status = 'klaar')],
      [
        'an image outside the sheet folder',
        (s) => ((s.image as { src: string }).src = '../geheim.png'),
      ],
      ['a start year written as text', (s) => (s.since = '2019')],
      ['a start year that is not a year', (s) => (s.since = 19)],
      ['a start year with a fraction', (s) => (s.since = 2019.5)],
      ['an evaluation without its level', (s) => delete (s.evidence as { level?: string }).level],
      [
        'an evaluation report that is not a web address',
        (s) => ((s.evidence as { report: string }).report = 'rapport.pdf'),
      ],
      [
        'an unknown field in the evidence',
        (s) => ((s.evidence as Record<string, unknown>).niveau = 'Extern'),
      ],
      [
        'a link to another databank without its address',
        (s) => delete (s.seeAlso as { url?: string }[])[0]!.url,
      ],
    ];
    for (const [name, change] of cases) {
      const sheet = clone(complete);
      change(sheet);
      expect(schema.safeParse(sheet).success, name).toBe(false);
      expect(validate(sheet), name).toBe(false);
    }
  });

  it('keeps the Dutch titles, help texts, examples and vocabularies of the zod schema', () => {
    expect(nodeAt(json, ['title'])).toMatchObject({ title: 'Titel', minLength: 5, maxLength: 120 });
    expect(nodeAt(json, ['category'])).toMatchObject({
      title: 'Categorie',
      vocabulary: 'categories',
      examples: ['Inclusieve vrije tijd'],
    });
    expect(nodeAt(json, ['examples', 0, 'municipality'])).toMatchObject({
      vocabulary: 'municipalities',
      examples: ['Beersel'],
    });
    expect(nodeAt(json, ['targetGroups'])?.items).toMatchObject({ vocabulary: 'targetGroups' });
    expect(nodeAt(json, ['stage'])).toMatchObject({ title: 'Fase', vocabulary: 'stages' });
    expect(nodeAt(json, ['evidence', 'level'])).toMatchObject({ vocabulary: 'evidenceLevels' });
    expect(nodeAt(json, ['since'])).toMatchObject({
      title: 'Loopt sinds',
      type: 'integer',
      minimum: 1900,
      maximum: 2100,
      examples: [2019],
    });
    expect(nodeAt(json, ['nothing', 'here'])).toBeUndefined();
  });
});
