/**
 * The open data of a build, read back by the clients that use it: the JSON export validated
 * against its published JSON Schema (ajv), the CSV files parsed with a CSV library and
 * compared with the JSON, the feeds with a feed parser, the sitemap with a sitemap parser,
 * robots.txt with a robots parser, the JSON-LD expanded with a JSON-LD processor, and the
 * search page's download in Chromium. One build of the fixture catalogue plus one sheet full
 * of awkward text, under the sub-path /praktijkbank/.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { parseFeed } from '@rowanmanning/feed-parser';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import jsonld from 'jsonld';
import type { Browser } from 'playwright-core';
import robotsParser from 'robots-parser';
import { parseSitemap, parseSitemapIndex } from 'sitemap';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkLinks, formatBrokenLinks } from '../../scripts/lib/quality/links.ts';
import { unlistedPages } from '../../src/lib/site/unlisted.ts';
import { formatHtmlProblems, validateHtml } from '../../scripts/lib/quality/html.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { makeCatalogue } from '../helpers/catalogue.ts';
import { contentRoot, fixtures } from '../helpers/paths.ts';
import { buildSite, serve, type Served } from '../helpers/site.ts';

const base = '/praktijkbank';
const siteUrl = 'https://praktijkbank.vvsg.be';
const home = `${siteUrl}${base}/`;
const fixtureDir = path.join(fixtures, 'catalogue/practices');

/** A sheet whose text tests the escaping of every format: quotes, <, ]]>, |, \, ;, formulas, accents, an image. */
const awkwardTitle = 'Café <b>"Samen"</b> & co ]]> en nog eens ]]>';
const awkward = `---
title: '${awkwardTitle.replace(/'/g, "''")}'
summary: "Een samenvatting met é, een puntkomma; een <tag> en een komma, lang genoeg."
category: Onthaal en integratie
goals:
  - "=SOM(1;2) staat hier als tekst"
  - 'Een doel met | een pijp en \\ een backslash'
  - "-min vooraan"
targetGroups:
  - Nieuwkomers
partners:
  - name: Partner A
    url: https://example.org/a
  - name: Partner B
    description: "Zonder adres, met | pijp"
examples:
  - municipality: Halle
    text: "Halle doet dit met \\"aanhalingstekens\\"; en een tweede alinea.\\n\\nHier is die alinea."
    contacts:
      - label: Bel ons
        phone: +32 2 211 55 00
      - label: Mail ons
        email: info@example.org
    links:
      - label: Meer info
        url: https://example.org/meer
  - municipality: Gent
    text: Gent doet het ook, al een paar jaar, in elke wijk.
policyDomains:
  - Integratie en inburgering
image:
  src: images/buddy.png
  alt: Twee mensen drinken koffie
  credit: "Foto: test"
published: 2024-01-01
updated: 2027-01-05
keywords:
  - één
  - twee
---

Een **beschrijving** met é, een puntkomma; en "aanhalingstekens".

- een lijstje | met een pijp
`;

let dist: string;
let site: Served;
let browser: Browser;
const practicesDir = () => path.join(content, 'practices');
let content: string;

/** The file in the build that an absolute address of the site points to. */
function fileOf(address: string): string {
  const pathname = decodeURIComponent(new URL(address).pathname);
  expect(pathname.startsWith(`${base}/`), `${address} is under the base path`).toBe(true);
  const file = path.join(dist, pathname.slice(base.length + 1));
  return pathname.endsWith('/') ? path.join(file, 'index.html') : file;
}

const read = (address: string) => readFileSync(fileOf(address), 'utf8');
const local = (address: string) => `${site.url}${new URL(address).pathname.slice(base.length + 1)}`;

