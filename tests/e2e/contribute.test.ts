/**
 * The contribution form in a real browser, on a site built under a sub-path: a complete
 * sheet typed in through the form becomes MDX that `npm run validate` accepts and that
 * builds into a page showing every value; a missing field is reported next to the field
 * and announced; drafts survive a reload; lists work from the keyboard. Also /admin/:
 * the CMS starts in Dutch, with its own CSP and nothing loaded from elsewhere.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '../../src/i18n/nl.ts';
import { loadVocabularyContext } from '../../src/lib/catalogue/catalogue-fs.ts';
import { checkSheet } from '../../src/lib/sheet/check.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { makeCatalogue } from '../helpers/catalogue.ts';
import { axeViolations, closePage, formatViolations, newPage } from '../helpers/quality.ts';
import { contentRoot, fixtures, repoRoot } from '../helpers/paths.ts';
import { buildEnv, buildSite, serve, type Served } from '../helpers/site.ts';

const base = '/praktijkbank';
interface Sheet {
  title: string;
  summary: string;
  category: string;
  goals: string[];
  targetGroups: string[];
  successFactors: string[];
  challenges: string[];
  partners: Record<string, string>[];
  examples: {
    municipality: string;
    text: string;
    contacts: Record<string, string>[];
    links: Record<string, string>[];
  }[];
  policyDomains: string[];
  stage: string;
  evidence: { level: string; report: string; year: number };
  cost: string;
  effort: string;
  since: number;
  seeAlso: { label: string; url: string }[];
  image: { src: string; alt: string; credit: string };
  published: string;
  updated: string;
  status: string;
  keywords: string[];
}
const complete = JSON.parse(
  readFileSync(path.join(fixtures, 'contribute/complete-sheet.json'), 'utf8'),
) as { values: Sheet; body: string };
const values = complete.values;
const png = readFileSync(path.join(fixtures, 'contribute/buddy-in-de-bib.png'));
const slug = 'buddyproject-voor-nieuwkomers-in-de-bib';

let browser: Browser;
let site: Served;

beforeAll(async () => {
  site = await serve(buildSite({ base }), base);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function openForm(context?: BrowserContext, width = 1280): Promise<Page> {
  const page = context
    ? await context.newPage()
    : await browser.newPage({ viewport: { width, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(`${site.url}bijdragen/`);
  await page.locator('#f-title').waitFor();
  (page as Page & { errors: string[] }).errors = errors;
  return page;
}

const check = (page: Page) => page.getByRole('button', { name: 'Controleer de fiche' }).click();

/** Types the complete sheet in, the way a person would: labels, add buttons, the search in pick-lists. */
async function fillComplete(page: Page, skip: string[] = []) {
  const fill = async (id: string, value: string) => page.locator(`#${id}`).fill(value);
  if (!skip.includes('title')) await page.getByLabel('Titel').fill(values.title);
  if (!skip.includes('summary')) await page.getByLabel('Intro').fill(values.summary);
  await page.getByRole('radio', { name: values.category }).check();
  for (const [i, goal] of values.goals.entries()) {
    if (i > 0) await page.getByRole('button', { name: 'Doel toevoegen' }).click();
    await page.getByLabel(`Doel ${i + 1}`).fill(goal);
  }
  // The search field narrows the target groups; a checked one stays visible.
  await page.locator('#f-targetGroups-filter').fill('nieuw');
  await page.getByRole('checkbox', { name: 'Nieuwkomers' }).check();
  expect(await page.getByRole('checkbox', { name: 'Senioren' }).isVisible()).toBe(false);
  await page.locator('#f-targetGroups-filter').fill('');
  await page.getByRole('checkbox', { name: 'Anderstaligen' }).check();
  await page.getByLabel('Beschrijving', { exact: false }).first().fill(complete.body);
  for (const key of ['successFactors', 'challenges', 'keywords'] as const) {
    for (const [i, item] of values[key].entries()) {
      await page.locator(`#f-${key}-add`).click();
      await fill(`f-${key}-${i}`, item);
    }
  }
  for (const [i, partner] of values.partners.entries()) {
    await page.getByRole('button', { name: 'Partner toevoegen' }).click();
    for (const [key, value] of Object.entries(partner)) await fill(`f-partners-${i}-${key}`, value);
  }
  for (const [i, example] of values.examples.entries()) {
    await page.getByRole('button', { name: 'Gemeente toevoegen' }).click();
    await page.locator(`#f-examples-${i}-municipality`).pressSequentially(example.municipality);
    await fill(`f-examples-${i}-text`, example.text);
    for (const list of ['contacts', 'links'] as const) {
      for (const [j, item] of example[list].entries()) {
        await page.locator(`#f-examples-${i}-${list}-add`).click();
        for (const [key, value] of Object.entries(item))
          await fill(`f-examples-${i}-${list}-${j}-${key}`, value);
      }
    }
  }
  for (const name of values.policyDomains) await page.getByRole('checkbox', { name }).check();
  // The scales are radio buttons with their explanation; "Niet opgegeven" is chosen until one is picked.
  expect(await page.locator('#f-stage-option-none').isChecked()).toBe(true);
  for (const name of [values.stage, values.evidence.level, values.cost, values.effort])
    await page.getByRole('radio', { name, exact: true }).check();
  await fill('f-evidence-report', values.evidence.report);
  await fill('f-evidence-year', String(values.evidence.year));
  await fill('f-since', String(values.since));
  for (const [i, other] of values.seeAlso.entries()) {
    await page.locator('#f-seeAlso-add').click();
    for (const [key, value] of Object.entries(other)) await fill(`f-seeAlso-${i}-${key}`, value);
  }
  // The picture is chosen from the computer; the form writes its file name into the sheet.
  await page
    .getByLabel('Of kies de afbeelding op je computer')
    .setInputFiles({ name: 'Buddy in de bib.png', mimeType: 'image/png', buffer: png });
  expect(await page.locator('#f-image-src').inputValue()).toBe(values.image.src);
  await fill('f-image-alt', values.image.alt);
  await fill('f-image-credit', values.image.credit);
  // The editors' fields wait in a closed group: a contributor never has to open it.
  expect(await page.locator('#cf-editors').getAttribute('open')).toBeNull();
  expect(await page.locator('#f-published').isVisible()).toBe(false);
  expect(await page.locator('#f-published').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await page.locator('#cf-editors > summary').click();
  await fill('f-published', values.published);
  await fill('f-updated', values.updated);
  await page.getByLabel('Status').selectOption(values.status);
}

describe('a complete sheet, typed into the form', () => {
  let mdx: string;
  let formPage: Page & { errors: string[] };
  let sheetPage: Page;
  let built: Served;

  beforeAll(async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(site.url).origin,
    });
    const page = await openForm(context);
    await fillComplete(page);
    await check(page);
    await page.locator('#cf-result').waitFor();
    mdx = await page.locator('#cf-output').inputValue();
    formPage = page as Page & { errors: string[] };
  });

  afterAll(async () => {
    await sheetPage?.context().close();
    await built?.close();
    await formPage?.context().close();
  });

  it('is accepted by the form, which moves focus to the result and runs without errors', async () => {
    const page = formPage;
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cf-result-title');
    expect(await page.locator('#cf-summary').isVisible()).toBe(false);
    expect(await page.locator('#cf-file-name').textContent()).toBe(`content/practices/${slug}.mdx`);
    expect(await page.locator('#cf-image-note').textContent()).toContain(
      'images/buddy-in-de-bib.png',
    );
    expect(page.errors).toEqual([]);
  });

  it('offers the sheet as a prefilled new file on GitHub, a download, a copy and an e-mail', async () => {
    const page = formPage;
    const github = new URL((await page.locator('#cf-github-link').getAttribute('href'))!);
    expect(`${github.origin}${github.pathname}`).toBe(
      'https://github.com/vvsg/praktijkbank/new/main/content/practices',
    );
    expect(github.searchParams.get('filename')).toBe(`${slug}.mdx`);
    expect(github.searchParams.get('value')).toBe(mdx);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download het bestand' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${slug}.mdx`);
    expect(readFileSync(await download.path(), 'utf8')).toBe(mdx);

    await page.bringToFront();
    await page.getByRole('button', { name: 'Kopieer de tekst' }).click();
    await expect
      .poll(() => page.locator('#cf-copy-status').textContent(), { timeout: 10_000 })
      .toContain('klembord');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(mdx);

    // The mail carries a readable summary and asks for the downloaded file as an attachment.
    const mail = new URL((await page.locator('#cf-mail').getAttribute('href'))!);
    expect(mail.protocol).toBe('mailto:');
    expect(mail.pathname).toBe('samenleven@vvsg.be');
    expect(mail.searchParams.get('subject')).toBe(`Nieuwe praktijkfiche: ${values.title}`);
    const body = mail.searchParams.get('body')!;
    for (const part of [
      `Titel: ${values.title}`,
      `Categorie: ${values.category}`,
      values.summary,
      `bijlage: ${slug}.mdx`,
      values.image.src,
    ])
      expect(body).toContain(part);
    expect(mail.href.length).toBeLessThanOrEqual(2000);
    // The steps are numbered: download, open the mail, attach and send.
    const steps = page.locator('ol.cf-steps > li');
    expect(await steps.count()).toBe(3);
    expect(await steps.nth(2).textContent()).toContain(`${slug}.mdx`);
    // Before the ways to send it: the sheet as the site will show it.
    expect(await page.locator('#cf-preview').textContent()).toContain(values.title);
    expect(await page.locator('#cf-preview .prose p').count()).toBeGreaterThan(0);
  });

  it('opens a received sheet in the form ("Open een fiche"), checks it, and gives back the same file', async () => {
    const page = await openForm();
    await page.getByLabel('Open een fiche').setInputFiles({
      name: `${slug}.mdx`,
      mimeType: 'text/markdown',
      buffer: Buffer.from(mdx),
    });
    await page.locator('#cf-result').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cf-result-title');
    expect(await page.locator('#cf-open-status').textContent()).toContain(`${slug}.mdx`);
    expect(await page.getByLabel('Titel').inputValue()).toBe(values.title);
    expect(await page.locator('#cf-output').inputValue()).toBe(mdx);
    await page.close();
  });

  it('passes npm run validate and builds into a page that shows every value entered', async () => {
    const content = makeCatalogue({ [`${slug}.mdx`]: mdx });
    mkdirSync(path.join(content, 'practices/images'), { recursive: true });
    writeFileSync(path.join(content, 'practices', values.image.src), png);
    const validate = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/validate.ts')], {
      cwd: repoRoot,
      env: buildEnv({ PRAKTIJKBANK_CONTENT: content }),
      encoding: 'utf8',
    });
    expect(validate.stdout).toContain('1 fiche gecontroleerd: 0 fouten, 0 waarschuwingen');
    expect(validate.status).toBe(0);

    built = await serve(buildSite({ content, base }), base);
    sheetPage = await browser.newPage();
    const response = await sheetPage.goto(`${built.url}praktijken/${slug}/`);
    expect(response?.status()).toBe(200);
    const text = (await sheetPage.locator('main').innerText()).replace(/\s+/g, ' ');
    const shown = [
      values.title,
      values.summary,
      values.category,
      ...values.goals,
      ...values.targetGroups,
      ...values.successFactors,
      ...values.challenges,
      ...values.policyDomains,
      formatDate(values.published),
      formatDate(values.updated),
      ...values.partners.flatMap((p) =>
        [p.name, p.description].filter((v): v is string => Boolean(v)),
      ),
      ...values.examples
        .flatMap((e) => [
          e.municipality,
          ...e.text.split('\n\n'),
          ...e.contacts.map((c) => c.label),
          ...e.links.map((l) => l.label),
        ])
        .filter((v): v is string => Boolean(v)),
      'Elke buddy volgt eerst een korte vorming.',
      'samen naar de sportclub',
      'We tellen {alle} contacten en gebruiken geen <formulier>.',
      values.stage,
      values.evidence.level,
      `in ${values.evidence.year}`,
      values.cost,
      values.effort,
      String(values.since),
      ...values.seeAlso.map((s) => s.label),
    ];
    for (const value of shown) expect(text, value).toContain(value.replace(/\s+/g, ' '));
    expect(await sheetPage.locator('main strong', { hasText: 'één' }).count()).toBe(1);
    const hrefs = await sheetPage
      .locator('main a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const contact = values.examples[0]!.contacts[0]!;
    for (const href of [
      values.partners[0]!.url,
      `mailto:${contact.email}`,
      contact.url,
      values.examples[0]!.links[0]!.url,
      values.evidence.report,
      values.seeAlso[0]!.url,
    ])
      expect(hrefs).toContain(href);
    expect(
      hrefs.some(
        (href) => href?.startsWith('tel:') && href.replace(/\D/g, '').endsWith('92660000'),
      ),
    ).toBe(true);
    // Keywords are not shown on the page; they travel with the sheet in the export, and so does
    // the picture, with the address the build published it under.
    const exported = (await (await fetch(`${built.url}praktijken.json`)).json()) as {
      practices: { id: string; keywords: string[]; image: unknown }[];
    };
    const sheet = exported.practices.find((p) => p.id === slug);
    expect(sheet?.keywords).toEqual(values.keywords);
    expect(sheet?.image).toEqual({
      ...values.image,
      url: expect.stringMatching(/\/afbeeldingen\/[a-z0-9-]+-[0-9a-f]+\.png$/),
    });
  });
});

