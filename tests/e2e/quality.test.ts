/**
 * Quality gates on the real site, built once under a sub-path: no broken internal link,
 * valid HTML on every page (html-validate and the W3C Nu checker), no axe violation (WCAG 2.x A/AA) and a sound keyboard order on
 * every page type at 360 and 1280 px, with screenshots for reviewers in test-results/screenshots/.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateHtml, formatHtmlProblems } from '../../scripts/lib/quality/html.ts';
import { checkLinks, formatBrokenLinks } from '../../scripts/lib/quality/links.ts';
import { checkWithNu, formatNuMessages, nuProblems } from '../../scripts/lib/quality/nu.ts';
import { loadSiteConfig } from '../../src/lib/site/site-config-fs.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { repoRoot } from '../helpers/paths.ts';
import {
  axeViolations,
  closePage,
  focusStartOfPage,
  formatViolations,
  invisibleFocus,
  newPage,
  tabTo,
  walkWithKeyboard,
} from '../helpers/quality.ts';
import { buildSite, serve, type Served } from '../helpers/site.ts';

const base = '/praktijkbank';
const widths = [360, 1280] as const;
const screenshots = path.join(repoRoot, 'test-results/screenshots');
const siteUrl = loadSiteConfig(repoRoot).site.url;

let dist: string;
let site: Served;
let browser: Browser;

interface PageType {
  /** Also the screenshot's file name. */
  name: string;
  /** Address below the base path; undefined when the build has no such page (the test is skipped). */
  path(): string | undefined;
  /** Brings the page into the state to check (search results, open filters). */
  prepare?(page: Page): Promise<void>;
}

/** The first sheet in the build: the sheet page and the taxonomy pages it links to have content. */
function sheetPath(): string {
  const slug = readdirSync(path.join(dist, 'praktijken'), { withFileTypes: true }).find((entry) =>
    entry.isDirectory(),
  )?.name;
  if (!slug) throw new Error('the build has no sheet page under praktijken/');
  return `praktijken/${slug}/`;
}

/** A term page the sheet links to, e.g. "categorieen/taal/". */
function termLinkedFromSheet(segment: string): string {
  const html = readFileSync(path.join(dist, sheetPath(), 'index.html'), 'utf8');
  const match = new RegExp(`href="${base}/(${segment}/[^/"]+/)"`).exec(html);
  if (!match?.[1]) throw new Error(`the sheet ${sheetPath()} links to no ${segment}/ page`);
  return match[1];
}

const searchPage = () => (existsSync(path.join(dist, 'zoeken/index.html')) ? 'zoeken/' : undefined);
/** A word from the sheet's title: the search must find at least that sheet. */
const searchWord = () => {
  const html = readFileSync(path.join(dist, sheetPath(), 'index.html'), 'utf8');
  const title = /<h1[^>]*>([^<]+)<\/h1>/.exec(html)?.[1] ?? '';
  return title.split(/\s+/).sort((a, b) => b.length - a.length)[0] ?? '';
};

async function showSearchResults(page: Page) {
  await page.locator(`main a[href$="${sheetPath()}"]`).first().waitFor({ timeout: 15_000 });
}