interface Contact {
  label: string;
  email?: string;
  phone?: string;
  url?: string;
}
interface Example {
  municipality: string;
  municipalitySlug: string;
  nis: string;
  province: string;
  text: string;
  contacts: Contact[];
  links: { label: string; url?: string }[];
  status: string;
  reviewed?: string;
}
interface Record_ {
  id: string;
  url: string;
  title: string;
  category: string;
  categorySlug: string;
  policyDomains: string[];
  policyDomainSlugs: string[];
  examples: Example[];
  partners: { name: string; description?: string; url?: string }[];
  image?: { src: string; url: string; alt: string; credit?: string };
  published: string;
  updated?: string;
  lastChanged: string;
  description: string;
  citation: string;
  stage?: string;
  stageSlug?: string;
  evidence?: { level: string; levelSlug: string; report?: string; year?: number };
  cost?: string;
  costSlug?: string;
  effort?: string;
  effortSlug?: string;
  since?: number;
  seeAlso: { label: string; url: string }[];
  [field: string]: unknown;
}
interface Export {
  $schema: string;
  count: number;
  licence: { name: string; url: string };
  practices: Record_[];
}

let exported: Export;
const recordOf = (id: string) => exported.practices.find((record) => record.id === id)!;

/** The JSON-LD blocks of a page, parsed. */
function jsonLdOf(html: string): unknown[] {
  const blocks: unknown[] = [];
  visit(fromHtml(html), 'element', (node: Element) => {
    if (node.tagName === 'script' && node.properties.type === 'application/ld+json') {
      const text = node.children.map((child) => ('value' in child ? child.value : '')).join('');
      blocks.push(JSON.parse(text));
    }
  });
  return blocks;
}

/** <link> and <meta> elements of a page's head. */
function headOf(html: string): Element[] {
  const found: Element[] = [];
  visit(fromHtml(html), 'element', (node: Element) => {
    if (node.tagName === 'link' || node.tagName === 'meta') found.push(node);
  });
  return found;
}
const meta = (html: string, key: string) =>
  headOf(html).find((el) => el.properties.property === key || el.properties.name === key)
    ?.properties.content;

/**
 * No network in the tests: schema.org's context document is replaced by its core, the
 * vocabulary mapping (schema.org's own context maps every term into http://schema.org/).
 * Any other remote document is refused, so a description that needs one fails.
 */
const documentLoader = (url: string) => {
  if (url.replace(/\/$/, '') === 'https://schema.org')
    return Promise.resolve({
      contextUrl: undefined,
      documentUrl: url,
      document: { '@context': { '@vocab': 'http://schema.org/' } },
    });
  return Promise.reject(new Error(`the JSON-LD needs a remote document: ${url}`));
};

beforeAll(async () => {
  const sheets: Record<string, Uint8Array | string> = Object.fromEntries(
    readdirSync(fixtureDir).map((name) => [name, readFileSync(path.join(fixtureDir, name))]),
  );
  sheets['open-data-randgevallen.mdx'] = awkward;
  content = makeCatalogue(sheets);
  mkdirSync(path.join(practicesDir(), 'images'), { recursive: true });
  copyFileSync(
    path.join(fixtures, 'images/buddy.png'),
    path.join(practicesDir(), 'images/buddy.png'),
  );
  dist = buildSite({ content, base });
  site = await serve(dist, base);
  browser = await launchBrowser();
  exported = JSON.parse(readFileSync(path.join(dist, 'praktijken.json'), 'utf8')) as Export;
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** The published sheets of the catalogue, from the files: id, front matter and body. */
function publishedSheets() {
  return readdirSync(practicesDir())
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const text = readFileSync(path.join(practicesDir(), name), 'utf8');
      const [, yaml = '', ...body] = text.split(/^---\s*$/m);
      return {
        id: name.replace(/\.mdx$/, ''),
        data: parseYaml(yaml) as Record<string, unknown>,
        body: body.join('---').trim(),
      };
    })
    .filter((sheet) => sheet.data.status !== 'draft');
}

