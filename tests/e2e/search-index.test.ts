/**
 * The Pagefind index that `npm run build` writes for the fixture catalogue
 * (tests/fixtures/catalogue): what it contains, read back through Pagefind itself in
 * Chromium, and what the built HTML ships.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/catalogue-fs.ts';
import { slugify } from '../../src/lib/util/text.ts';
import { measureFirstQuery, measureIndexSize } from '../../scripts/lib/search-metrics.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { makeCatalogue } from '../helpers/catalogue.ts';
import { fixtures, repoRoot } from '../helpers/paths.ts';
import { buildEnv, buildSite, oneBuildAtATime, serve, type Served } from '../helpers/site.ts';

interface IndexedRecord {
  url: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

const fixtureDir = path.join(fixtures, 'catalogue/practices');
const content = makeCatalogue(
  Object.fromEntries(
    readdirSync(fixtureDir).map((name) => [name, readFileSync(path.join(fixtureDir, name))]),
  ),
);
const catalogue = loadCatalogue(content);
const published = catalogue.sheets.filter((sheet) => sheet.data?.status === 'published');

let dist: string;
let site: Served;
let browser: Browser;
let page: Page;

/**
 * Runs Pagefind in the page: the data of every result for a query (null: every record).
 * The code is a string: vitest would rewrite a dynamic import() in a function it compiles.
 */
function pagefindData<T>(term: string | null): Promise<T[]> {
  return page.evaluate<T[]>(`(async () => {
    const pagefind = await import(location.origin + '/pagefind/pagefind.js');
    const search = await pagefind.search(${JSON.stringify(term)}, {});
    return Promise.all(search.results.map((result) => result.data()));
  })()`);
}
const indexed = () => pagefindData<IndexedRecord>(null);
const find = async (query: string) =>
  (await pagefindData<IndexedRecord>(query)).map((record) => record.url);

