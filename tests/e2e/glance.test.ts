/**
 * "Decide at a glance" in a real browser, on the fixture catalogue (tests/fixtures/catalogue)
 * built once under a sub-path: the panel on every sheet, the scales' explanation pages,
 * the new search facets and their counts, marking sheets and comparing three of them (by
 * keyboard, from a shared address, without JavaScript, on paper), the phone header, and the
 * sheet page's weight.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadVocabularyContext } from '../../src/lib/catalogue/catalogue-fs.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { makeCatalogue } from '../helpers/catalogue.ts';
import { fixtures } from '../helpers/paths.ts';
import { invisibleFocus, tabTo, walkWithKeyboard } from '../helpers/quality.ts';
import { buildSite, serve, type Served } from '../helpers/site.ts';

const base = '/praktijkbank';
const fixtureDir = path.join(fixtures, 'catalogue/practices');
const taalcafe = 'Taalcafé: Nederlands oefenen in de bibliotheek';
const wooncoach = 'Wooncoach voor huurders met een laag inkomen';
const huiswerk = 'Huiswerkbegeleiding in de brede school';
const buddy = 'Buddyproject voor nieuwkomers';

let content: string;
let dist: string;
let site: Served;
let browser: Browser;

beforeAll(async () => {
  content = makeCatalogue(
    Object.fromEntries(
      readdirSync(fixtureDir).map((name) => [name, readFileSync(path.join(fixtureDir, name))]),
    ),
  );
  dist = buildSite({ content, base });
  site = await serve(dist, base);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** A page in a fresh context (its own localStorage), failing the test on a script error. */
async function open(
  address: string,
  options: { width?: number; context?: BrowserContext } = {},
): Promise<Page> {
  const context =
    options.context ??
    (await browser.newContext({ viewport: { width: options.width ?? 1280, height: 800 } }));
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(`${site.url}${address}`);
  return page;
}
const close = (page: Page) => page.context().close();

/** The panel's items as [label, text] pairs, in order. */
const panel = (page: Page) =>
  page
    .locator('.glance__item')
    .evaluateAll((items) =>
      items.map((item) => [
        item.querySelector('dt')!.textContent.trim(),
        item.querySelector('dd')!.innerText.replace(/\s+/g, ' ').trim(),
      ]),
    );