describe('/praktijken.json', () => {
  it('validates against the JSON Schema it names, published under the base path (ajv, draft 2020-12)', async () => {
    expect(exported.$schema).toBe(`${home}praktijken.schema.json`);
    const schema = JSON.parse(await (await fetch(local(exported.$schema))).text()) as Record<
      string,
      unknown
    >;
    expect(schema.$id).toBe(exported.$schema);
    const ajv = new Ajv2020({ allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(exported), ajv.errorsText(validate.errors)).toBe(true);
    // The schema is strict: it knows the vocabularies and the fields.
    const wrong = structuredClone(exported);
    wrong.practices[0]!.category = 'Een categorie die niet bestaat';
    expect(validate(wrong)).toBe(false);
    const extra = structuredClone(exported) as unknown as { practices: Record<string, unknown>[] };
    extra.practices[0]!.onbekend = 1;
    expect(validate(extra)).toBe(false);
  });

  it('holds every published sheet once, by title, with its address, and no draft', () => {
    const sheets = publishedSheets();
    expect(exported.count).toBe(sheets.length);
    expect(exported.practices.map((p) => p.id).sort()).toEqual(sheets.map((s) => s.id).sort());
    expect(exported.practices.map((p) => p.id)).not.toContain('ontwerp-nog-niet-klaar');
    const titles = exported.practices.map((p) => p.title);
    expect(titles).toEqual(
      [...titles].sort((a, b) =>
        a.localeCompare(b, 'nl-BE', { sensitivity: 'base', numeric: true }),
      ),
    );
    for (const record of exported.practices) {
      expect(record.url).toBe(`${home}praktijken/${record.id}/`);
      expect(existsSync(fileOf(record.url)), record.url).toBe(true);
    }
  });

  it('gives each sheet the Markdown below its front matter as description (never empty for a sheet that has one)', () => {
    const withBody = publishedSheets().filter((sheet) => sheet.body);
    expect(withBody.length).toBeGreaterThanOrEqual(2);
    for (const sheet of publishedSheets())
      expect(recordOf(sheet.id).description, sheet.id).toBe(sheet.body);
    expect(recordOf('open-data-randgevallen').description).toContain('Een **beschrijving** met é');
  });

  it('puts the slugs beside the vocabulary names, and the NIS code and province beside each municipality', () => {
    const vocabulary = (file: string) =>
      parseYaml(readFileSync(path.join(contentRoot, 'vocabularies', file), 'utf8')) as {
        name: string;
        slug?: string;
        nis?: string;
        province?: string;
      }[];
    const categories = new Map(vocabulary('categories.yaml').map((t) => [t.name, t.slug]));
    const domains = new Map(vocabulary('policy-domains.yaml').map((t) => [t.name, t.slug]));
    const municipalities = new Map(vocabulary('municipalities.yaml').map((t) => [t.name, t]));
    for (const record of exported.practices) {
      expect(record.categorySlug).toBe(categories.get(record.category));
      expect(record.policyDomainSlugs).toEqual(
        record.policyDomains.map((name) => domains.get(name)),
      );
      for (const example of record.examples) {
        expect(example.nis).toBe(municipalities.get(example.municipality)?.nis);
        expect(example.province).toBe(municipalities.get(example.municipality)?.province);
        expect(existsSync(fileOf(`${home}gemeenten/${example.municipalitySlug}/`))).toBe(true);
      }
    }
  });

  it('has the dates (last changed is "updated", else "published"), the image address and a citation of the version', () => {
    const awkwardRecord = recordOf('open-data-randgevallen');
    expect(awkwardRecord).toMatchObject({
      title: awkwardTitle,
      published: '2024-01-01',
      updated: '2027-01-05',
      lastChanged: '2027-01-05',
    });
    for (const record of exported.practices)
      expect(record.lastChanged).toBe(record.updated ?? record.published);
    expect(awkwardRecord.image).toMatchObject({
      src: 'images/buddy.png',
      alt: 'Twee mensen drinken koffie',
      credit: 'Foto: test',
    });
    expect(readFileSync(fileOf(awkwardRecord.image!.url)).subarray(1, 4).toString()).toBe('PNG');
    expect(awkwardRecord.citation).toBe(
      `VVSG. “${awkwardTitle}”. Praktijkbank, versie van 5 januari 2027. ${awkwardRecord.url}`,
    );
    expect(exported.licence).toEqual({
      name: 'CC BY 4.0',
      url: 'https://creativecommons.org/licenses/by/4.0/',
    });
    for (const record of exported.practices) expect(record.licence).toBe(exported.licence.url);
  });
});

/** A list cell, read by the documented rule: items separated by "|", "\" escapes the next character, items trimmed. */
function listItems(cell: string): string[] {
  if (cell === '') return [];
  const items: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    if (cell[i] === '\\') current += cell[++i] ?? '';
    else if (cell[i] === '|') {
      items.push(current);
      current = '';
    } else current += cell[i];
  }
  return [...items, current].map((item) => item.trim());
}