beforeAll(async () => {
  expect(catalogue.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  dist = buildSite({ content });
  site = await serve(dist);
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.goto(site.url);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the search index built by npm run build', () => {
  it("is written into the build's output folder, without Pagefind's unused prebuilt UIs", () => {
    const bundle = path.join(dist, 'pagefind');
    for (const file of [
      'pagefind.js',
      'pagefind-worker.js',
      'pagefind-entry.json',
      'wasm.nl.pagefind',
    ])
      expect(existsSync(path.join(bundle, file))).toBe(true);
    for (const file of ['pagefind-ui.js', 'pagefind-component-ui.js', 'pagefind-modular-ui.js'])
      expect(existsSync(path.join(bundle, file))).toBe(false);
    const entry = JSON.parse(readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, unknown>;
    };
    expect(Object.keys(entry.languages)).toEqual(['nl']);
  });

  it('holds every published sheet and nothing else (no drafts, no other pages)', async () => {
    const urls = (await indexed()).map((record) => record.url).sort();
    expect(published.length).toBeGreaterThanOrEqual(8);
    expect(urls).toEqual(published.map((sheet) => `/praktijken/${sheet.slug}/`).sort());
    expect(urls).not.toContain('/praktijken/ontwerp-nog-niet-klaar/');
  });

  it("carries each sheet's category, policy domains, target groups, municipalities and provinces as filters", async () => {
    const records = new Map((await indexed()).map((record) => [record.url, record]));
    const { vocabularies } = catalogue;
    const slugs = (names: string[], lookup: { get(name: string): { slug: string } | undefined }) =>
      names.map((name) => lookup.get(name)!.slug).sort();
    for (const sheet of published) {
      const data = sheet.data!;
      const filters = records.get(`/praktijken/${sheet.slug}/`)?.filters ?? {};
      const sorted = (key: string) => [...(filters[key] ?? [])].sort();
      const municipalities = data.examples.map((example) => example.municipality);
      expect(sorted('categorie'), sheet.slug).toEqual(
        slugs([data.category], vocabularies.categories),
      );
      expect(sorted('beleidsdomein'), sheet.slug).toEqual(
        slugs(data.policyDomains, vocabularies.policyDomains),
      );
      expect(sorted('doelgroep'), sheet.slug).toEqual(
        slugs(data.targetGroups, vocabularies.targetGroups),
      );
      expect(sorted('gemeente'), sheet.slug).toEqual(
        slugs(municipalities, vocabularies.municipalities),
      );
      const provinces = [
        ...new Set(
          municipalities.map((name) => slugify(vocabularies.municipalities.get(name)!.province)),
        ),
      ].sort();
      expect(sorted('provincie'), sheet.slug).toEqual(provinces);
      // The scales: one level or none (a sheet that does not say is in no level, never guessed).
      const level = (
        name: string | undefined,
        lookup: { get(name: string): { slug: string } | undefined },
      ) => (name ? [lookup.get(name)!.slug] : []);
      expect(sorted('fase'), sheet.slug).toEqual(level(data.stage, vocabularies.stages));
      expect(sorted('onderbouwing'), sheet.slug).toEqual(
        level(data.evidence?.level, vocabularies.evidenceLevels),
      );
      expect(sorted('kosten'), sheet.slug).toEqual(level(data.cost, vocabularies.costBands));
      expect(sorted('inzet'), sheet.slug).toEqual(level(data.effort, vocabularies.effortBands));
    }
    expect(records.get('/praktijken/taalcafe-in-de-bibliotheek/')?.filters).toMatchObject({
      fase: ['opgeschaald'],
      onderbouwing: ['extern-geevalueerd'],
      kosten: ['minder-dan-5000'],
      inzet: ['minder-dan-0-1-vte'],
    });
    expect(
      records.get('/praktijken/diversiteitsplan-voor-het-personeel/')?.filters.fase,
    ).toBeUndefined();
    expect(
      records.get('/praktijken/kansenpas-en-vrijetijdscheque/')?.filters.provincie?.sort(),
    ).toEqual(['oost-vlaanderen', 'vlaams-brabant', 'west-vlaanderen']);
  });

  it('carries the title, summary, category, municipalities and last update as metadata', async () => {
    const records = new Map((await indexed()).map((record) => [record.url, record]));
    for (const sheet of published) {
      const data = sheet.data!;
      const meta = records.get(`/praktijken/${sheet.slug}/`)?.meta;
      expect(meta?.title, sheet.slug).toBe(data.title);
      expect(meta?.summary, sheet.slug).toBe(data.summary);
      expect(meta?.category, sheet.slug).toBe(data.category);
      expect(meta?.updated, sheet.slug).toBe(data.updated ?? data.published);
      if (data.examples.length)
        expect(meta?.municipalities, sheet.slug).toBe(
          data.examples.map((e) => e.municipality).join(', '),
        );
      // What a result card shows at a glance, only where the sheet says it.
      expect(meta?.stage, sheet.slug).toBe(data.stage);
      expect(meta?.evidence, sheet.slug).toBe(data.evidence?.level);
      expect(meta?.cost, sheet.slug).toBe(data.cost);
    }
  });

  it('indexes the sheet text, keywords included, but not what the page shows around it', async () => {
    expect(await find('kansentarief')).toEqual(['/praktijken/kansenpas-en-vrijetijdscheque/']);
    expect(await find('babbelbabbel')).toEqual(['/praktijken/taalcafe-in-de-bibliotheek/']);
    // "Verwante praktijken" (below the sheet) and "Mail de redactie" (its edit box).
    expect(await find('verwante')).toEqual([]);
    expect(await find('redactie')).toEqual([]);
  });

  it('ignores accents and finds Dutch inflections', async () => {
    expect(await find('taalcafe')).toEqual(['/praktijken/taalcafe-in-de-bibliotheek/']);
    expect(await find('financiele')).toContain('/praktijken/kansenpas-en-vrijetijdscheque/');
    expect(await find('nieuwkomer')).toContain('/praktijken/kansenpas-en-vrijetijdscheque/');
    expect(await find('huurders')).toEqual(await find('huurder'));
  });
});

describe('the built pages', () => {
  const html = (file: string) => readFileSync(path.join(dist, file), 'utf8');

  it('ship JavaScript, as external files, only where a control needs it: search, compare, and the "Vergelijk" list', () => {
    // Structured data (<script type="application/ld+json">) is data the browser never runs.
    const scripts = (text: string) =>
      [...text.matchAll(/<script\b[^>]*>/g)]
        .map((match) => match[0])
        .filter((tag) => !tag.includes('type="application/ld+json"'));
    for (const file of ['zoeken/index.html', 'vergelijk/index.html']) {
      const tags = scripts(html(file));
      expect(tags.length, file).toBeGreaterThan(0);
      for (const tag of tags) expect(tag, file).toMatch(/\bsrc="\/_astro\/[^"]+\.js"/);
      expect(html(file)).not.toMatch(/\son[a-z]+=/);
    }
    // Pages with sheets to tick: the one small script of the comparison list, nothing else.
    const pagesWithCards = [
      'index.html',
      'praktijken/index.html',
      'praktijken/kansenpas-en-vrijetijdscheque/index.html',
      'gemeenten/halle/index.html',
      'fasen/pilot/index.html',
    ];
    const shortlist = scripts(html(pagesWithCards[0]!));
    expect(shortlist).toEqual([
      expect.stringMatching(/^<script type="module" src="\/_astro\/ShortlistScript[^"]+\.js">$/),
    ]);
    for (const file of pagesWithCards) expect(scripts(html(file)), file).toEqual(shortlist);
    for (const file of ['categorieen/index.html', 'fasen/index.html', 'over/index.html'])
      expect(scripts(html(file)), file).toEqual([]);
  });
});

describe('the search measurements for the benchmark', () => {
  it('report the bundle size by kind', () => {
    const size = measureIndexSize(dist);
    expect(size.pages).toBe(published.length);
    expect(size.byKind.wasm.files).toBeGreaterThanOrEqual(1);
    expect(size.byKind.index.bytes).toBeGreaterThan(0);
    expect(size.indexBytes).toBe(
      size.byKind.index.bytes +
        size.byKind.fragment.bytes +
        size.byKind.filter.bytes +
        size.byKind.meta.bytes,
    );
    expect(Object.values(size.byKind).reduce((sum, kind) => sum + kind.bytes, 0)).toBe(size.bytes);
  });

  it('report what a first query downloads, worker requests included', async () => {
    const first = await measureFirstQuery(browser, site.url, 'kansentarief');
    expect(first.results).toBe(1);
    const kinds = new Set(first.downloads.map((download) => download.kind));
    for (const kind of ['page', 'code', 'wasm', 'meta', 'index', 'filter', 'fragment'])
      expect(kinds).toContain(kind);
    expect(first.downloads.some((download) => download.url === 'pagefind/pagefind-worker.js')).toBe(
      true,
    );
    expect(first.searchBytes).toBeLessThan(first.bytes);
    expect(first.searchGzipBytes).toBeLessThanOrEqual(first.searchBytes);
  });
});

describe('when the index is built', () => {
  const build = (command: string[]) => {
    const outDir = path.join(mkdtempSync(path.join(tmpdir(), 'praktijkbank-when-')), 'dist');
    const run = oneBuildAtATime(() =>
      spawnSync(command[0]!, [...command.slice(1), '--outDir', outDir], {
        cwd: repoRoot,
        env: buildEnv({ PRAKTIJKBANK_CONTENT: content }),
        encoding: 'utf8',
      }),
    );
    expect(run.status, run.stderr).toBe(0);
    return { log: run.stdout, entry: path.join(outDir, 'pagefind/pagefind-entry.json') };
  };

  it('npm run build: after Astro has finished, in a process of its own', () => {
    const { log, entry } = build(['npm', 'run', '-s', 'build', '--']);
    expect(existsSync(entry)).toBe(true);
    const complete = log.lastIndexOf('Complete!');
    expect(log.indexOf('the search index is built once Astro has finished')).toBeGreaterThan(-1);
    expect(log.indexOf(`indexed ${published.length} sheet(s)`)).toBeGreaterThan(complete);
    expect(complete).toBeGreaterThan(-1);
  });

  it("a plain astro build: inside Astro's process, before it reports completion", () => {
    const { log, entry } = build(['npx', 'astro', 'build']);
    expect(existsSync(entry)).toBe(true);
    expect(log.indexOf(`indexed ${published.length} sheet(s)`)).toBeGreaterThan(-1);
    expect(log.indexOf(`indexed ${published.length} sheet(s)`)).toBeLessThan(
      log.lastIndexOf('Complete!'),
    );
  });
});