describe('a sheet with a missing required field', () => {
  it('shows the error next to the field, announces it in a summary that gets focus, and clears it once fixed', async () => {
    const page = await openForm();
    await fillComplete(page, ['summary']);
    await check(page);
    await page.locator('#cf-summary').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cf-summary');
    const summary = page.locator('#cf-summary');
    expect(await summary.getAttribute('aria-labelledby')).toBe('cf-summary-title');
    expect(await page.locator('#cf-summary-title').textContent()).toBe(
      'Er is 1 probleem met de fiche',
    );
    expect(await summary.getByRole('link').allTextContents()).toEqual(['Intro: Vul dit veld in.']);
    expect(await page.locator('#cf-result').isVisible()).toBe(false);

    // The field itself: marked invalid, its error right above it and read out with it.
    const field = page.locator('#f-summary');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await field.getAttribute('aria-describedby'))!.split(' ');
    expect(describedBy[0]).toBe('f-summary-error');
    expect(describedBy).toContain('f-summary-help');
    expect(await page.locator('#f-summary-error').textContent()).toBe('Fout: Vul dit veld in.');
    expect(await page.locator('#f-summary-field .cf-error + textarea#f-summary').count()).toBe(1);
    expect(await page.locator('[aria-invalid="true"]').count()).toBe(1);

    // The summary's link leads to the field; typing a summary clears the error.
    await summary.getByRole('link').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-summary');
    await page.keyboard.type(values.summary);
    await expect.poll(() => page.locator('#f-summary-error').count(), { timeout: 10_000 }).toBe(0);
    expect(await field.getAttribute('aria-invalid')).toBeNull();
    await check(page);
    // A sheet that passes the schema is checked as validate does, by a module loaded on first use.
    await page.locator('#cf-result').waitFor();
    await page.close();
  });

  it("suggests the closest name for a municipality that is not on the list, and today's municipality for a former one", async () => {
    const page = await openForm();
    await page.getByRole('button', { name: 'Gemeente toevoegen' }).click();
    await page.locator('#f-examples-0-municipality').fill('Oostend');
    await check(page);
    await page.locator('#f-examples-0-municipality-error').waitFor();
    expect(await page.locator('#f-examples-0-municipality-error').textContent()).toContain(
      '"Oostend" staat niet in de lijst. Bedoel je "Oostende"?',
    );
    expect(
      await page
        .locator('#cf-summary')
        .getByRole('link', { name: /Deze praktijk in › Gemeente 1 › Gemeente:/ })
        .count(),
    ).toBe(1);
    // A typo of a former municipality: today's municipality, and why.
    await page.locator('#f-examples-0-municipality').fill('Kruibeek');
    await check(page);
    await expect
      .poll(() => page.locator('#f-examples-0-municipality-error').textContent(), {
        timeout: 10_000,
      })
      .toContain(
        'Bedoel je "Beveren-Kruibeke-Zwijndrecht" (Kruibeke hoort sinds de fusie bij Beveren-Kruibeke-Zwijndrecht)?',
      );
    // The way to change an existing sheet reads as two sentences, link included.
    expect(await page.locator('main').innerText()).toContain('fiche zelf: zoek de fiche');
    await page.close();
  });
});

