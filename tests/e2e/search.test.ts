/**
 * The search page in a real browser, on the fixture catalogue (tests/fixtures/catalogue)
 * built under a sub-path, as on GitHub Pages.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n/nl.ts';
import { collator } from '../../src/lib/util/text.ts';
import { loadCatalogue } from '../../src/lib/catalogue/catalogue-fs.ts';
import { reviewState } from '../../src/lib/history/review.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { makeCatalogue } from '../helpers/catalogue.ts';
import { fixtures } from '../helpers/paths.ts';
import { buildSite, serve, type Served } from '../helpers/site.ts';

const base = '/praktijkbank';
const seed = 'Kansenpas of vrijetijdscheque voor mensen met een beperkt budget';
const fixtureDir = path.join(fixtures, 'catalogue/practices');

let browser: Browser;
let site: Served;
/** The day the fixture catalogue is built as of: two of its sheets are then past the 24-month review cycle. */
const today = '2027-04-15';
let content: string;

beforeAll(async () => {
  content = makeCatalogue(
    Object.fromEntries(
      readdirSync(fixtureDir).map((name) => [name, readFileSync(path.join(fixtureDir, name))]),
    ),
  );
  process.env.PRAKTIJKBANK_TODAY = today;
  let dist: string;
  try {
    dist = buildSite({ content, base });
  } finally {
    delete process.env.PRAKTIJKBANK_TODAY;
  }
  // A copy of the search page that shows 4 results at a time, to test "show more" on 10 sheets.
  const page = readFileSync(path.join(dist, 'zoeken/index.html'), 'utf8');
  mkdirSync(path.join(dist, 'zoeken-per-vier'));
  writeFileSync(
    path.join(dist, 'zoeken-per-vier/index.html'),
    page.replace(/data-page-size="\d+"/, 'data-page-size="4"'),
  );
  site = await serve(dist, base);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const app = (page: Page) => page.locator('#search-app');
const searches = async (page: Page) => Number((await app(page).getAttribute('data-searches')) ?? 0);

/**
 * Waits until the page has finished a search after `before` searches, and, when a facet is
 * open, until its counts are those of that search (they may follow the results).
 */
async function settled(page: Page, before: number) {
  await page.waitForFunction(
    (n) => {
      const root = document.getElementById('search-app');
      const counted =
        root?.querySelector<HTMLElement>('.facets')?.dataset.counts === 'current' ||
        !root?.querySelector('details[data-facet][open]');
      return root?.dataset.state === 'ready' && Number(root.dataset.searches ?? 0) > n && counted;
    },
    before,
    { timeout: 20_000 },
  );
}

/** Runs an action that starts a search and waits for that search to finish. */
async function andWait(page: Page, action: () => Promise<unknown>) {
  const before = await searches(page);
  await action();
  await settled(page, before);
}

/** Types a query into the search page's field and waits for its results. */
async function search(page: Page, term: string) {
  await page.locator('#zoekterm').fill('');
  await page.locator('#zoekterm').pressSequentially(term);
  await resultsFor(page, term);
}

/** Waits until the results shown are those for `term` (typing may finish searches on the way). */
async function resultsFor(page: Page, term: string) {
  await page.waitForFunction(
    (q) => {
      const root = document.getElementById('search-app');
      return root?.dataset.state === 'ready' && root.dataset.query === q;
    },
    term,
    { timeout: 20_000 },
  );
}

async function open(query = '', options: { width?: number; path?: string } = {}): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: options.width ?? 1280, height: 900 } });
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(`${site.url}${options.path ?? 'zoeken/'}${query}`);
  await settled(page, 0);
  return page;
}

const titles = (page: Page) => page.locator('[data-results] h3').allTextContents();
const status = (page: Page) => page.locator('[data-status]').textContent();
const facetValue = (page: Page, facet: string, slug: string) => page.locator(`#f-${facet}-${slug}`);
const countOf = async (page: Page, facet: string, slug: string) =>
  Number(
    (await page.locator(`label[for="f-${facet}-${slug}"] [data-count]`).textContent())?.match(
      /\d+/,
    )?.[0],
  );
/** Opens a facet's group (the first two are open on wide screens already). */
async function openFacet(page: Page, facet: string) {
  const group = page.locator(`details[data-facet="${facet}"]`);
  if ((await group.getAttribute('open')) === null) await group.locator('summary').click();
}
const focusedId = (page: Page) =>
  page.evaluate(() => document.activeElement?.id ?? document.activeElement?.tagName);