/** A list that goes with a list of names (contactPhones with contacts): an empty cell is an empty item for each name. */
function parallelItems(cell: string, count: number): string[] {
  const items = listItems(cell);
  return items.length === 0 ? Array<string>(count).fill('') : items;
}

/** A cell as written, less the apostrophe that keeps a spreadsheet from running it as a formula. */
const unformula = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

function readCsv(file: string): Record<string, string>[] {
  const bytes = readFileSync(path.join(dist, file));
  expect([...bytes.subarray(0, 3)], `${file} starts with a UTF-8 byte-order mark`).toEqual([
    0xef, 0xbb, 0xbf,
  ]);
  return parseCsv<Record<string, string>>(bytes, {
    bom: true,
    delimiter: ';',
    columns: true,
    record_delimiter: '\r\n',
    relax_quotes: false,
  });
}

describe('the CSV files', () => {
  it('praktijken.csv: one row per sheet that matches the JSON, lists as documented, formulas defused', () => {
    const rows = readCsv('praktijken.csv');
    expect(rows.map((row) => row.id)).toEqual(exported.practices.map((p) => p.id));
    const list = (values: (string | undefined)[]) => values.map((v) => v ?? '');
    const expected = (r: Record_): Record<string, string | string[]> => ({
      id: r.id,
      url: r.url,
      title: r.title,
      summary: r.summary as string,
      category: r.category,
      categorySlug: r.categorySlug,
      goals: r.goals as string[],
      targetGroups: r.targetGroups as string[],
      targetGroupSlugs: r.targetGroupSlugs as string[],
      successFactors: r.successFactors as string[],
      challenges: r.challenges as string[],
      partners: r.partners.map((p) => p.name),
      partnerDescriptions: list(r.partners.map((p) => p.description)),
      partnerUrls: list(r.partners.map((p) => p.url)),
      municipalities: r.examples.map((e) => e.municipality),
      municipalitySlugs: r.examples.map((e) => e.municipalitySlug),
      nis: r.examples.map((e) => e.nis),
      provinces: r.examples.map((e) => e.province),
      policyDomains: r.policyDomains,
      policyDomainSlugs: r.policyDomainSlugs,
      stage: r.stage ?? '',
      stageSlug: r.stageSlug ?? '',
      evidenceLevel: r.evidence?.level ?? '',
      evidenceLevelSlug: r.evidence?.levelSlug ?? '',
      evidenceReport: r.evidence?.report ?? '',
      evidenceYear: r.evidence?.year?.toString() ?? '',
      cost: r.cost ?? '',
      costSlug: r.costSlug ?? '',
      effort: r.effort ?? '',
      effortSlug: r.effortSlug ?? '',
      since: r.since?.toString() ?? '',
      seeAlso: r.seeAlso.map((link) => link.label),
      seeAlsoUrls: r.seeAlso.map((link) => link.url),
      imageSrc: r.image?.src ?? '',
      imageUrl: r.image?.url ?? '',
      imageAlt: r.image?.alt ?? '',
      imageCredit: r.image?.credit ?? '',
      published: r.published,
      updated: r.updated ?? '',
      lastChanged: r.lastChanged,
      reviewed: (r.reviewed as string | undefined) ?? '',
      keywords: r.keywords as string[],
      description: r.description,
      citation: r.citation,
      licence: r.licence as string,
    });
    for (const row of rows) {
      const want = expected(recordOf(row.id!));
      expect(Object.keys(row), 'the columns').toEqual(Object.keys(want));
      for (const [column, value] of Object.entries(want)) {
        const cell = unformula(row[column]!);
        if (Array.isArray(value))
          expect(parallelItems(cell, value.length), `${row.id}: ${column}`).toEqual(value);
        else expect(cell, `${row.id}: ${column}`).toBe(value);
      }
    }
    const awkwardRow = rows.find((row) => row.id === 'open-data-randgevallen')!;
    expect(awkwardRow.goals!.startsWith("'=SOM(1;2)")).toBe(true);
    expect(awkwardRow.title).toBe(awkwardTitle);
  });

  it('voorbeelden.csv: one row per municipal example, with the NIS code and province, matching the JSON', () => {
    const rows = readCsv('voorbeelden.csv');
    const expected = exported.practices.flatMap((p) => p.examples.map((e) => ({ p, e })));
    expect(rows.length).toBe(expected.length);
    rows.forEach((row, index) => {
      const { p, e } = expected[index]!;
      expect(row).toMatchObject({
        practiceId: p.id,
        practiceTitle: p.title,
        practiceUrl: p.url,
        municipality: e.municipality,
        municipalitySlug: e.municipalitySlug,
        nis: e.nis,
        province: e.province,
        text: e.text,
        status: e.status,
        reviewed: e.reviewed ?? '',
        citation: p.citation,
        licence: p.licence,
      });
      expect(listItems(row.contacts!)).toEqual(e.contacts.map((c) => c.label));
      expect(parallelItems(unformula(row.contactPhones!), e.contacts.length)).toEqual(
        e.contacts.map((c) => c.phone ?? ''),
      );
      expect(parallelItems(row.contactEmails!, e.contacts.length)).toEqual(
        e.contacts.map((c) => c.email ?? ''),
      );
      expect(parallelItems(row.linkUrls!, e.links.length)).toEqual(e.links.map((l) => l.url ?? ''));
    });
    const halle = rows.find(
      (row) => row.practiceId === 'open-data-randgevallen' && row.municipality === 'Halle',
    )!;
    expect(halle).toMatchObject({ nis: '23027', province: 'Vlaams-Brabant' });
    expect(halle.contactPhones).toBe("'+32 2 211 55 00 | ");
  });
});

