import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commit, git } from '../helpers/git.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { makeCatalogue } from '../helpers/catalogue.ts';
import { fixtures, repoRoot } from '../helpers/paths.ts';
import { axeViolations, formatViolations, newPage } from '../helpers/quality.ts';
import { buildEnv, buildSite, oneBuildAtATime, serve, type Served } from '../helpers/site.ts';

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
  it("shows every section in the seed's order, with Dutch headings", async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}praktijken/kansenpas-en-vrijetijdscheque/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('nl-BE');
    const headings = await page.locator('main h2, main h3').allTextContents();
    const order = [
      'Doelen',
      'Doelgroep',
      'Beschrijving',
      'Succesfactoren',
      'Uitdagingen',
      'Partners',
      'Deze praktijk in Beersel, Eeklo, Halle, Oostende',
      'Beersel',
      'Eeklo',
      'Halle',
      'Oostende',
      'Beleidsdomeinen',
    ];
    const positions = order.map((h) => headings.indexOf(h));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const text = await page.locator('main').innerText();
    for (const phrase of [
      'Contact integratieambtenaar',
      'Contact projectmedewerker samenleven',
      'Meer info',
      'Verenigingen waar armen het woord nemen',
      'UiTPAS vind je in meer dan 65 steden en gemeenten.',
    ])
      expect(text).toContain(phrase);
    await page.close();
  });

  it('links its category, policy domains and municipalities to their pages under the base path', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}praktijken/kansenpas-en-vrijetijdscheque/`);
    await page.getByRole('link', { name: 'Sociaal beleid' }).click();
    // The click starts the navigation; on a busy machine the new address comes a moment later.
    await page.waitForURL(`${site.url}beleidsdomeinen/sociaal-beleid/`);
    await expect
      .poll(() => page.locator('h1').textContent(), { timeout: 10_000 })
      .toBe('Praktijken: Sociaal beleid');
    await page.goto(`${site.url}gemeenten/halle/`);
    expect(
      await page
        .getByRole('link', {
          name: 'Kansenpas of vrijetijdscheque voor mensen met een beperkt budget',
        })
        .count(),
    ).toBe(1);
    await page.close();
  });

  it('shows no broken image and ships one script only: the small one of the "Vergelijk" box', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}praktijken/kansenpas-en-vrijetijdscheque/`);
    const broken = await page
      .locator('img')
      .evaluateAll(
        (images) =>
          images.filter(
            (i) => !(i as HTMLImageElement).complete || (i as HTMLImageElement).naturalWidth === 0,
          ).length,
      );
    expect(broken).toBe(0);
    const scripts = await page
      .locator('script')
      .evaluateAll((tags) =>
        tags.map((tag) => [
          tag.getAttribute('type'),
          tag.getAttribute('src')?.replace(/\.[\w-]+\.js$/, '.js'),
          tag.textContent,
        ]),
      );
    // Structured data (application/ld+json) is data, not a script the browser runs.
    expect(scripts.filter(([type]) => type !== 'application/ld+json')).toEqual([
      [
        'module',
        '/praktijkbank/_astro/ShortlistScript.astro_astro_type_script_index_0_lang.js',
        '',
      ],
    ]);
    expect(scripts.filter(([type]) => type === 'application/ld+json')).toHaveLength(1);
    expect(await page.locator('#vergelijk-deze').isVisible()).toBe(true);
    await page.close();
  });

  it('opens with "In één oogopslag", saying "Onbekend" for what the sheet does not give', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}praktijken/kansenpas-en-vrijetijdscheque/`);
    const items = await page
      .locator('.glance__item')
      .evaluateAll((nodes) =>
        nodes.map((n) => [
          n.querySelector('dt')!.textContent,
          n.querySelector('dd')!.textContent.trim(),
        ]),
      );
    expect(items).toEqual([
      ['Fase', 'Onbekend'],
      ['Onderbouwing', 'Onbekend'],
      ['Kosten per jaar', 'Onbekend'],
      ['Personeelsinzet', 'Onbekend'],
      ['Loopt sinds', 'Onbekend'],
      ['Gemeenten', '4 gemeenten'],
    ]);
    await page
      .getByRole('region', { name: 'In één oogopslag' })
      .getByRole('link', { name: 'Onbekend' })
      .first()
      .click();
    await page.waitForURL(`${site.url}fasen/`);
    expect(await page.locator('h1').textContent()).toBe('Fasen');
    await page.close();
  });

  it('fits a 360 px wide screen without sideways scrolling', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(`${site.url}praktijken/kansenpas-en-vrijetijdscheque/`);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
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
    expect((sheet?.examples as { municipality: string }[]).map((e) => e.municipality)).toEqual([
      'Beersel',
      'Eeklo',
      'Halle',
      'Oostende',
    ]);
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

describe("the seed sheet's history and the editors' page in the real build", () => {
  it('dates the seed sheet by its last commit in this repository and links to that version', async () => {
    const html = await (await fetch(`${site.url}praktijken/kansenpas-en-vrijetijdscheque/`)).text();
    const shown = /<dt>Laatst gewijzigd<\/dt><dd>\s*<time datetime="([^"]+)"/.exec(html)?.[1];
    const git = (args: string[]) =>
      execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8' }).trim();
    if (git(['rev-parse', '--is-shallow-repository']) === 'true') {
      expect(shown).toBe('2026-11-25');
      return;
    }
    const [sha, committed] = git([
      'log',
      '-1',
      '--first-parent',
      '--format=%H %cI',
      '--',
      'content/practices/kansenpas-en-vrijetijdscheque.mdx',
    ]).split(' ');
    expect(shown).toBe(
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(
        new Date(committed!),
      ),
    );
    expect(html).toContain(
      `https://github.com/vvsg/praktijkbank/blob/${sha}/content/practices/kansenpas-en-vrijetijdscheque.mdx`,
    );
  });

  it("lists the seed sheet's open tasks on /redactie/, with links to edit it, and keeps the page out of search engines", async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}redactie/`);
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    expect(await page.locator('link[rel="canonical"]').count()).toBe(0);
    const section = page.locator('section.worklist__sheet', {
      has: page.locator('#fiche-kansenpas-en-vrijetijdscheque'),
    });
    expect(await section.locator('li').allTextContents()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^Adres ontbreekt: Beersel: het contact "Contact integratieambtenaar"/,
        ),
        expect.stringMatching(/^Afbeelding ontbreekt: /),
      ]),
    );
    expect(
      await section.getByRole('link', { name: 'in de redactieomgeving' }).getAttribute('href'),
    ).toBe('/praktijkbank/admin/#/collections/practices/entries/kansenpas-en-vrijetijdscheque');
    expect(await section.getByRole('link', { name: 'op GitHub' }).getAttribute('href')).toBe(
      'https://github.com/vvsg/praktijkbank/edit/main/content/practices/kansenpas-en-vrijetijdscheque.mdx',
    );
    // No page links to it: editors know where it is.
    const home = await (await fetch(site.url)).text();
    expect(home).not.toContain('redactie/');
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
    copyFileSync(
      path.join(fixtures, 'images/buddy.png'),
      path.join(dir, 'practices/archief/images/buddy.png'),
    );
    const dist = buildSite({ content: dir });
    const html = readFileSync(path.join(dist, 'praktijken/buddy/index.html'), 'utf8');
    const img = /<img src="([^"]+)"[^>]*alt="Twee mensen wandelen samen door het centrum"/.exec(
      html,
    );
    // Published by the exact path the check accepted, under the sheet's name and the picture's hash.
    expect(img?.[1]).toMatch(/^\/afbeeldingen\/buddy-[0-9a-f]{10}\.png$/);
    expect(existsSync(path.join(dist, img![1]!))).toBe(true);
    expect(html).toContain('Beeld: Gemeente Voorbeeld');
    expect(html).toContain('/edit/main/content/practices/archief/buddy.mdx"');
  });
});

describe('the text of a sheet (its body)', () => {
  it('is on its page, and a rebuild shows a change to it (the unchanged sheets come from the store)', () => {
    const minimal = readFileSync(
      path.join(fixtures, 'sheets/valid/minimal-sheet.mdx'),
      'utf8',
    ).trimEnd();
    const body =
      '\n\nEen eerste alinea met **vet**.\n\n## Aanpak\n\n<Callout type="tip">\nBegin klein.\n</Callout>\n';
    const dir = makeCatalogue({
      'met-tekst.mdx': minimal + body,
      'zonder-tekst.mdx': minimal.replace(/^title: .*$/m, 'title: Zonder tekst'),
    });
    const page = (dist: string, slug: string) =>
      readFileSync(path.join(dist, `praktijken/${slug}/index.html`), 'utf8');
    const dist = buildSite({ content: dir });
    expect(page(dist, 'met-tekst')).toMatch(
      /<p>Een eerste alinea met <strong>vet<\/strong>\.<\/p>/,
    );
    // Under the page's own "Beschrijving" heading, the text's headings are one level lower.
    expect(page(dist, 'met-tekst')).toContain('<h3>Aanpak</h3>');
    expect(page(dist, 'met-tekst')).toContain('Begin klein.');
    expect(page(dist, 'zonder-tekst')).not.toContain('Een eerste alinea');

    writeFileSync(
      path.join(dir, 'practices/met-tekst.mdx'),
      minimal + body.replace('Een eerste alinea', 'Een gewijzigde alinea'),
    );
    const again = buildSite({ content: dir, outDir: dist });
    expect(page(again, 'met-tekst')).toContain('Een gewijzigde alinea met <strong>vet</strong>.');
    expect(page(again, 'met-tekst')).not.toContain('Een eerste alinea');
  });
});

describe('how current a sheet is', () => {
  // A catalogue in its own git repository, with commits at chosen dates, built as on 1 June 2026.
  const minimal = () => readFileSync(path.join(fixtures, 'sheets/valid/minimal-sheet.mdx'), 'utf8');
  const sheet = (title: string, extra: string) =>
    minimal()
      .replace(/^title: .*$/m, `title: ${title}`)
      .replace('published: 2025-01-15', `published: 2020-03-01\n${extra}`);
  const examples = `examples:
  - municipality: Halle
    text: Halle hield dit vol tot eind 2024; daarna viel de subsidie weg.
    status: gestopt
  - municipality: Gent
    text: Gent doet dit nog altijd, in drie buurten tegelijk.
    reviewed: 2026-02-01