describe('searching', () => {
  it('finds the seed sheet by "kansentarief", "nieuwkomer" and "sportcoach", typed in the field', async () => {
    const page = await open();
    for (const term of ['kansentarief', 'nieuwkomer', 'sportcoach']) {
      await search(page, term);
      expect(await titles(page), term).toContain(seed);
      expect(new URL(page.url()).searchParams.get('q')).toBe(term);
    }
    await page.close();
  });

  it('ranks the only sheet that mentions a word first and highlights the match', async () => {
    const page = await open('?q=kansentarief');
    expect(await titles(page)).toEqual([seed]);
    expect(await status(page)).toBe('1 praktijk gevonden voor “kansentarief”.');
    expect(await page.locator('[data-results] mark').first().textContent()).toMatch(
      /^kansentarief/i,
    );
    await page.close();
  });

  it('finds Dutch inflections and ignores accents', async () => {
    const page = await open('?q=nieuwkomer');
    // The sheets say "nieuwkomers", never "nieuwkomer".
    expect(await titles(page)).toEqual(
      expect.arrayContaining([seed, 'Buddyproject voor nieuwkomers']),
    );
    expect(
      (await page.locator('[data-results] mark').allTextContents()).some((text) =>
        /^nieuwkomers/i.test(text),
      ),
    ).toBe(true);
    await andWait(page, () => page.locator('#zoekterm').fill('taalcafe'));
    expect(await titles(page)).toEqual(['Taalcafé: Nederlands oefenen in de bibliotheek']);
    await page.close();
  });

  it('lands on the search page from the header field of any page', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}praktijken/`);
    await page.locator('#header-search').fill('sportcoach');
    await page.locator('#header-search').press('Enter');
    await page.waitForURL(`${site.url}zoeken/?q=sportcoach`);
    await settled(page, 0);
    expect(await page.locator('#zoekterm').inputValue()).toBe('sportcoach');
    expect(await titles(page)).toEqual([seed]);
    await page.close();
  });

  it('links results to the sheets under the base path, and does not find drafts', async () => {
    // Only the draft sheet mentions pictograms.
    const page = await open('?q=pictogrammen');
    expect(await titles(page)).toEqual([]);
    expect(await status(page)).toMatch(/^Geen praktijken gevonden voor “pictogrammen”/);
    await andWait(page, () => page.locator('#zoekterm').fill('sportcoach'));
    const link = page.locator('[data-results] h3 a');
    expect(await link.getAttribute('href')).toBe(
      `${base}/praktijken/kansenpas-en-vrijetijdscheque/`,
    );
    await link.click();
    await page.waitForURL(`${site.url}praktijken/kansenpas-en-vrijetijdscheque/`);
    expect(await page.locator('h1').textContent()).toBe(seed);
    await page.close();
  });
});

describe('facets', () => {
  it('browse without a query, with a count on every value', async () => {
    const page = await open();
    expect(await titles(page)).toHaveLength(10);
    expect(await status(page)).toBe('10 praktijken: alle praktijken in de databank.');
    expect(await countOf(page, 'gemeente', 'halle')).toBe(2);
    expect(await countOf(page, 'gemeente', 'gent')).toBe(2);
    expect(await countOf(page, 'provincie', 'limburg')).toBe(3);
    expect(await countOf(page, 'beleidsdomein', 'sociaal-beleid')).toBe(2);
    await page.close();
  });

  it('on a phone, fetches the facet filters only when a facet is opened, and hides counts until then', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(request.url()));
    await page.goto(`${site.url}zoeken/?q=sport`);
    await settled(page, 0);
    expect(await page.locator('details[data-facet][open]').count()).toBe(0);
    expect(fetched.filter((url) => url.endsWith('.pf_fragment')).length).toBeGreaterThan(0);
    expect(fetched.filter((url) => url.endsWith('.pf_filter'))).toEqual([]);
    // The build-time counts are for the whole catalogue, not for "sport": hidden, not wrong.
    expect(await page.locator('.facets').getAttribute('data-counts')).toBe('pending');
    await page.locator('details[data-facet="categorie"] summary').click();
    await page.waitForSelector('.facets[data-counts="current"]');
    expect(fetched.filter((url) => url.endsWith('.pf_filter')).length).toBeGreaterThan(0);
    await expect
      .poll(() => page.locator('details[data-facet="categorie"] .facet__count:visible').count())
      .toBeGreaterThan(0);
    const counts = await page
      .locator('details[data-facet="categorie"] .facet__value:not([hidden]) [data-count]')
      .allTextContents();
    const total = counts.reduce((sum, text) => sum + Number(text.match(/\d+/)?.[0] ?? 0), 0);
    // Every sheet has one category, so the shown counts add up to the number of results.
    expect(total).toBe(Number(await app(page).getAttribute('data-count')));
    await page.close();
  });

  it('narrow by municipality (OR within a facet) and policy domain (AND across facets), updating the counts', async () => {
    const page = await open('?q=');
    await openFacet(page, 'gemeente');
    await andWait(page, () => facetValue(page, 'gemeente', 'halle').check());
    expect((await titles(page)).sort(collator.compare)).toEqual([
      'Buurtrestaurant als ontmoetingsplek',
      seed,
    ]);
    expect(await status(page)).toBe('2 praktijken met 1 filter.');
    // Counts in the same facet say what adding a value would give; other facets count within Halle.
    expect(await countOf(page, 'gemeente', 'gent')).toBe(2);
    expect(await countOf(page, 'beleidsdomein', 'vrije-tijd')).toBe(1);
    expect(await facetValue(page, 'beleidsdomein', 'wonen').isVisible()).toBe(false);

    await andWait(page, () => facetValue(page, 'gemeente', 'gent').check());
    expect(await titles(page)).toHaveLength(4);
    await andWait(page, () => facetValue(page, 'beleidsdomein', 'sociaal-beleid').check());
    expect((await titles(page)).sort(collator.compare)).toEqual([
      'Buurtrestaurant als ontmoetingsplek',
      seed,
    ]);
    expect(await status(page)).toBe('2 praktijken met 3 filters.');
    expect(await countOf(page, 'beleidsdomein', 'integratie-en-inburgering')).toBe(2);

    const url = new URL(page.url());
    expect(url.pathname).toBe(`${base}/zoeken/`);
    expect(url.searchParams.getAll('gemeente')).toEqual(['gent', 'halle']);
    expect(url.searchParams.getAll('beleidsdomein')).toEqual(['sociaal-beleid']);
    await page.close();
  });

  it('narrow a query, and clear all filters in one go', async () => {
    const page = await open('?q=nieuwkomer&categorie=onthaal-en-integratie');
    expect(await titles(page)).toEqual(['Buddyproject voor nieuwkomers']);
    expect(await page.locator('#zoekterm').inputValue()).toBe('nieuwkomer');
    expect(await facetValue(page, 'categorie', 'onthaal-en-integratie').isChecked()).toBe(true);
    await andWait(page, () => page.locator('[data-clear]').click());
    expect(await titles(page)).toHaveLength(2);
    expect(new URL(page.url()).search).toBe('?q=nieuwkomer');
    expect(await focusedId(page)).toBe('verfijn');
    await page.close();
  });

  it('report values in the address that no longer exist, and ignore them', async () => {
    const page = await open('?gemeente=kortessem&gemeente=halle');
    expect(await page.locator('[data-notice]').textContent()).toContain('gemeente “kortessem”');
    expect(await titles(page)).toHaveLength(2);
    await page.close();
  });
});

describe('the address', () => {
  it('reproduces query, filters and sort order in a new browser tab', async () => {
    const page = await open('?q=nieuwkomer');
    await andWait(page, () => page.locator('#sorteer').selectOption('titel'));
    await openFacet(page, 'provincie');
    await andWait(page, () => facetValue(page, 'provincie', 'oost-vlaanderen').check());
    const shared = page.url();
    const expected = await titles(page);
    expect(new URL(shared).search).toBe('?q=nieuwkomer&provincie=oost-vlaanderen&sorteer=titel');

    const other = await browser.newPage();
    await other.goto(shared);
    await settled(other, 0);
    expect(await titles(other)).toEqual(expected);
    expect(await other.locator('#zoekterm').inputValue()).toBe('nieuwkomer');
    expect(await other.locator('#sorteer').inputValue()).toBe('titel');
    expect(await facetValue(other, 'provincie', 'oost-vlaanderen').isChecked()).toBe(true);
    await other.close();
    await page.close();
  });

  it('lets the back button undo a filter and the forward button redo it', async () => {
    const page = await open('?q=');
    await openFacet(page, 'categorie');
    await andWait(page, () => facetValue(page, 'categorie', 'wonen').check());
    expect(await titles(page)).toEqual(['Wooncoach voor huurders met een laag inkomen']);
    await andWait(page, () => page.goBack());
    expect(await titles(page)).toHaveLength(10);
    expect(await facetValue(page, 'categorie', 'wonen').isChecked()).toBe(false);
    await andWait(page, () => page.goForward());
    expect(await titles(page)).toEqual(['Wooncoach voor huurders met een laag inkomen']);
    expect(await facetValue(page, 'categorie', 'wonen').isChecked()).toBe(true);
    await page.close();
  });

  it('sorts by title and by last update', async () => {
    const page = await open('?sorteer=titel');
    const byTitle = await titles(page);
    expect(byTitle).toEqual([...byTitle].sort(collator.compare));
    await andWait(page, () => page.locator('#sorteer').selectOption('bijgewerkt'));
    const dates = await page
      .locator('[data-results] time')
      .evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
    expect(dates).toHaveLength(10);
    expect(dates).toEqual([...dates].sort().reverse());
    await page.close();
  });
});

describe('how current the sheets are', () => {
  const sheets = () =>
    loadCatalogue(content).sheets.flatMap((sheet) =>
      sheet.data?.status === 'published'
        ? [{ title: sheet.data.title, review: reviewState(sheet.data, 24, today) }]
        : [],
    );

  it('filters on "recent nagekeken" and "aan herziening toe", with counts', async () => {
    const due = sheets()
      .filter((sheet) => sheet.review.due)
      .map((sheet) => sheet.title)
      .sort(collator.compare);
    expect(due).toEqual([
      'Burgerbudget voor buurtprojecten',
      'Diversiteitsplan voor het eigen personeel',
    ]);
    const page = await open();
    await openFacet(page, 'actualiteit');
    expect(await countOf(page, 'actualiteit', 'recent-nagekeken')).toBe(8);
    expect(await countOf(page, 'actualiteit', 'aan-herziening-toe')).toBe(2);
    await andWait(page, () => facetValue(page, 'actualiteit', 'recent-nagekeken').check());
    const current = await titles(page);
    expect(current).toHaveLength(8);
    for (const title of due) expect(current).not.toContain(title);
    expect(new URL(page.url()).searchParams.getAll('actualiteit')).toEqual(['recent-nagekeken']);
    await andWait(page, () => facetValue(page, 'actualiteit', 'aan-herziening-toe').check());
    await andWait(page, () => facetValue(page, 'actualiteit', 'recent-nagekeken').uncheck());
    expect((await titles(page)).sort(collator.compare)).toEqual(due);
    await page.close();
  });

  it('sorts by last review, most recent first', async () => {
    const page = await open('?sorteer=nagekeken');
    expect(await page.locator('#sorteer').inputValue()).toBe('nagekeken');
    const expected = sheets()
      .sort((a, b) => b.review.checked.localeCompare(a.review.checked))
      .map((sheet) => sheet.title);
    expect(await titles(page)).toEqual(expected);
    await page.close();
  });
});

describe('accessibility', () => {
  it('works with the keyboard alone, and keeps the focus while results change', async () => {
    const page = await open();
    // From the top of the page: skip link, breadcrumb and header links come first.
    for (let i = 0; i < 40 && (await focusedId(page)) !== 'zoekterm'; i++)
      await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('zoekterm');
    await page.keyboard.type('sportcoach');
    await resultsFor(page, 'sportcoach');
    expect(await titles(page)).toEqual([seed]);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await resultsFor(page, '');
    expect(await titles(page)).toHaveLength(10);

    // Into the facet panel: open "Gemeente" and tick Halle with the space bar.
    for (
      let i = 0;
      i < 40 &&
      !(await page.evaluate(
        () => document.activeElement?.closest('details')?.dataset.facet === 'gemeente',
      ));
      i++
    )
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    for (let i = 0; i < 20 && (await focusedId(page)) !== 'f-gemeente-halle'; i++)
      await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('f-gemeente-halle');
    await andWait(page, () => page.keyboard.press('Space'));
    expect(await titles(page)).toHaveLength(2);
    expect(await focusedId(page)).toBe('f-gemeente-halle');
    await andWait(page, () => page.keyboard.press('Space'));
    expect(await focusedId(page)).toBe('f-gemeente-halle');
    expect(await titles(page)).toHaveLength(10);

    // On to the sort order and the results, and into a sheet.
    for (let i = 0; i < 60 && (await focusedId(page)) !== 'sorteer'; i++)
      await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('sorteer');
    await page.keyboard.press('Tab');
    const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    expect(target).toContain(`${base}/praktijken/`);
    await page.keyboard.press('Enter');
    await page.waitForURL(target);
    await page.close();
  });

  it('announces the result count in a live region', async () => {
    const page = await open('?q=sportcoach');
    const region = page.locator('[data-status]');
    expect(await region.getAttribute('role')).toBe('status');
    expect(await region.textContent()).toBe('1 praktijk gevonden voor “sportcoach”.');
    await andWait(page, () => page.locator('#zoekterm').fill('wooncoach'));
    expect(await region.textContent()).toBe('1 praktijk gevonden voor “wooncoach”.');
    await page.close();
  });

  it('labels every control', async () => {
    const page = await open();
    const unlabelled = await page
      .locator('#search-app input, #search-app select')
      .evaluateAll((controls) =>
        controls
          .filter((control) => !(control as HTMLInputElement).labels?.length)
          .map((control) => control.outerHTML),
      );
    expect(unlabelled).toEqual([]);
    await page.close();
  });

  it('fits a 360 px wide screen', async () => {
    const page = await open('?q=nieuwkomer', { width: 360 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('tells visitors without JavaScript where to browse instead', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}zoeken/?q=sportcoach`);
    expect(await page.locator('[data-search-ui]').isVisible()).toBe(false);
    expect(await page.locator('main').innerText()).toContain(
      'Zoeken en filteren werkt met JavaScript.',
    );
    const links = await page
      .locator('.search-page__fallback a:visible')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    expect(links).toEqual(
      expect.arrayContaining([`${base}/praktijken/`, `${base}/gemeenten/`, `${base}/categorieen/`]),
    );
    await context.close();
  });

  it('says where to browse when the index cannot be loaded', async () => {
    const page = await browser.newPage();
    await page.route('**/pagefind/pagefind.js', (route) => route.abort());
    await page.goto(`${site.url}zoeken/?q=sportcoach`);
    await page.waitForSelector('#search-app[data-state="error"]');
    expect(await page.locator('[data-search-ui]').isVisible()).toBe(false);
    expect(await page.getByRole('alert').textContent()).toContain(
      'De zoekfunctie kon niet geladen worden.',
    );
    expect(
      await page
        .getByRole('alert')
        .getByRole('link', { name: 'Alle praktijken' })
        .getAttribute('href'),
    ).toBe(`${base}/praktijken/`);
    await page.close();
  });

  it('shows more results on request and moves the focus to the first new one', async () => {
    const page = await open('', { path: 'zoeken-per-vier/' });
    expect(await titles(page)).toHaveLength(4);
    const more = page.locator('[data-more]');
    expect(await more.textContent()).toBe('Toon meer praktijken (4 van 10 getoond)');
    await more.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('[data-results] li').length === 8);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      (await titles(page))[4],
    );
    await more.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('[data-results] li').length === 10);
    expect(await more.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      (await titles(page))[8],
    );
    await page.close();
  });
});

describe("the search page's script", () => {
  it("carries the search page's strings, not those of the rest of the site", async () => {
    const context = await browser.newContext();
    const scripts: string[] = [];
    context.on('response', async (response) => {
      if (response.ok() && new URL(response.url()).pathname.endsWith('.js'))
        scripts.push(await response.text());
    });
    const page = await context.newPage();
    await page.goto(`${site.url}zoeken/?q=kansentarief`);
    await page.locator('#search-app[data-state="ready"]').waitFor();
    await page.waitForLoadState('networkidle');
    const ours = scripts.filter((text) => !text.includes('pagefind')).join('\n');
    expect(ours).toContain(ui.searchPage.filtersTitle);
    // The contribution form's and the worklist's words stay with their own pages.
    for (const text of [ui.contribute.intro, ui.worklist.title, ui.notFound.title])
      expect(ours).not.toContain(text);
    await context.close();
  });
});