describe('the form checks what validate checks', () => {
  it('refuses a javascript: link in the description, next to the description, with its line', async () => {
    const page = await openForm();
    await fillComplete(page);
    await page
      .getByLabel('Beschrijving', { exact: false })
      .first()
      .fill('Eerste alinea.\n\nMeer in [de folder](javascript:alert(1)).');
    await check(page);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 10_000 })
      .toBe('cf-summary');
    expect(await page.locator('#cf-result').isVisible()).toBe(false);
    const error = page.locator('#f-body-error');
    expect(await error.textContent()).toMatch(/^Fout: Regel 3: /);
    expect(await page.locator('#f-body').getAttribute('aria-invalid')).toBe('true');
    // Fixed, the sheet is in order.
    await page.getByLabel('Beschrijving', { exact: false }).first().fill(complete.body);
    await check(page);
    await page.locator('#cf-result').waitFor();
    await page.close();
  });

  it("does not check on Enter in a field, marks an optional group's fields as needed only when it is filled, searches pick-lists by description, and keeps the focus on the summary of a check made right after typing", async () => {
    const page = await openForm();
    await page.getByLabel('Titel').fill('Een titel in wording');
    await page.getByLabel('Titel').press('Enter');
    await page.waitForTimeout(300);
    expect(await page.locator('#cf-summary').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-title');
    // An optional group's fields are needed only once it is filled in: no "*" before that.
    const pictureLabel = await page.locator('label[for="f-image-src"]').textContent();
    expect(pictureLabel).toContain('nodig als je dit deel invult');
    expect(pictureLabel).not.toContain('*');
    // The pick-list's search matches descriptions: "Nederlands" finds "Taal".
    await page.locator('#f-category-filter').fill('Nederlands');
    expect(await page.locator('#f-category li:not([hidden]) label').allTextContents()).toContain(
      'Taal',
    );
    // Typing, then checking within the 0.4 s the draft waits for: no later redraw takes the focus.
    await page.getByLabel('Intro').fill('Nog te kort');
    await check(page);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 10_000 })
      .toBe('cf-summary');
    await page.waitForTimeout(1200);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cf-summary');
    await page.close();
  });

  it('keeps an edit made just before a reload', async () => {
    const context = await browser.newContext();
    const page = await openForm(context);
    await page.getByLabel('Titel').fill('Net voor het herladen');
    await page.reload();
    await page.locator('#f-title').waitFor();
    expect(await page.getByLabel('Titel').inputValue()).toBe('Net voor het herladen');
    await context.close();
  });
});