describe('"In één oogopslag" on the sheet page', () => {
  it('shows stage, evidence (with year and report), cost, effort, start year and municipalities, each linked to its explanation', async () => {
    const page = await open('praktijken/taalcafe-in-de-bibliotheek/');
    const section = page.getByRole('region', { name: 'In één oogopslag' });
    expect(await section.isVisible()).toBe(true);
    expect(await panel(page)).toEqual([
      ['Fase', 'Opgeschaald'],
      ['Onderbouwing', 'Extern geëvalueerd in 2024 Evaluatierapport'],
      ['Kosten per jaar', 'Minder dan € 5.000 per jaar'],
      ['Personeelsinzet', 'Minder dan 0,1 VTE'],
      ['Loopt sinds', '2016'],
      ['Gemeenten', '2 gemeenten'],
    ]);
    expect(await section.getByRole('link', { name: 'Evaluatierapport' }).getAttribute('href')).toBe(
      'https://www.odisee.be/onderzoek/taalcafes-evaluatie.pdf',
    );
    // The panel comes before the sheet's sections.
    const headings = await page.locator('main h2').allTextContents();
    expect(headings.indexOf('In één oogopslag')).toBeLessThan(headings.indexOf('Doelen'));
    // A value leads to the page that explains it, with the sheets at that level.
    await section.getByRole('link', { name: 'Opgeschaald' }).click();
    await page.waitForURL(`${site.url}fasen/opgeschaald/`);
    expect(await page.locator('h1').textContent()).toBe('Fase: Opgeschaald');
    expect(await page.locator('.lead').textContent()).toContain('uitgebreid naar meer wijken');
    expect(await page.locator('.card h2').allTextContents()).toEqual([taalcafe]);
    // The municipality count leads to the examples on the sheet itself.
    await page.goBack();
    await section.getByRole('link', { name: '2 gemeenten' }).click();
    expect(new URL(page.url()).hash).toBe('#voorbeelden');
    expect(await page.locator('#voorbeelden').textContent()).toBe(
      'Deze praktijk in Mechelen, Genk',
    );
    await close(page);
  });

  it('reads the same on every sheet: the same items in the same order, "Onbekend" where the sheet says nothing', async () => {
    const page = await open('praktijken/diversiteitsplan-voor-het-personeel/');
    const items = await panel(page);
    expect(items).toEqual([
      ['Fase', 'Onbekend'],
      ['Onderbouwing', 'Onbekend'],
      ['Kosten per jaar', 'Onbekend'],
      ['Personeelsinzet', 'Onbekend'],
      ['Loopt sinds', 'Onbekend'],
      ['Gemeenten', expect.stringMatching(/^\d+ gemeenten?$/)],
    ]);
    // An unknown value still leads to the explanation of its scale.
    const section = page.getByRole('region', { name: 'In één oogopslag' });
    const unknownLinks = await section
      .getByRole('link', { name: 'Onbekend' })
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(unknownLinks).toEqual([
      `${base}/fasen/`,
      `${base}/onderbouwing/`,
      `${base}/kosten/`,
      `${base}/inzet/`,
    ]);
    await page.goto(`${site.url}praktijken/wooncoach-voor-huurders/`);
    expect((await panel(page)).map(([label]) => label)).toEqual(items.map(([label]) => label));
    await close(page);
  });

  it('lists links to the same practice in other databanks', async () => {
    const page = await open('praktijken/buddyproject-voor-nieuwkomers/');
    const box = page.locator('.aside-box', {
      has: page.getByRole('heading', { name: 'In andere databanken' }),
    });
    expect(
      await box
        .getByRole('link')
        .evaluateAll((links) =>
          links.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('rel')]),
        ),
    ).toEqual([
      [
        'Movisie: Maatjesprojecten voor nieuwkomers',
        'https://www.movisie.nl/interventie/maatjesprojecten',
        'noopener noreferrer',
      ],
    ]);
    await close(page);
  });

  it('shows stage, evidence and cost on the cards of a list', async () => {
    const page = await open('praktijken/');
    const card = page.locator('.card', { has: page.getByRole('link', { name: wooncoach }) });
    expect(await card.locator('.glance-line dt').allTextContents()).toEqual([
      'Fase',
      'Onderbouwing',
      'Kosten per jaar',
    ]);
    expect(await card.locator('.glance-line dd').allTextContents()).toEqual([
      'Pilot',
      'Niet geëvalueerd',
      '€ 25.000 tot € 100.000 per jaar',
    ]);
    const unknown = page.locator('.card', {
      has: page.getByRole('link', { name: 'Diversiteitsplan voor het eigen personeel' }),
    });
    expect(await unknown.locator('.glance-line dd').allTextContents()).toEqual([
      'Onbekend',
      'Onbekend',
      'Onbekend',
    ]);
    await close(page);
  });
});

describe('the explanation pages of the scales', () => {
  it("list the levels in the file's order with their explanation and how many sheets are at each, and how many say nothing", async () => {
    const { data } = loadVocabularyContext(content);
    const page = await open('fasen/');
    expect(await page.locator('h1').textContent()).toBe('Fasen');
    expect(await page.locator('.scale__name a').allTextContents()).toEqual(
      data.stages.map((level) => level.name),
    );
    expect(await page.locator('.scale__description').allTextContents()).toEqual(
      data.stages.map((level) => level.description),
    );
    // Idee: only the draft sheet, which does not count.
    expect(await page.locator('.scale__count').allTextContents()).toEqual([
      '0 praktijken',
      '3 praktijken',
      '3 praktijken',
      '1 praktijk',
      '1 praktijk',
    ]);
    expect(await page.locator('main').innerText()).toContain(
      '2 praktijken geven geen fase op (onbekend).',
    );
    // Every level has its page, also one no sheet has yet.
    await page.getByRole('link', { name: 'Idee' }).click();
    await page.waitForURL(`${site.url}fasen/idee/`);
    expect(await page.locator('main').innerText()).toContain('Er zijn hier nog geen praktijken.');
    expect(await page.locator('.scale__level--current a').getAttribute('aria-current')).toBe(
      'page',
    );
    for (const [index, name] of ['Onderbouwing', 'Kosten per jaar', 'Personeelsinzet'].entries()) {
      await page.goto(`${site.url}${['onderbouwing', 'kosten', 'inzet'][index]}/`);
      expect(await page.locator('h1').textContent()).toBe(name);
      expect(await page.locator('.scale__level').count()).toBe(4);
    }
    await close(page);
  });
});