/** The compare page with the build's sheets (at most four), once its table is drawn. */
function comparePath(): string {
  const slugs = readdirSync(path.join(dist, 'praktijken'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'pagina')
    .map((entry) => entry.name)
    .slice(0, 4);
  return `vergelijk/?${slugs.map((slug) => `p=${encodeURIComponent(slug)}`).join('&')}`;
}

async function showComparison(page: Page) {
  await page.locator('#compare-app[data-state="ready"]').waitFor({ timeout: 15_000 });
  await page.locator('#compare-app table').waitFor({ state: 'visible' });
}

/** A sheet page with its "Vergelijk" box ticked: the list's header link and the note are on screen. */
async function markSheet(page: Page) {
  await page.locator('#vergelijk-deze').check();
  await page.locator('[data-mark-note]').waitFor();
}

async function openFacets(page: Page) {
  await showSearchResults(page);
  // Click closed filter groups open one by one (each click changes what the selectors match).
  for (const selector of [
    'main details:not([open]) > summary',
    'main button[aria-expanded="false"]',
  ]) {
    const closed = page.locator(selector);
    for (let left = await closed.count(); left > 0; left--) await closed.first().click();
    expect(await closed.count(), `still closed: ${selector}`).toBe(0);
  }
}

const pageTypes: PageType[] = [
  { name: 'home', path: () => '' },
  { name: 'practices', path: () => 'praktijken/' },
  { name: 'sheet', path: sheetPath },
  { name: 'sheet-marked', path: sheetPath, prepare: markSheet },
  { name: 'categories', path: () => 'categorieen/' },
  { name: 'category', path: () => termLinkedFromSheet('categorieen') },
  { name: 'policy-domains', path: () => 'beleidsdomeinen/' },
  { name: 'policy-domain', path: () => termLinkedFromSheet('beleidsdomeinen') },
  { name: 'target-groups', path: () => 'doelgroepen/' },
  { name: 'target-group', path: () => termLinkedFromSheet('doelgroepen') },
  { name: 'municipalities', path: () => 'gemeenten/' },
  { name: 'municipality', path: () => termLinkedFromSheet('gemeenten') },
  // A scale's explanation page, and one of its levels (every level has a page, with or without sheets).
  { name: 'scale', path: () => 'fasen/' },
  { name: 'scale-level', path: () => 'fasen/lopend/' },
  { name: 'compare', path: comparePath, prepare: showComparison },
  { name: 'compare-empty', path: () => 'vergelijk/' },
  { name: 'about', path: () => 'over/' },
  { name: 'accessibility', path: () => 'toegankelijkheid/' },
  { name: 'contribute', path: () => 'bijdragen/' },
  { name: 'open-data', path: () => 'open-data/' },
  { name: 'worklist', path: () => 'redactie/' },
  { name: 'not-found', path: () => 'deze-pagina-bestaat-niet/' },
  {
    name: 'search-results',
    path: () => searchPage() && `zoeken/?q=${encodeURIComponent(searchWord())}`,
    prepare: showSearchResults,
  },
  {
    name: 'search-facets',
    path: () => searchPage() && `zoeken/?q=${encodeURIComponent(searchWord())}`,
    prepare: openFacets,
  },
];

async function open(type: PageType, width: number): Promise<Page> {
  const address = type.path();
  if (address === undefined) throw new Error(`no ${type.name} page`);
  const page = await newPage(browser, width);
  const response = await page.goto(`${site.url}${address}`);
  expect(response?.status()).toBe(type.name === 'not-found' ? 404 : 200);
  await type.prepare?.(page);
  return page;
}

beforeAll(async () => {
  dist = buildSite({ base });
  site = await serve(dist, base);
  browser = await launchBrowser();
  rmSync(screenshots, { recursive: true, force: true });
  mkdirSync(screenshots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('every page in the build', () => {
  it('links only to pages and files that exist, under the base path', () => {
    expect(formatBrokenLinks(checkLinks(dist, { base, site: siteUrl }))).toBe('');
  });

  it('is valid HTML (html-validate, .htmlvalidate.json)', async () => {
    expect(formatHtmlProblems(await validateHtml(dist))).toBe('');
  });

  it('is valid HTML for the W3C Nu checker: no error, no warning', () => {
    expect(formatNuMessages(nuProblems(checkWithNu(dist)))).toBe('');
  });
});

describe.each(widths)('at %i px wide', (width) => {
  // One page load per page type and width for all three checks; soft assertions report every
  // failing check of a page at once.
  it.for(pageTypes)(
    '$name: no axe violation, the skip link works, Tab reaches every control in order with a visible focus',
    async (type, { skip }) => {
      if (type.path() === undefined) skip(`the build has no ${type.name} page yet`);
      const page = await open(type, width);
      await page.screenshot({
        path: path.join(screenshots, `${type.name}-${width}.png`),
        fullPage: true,
      });
      expect.soft(formatViolations(await axeViolations(page)), 'axe (WCAG 2.x A and AA)').toBe('');

      // The skip link: the first Tab stop; Enter moves focus to <main>, and the next Tab stays in it.
      await focusStartOfPage(page);
      await page.keyboard.press('Tab');
      expect
        .soft(await page.evaluate(() => document.activeElement?.textContent), 'the first Tab stop')
        .toBe('Naar de inhoud');
      await page.keyboard.press('Enter');
      expect
        .soft(
          await page.evaluate(() => document.activeElement?.id),
          'focus after Enter on the skip link',
        )
        .toBe('inhoud');
      await page.keyboard.press('Tab');
      const inMain = await page.evaluate(() => Boolean(document.activeElement?.closest('main')));
      expect.soft(inMain, 'the first Tab after the skip link lands in the main content').toBe(true);

      const walk = await walkWithKeyboard(page);
      expect.soft(walk.stops[0]?.name, 'the first Tab stop of the walk').toBe('a "Naar de inhoud"');
      expect
        .soft(walk.stops.filter((stop) => stop.inMain).length, 'Tab stops in <main>')
        .toBeGreaterThan(0);
      expect.soft(walk.unreached, 'controls Tab never reaches').toEqual([]);
      expect.soft(walk.positiveTabindex, 'elements with a positive tabindex').toEqual([]);
      expect.soft(walk.outOfOrder, 'focus jumps backwards').toEqual([]);
      expect.soft(invisibleFocus(walk), 'controls without a visible focus').toEqual([]);
      await closePage(page);
    },
  );
});

describe('using the site with the keyboard only', () => {
  it('opens the main menu on a phone and follows a link with Enter', async () => {
    const page = await newPage(browser, 360);
    await page.goto(site.url);
    await tabTo(page, '.site-nav__toggle summary');
    await page.keyboard.press('Enter');
    await tabTo(page, '.site-nav a[href$="/over/"]');
    await Promise.all([page.waitForURL(`${site.url}over/`), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toBe('Over deze databank');
    await closePage(page);
  });

  it('types a search in the home page field and submits it with Enter', async () => {
    const page = await newPage(browser, 1280);
    await page.goto(site.url);
    await tabTo(page, '#home-search');
    await page.keyboard.type('vrije tijd');
    await Promise.all([
      page.waitForURL(/zoeken\/\?q=vrije(\+|%20)tijd$/),
      page.keyboard.press('Enter'),
    ]);
    await closePage(page);
  });
});

describe('the gates catch defects in a real page', () => {
  // A copy of the build with one defect added to the sheet page per case; each must fail its gate.
  let copy: string;
  let served: Served;
  let htmlProblems: ReturnType<typeof validateHtml> | undefined;
  const htmlRules = async (name: string) =>
    (await (htmlProblems ??= validateHtml(copy)))
      .filter((p) => p.page === `defect/${name}/index.html`)
      .map((p) => p.rule);
  // Each defect goes in at the start of <main>. The site's Content-Security-Policy forbids inline
  // styles, so the low-contrast text gets its colour from a stylesheet next to the page.
  const defects: Record<string, { html: string; files?: Record<string, string> }> = {
    'missing-alt': { html: `<img src="${base}/favicon.svg" width="40" height="40">` },
    'low-contrast': {
      html: `<link rel="stylesheet" href="${base}/defect/low-contrast/light.css"><p class="light">Lichtgrijze tekst</p>`,
      files: { 'light.css': '.light { color: #b0b0b0; }' },
    },
    'invalid-nesting': { html: '<ul><div>Geen lijstitem</div></ul>' },
    'broken-link': { html: `<a href="${base}/praktijken/bestaat-niet/">Verwante praktijk</a>` },
    // As the error summary of /bijdragen/ was: focusable, so html-validate accepts the label.
    'aria-on-div': { html: '<div tabindex="-1" aria-labelledby="inhoud">Een vak zonder rol</div>' },
  };

  beforeAll(async () => {
    copy = path.join(mkdtempSync(path.join(tmpdir(), 'praktijkbank-defects-')), 'dist');
    cpSync(dist, copy, { recursive: true });
    const sheet = readFileSync(path.join(dist, sheetPath(), 'index.html'), 'utf8');
    for (const [name, defect] of Object.entries(defects)) {
      const folder = path.join(copy, 'defect', name);
      mkdirSync(folder, { recursive: true });
      const changed = sheet.replace(/<main\b[^>]*>/, (main) => `${main}${defect.html}`);
      expect(changed, `the ${name} defect was not added`).not.toBe(sheet);
      writeFileSync(path.join(folder, 'index.html'), changed);
      for (const [file, text] of Object.entries(defect.files ?? {}))
        writeFileSync(path.join(folder, file), text);
    }
    served = await serve(copy, base);
  });

  afterAll(async () => {
    await served?.close();
    rmSync(path.dirname(copy), { recursive: true, force: true });
  });

  const axeRules = async (name: string) => {
    const page = await newPage(browser, 1280);
    await page.goto(`${served.url}defect/${name}/`);
    const rules = (await axeViolations(page)).map((v) => v.rule);
    await closePage(page);
    return rules;
  };

  it('axe fails the page with an image without alt text, and html-validate too', async () => {
    expect(await axeRules('missing-alt')).toContain('image-alt');
    expect(await htmlRules('missing-alt')).toContain('wcag/h37');
  });

  it('axe fails the page with light grey text on white', async () => {
    expect(await axeRules('low-contrast')).toContain('color-contrast');
  });

  it('html-validate and axe fail the page with a <div> directly in a <ul>', async () => {
    expect(await htmlRules('invalid-nesting')).toContain('element-permitted-content');
    expect(await axeRules('invalid-nesting')).toContain('list');
  });

  it('the Nu checker fails the page with aria-labelledby on a <div> without a role, which html-validate lets through', async () => {
    const nu = nuProblems(checkWithNu(path.join(copy, 'defect/aria-on-div')));
    expect(nu.map((m) => `${m.page} ${m.type}`)).toEqual(['index.html error']);
    expect(nu[0]!.message).toContain(
      '“aria-labelledby” attribute must not be specified on any “div” element',
    );
    expect(await htmlRules('aria-on-div')).toEqual([]);
  });

  it('the link checker fails the page with a link to a sheet that does not exist', () => {
    const broken = checkLinks(copy, { base, site: siteUrl });
    // Only what the defect added: anything broken on the original sheet page is the first test's business.
    const original = new Set(
      broken.filter((b) => b.page === `${sheetPath()}index.html`).map((b) => b.target),
    );
    const added = broken.filter((b) => b.page.startsWith('defect/') && !original.has(b.target));
    expect(added.map((b) => `${b.page} ${b.target}`)).toEqual([
      `defect/broken-link/index.html ${base}/praktijken/bestaat-niet/`,
    ]);
  });
});
