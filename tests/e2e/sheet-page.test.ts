import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { makeCatalogue } from '../helpers/catalogue.ts';
import { fixtures } from '../helpers/paths.ts';
import { buildSite, serve, type Served } from '../helpers/site.ts';

let browser: Browser;
let site: Served;

beforeAll(async () => {
  const dist = buildSite({ base: '/praktijkbank' });
  site = await serve(dist, '/praktijkbank');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the seed sheet page', () => {
  it('shows every section in the seed\'s order, with Dutch headings', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}praktijken/kansenpas-en-vrijetijdscheque/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('nl-BE');
    const headings = await page.locator('main h2, main h3').allTextContents();
    const order = ['Doelen', 'Doelgroep', 'Beschrijving', 'Succesfactoren', 'Uitdagingen', 'Partners', 'Deze praktijk in Beersel, Eeklo, Halle, Oostende', 'Beersel', 'Eeklo', 'Halle', 'Oostende', 'Beleidsdomeinen'];
    const positions = order.map((h) => headings.indexOf(h));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const text = await page.locator('main').innerText();
    for (const phrase of ['Contact integratieambtenaar', 'Contact projectmedewerker samenleven', 'Meer info', 'Verenigingen waar armen het woord nemen', 'UiTPAS vind je in meer dan 65 steden en gemeenten.'])
      expect(text).toContain(phrase);
    await page.close();
  });

  it('links its category, policy domains and municipalities to their pages under the base path', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}praktijken/kansenpas-en-vrijetijdscheque/`);
    await page.getByRole('link', { name: 'Sociaal beleid' }).click();
    expect(page.url()).toBe(`${site.url}beleidsdomeinen/sociaal-beleid/`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Praktijken: Sociaal beleid');
    await page.goto(`${site.url}gemeenten/halle/`);
    expect(await page.getByRole('link', { name: 'Kansenpas of vrijetijdscheque voor mensen met een beperkt budget' }).count()).toBe(1);
    await page.close();
  });

  it('shows no broken image and ships one script only: the small one of the "Vergelijk" box', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}praktijken/kansenpas-en-vrijetijdscheque/`);
    const broken = await page.locator('img').evaluateAll((images) => images.filter((i) => !(i as HTMLImageElement).complete || (i as HTMLImageElement).naturalWidth === 0).length);
    expect(broken).toBe(0);
    const scripts = await page.locator('script').evaluateAll((tags) => tags.map((tag) => [tag.getAttribute('type'), tag.getAttribute('src')?.replace(/\.[\w-]+\.js$/, '.js'), tag.textContent]));
    // Structured data (application/ld+json) is data, not a script the browser runs.
    expect(scripts.filter(([type]) => type !== 'application/ld+json')).toEqual([['module', '/praktijkbank/_astro/ShortlistScript.astro_astro_type_script_index_0_lang.js', '']]);
    expect(scripts.filter(([type]) => type === 'application/ld+json')).toHaveLength(1);
    expect(await page.locator('#vergelijk-deze').isVisible()).toBe(true);
    await page.close();
  });

  it('opens with "In één oogopslag", saying "Onbekend" for what the sheet does not give', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}praktijken/kansenpas-en-vrijetijdscheque/`);
    const items = await page.locator('.glance__item').evaluateAll((nodes) => nodes.map((n) => [n.querySelector('dt')!.textContent, n.querySelector('dd')!.textContent.trim()]));
    expect(items).toEqual([
      ['Fase', 'Onbekend'],
      ['Onderbouwing', 'Onbekend'],
      ['Kosten per jaar', 'Onbekend'],
      ['Personeelsinzet', 'Onbekend'],
      ['Loopt sinds', 'Onbekend'],
      ['Gemeenten', '4 gemeenten'],
    ]);
    await page.getByRole('region', { name: 'In één oogopslag' }).getByRole('link', { name: 'Onbekend' }).first().click();
    await page.waitForURL(`${site.url}fasen/`);
    expect(await page.locator('h1').textContent()).toBe('Fasen');
    await page.close();
  });

  it('fits a 360 px wide screen without sideways scrolling', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(`${site.url}praktijken/kansenpas-en-vrijetijdscheque/`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('is in the JSON export with every field of the schema', async () => {
    const response = await fetch(`${site.url}praktijken.json`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { count: number; practices: Record<string, unknown>[] };
    const sheet = body.practices.find((p) => p.id === 'kansenpas-en-vrijetijdscheque');
    expect(sheet?.url).toMatch(/\/praktijkbank\/praktijken\/kansenpas-en-vrijetijdscheque\/$/);
    expect(sheet?.policyDomains).toEqual(['Sociaal beleid', 'Vrije tijd']);
    expect((sheet?.examples as { municipality: string }[]).map((e) => e.municipality)).toEqual(['Beersel', 'Eeklo', 'Halle', 'Oostende']);
    expect(sheet).not.toHaveProperty('source');
    expect(body.count).toBe(body.practices.length);
  });

  it('starts with a skip link to the main content', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}praktijken/`);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    expect(focused).toBe('Naar de inhoud');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
    await page.close();
  });
});