describe('the search page', () => {
  const settled = (page: Page) =>
    page.waitForFunction(
      () => {
        const root = document.getElementById('search-app');
        return (
          root?.dataset.state === 'ready' &&
          root.querySelector<HTMLElement>('.facets')?.dataset.counts === 'current'
        );
      },
      undefined,
      { timeout: 20_000 },
    );
  const countOf = async (page: Page, facet: string, slug: string) =>
    Number(
      (await page.locator(`label[for="f-${facet}-${slug}"] [data-count]`).textContent())?.match(
        /\d+/,
      )?.[0],
    );
  const titles = (page: Page) => page.locator('[data-results] h3').allTextContents();

  it("offers stage, evidence, cost and effort as facets, in the scale's order, with the number of sheets at each level", async () => {
    const page = await open('zoeken/');
    await settled(page);
    const labels = await page
      .locator('details[data-facet] summary > span:first-child')
      .allTextContents();
    expect(labels.slice(labels.indexOf('Fase'), labels.indexOf('Fase') + 4)).toEqual([
      'Fase',
      'Onderbouwing',
      'Kosten per jaar',
      'Personeelsinzet',
    ]);
    expect(await page.locator('details[data-facet="fase"] .facet__name').allTextContents()).toEqual(
      ['Pilot', 'Lopend', 'Opgeschaald', 'Gestopt'],
    );
    const counts = {
      fase: { pilot: 3, lopend: 3, opgeschaald: 1, gestopt: 1 },
      onderbouwing: {
        'niet-geevalueerd': 1,
        'intern-geevalueerd': 3,
        'extern-geevalueerd': 1,
        'effect-onderzocht': 1,
      },
      kosten: { 'minder-dan-5000': 2, '5000-tot-25000': 2, '25000-tot-100000': 2 },
      inzet: {
        'minder-dan-0-1-vte': 2,
        '0-1-tot-0-5-vte': 1,
        '0-5-tot-1-vte': 2,
        'meer-dan-1-vte': 1,
      },
    };
    for (const [facet, values] of Object.entries(counts))
      for (const [slug, count] of Object.entries(values))
        expect(await countOf(page, facet, slug), `${facet}=${slug}`).toBe(count);
    // Levels no published sheet has are not offered (the draft's "Idee", a cost band nobody uses).
    expect(await page.locator('#f-fase-idee').count()).toBe(0);
    expect(await page.locator('#f-kosten-meer-dan-100000').count()).toBe(0);
    await close(page);
  });

  it('narrows by a level, keeps it in the address, and counts the other scales within it', async () => {
    const page = await open('zoeken/');
    await settled(page);
    await page.locator('details[data-facet="kosten"] summary').click();
    await page.locator('#f-kosten-minder-dan-5000').check();
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('kosten') === 'minder-dan-5000',
    );
    await settled(page);
    expect((await titles(page)).sort()).toEqual([buddy, taalcafe]);
    await page.locator('details[data-facet="fase"] summary').click();
    await settled(page);
    expect(await countOf(page, 'fase', 'lopend')).toBe(1);
    expect(await countOf(page, 'fase', 'opgeschaald')).toBe(1);

    // The same selection from a shared address, two scales at once.
    await page.goto(`${site.url}zoeken/?fase=pilot&kosten=25000-tot-100000`);
    await settled(page);
    expect((await titles(page)).sort()).toEqual(['Burgerbudget voor buurtprojecten', wooncoach]);
    expect(await page.locator('#f-fase-pilot').isChecked()).toBe(true);
    await close(page);
  });

  it('shows stage, evidence and cost on every result, "Onbekend" where the sheet says nothing', async () => {
    const page = await open('zoeken/?fase=pilot');
    await settled(page);
    const line = (title: string) =>
      page
        .locator('[data-results] li', { has: page.getByRole('link', { name: title }) })
        .locator('.glance-line dd');
    expect(await line(wooncoach).allTextContents()).toEqual([
      'Pilot',
      'Niet geëvalueerd',
      '€ 25.000 tot € 100.000 per jaar',
    ]);
    expect(await line('Sportaanbod op maat voor kwetsbare jongeren').allTextContents()).toEqual([
      'Pilot',
      'Onbekend',
      'Onbekend',
    ]);
    await close(page);
  });
});