describe('the feeds', () => {
  it('/feed.xml: every sheet, newest first, titles as their authors wrote them (a feed parser reads it)', () => {
    const feed = parseFeed(readFileSync(path.join(dist, 'feed.xml'), 'utf8'));
    expect(feed.items.map((item) => item.url)).toEqual(
      [...exported.practices]
        .sort(
          (a, b) =>
            b.lastChanged.localeCompare(a.lastChanged) ||
            a.title.localeCompare(b.title, 'nl-BE', { sensitivity: 'base' }),
        )
        .map((p) => p.url),
    );
    expect(feed.items[0]!.title).toBe(awkwardTitle);
    expect(feed.items[0]!.updated?.toISOString()).toBe('2027-01-05T00:00:00.000Z');
    expect(feed.items[0]!.published?.toISOString()).toBe('2024-01-01T00:00:00.000Z');
    expect(feed.items[0]!.categories.map((c) => c.label)).toEqual([
      'Onthaal en integratie',
      'Integratie en inburgering',
    ]);
    expect(feed.self).toBe(`${home}feed.xml`);
  });

  it("one per category and per policy domain, with that term's sheets, linked from its page and its <head>", () => {
    for (const [segment, pick] of [
      ['categorieen', (p: Record_) => [p.categorySlug]],
      ['beleidsdomeinen', (p: Record_) => p.policyDomainSlugs],
    ] as const) {
      const slugs = readdirSync(path.join(dist, segment)).filter((name) =>
        existsSync(path.join(dist, segment, name, 'feed.xml')),
      );
      expect(slugs.length).toBeGreaterThan(3);
      for (const slug of slugs) {
        const feed = parseFeed(readFileSync(path.join(dist, segment, slug, 'feed.xml'), 'utf8'));
        expect(feed.items.map((item) => item.url).sort(), `${segment}/${slug}`).toEqual(
          exported.practices
            .filter((p) => pick(p).includes(slug))
            .map((p) => p.url)
            .sort(),
        );
        const page = readFileSync(path.join(dist, segment, slug, 'index.html'), 'utf8');
        const feedPath = `${base}/${segment}/${slug}/feed.xml`;
        expect(
          headOf(page).some(
            (el) =>
              el.tagName === 'link' &&
              el.properties.rel?.toString() === 'alternate' &&
              el.properties.type === 'application/atom+xml' &&
              el.properties.href === feedPath,
          ),
        ).toBe(true);
        expect(page).toContain(`<a href="${feedPath}">`);
      }
    }
  });
});

