/**
 * The pure parts of the open data (src/lib/open-data/), without a build: list cells, the CSV
 * options, the JSON Schema made from zod against the schema it is made from, feeds and
 * JSON-LD with hostile text, and the field reference of /open-data/.
 * tests/e2e/open-data.test.ts reads the files of a real build.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { loadVocabularyContext } from '../../src/lib/catalogue/catalogue-fs.ts';
import {
  csvOptions,
  exampleColumns,
  joinList,
  practiceColumns,
  splitList,
  toCsv,
  type Column,
} from '../../src/lib/open-data/csv-format.ts';
import { atomFeed } from '../../src/lib/open-data/feed.ts';
import { columnDocs, recordFieldGroups } from '../../src/lib/open-data/fields.ts';
import { toRecord } from '../../src/lib/open-data/record.ts';
import { jsonLdScript } from '../../src/lib/open-data/schema-org.ts';
import { fieldsOf, toJsonSchema } from '../../src/schema/json-schema.ts';
import { createRecordSchema, type PracticeRecord } from '../../src/schema/record.ts';
import { contentRoot, fixtures } from '../helpers/paths.ts';

const { schema, vocabularies } = loadVocabularyContext(contentRoot);
const recordSchema = createRecordSchema(schema, vocabularies);

/** A record made from a fixture sheet, as the build makes it. */
function fixtureRecord(
  name = 'kansenpas-en-vrijetijdscheque',
  change: (data: Record<string, unknown>) => void = () => {},
): PracticeRecord {
  const text = readFileSync(path.join(fixtures, 'catalogue/practices', `${name}.mdx`), 'utf8');
  const raw = parseYaml(text.split(/^---$/m)[1]!) as Record<string, unknown>;
  change(raw);
  const data = schema.parse(raw);
  const url = `https://example.org/praktijken/${name}/`;
  return toRecord(
    {
      id: name,
      data,
      description: 'Tekst',
      url,
      imageUrl: data.image ? 'https://example.org/_astro/foto.png' : undefined,
      dates: { lastChanged: data.updated ?? data.published },
      citation: 'Bron',
      licence: 'https://creativecommons.org/licenses/by/4.0/',
    },
    vocabularies,
  );
}

describe('a list in one CSV cell', () => {
  it('reads back item for item, whatever the items hold', () => {
    const lists = [
      [],
      ['een'],
      ['a | b', 'c\\', '\\|', ' |'.trim(), 'd'],
      ['', 'x', ''],
      ['back\\slash', 'pijp|pijp'],
    ];
    for (const items of lists)
      expect(splitList(joinList(items)), JSON.stringify(items)).toEqual(
        items.length === 1 && items[0] === '' ? [] : items,
      );
  });

  it('separates items with " | " and escapes the separator and the escape character', () => {
    expect(joinList(['a|b', 'c\\d', 'e'])).toBe('a\\|b | c\\\\d | e');
  });
});

describe('the CSV writer options', () => {
  const columns: Column<string[]>[] = [
    { name: 'tekst', field: [], list: false, value: (row) => row[0] },
    { name: 'lijst', field: [], list: true, value: (row) => row.slice(1) },
  ];
  const rows = [
    ['é; "quotes"\nop twee regels', '=1+1', 'gewoon'],
    ['-3', '@naam'],
    ['+32 2 211 55 00'],
  ];
  const csv = toCsv(stringify, columns, rows);

  it('writes UTF-8 with a byte-order mark, ";" between cells and CRLF line ends, and a CSV parser reads it back', () => {
    expect(csv.startsWith('\ufefftekst;lijst\r\n')).toBe(true);
    const parsed = parseCsv<Record<string, string>>(csv, {
      bom: true,
      delimiter: ';',
      columns: true,
    });
    expect(parsed.map((row) => row.tekst)).toEqual([
      'é; "quotes"\nop twee regels',
      "'-3",
      "'+32 2 211 55 00",
    ]);
  });

  it('puts an apostrophe before a cell a spreadsheet would run as a formula', () => {
    const parsed = parseCsv<Record<string, string>>(csv, {
      bom: true,
      delimiter: ';',
      columns: true,
    });
    expect(parsed.map((row) => row.lijst)).toEqual(["'=1+1 | gewoon", "'@naam", '']);
    expect(csvOptions.escape_formulas).toBe(true);
  });
});