`;

  let repo: string;
  const sha: Record<string, string> = {};
  const pages: Record<string, string> = {};
  let log = '';
  let dist = '';

  /** Builds a catalogue with PRAKTIJKBANK_TODAY set and returns the build's output folder and its log. */
  function buildAsOf(content: string, today: string): { dist: string; log: string } {
    const dist = path.join(mkdtempSync(path.join(tmpdir(), 'praktijkbank-dist-')), 'dist');
    const run = oneBuildAtATime(() =>
      spawnSync('npm', ['run', '-s', 'build', '--', '--outDir', dist], {
        cwd: repoRoot,
        env: buildEnv({ PRAKTIJKBANK_CONTENT: content, PRAKTIJKBANK_TODAY: today }),
        encoding: 'utf8',
      }),
    );
    if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
    return { dist, log: `${run.stdout}\n${run.stderr}` };
  }

  beforeAll(() => {
    repo = makeCatalogue({
      // Checked on 31 May 2024: with the 24-month cycle, due from 1 June 2026.
      'te-herzien.mdx': sheet('Te herzien', `reviewed: 2024-05-31\n`).replace(
        'policyDomains:',
        `${examples}policyDomains:`,
      ),
      // Checked on 1 June 2024: still current on 1 June 2026.
      'net-op-tijd.mdx': sheet(
        'Net op tijd',
        'reviewed: 2024-06-01\nimage:\n  src: images/buddy.png\n  alt: Twee mensen wandelen samen door het centrum\n',
      ),
    });
    mkdirSync(path.join(repo, 'practices/images'), { recursive: true });
    copyFileSync(
      path.join(fixtures, 'images/buddy.png'),
      path.join(repo, 'practices/images/buddy.png'),
    );
    git(repo, ['init', '-q']);
    sha.first = commit(repo, 'Eerste fiches', '2025-02-03T10:00:00+01:00');
    writeFileSync(
      path.join(repo, 'practices/te-herzien.mdx'),
      readFileSync(path.join(repo, 'practices/te-herzien.mdx'), 'utf8').replace(
        'Nieuwkomers sneller wegwijs maken.',
        'Nieuwkomers sneller en beter wegwijs maken.',
      ),
    );
    sha.text = commit(repo, 'Doel verduidelijkt', '2025-09-10T09:00:00+02:00');
    // Only the image of "Net op tijd" changes, late in the evening (already the next day in Belgium).
    copyFileSync(
      path.join(fixtures, 'contribute/buddy-in-de-bib.png'),
      path.join(repo, 'practices/images/buddy.png'),
    );
    sha.image = commit(repo, 'Nieuwe foto', '2025-10-20T22:30:00+00:00');
    // A sheet not committed yet.
    writeFileSync(
      path.join(repo, 'practices/nog-niet-bewaard.mdx'),
      sheet('Nog niet bewaard', 'reviewed: 2026-05-01\n'),
    );
    const built = buildAsOf(repo, '2026-06-01');
    log = built.log;
    dist = built.dist;
    for (const slug of ['te-herzien', 'net-op-tijd', 'nog-niet-bewaard'])
      pages[slug] = readFileSync(path.join(built.dist, `praktijken/${slug}/index.html`), 'utf8');
  });

  const fact = (html: string, label: string) =>
    new RegExp(`<dt>${label}</dt><dd>\\s*<time datetime="([^"]+)"`).exec(html)?.[1];

  it('dates "Laatst gewijzigd" by the last commit of the sheet or its image', () => {
    expect(fact(pages['te-herzien']!, 'Laatst gewijzigd')).toBe('2025-09-10');
    expect(fact(pages['net-op-tijd']!, 'Laatst gewijzigd')).toBe('2025-10-21');
    // Not committed: its own date, and the build says so once.
    expect(fact(pages['nog-niet-bewaard']!, 'Laatst gewijzigd')).toBe('2020-03-01');
    expect(log.match(/have no commit yet/g)).toHaveLength(1);
    expect(log).not.toContain('no git history');
  });

  it("links to the sheet's history and to the version shown, on the forge", () => {
    expect(pages['te-herzien']).toContain(
      `href="https://github.com/vvsg/praktijkbank/commits/main/content/practices/te-herzien.mdx"`,
    );
    expect(pages['te-herzien']).toContain(
      `href="https://github.com/vvsg/praktijkbank/blob/${sha.text}/practices/te-herzien.mdx"`,
    );
    expect(pages['te-herzien']).toContain(`Vaste link naar deze versie (${sha.text!.slice(0, 7)})`);
    expect(pages['net-op-tijd']).toContain(`/blob/${sha.image}/practices/net-op-tijd.mdx"`);
    expect(pages['nog-niet-bewaard']).not.toContain('/blob/');
  });

  it('says calmly that a sheet is due for review, exactly past the cycle', () => {
    const note =
      'Deze fiche werd het laatst nagekeken op 31 mei 2024; de informatie kan verouderd zijn.';
    expect(pages['te-herzien']).toContain(note);
    expect(pages['net-op-tijd']).not.toContain('de informatie kan verouderd zijn');
    expect(fact(pages['net-op-tijd']!, 'Laatst nagekeken')).toBe('2024-06-01');
    // Not a warning colour or an alert: an aside under the summary, in the page's own tone.
    expect(pages['te-herzien']).not.toMatch(/role="alert"[^>]*>[^<]*nagekeken/);
  });

  it("shows a stopped example as stopped, and an example's review date, accessibly", async () => {
    const served = await serve(dist);
    const page = await newPage(browser, 360);
    await page.goto(`${served.url}praktijken/te-herzien/`);
    expect(formatViolations(await axeViolations(page))).toBe('');
    expect(await page.locator('#voorbeeld-halle').textContent()).toBe('Halle (gestopt)');
    const halle = await page
      .locator('section.example', { has: page.locator('#voorbeeld-halle') })
      .innerText();
    expect(halle).toContain('Halle doet dit niet meer.');
    expect(halle).toContain('Halle hield dit vol tot eind 2024');
    const gent = await page
      .locator('section.example', { has: page.locator('#voorbeeld-gent') })
      .innerText();
    expect(gent).toContain('Nagekeken op 1 februari 2026.');
    expect(gent).not.toContain('gestopt');
    await page.close();
    await served.close();
  });

  it("falls back to the sheets' own dates in a shallow clone, and says so once", () => {
    const clone = path.join(mkdtempSync(path.join(tmpdir(), 'praktijkbank-shallow-')), 'catalogus');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, clone]);
    const built = buildAsOf(clone, '2026-06-01');
    const html = readFileSync(path.join(built.dist, 'praktijken/te-herzien/index.html'), 'utf8');
    expect(fact(html, 'Laatst gewijzigd')).toBe('2020-03-01');
    expect(html).not.toContain('/blob/');
    expect(
      built.log.match(/no git history, because the repository is a shallow clone/g),
    ).toHaveLength(1);
  });
});