describe('marking sheets and comparing them', () => {
  /** Tabs to a "Vergelijk" box and ticks it with the space bar; waits for what it says. */
  async function markWithKeyboard(page: Page, selector: string) {
    await tabTo(page, selector, 200);
    await page.keyboard.press('Space');
    await page.waitForSelector('[data-mark-note]');
  }

  it('marks three sheets with the keyboard alone, from a sheet, a list and the search results, and compares them', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const requested: string[] = [];
    context.on('request', (request) => requested.push(request.url()));
    const page = await open('praktijken/taalcafe-in-de-bibliotheek/', { context });
    // Until a box is ticked, only the small script runs; the code that changes the list comes on use.
    expect(requested.some((url) => /\/toggle\.[\w-]+\.js$/.test(url))).toBe(false);
    expect(await page.locator('a[data-shortlist-link]').isVisible()).toBe(false);
    await markWithKeyboard(page, '#vergelijk-deze');
    expect(requested.some((url) => /\/toggle\.[\w-]+\.js$/.test(url))).toBe(true);
    expect(await page.locator('#vergelijk-deze').isChecked()).toBe(true);
    expect(await page.locator('[data-shortlist-status]').textContent()).toBe(
      'Op je vergelijkingslijst: 1 van 4.',
    );
    expect(await page.locator('a[data-shortlist-link]').textContent()).toBe('Vergelijk (1)');

    // From a card in a list.
    await page.goto(`${site.url}praktijken/`);
    expect(await page.locator('#vergelijk-taalcafe-in-de-bibliotheek').isChecked()).toBe(true);
    await markWithKeyboard(page, '#vergelijk-wooncoach-voor-huurders');
    // From a search result.
    await page.goto(`${site.url}zoeken/?q=huiswerk`);
    await page.waitForSelector('#search-app[data-state="ready"]');
    await markWithKeyboard(page, '#vergelijk-huiswerkbegeleiding-brede-school');
    expect(await page.locator('[data-mark-note]').innerText()).toBe(
      'Op je vergelijkingslijst: 3 van 4. Vergelijk nu',
    );

    // The header link leads to the comparison; Enter follows it.
    await tabTo(page, 'a[data-shortlist-link]');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Vergelijk (3)');
    await Promise.all([page.waitForURL(/\/vergelijk\/\?/), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).searchParams.getAll('p')).toEqual([
      'taalcafe-in-de-bibliotheek',
      'wooncoach-voor-huurders',
      'huiswerkbegeleiding-brede-school',
    ]);
    await page.waitForSelector('#compare-app[data-state="ready"]');

    // A table a screen reader can read: a caption, a column header per sheet, a row header per item.
    const table = page.getByRole('table', { name: 'Vergelijking van 3 praktijken' });
    expect(await table.locator('thead th[scope="col"] a').allTextContents()).toEqual([
      taalcafe,
      wooncoach,
      huiswerk,
    ]);
    expect(await table.locator('tbody th[scope="row"]').allTextContents()).toEqual([
      'Categorie',
      'Intro',
      'Fase',
      'Onderbouwing',
      'Kosten per jaar',
      'Personeelsinzet',
      'Loopt sinds',
      'Gemeenten',
      'Doelen',
      'Doelgroep',
      'Succesfactoren',
      'Uitdagingen',
      'Gemeenten',
    ]);
    const row = (name: string) =>
      table
        .locator('tbody tr', { has: page.locator(`th:text-is("${name}")`) })
        .first()
        .locator('td');
    expect(await row('Fase').allInnerTexts()).toEqual(['Opgeschaald', 'Pilot', 'Lopend']);
    expect(await row('Onderbouwing').allInnerTexts()).toEqual([
      'Extern geëvalueerd in 2024\nEvaluatierapport',
      'Niet geëvalueerd',
      'Effect onderzocht in 2023\nEvaluatierapport',
    ]);
    expect(await row('Loopt sinds').allInnerTexts()).toEqual(['2016', '2024', '2012']);
    expect(await row('Uitdagingen').first().innerText()).toBe('Geen');
    expect(await row('Doelgroep').nth(1).getByRole('link').allTextContents()).toEqual([
      'Mensen met een beperkt budget',
    ]);
    // Each cell is announced with its row and column: the headers are where a screen reader looks for them.
    const cell = row('Kosten per jaar').nth(1);
    expect(
      await cell.evaluate((td) => {
        const tr = td.parentElement as HTMLTableRowElement;
        const table = tr.closest('table')!;
        return [
          tr.cells[0]!.textContent,
          table.tHead!.rows[0]!.cells[(td as HTMLTableCellElement).cellIndex]!.querySelector('a')!
            .textContent,
        ];
      }),
    ).toEqual(['Kosten per jaar', wooncoach]);

    // Remove the middle one with the keyboard: the address follows, the focus lands on the next sheet.
    await tabTo(page, 'button[data-remove="wooncoach-voor-huurders"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => document.querySelectorAll('thead th[scope="col"]').length === 2,
    );
    expect(new URL(page.url()).searchParams.getAll('p')).toEqual([
      'taalcafe-in-de-bibliotheek',
      'huiswerkbegeleiding-brede-school',
    ]);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(huiswerk);
    expect(await page.locator('[data-status]').textContent()).toBe('2 praktijken naast elkaar.');
    expect(await page.locator('a[data-shortlist-link]').textContent()).toBe('Vergelijk (2)');
    // Back brings it back.
    await page.goBack();
    await page.waitForFunction(
      () => document.querySelectorAll('thead th[scope="col"]').length === 3,
    );
    await context.close();
  });

  it('on a phone, scrolls the table sideways and keeps every focused control in view, not under the row headers', async () => {
    const page = await open(
      'vergelijk/?p=taalcafe-in-de-bibliotheek&p=wooncoach-voor-huurders&p=huiswerkbegeleiding-brede-school',
      { width: 360 },
    );
    await page.waitForSelector('#compare-app[data-state="ready"]');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    const walk = await walkWithKeyboard(page);
    expect(
      walk.stops.filter((stop) => stop.name.startsWith('a') && stop.inMain).length,
    ).toBeGreaterThan(10);
    expect(invisibleFocus(walk)).toEqual([]);
    expect(walk.unreached).toEqual([]);
    await close(page);
  });

  it('keeps at most four sheets and says so where the reader ticked', async () => {
    const page = await open('praktijken/');
    const boxes = page.locator('input[data-mark-slug]');
    for (let i = 0; i < 4; i++) {
      await boxes.nth(i).check();
      await page.waitForFunction(
        (n) => document.querySelector('[data-mark-note]')?.textContent?.includes(`${n} van 4`),
        i + 1,
      );
    }
    await boxes.nth(4).click();
    await page.waitForFunction(() =>
      document
        .querySelector('[data-mark-note]')
        ?.textContent?.startsWith('Je vergelijkingslijst is vol'),
    );
    expect(await boxes.nth(4).isChecked()).toBe(false);
    expect(await page.locator('a[data-shortlist-link]').textContent()).toBe('Vergelijk (4)');
    // Unticking frees a place.
    await boxes.nth(0).uncheck();
    await page.waitForFunction(() =>
      document.querySelector('[data-mark-note]')?.textContent?.includes('nog 3'),
    );
    await close(page);
  });

  it('shows a shared comparison from its address alone, in a browser that never marked anything', async () => {
    const page = await open(
      'vergelijk/?p=buurtrestaurant&p=bestaat-niet&p=jobcoaching-anderstalige-werkzoekenden&p=burgerbudget-voor-buurtprojecten',
    );
    await page.waitForSelector('#compare-app[data-state="ready"]');
    expect(await page.locator('thead th[scope="col"] a').allTextContents()).toEqual([
      'Buurtrestaurant als ontmoetingsplek',
      'Jobcoaching voor anderstalige werkzoekenden',
      'Burgerbudget voor buurtprojecten',
    ]);
    expect(await page.locator('[data-notice]').textContent()).toContain(
      'bestaan niet (meer) en worden niet getoond: bestaat-niet',
    );
    // The reader may keep it as their own list.
    expect(await page.locator('a[data-shortlist-link]').isVisible()).toBe(false);
    await page
      .getByRole('button', { name: 'Bewaar deze praktijken op mijn vergelijkingslijst' })
      .click();
    expect(await page.locator('a[data-shortlist-link]').textContent()).toBe('Vergelijk (3)');
    expect(await page.evaluate(() => localStorage.getItem('praktijkbank:vergelijk'))).toBe(
      JSON.stringify([
        'buurtrestaurant',
        'jobcoaching-anderstalige-werkzoekenden',
        'burgerbudget-voor-buurtprojecten',
      ]),
    );
    // The address of /vergelijk/ without sheets is the reader's list.
    await page.goto(`${site.url}vergelijk/`);
    await page.waitForSelector('#compare-app[data-state="ready"]');
    expect(new URL(page.url()).searchParams.getAll('p')).toHaveLength(3);
    await close(page);
  });

  it('says what to do when there is nothing to compare yet', async () => {
    const page = await open('vergelijk/');
    await page.waitForSelector('#compare-app[data-state="ready"]');
    expect(await page.locator('[data-status]').textContent()).toBe(
      'Je hebt nog geen praktijken gekozen om te vergelijken.',
    );
    expect(
      await page
        .locator('[data-empty]')
        .getByRole('link', { name: 'Bekijk alle praktijken' })
        .getAttribute('href'),
    ).toBe(`${base}/praktijken/`);
    expect(await page.locator('table').isVisible()).toBe(false);
    await close(page);
  });

  it('without JavaScript: no marking controls, and the compare page explains itself and where to go', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}praktijken/taalcafe-in-de-bibliotheek/`);
    expect(await page.locator('input[data-mark-slug]:visible').count()).toBe(0);
    expect(await page.getByRole('region', { name: 'In één oogopslag' }).isVisible()).toBe(true);
    await page.goto(`${site.url}vergelijk/?p=taalcafe-in-de-bibliotheek&p=wooncoach-voor-huurders`);
    expect(await page.locator('[data-compare-ui]').isVisible()).toBe(false);
    const fallback = page.locator('.compare__fallback');
    expect(await fallback.innerText()).toContain(
      'Deze vergelijking wordt in je browser opgebouwd met JavaScript',
    );
    expect(await fallback.getByRole('link', { name: 'Alle praktijken' }).getAttribute('href')).toBe(
      `${base}/praktijken/`,
    );
    await context.close();
  });

  it('prints on A4, across, with every column on the page and without the buttons', async () => {
    const page = await open(
      'vergelijk/?p=taalcafe-in-de-bibliotheek&p=wooncoach-voor-huurders&p=huiswerkbegeleiding-brede-school&p=buddyproject-voor-nieuwkomers',
    );
    await page.waitForSelector('#compare-app[data-state="ready"]');
    await page.emulateMedia({ media: 'print' });
    // A4 across, less the 12 mm margins, at 96 px per inch.
    await page.setViewportSize({ width: Math.floor(((297 - 24) / 25.4) * 96), height: 700 });
    const fits = await page.evaluate(() => {
      const table = document.querySelector('table')!;
      return {
        table: table.getBoundingClientRect().right,
        page: document.documentElement.clientWidth,
        scroll: document.documentElement.scrollWidth,
      };
    });
    expect(fits.table).toBeLessThanOrEqual(fits.page);
    expect(fits.scroll).toBeLessThanOrEqual(fits.page);
    expect(await page.locator('button[data-remove]').first().isVisible()).toBe(false);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    // Chromium's own PDF: pages of 297 × 210 mm (842 × 595 points).
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [
      Math.round(Number(m[1])),
      Math.round(Number(m[2])),
    ]);
    expect(boxes.length).toBeGreaterThan(0);
    for (const box of boxes) expect(box).toEqual([842, 595]);
    await close(page);
  });
});

describe('the header on a phone', () => {
  it('takes less than a fifth of the first screen, names the current section, and opens its menu with the keyboard', async () => {
    const page = await open('praktijken/', { width: 360 });
    const header = await page.locator('.site-header').boundingBox();
    expect(header!.height).toBeLessThan(800 / 5);
    const toggle = page.locator('.site-nav__toggle summary');
    // Seen: "Menu | Alle praktijken"; heard: "Menu, je bent bij: Alle praktijken".
    expect(await toggle.textContent()).toBe('Menu, je bent bij: Alle praktijken');
    expect(await toggle.locator('.site-nav__current').isVisible()).toBe(true);
    expect(await page.locator('.site-nav a[href$="/over/"]').isVisible()).toBe(false);
    await tabTo(page, '.site-nav__toggle summary');
    await page.keyboard.press('Enter');
    await tabTo(page, '.site-nav a[href$="/over/"]');
    await Promise.all([page.waitForURL(`${site.url}over/`), page.keyboard.press('Enter')]);
    // On a wide screen the menu is simply there.
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await page.locator('.site-nav a[href$="/over/"]').isVisible()).toBe(true);
    expect(await page.locator('.site-nav__toggle').isVisible()).toBe(false);
    await close(page);
  });
});

describe("the sheet page's weight", () => {
  it('stays under 30 KB compressed with its stylesheet and the script it runs at once', async () => {
    const context = await browser.newContext();
    const files = new Map<string, Buffer>();
    // Images (the favicon) are not counted, as in the benchmark (scripts/bench.ts).
    context.on('response', async (response) => {
      if (
        response.ok() &&
        !/\.(svg|png|jpe?g|webp|avif|ico)$/.test(new URL(response.url()).pathname)
      )
        files.set(response.url(), await response.body());
    });
    const page = await open('praktijken/kansenpas-en-vrijetijdscheque/', { context });
    await page.waitForLoadState('networkidle');
    const names = [...files.keys()].map((url) => path.basename(new URL(url).pathname));
    const kinds = new Set(names.map((name) => path.extname(name) || '.html'));
    expect([...kinds].sort()).toEqual(['.css', '.html', '.js']);
    // The page, its stylesheet, and the comparison list's entry script with the chunks it
    // imports (how many the bundler makes varies); nothing of what waits for a ticked box: the
    // list's controls and the UI strings.
    const scripts = names.filter((name) => name.endsWith('.js'));
    expect(scripts.some((name) => name.startsWith('ShortlistScript'))).toBe(true);
    expect(scripts.filter((name) => /^(toggle|nl(-[a-z]+)?)\./.test(name))).toEqual([]);
    const compressed = [...files.values()].reduce(
      (sum, body) => sum + gzipSync(body, { level: 9 }).length,
      0,
    );
    expect(compressed).toBeLessThan(30 * 1024);
    await context.close();
  });
});

describe('the JSON export', () => {
  it('carries the new fields as the schema describes them, and leaves them out where a sheet has none', async () => {
    const body = (await (await fetch(`${site.url}praktijken.json`)).json()) as {
      practices: Record<string, unknown>[];
    };
    const byId = new Map(body.practices.map((sheet) => [sheet.id, sheet]));
    expect(byId.get('taalcafe-in-de-bibliotheek')).toMatchObject({
      stage: 'Opgeschaald',
      evidence: {
        level: 'Extern geëvalueerd',
        report: 'https://www.odisee.be/onderzoek/taalcafes-evaluatie.pdf',
        year: 2024,
      },
      cost: 'Minder dan € 5.000 per jaar',
      effort: 'Minder dan 0,1 VTE',
      since: 2016,
    });
    expect(byId.get('buddyproject-voor-nieuwkomers')?.seeAlso).toEqual([
      {
        label: 'Movisie: Maatjesprojecten voor nieuwkomers',
        url: 'https://www.movisie.nl/interventie/maatjesprojecten',
      },
    ]);
    const none = byId.get('diversiteitsplan-voor-het-personeel')!;
    for (const key of ['stage', 'evidence', 'cost', 'effort', 'since'])
      expect(none, key).not.toHaveProperty(key);
    expect(byId.get('taalcafe-in-de-bibliotheek')).toMatchObject({
      stageSlug: 'opgeschaald',
      evidence: { levelSlug: 'extern-geevalueerd' },
    });
    // The whole export is valid by the JSON Schema published beside it.
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(
      (await (await fetch(`${site.url}praktijken.schema.json`)).json()) as object,
    );
    expect(validate(body), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('gives the compare page a small file per sheet', async () => {
    const response = await fetch(`${site.url}vergelijk/huiswerkbegeleiding-brede-school.json`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text.length).toBeLessThan(4000);
    const sheet = JSON.parse(text) as {
      title: string;
      glance: { key: string; value: { text: string } }[];
    };
    expect(sheet.title).toBe(huiswerk);
    expect(sheet.glance.map((item) => [item.key, item.value.text])).toEqual([
      ['stage', 'Lopend'],
      ['evidence', 'Effect onderzocht'],
      ['cost', '€ 5.000 tot € 25.000 per jaar'],
      ['effort', '0,5 tot 1 VTE'],
      ['since', '2012'],
      ['municipalities', '2 gemeenten'],
    ]);
  });
});