describe('the JSON Schema made from the record schema', () => {
  const jsonSchema = z.toJSONSchema(recordSchema, { target: 'draft-2020-12', io: 'output' });
  const ajv = new Ajv2020({ allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(jsonSchema);

  it('accepts the records the build makes, and refuses names outside the vocabularies', () => {
    for (const name of [
      'kansenpas-en-vrijetijdscheque',
      'buddyproject-voor-nieuwkomers',
      'buurtrestaurant',
    ]) {
      const record = fixtureRecord(name);
      expect(validate(record), `${name}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      expect(recordSchema.safeParse(record).success).toBe(true);
    }
    expect(validate({ ...fixtureRecord(), category: 'Onbekend' })).toBe(false);
    expect(validate({ ...fixtureRecord(), targetGroupSlugs: ['onbekend'] })).toBe(false);
  });

  it('carries every field of a sheet (but its publication status and import bookkeeping), and of an example', () => {
    const sheetFields = Object.keys(schema.shape).filter(
      (key) => !['status', 'source'].includes(key),
    );
    const recordFields = Object.keys(recordSchema.shape);
    expect(sheetFields.filter((key) => !recordFields.includes(key))).toEqual([]);
    const exampleFields = Object.keys(schema.shape.examples.unwrap().element.shape);
    const exampleRecordFields = Object.keys(recordSchema.shape.examples.element.shape);
    expect(exampleFields.filter((key) => !exampleRecordFields.includes(key))).toEqual([]);
  });

  it('gives a scale level with its slug, evidence with its report and year, and leaves out what a sheet leaves out', () => {
    const full = fixtureRecord('kansenpas-en-vrijetijdscheque', (data) => {
      data.stage = 'Lopend';
      data.evidence = {
        level: 'Extern geëvalueerd',
        report: 'https://example.org/r.pdf',
        year: 2024,
      };
      data.cost = vocabularies.costBands.terms[0]!.name;
      data.since = 2019;
      data.examples = [
        { ...(data.examples as object[])[0], status: 'gestopt', reviewed: '2026-01-15' },
      ];
    });
    expect(full).toMatchObject({
      stage: 'Lopend',
      stageSlug: 'lopend',
      evidence: { level: 'Extern geëvalueerd', levelSlug: 'extern-geevalueerd', year: 2024 },
      cost: vocabularies.costBands.terms[0]!.name,
      costSlug: vocabularies.costBands.terms[0]!.slug,
      since: 2019,
    });
    expect(full.examples[0]).toMatchObject({ status: 'gestopt', reviewed: '2026-01-15' });
    expect(validate(full), ajv.errorsText(validate.errors)).toBe(true);
    const bare = fixtureRecord('kansenpas-en-vrijetijdscheque', (data) => {
      for (const key of ['stage', 'evidence', 'cost', 'effort', 'since']) delete data[key];
    });
    for (const key of ['stage', 'stageSlug', 'evidence', 'cost', 'costSlug', 'effort', 'since'])
      expect(bare).not.toHaveProperty(key);
    expect(validate({ ...full, stageSlug: 'onbekend' })).toBe(false);
  });

  it('agrees with the sheet schema on image file names, whose letter case does not matter', () => {
    for (const src of ['images/foto.jpg', 'images/FOTO.JPG', 'images/Foto.Webp', 'images/x.avif']) {
      const record = fixtureRecord(
        'kansenpas-en-vrijetijdscheque',
        (data) => (data.image = { src, alt: 'Een foto' }),
      );
      expect(record.image?.src).toBe(src);
      expect(validate(record), `${src}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
    for (const src of ['images/foto.gif', '/etc/foto.jpg', 'https://example.org/x.png']) {
      expect(
        () =>
          fixtureRecord(
            'kansenpas-en-vrijetijdscheque',
            (data) => (data.image = { src, alt: 'Een foto' }),
          ),
        src,
      ).toThrow();
      const record = {
        ...fixtureRecord(),
        image: { src, url: 'https://example.org/x.png', alt: 'Een foto' },
      };
      expect(validate(record), src).toBe(false);
    }
  });
});

describe('text from contributors in the feeds and the JSON-LD', () => {
  const hostile = 'Titel ]]> met <script>alert(1)</script> & nog ]]> eens';

  it('an Atom feed gives a feed parser the title exactly as written', () => {
    const record = { ...fixtureRecord(), title: hostile, summary: `${hostile} samenvatting` };
    const xml = atomFeed([record], {
      title: 'Feed',
      subtitle: 'Test',
      self: 'https://example.org/feed.xml',
      page: 'https://example.org/',
      fallbackUpdated: '2020-01-01',
      publisher: { name: 'Org', url: 'https://example.org/' },
      rights: 'CC BY 4.0',
      scheme: (kind) => `https://example.org/${kind}/`,
    });
    const feed = parseFeed(xml);
    expect(feed.items[0]!.title).toBe(hostile);
    expect(feed.items[0]!.description).toBe(`${hostile} samenvatting`);
    expect(xml).not.toContain('<script>');
  });

  it('a JSON-LD script element holds the same data and nothing that closes it', () => {
    const data = { name: `</script><script>alert(1)</script><!-- ${hostile} \u2028` };
    const html = `<!doctype html><html><head><script type="application/ld+json">${jsonLdScript(data)}</script></head><body></body></html>`;
    const scripts: string[] = [];
    visit(fromHtml(html), 'element', (node: Element) => {
      if (node.tagName === 'script')
        scripts.push(node.children.map((child) => ('value' in child ? child.value : '')).join(''));
    });
    expect(scripts).toHaveLength(1);
    expect(JSON.parse(scripts[0]!)).toEqual(data);
  });
});

describe('the field reference of /open-data/', () => {
  it('documents every field of a record and of its groups, with the vocabulary a name comes from', () => {
    const groups = recordFieldGroups(recordSchema, vocabularies);
    expect(groups[0]!.fields.map((field) => field.name)).toEqual(
      fieldsOf(toJsonSchema(recordSchema)),
    );
    expect(groups.map((group) => group.path)).toEqual([
      '',
      'partners[]',
      'examples[]',
      'evidence',
      'seeAlso[]',
      'image',
      'examples[].contacts[]',
      'examples[].links[]',
    ]);
    const field = (name: string) => groups[0]!.fields.find((f) => f.name === name)!;
    expect(field('category')).toMatchObject({
      title: 'Categorie',
      type: 'naam uit de lijst van categorieën',
      required: true,
    });
    expect(field('policyDomainSlugs').type).toBe('lijst: slug uit de lijst van beleidsdomeinen');
    expect(field('updated')).toMatchObject({ type: 'datum (JJJJ-MM-DD)', required: false });
    expect(groups[2]!.fields.find((f) => f.name === 'province')!.type).toMatch(
      /^één van: Antwerpen, Limburg/,
    );
  });

  it('gives every field of a record a CSV column, so the CSV file loses nothing the JSON file has', () => {
    const covered = new Set(
      [...practiceColumns, ...exampleColumns].map((column) => column.field.join('.')),
    );
    const leaves = (shape: Record<string, z.ZodType>, prefix: string[]): string[] =>
      Object.entries(shape).flatMap(([key, type]) => {
        let inner: z.ZodType = type;
        while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault)
          inner = inner.unwrap() as z.ZodType;
        if (inner instanceof z.ZodArray) inner = inner.element as z.ZodType;
        return inner instanceof z.ZodObject
          ? leaves(inner.shape, [...prefix, key])
          : [[...prefix, key].join('.')];
      });
    expect(leaves(recordSchema.shape, []).filter((field) => !covered.has(field))).toEqual([]);
  });

  it('says where each CSV column comes from, and refuses a column whose field does not exist', () => {
    const docs = columnDocs(recordSchema, practiceColumns);
    expect(docs.find((doc) => doc.name === 'nis')).toMatchObject({
      field: 'examples[].nis',
      title: 'NIS-code',
      list: true,
    });
    expect(docs.find((doc) => doc.name === 'partnerUrls')).toMatchObject({
      field: 'partners[].url',
      title: 'Webadres',
    });
    expect(() =>
      columnDocs(recordSchema, [
        { name: 'x', field: ['bestaatNiet'], list: false, value: () => '' },
      ]),
    ).toThrow(/no field bestaatNiet/);
  });
});