describe('search engines', () => {
  it('the sitemap lists exactly the public pages: no 404 page, no /admin/ or /redactie/, no draft, no files', async () => {
    const index = await parseSitemapIndex(
      Readable.from(readFileSync(path.join(dist, 'sitemap-index.xml'))),
    );
    const listed = (
      await Promise.all(
        index.map((sitemap) => parseSitemap(Readable.from(readFileSync(fileOf(sitemap.url))))),
      )
    )
      .flat()
      .map((item) => item.url);
    const pages: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(path.join(dist, dir), { withFileTypes: true })) {
        const relative = dir ? `${dir}/${entry.name}` : entry.name;
        if (entry.isDirectory()) walk(relative);
        else if (
          entry.name === 'index.html' &&
          !unlistedPages.some((page) => relative.startsWith(page))
        )
          pages.push(`${home}${relative.replace(/index\.html$/, '')}`);
      }
    };
    walk('');
    expect([...listed].sort()).toEqual(pages.sort());
    expect(listed).toContain(`${home}open-data/`);
    expect(existsSync(path.join(dist, 'redactie/index.html'))).toBe(true);
    expect(listed.some((url) => url.startsWith(`${home}redactie/`))).toBe(false);
    expect(listed.some((url) => url.includes('ontwerp-nog-niet-klaar'))).toBe(false);
  });

  it('robots.txt allows the pages, keeps crawlers out of /admin/ and names the sitemap', () => {
    const robots = robotsParser(
      `${home}robots.txt`,
      readFileSync(path.join(dist, 'robots.txt'), 'utf8'),
    );
    expect(robots.isAllowed(`${home}praktijken/buurtrestaurant/`)).toBe(true);
    expect(robots.isAllowed(`${home}admin/`)).toBe(false);
    expect(robots.getSitemaps()).toEqual([`${home}sitemap-index.xml`]);
  });

  it('every page has a canonical address under the base path; a sheet has Open Graph and Twitter card data with its image', () => {
    const record = recordOf('open-data-randgevallen');
    const html = read(record.url);
    expect(
      headOf(html).find((el) => el.properties.rel?.toString() === 'canonical')?.properties.href,
    ).toBe(record.url);
    expect(meta(html, 'og:url')).toBe(record.url);
    expect(meta(html, 'og:type')).toBe('article');
    expect(meta(html, 'og:title')).toBe(awkwardTitle);
    expect(meta(html, 'og:image')).toBe(record.image!.url);
    expect(meta(html, 'og:image:alt')).toBe(record.image!.alt);
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    expect(meta(read(recordOf('buurtrestaurant').url), 'twitter:card')).toBe('summary');
  });

  it('every sheet page states the licence and how to cite it', () => {
    for (const record of exported.practices) {
      const html = read(record.url);
      expect(html).toContain(
        `<a href="https://creativecommons.org/licenses/by/4.0/" rel="license noopener noreferrer">CC BY 4.0</a>`,
      );
      const text = fromHtml(html);
      let found = false;
      visit(text, 'element', (node: Element) => {
        if (node.tagName === 'p' && node.properties.className?.toString() === 'citation')
          found ||=
            node.children.map((c) => ('value' in c ? c.value : '')).join('') === record.citation;
      });
      expect(found, record.id).toBe(true);
    }
  });

  it("a sheet page's JSON-LD expands to a schema.org CreativeWork about its terms, with its municipalities as places, dates, publisher and licence", async () => {
    const record = recordOf('open-data-randgevallen');
    const [data] = jsonLdOf(read(record.url));
    const [work] = (await jsonld.expand(data as jsonld.JsonLdDocument, {
      documentLoader,
    })) as Record<string, unknown[]>[];
    const s = (term: string) => `http://schema.org/${term}`;
    const values = (node: Record<string, unknown[]> | undefined, term: string) =>
      (node?.[s(term)] ?? []) as Record<string, unknown[]>[];
    const value = (node: Record<string, unknown[]> | undefined, term: string) =>
      (values(node, term)[0] as { '@value'?: unknown } | undefined)?.['@value'];
    expect(work!['@type']).toEqual([s('CreativeWork')]);
    expect(work!['@id']).toBe(record.url);
    expect(value(work, 'name')).toBe(awkwardTitle);
    expect(values(work, 'about').map((term) => [term['@type'], value(term, 'name')])).toEqual([
      [[s('DefinedTerm')], 'Onthaal en integratie'],
      [[s('DefinedTerm')], 'Integratie en inburgering'],
    ]);
    expect(
      values(work, 'spatialCoverage').map((place) => [place['@type'], value(place, 'name')]),
    ).toEqual([
      [[s('AdministrativeArea')], 'Halle'],
      [[s('AdministrativeArea')], 'Gent'],
    ]);
    expect(value(work, 'datePublished')).toBe('2024-01-01');
    expect(value(work, 'dateModified')).toBe('2027-01-05');
    expect(values(work, 'publisher')[0]!['@type']).toEqual([s('Organization')]);
    expect(value(work, 'license')).toBe('https://creativecommons.org/licenses/by/4.0/');
    // Every sheet page has one, and its text can never close the <script> element.
    for (const other of exported.practices) expect(jsonLdOf(read(other.url))).toHaveLength(1);
    expect(read(record.url)).not.toContain('<b>"Samen"</b>');
  });

  it("the open data page's JSON-LD expands to a schema.org Dataset whose distributions are the files of the build", async () => {
    const [data] = jsonLdOf(read(`${home}open-data/`));
    const [dataset] = (await jsonld.expand(data as jsonld.JsonLdDocument, {
      documentLoader,
    })) as Record<string, Record<string, unknown[]>[]>[];
    expect(dataset!['@type']).toEqual(['http://schema.org/Dataset']);
    const downloads = dataset!['http://schema.org/distribution']!;
    expect(downloads.map((d) => d['@type'])).toEqual([
      ['http://schema.org/DataDownload'],
      ['http://schema.org/DataDownload'],
      ['http://schema.org/DataDownload'],
    ]);
    for (const download of downloads)
      expect(
        existsSync(
          fileOf((download['http://schema.org/contentUrl']![0] as { '@value': string })['@value']),
        ),
      ).toBe(true);
  });
});