describe('accessibility after a check', () => {
  for (const width of [360, 1280])
    it(`has no axe violations at ${width} px, with the error summary, and with the result, its preview, steps and warnings`, async () => {
      const page = await newPage(browser, width);
      await page.goto(`${site.url}bijdragen/`);
      await page.locator('#f-title').waitFor();
      await check(page);
      await page.locator('#cf-summary').waitFor();
      expect(formatViolations(await axeViolations(page))).toBe('');
      const seed = readFileSync(
        path.join(contentRoot, 'practices/kansenpas-en-vrijetijdscheque.mdx'),
      );
      await page.getByLabel('Open een fiche').setInputFiles({
        name: 'kansenpas-en-vrijetijdscheque.mdx',
        mimeType: 'text/markdown',
        buffer: seed,
      });
      await page.locator('#cf-result').waitFor();
      // The seed sheet has contacts without an address: the result lists warnings.
      expect(await page.locator('#cf-warnings-list li').count()).toBeGreaterThan(0);
      expect(formatViolations(await axeViolations(page))).toBe('');
      await closePage(page);
    });
});

describe('working in the form', () => {
  it('keeps a draft across a reload, and clears it on request', async () => {
    const context = await browser.newContext();
    const page = await openForm(context);
    await page.getByLabel('Titel').fill('Een concept dat blijft');
    await page.getByRole('button', { name: 'Doel toevoegen' }).click();
    await page.getByLabel('Doel 2').fill('Tweede doel');
    await page.getByRole('checkbox', { name: 'Senioren' }).check();
    await page.waitForTimeout(600); // the draft is saved 0.4 s after the last change
    await page.reload();
    await page.locator('#f-title').waitFor();
    expect(await page.getByLabel('Titel').inputValue()).toBe('Een concept dat blijft');
    expect(await page.getByLabel('Doel 2').inputValue()).toBe('Tweede doel');
    expect(await page.getByRole('checkbox', { name: 'Senioren' }).isChecked()).toBe(true);
    expect(await page.locator('#cf-draft-status').textContent()).toContain(
      'We hebben het concept teruggezet',
    );

    page.once('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: 'Wis het formulier' }).click();
    expect(await page.getByLabel('Titel').inputValue()).toBe('');
    await page.reload();
    await page.locator('#f-title').waitFor();
    expect(await page.getByLabel('Titel').inputValue()).toBe('');
    await context.close();
  });

  it('adds and removes list items from the keyboard, moving focus and announcing it', async () => {
    const page = await openForm();
    await page.locator('#f-goals-add').focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-goals-1');
    await page.keyboard.type('Tweede doel');
    await expect.poll(() => page.locator('#cf-announce').textContent()).toBe('Doel 2 toegevoegd.');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Verwijder doel 2');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-goals-0');
    await expect.poll(() => page.locator('#cf-announce').textContent()).toBe('Doel 2 verwijderd.');
    // The one goal a sheet needs cannot be removed.
    expect(await page.locator('#f-goals-0-remove').count()).toBe(0);
    await page.close();
  });

  it('fits a 360 px screen and ships its script as a file, not inline', async () => {
    const page = await openForm(undefined, 360);
    await page.getByRole('button', { name: 'Gemeente toevoegen' }).click();
    await page.getByRole('button', { name: 'Contact toevoegen' }).click();
    await check(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const scripts = await page.locator('script').evaluateAll((list) =>
      list.map((s) => ({
        src: s.getAttribute('src'),
        type: s.getAttribute('type'),
        inline: s.textContent?.trim() ?? '',
      })),
    );
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      expect(script.inline).toBe('');
      expect(script.src).toMatch(new RegExp(`^${base}/_astro/.+\\.js$`));
    }
    expect(await page.locator('[onclick], [oninput], [onchange], [onsubmit]').count()).toBe(0);
    await page.close();
  });
});