describe('a catalogue in another folder (PRAKTIJKBANK_CONTENT)', () => {
  it('shows a sheet\'s image from that folder and links "edit" to the sheet\'s real path', () => {
    const minimal = readFileSync(path.join(fixtures, 'sheets/valid/minimal-sheet.mdx'), 'utf8');
    const sheet = minimal.replace(
      'published:',
      'image:\n  src: images/buddy.png\n  alt: Twee mensen wandelen samen door het centrum\n  credit: Gemeente Voorbeeld\npublished:',
    );
    const dir = makeCatalogue({ 'archief/buddy.mdx': sheet });
    mkdirSync(path.join(dir, 'practices/archief/images'), { recursive: true });
    copyFileSync(path.join(fixtures, 'images/buddy.png'), path.join(dir, 'practices/archief/images/buddy.png'));
    const dist = buildSite({ content: dir });
    const html = readFileSync(path.join(dist, 'praktijken/buddy/index.html'), 'utf8');
    const img = /<img src="([^"]+)"[^>]*alt="Twee mensen wandelen samen door het centrum"/.exec(html);
    // Published by the exact path the check accepted, under the sheet's name and the picture's hash.
    expect(img?.[1]).toMatch(/^\/afbeeldingen\/buddy-[0-9a-f]{10}\.png$/);
    expect(existsSync(path.join(dist, img![1]!))).toBe(true);
    expect(html).toContain('Beeld: Gemeente Voorbeeld');
    expect(html).toContain('/edit/main/content/practices/archief/buddy.mdx"');
  });
});

describe('the text of a sheet (its body)', () => {
  it('is on its page, and a rebuild shows a change to it (the unchanged sheets come from the store)', () => {
    const minimal = readFileSync(path.join(fixtures, 'sheets/valid/minimal-sheet.mdx'), 'utf8').trimEnd();
    const body = '\n\nEen eerste alinea met **vet**.\n\n## Aanpak\n\n<Callout type="tip">\nBegin klein.\n</Callout>\n';
    const dir = makeCatalogue({ 'met-tekst.mdx': minimal + body, 'zonder-tekst.mdx': minimal.replace(/^title: .*$/m, 'title: Zonder tekst') });
    const page = (dist: string, slug: string) => readFileSync(path.join(dist, `praktijken/${slug}/index.html`), 'utf8');
    const dist = buildSite({ content: dir });
    expect(page(dist, 'met-tekst')).toMatch(/<p>Een eerste alinea met <strong>vet<\/strong>\.<\/p>/);
    // Under the page's own "Beschrijving" heading, the text's headings are one level lower.
    expect(page(dist, 'met-tekst')).toContain('<h3>Aanpak</h3>');
    expect(page(dist, 'met-tekst')).toContain('Begin klein.');
    expect(page(dist, 'zonder-tekst')).not.toContain('Een eerste alinea');

    writeFileSync(path.join(dir, 'practices/met-tekst.mdx'), minimal + body.replace('Een eerste alinea', 'Een gewijzigde alinea'));
    const again = buildSite({ content: dir, outDir: dist });
    expect(page(again, 'met-tekst')).toContain('Een gewijzigde alinea met <strong>vet</strong>.');
    expect(page(again, 'met-tekst')).not.toContain('Een eerste alinea');
  });
});