describe('the DCAT-AP description (/catalogus.jsonld)', () => {
  const dcat = 'http://www.w3.org/ns/dcat#';
  const dct = 'http://purl.org/dc/terms/';
  const foaf = 'http://xmlns.com/foaf/0.1/';
  const vcard = 'http://www.w3.org/2006/vcard/ns#';
  const mdcat = 'https://data.vlaanderen.be/ns/metadata-dcat#';
  type Node = Record<string, unknown[]> & { '@id'?: string; '@type'?: string[] };

  /**
   * What DCAT-AP Vlaanderen makes mandatory (its handbook and SHACL shapes, on top of DCAT-AP):
   * per class, the properties that must be there; "text" ones with a language tag.
   */
  const mandatory: Record<string, { property: string; text?: boolean; value?: string }[]> = {
    [`${dcat}Catalog`]: [
      { property: `${dct}title`, text: true },
      { property: `${dct}description`, text: true },
      { property: `${dct}publisher` },
      {
        property: `${dct}license`,
        value: 'https://data.vlaanderen.be/id/licentie/creative-commons-zero-verklaring/v1.0',
      },
      { property: `${dcat}dataset` },
    ],
    [`${dcat}Dataset`]: [
      { property: `${dct}title`, text: true },
      { property: `${dct}description`, text: true },
      { property: `${dct}identifier` },
      { property: `${dct}publisher` },
      { property: `${dcat}contactPoint` },
      { property: `${dcat}distribution` },
      {
        property: `${dct}accessRights`,
        value: 'http://publications.europa.eu/resource/authority/access-right/PUBLIC',
      },
      { property: `${dcat}keyword`, text: true },
      {
        property: `${mdcat}statuut`,
        value: 'https://metadata.vlaanderen.be/id/GDI-Vlaanderen-Trefwoorden/VLOPENDATA',
      },
    ],
    [`${dcat}Distribution`]: [
      { property: `${dct}title`, text: true },
      { property: `${dct}identifier` },
      { property: `${dcat}accessURL` },
      { property: `${dct}license`, value: 'https://creativecommons.org/licenses/by/4.0/' },
    ],
    [`${foaf}Agent`]: [{ property: `${foaf}name`, text: true }],
    [`${vcard}Organization`]: [{ property: `${vcard}hasEmail` }],
  };

  it('expands without fetching anything and has every mandatory property of DCAT-AP Vlaanderen', async () => {
    const document = JSON.parse(
      readFileSync(path.join(dist, 'catalogus.jsonld'), 'utf8'),
    ) as jsonld.JsonLdDocument;
    const flat = (await jsonld.flatten(
      await jsonld.expand(document, { documentLoader }),
    )) as unknown as { '@graph'?: Node[] } | Node[];
    const nodes: Node[] = Array.isArray(flat) ? flat : (flat['@graph'] ?? []);
    const byId = new Map(nodes.map((node) => [node['@id'], node]));
    for (const [type, properties] of Object.entries(mandatory)) {
      const ofType = nodes.filter((node) => node['@type']?.includes(type));
      expect(ofType.length, type).toBeGreaterThan(0);
      for (const node of ofType)
        for (const { property, text, value } of properties) {
          const found = (node[property] ?? []) as {
            '@value'?: string;
            '@language'?: string;
            '@id'?: string;
          }[];
          expect(found.length, `${type} ${node['@id']}: ${property}`).toBeGreaterThan(0);
          if (text)
            for (const literal of found)
              expect(literal['@language'], `${type}: ${property} has a language`).toBe('nl');
          if (value) expect(found.map((v) => v['@id'] ?? v['@value'])).toContain(value);
        }
    }
    const dataset = nodes.find((node) => node['@type']?.includes(`${dcat}Dataset`))!;
    expect((dataset[`${dcat}keyword`] as { '@value': string }[]).map((k) => k['@value'])).toContain(
      'Vlaamse Open data',
    );
    const contact = byId.get((dataset[`${dcat}contactPoint`]![0] as { '@id': string })['@id'])!;
    expect((contact[`${vcard}hasEmail`]![0] as { '@id': string })['@id']).toMatch(/^mailto:.+@.+/);
    // Each distribution points to a file of this build, under the base path.
    const distributions = nodes.filter((node) => node['@type']?.includes(`${dcat}Distribution`));
    expect(distributions).toHaveLength(3);
    for (const distribution of distributions) {
      const download = (distribution[`${dcat}downloadURL`]![0] as { '@id': string })['@id'];
      expect(existsSync(fileOf(download)), download).toBe(true);
    }
  });
});