describe('/admin/', () => {
  it('starts Sveltia CMS in Dutch with the config generated from the schema, loading no script from elsewhere', async () => {
    const page = await browser.newPage();
    const outside: string[] = [];
    const violations: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(site.url.replace(/\/praktijkbank\/$/, ''))) return route.continue();
      outside.push(`${route.request().resourceType()} ${url}`);
      return route.abort();
    });
    page.on('console', (message) => {
      if (/Content Security Policy/.test(message.text())) violations.push(message.text());
    });
    const response = await page.goto(`${site.url}admin/`);
    expect(response?.headers()['content-type']).toContain('text/html');
    // Sveltia wraps names in bidi isolation marks (U+2068, U+2069).
    await page
      .getByRole('button', { name: /^Inloggen met \u2068?GitHub\u2069?$/ })
      .waitFor({ timeout: 20_000 });
    expect(await page.getByRole('button', { name: 'Inloggen met een toegangstoken' }).count()).toBe(
      1,
    );
    expect(await page.locator('html').getAttribute('lang')).toMatch(/^nl/);

    // Its scripts are files on this site; the page's policy allows no others.
    const scripts = await page
      .locator('head script')
      .evaluateAll((list) => list.map((s) => s.getAttribute('src')));
    expect(scripts).toEqual([`${base}/admin/sveltia-nl.js`, `${base}/admin/sveltia-cms.js`]);
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(csp).toContain("script-src 'self';");
    // Nothing from elsewhere but the forge's status (scripts, styles and fonts are all on the site).
    expect(
      outside.filter((request) => !request.startsWith('fetch https://www.githubstatus.com/')),
    ).toEqual([]);
    const icons = await page.evaluate(async () =>
      (await document.fonts.load('16px "Material Symbols Outlined"', 'add')).map(
        (face) => face.status,
      ),
    );
    expect(icons).toEqual(['loaded']);
    // Only the CMS's update check (a fetch to unpkg.com) is refused by the policy; nothing the CMS needs.
    expect(
      violations.filter((v) => !v.includes('https://unpkg.com/@sveltia/cms/package.json')),
    ).toEqual([]);

    const config = await (await fetch(`${site.url}admin/config.yml`)).text();
    expect(config).toContain('repo: vvsg/praktijkbank');
    expect(config).toContain('label: Beleidsdomeinen');
    await page.close();
  });

  it('lets an editor change a sheet, and saves a file that validate accepts with every other value kept', async () => {
    // "Werken met een lokale repository" edits a folder the browser lets the CMS open. Here the
    // folder is the browser's private file system, holding a copy of the seed sheet.
    const context = await browser.newContext({
      locale: 'nl-BE',
      viewport: { width: 1280, height: 900 },
    });
    await context.addInitScript(() => {
      (
        window as unknown as { showDirectoryPicker(): Promise<FileSystemDirectoryHandle> }
      ).showDirectoryPicker = async () =>
        (await navigator.storage.getDirectory()).getDirectoryHandle('praktijkbank', {
          create: true,
        });
    });
    const page = await context.newPage();
    await page.route(/^https:\/\//, (route) => route.abort());
    await page.goto(`${site.url}admin/`);
    const seedFile = 'kansenpas-en-vrijetijdscheque.mdx';
    const seed = readFileSync(path.join(repoRoot, 'content/practices', seedFile), 'utf8');
    await page.evaluate(
      async ({ name, text }) => {
        const root = await (
          await navigator.storage.getDirectory()
        ).getDirectoryHandle('praktijkbank', { create: true });
        await root.getDirectoryHandle('.git', { create: true });
        const folder = await (
          await root.getDirectoryHandle('content', { create: true })
        ).getDirectoryHandle('practices', { create: true });
        const writable = await (
          await folder.getFileHandle(name, { create: true })
        ).createWritable();
        await writable.write(text);
        await writable.close();
      },
      { name: seedFile, text: seed },
    );

    await page.getByRole('button', { name: 'Werken met een lokale repository' }).click();
    const oldTitle = 'Kansenpas of vrijetijdscheque voor mensen met een beperkt budget';
    await page.getByText(oldTitle).click();
    const title = page.getByRole('textbox', { name: /^Titel/ });
    expect(await title.inputValue()).toBe(oldTitle);
    await title.fill('Kansenpas voor mensen met een beperkt budget');
    await page.getByRole('button', { name: 'Opslaan' }).click();

    const read = () =>
      page.evaluate(async (name) => {
        const root = await (
          await navigator.storage.getDirectory()
        ).getDirectoryHandle('praktijkbank');
        const folder = await (
          await root.getDirectoryHandle('content')
        ).getDirectoryHandle('practices');
        return (await (await folder.getFileHandle(name)).getFile()).text();
      }, seedFile);
    await expect
      .poll(read, { timeout: 15_000 })
      .toContain('title: Kansenpas voor mensen met een beperkt budget');
    const saved = await read();
    await context.close();

    const content = makeCatalogue({ [seedFile]: saved });
    const context2 = loadVocabularyContext(content);
    const check = (text: string) =>
      checkSheet(path.join(content, 'practices', seedFile), Buffer.from(text), {
        ...context2,
        displayName: () => seedFile,
      });
    const before = check(seed);
    const after = check(saved);
    expect(after.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(after.data).toEqual({
      ...before.data,
      title: 'Kansenpas voor mensen met een beperkt budget',
    });
    expect(after.body?.trim()).toBe(before.body?.trim());
  });
});