describe('the pages of this build', () => {
  it('link only to what exists and are valid HTML, the awkward sheet and the open data page included', async () => {
    expect(formatBrokenLinks(checkLinks(dist, { base, site: siteUrl }))).toBe('');
    expect(formatHtmlProblems(await validateHtml(dist))).toBe('');
  });
});

describe('"Download these results" on the search page', () => {
  async function download(query: string): Promise<Record<string, string>[]> {
    const page = await browser.newPage({ acceptDownloads: true });
    await page.goto(`${site.url}zoeken/${query}`);
    await page.waitForSelector('#search-app[data-state="ready"]', { timeout: 20_000 });
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download deze resultaten (CSV)' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('praktijken-zoekresultaten.csv');
    const bytes = readFileSync(await file.path());
    await expect
      .poll(() => page.locator('[data-download-status]').textContent())
      .toMatch(/gedownload als CSV/);
    await page.close();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv<Record<string, string>>(bytes, {
      bom: true,
      delimiter: ';',
      columns: true,
    });
    // The same columns, and for each sheet the same row, as /praktijken.csv.
    const all = new Map(readCsv('praktijken.csv').map((row) => [row.id, row]));
    for (const row of rows) expect(row).toEqual(all.get(row.id));
    return rows;
  }

  it('gives the sheets of the chosen facets, as rows of /praktijken.csv', async () => {
    const rows = await download('?categorie=onthaal-en-integratie&gemeente=halle');
    const expected = exported.practices
      .filter(
        (p) =>
          p.categorySlug === 'onthaal-en-integratie' &&
          p.examples.some((e) => e.municipalitySlug === 'halle'),
      )
      .map((p) => p.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(rows.map((row) => row.id).sort()).toEqual(expected.sort());
  });

  it('gives the sheets a query finds, also those not shown yet, in the order of the results', async () => {
    const all = await download('');
    expect(all).toHaveLength(exported.practices.length);
    // Without a query, the results are the most recently updated first.
    expect(all[0]!.id).toBe('open-data-randgevallen');
    const found = await download('?q=samen');
    expect(found.map((row) => row.id)).toContain('open-data-randgevallen');
  });
});
