/**
 * The importer end to end: `npm run import` on the seed and a folder of varied exports into
 * a temporary catalogue, `npm run validate` on the result, a build, and every content line
 * of every export found on its built page.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fold } from '../../src/lib/util/text.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { makeCatalogue } from '../helpers/catalogue.ts';
import { fixtures, repoRoot } from '../helpers/paths.ts';
import { buildEnv, buildSite, serve, type Served } from '../helpers/site.ts';

const exportsDir = path.join(fixtures, 'exports');
const seed = path.join(fixtures, 'seed-export.txt');
const headings =
  /^(Categorie|Doelen|Doelgroep|Beschrijving|Succesfactoren|Uitdagingen|Partners|Deze praktijk in|Beleidsdomeinen)$/;
const footer =
  /^(Staat jouw praktijk nog niet in de databank|Deze databank bouwen we samen met jullie)/;

function npm(args: string[], content?: string) {
  const env = buildEnv(content ? { PRAKTIJKBANK_CONTENT: content } : {});
  return spawnSync('npm', ['run', '-s', ...args], { cwd: repoRoot, env, encoding: 'utf8' });
}

/** The lines of an export a reader must find on the page: not blank, not a heading, not the databank's footer, not the image file name and caption. */
function contentLines(file: string): string[] {
  const lines = readFileSync(file, 'utf8')
    .replace(/^\ufeff/, '')
    .split(/\r?\n/)
    .map((l) => l.replace(/[\s\u00a0]+/g, ' ').trim());
  const start = /\.(jpe?g|png)$/i.test(lines[0] ?? '') ? 2 : 0;
  return lines
    .slice(start)
    .map((l) => l.replace(/^• ?/, ''))
    .filter((l) => l && !headings.test(l) && !footer.test(l));
}

let catalogue: string;
let imported: ReturnType<typeof npm>;
let site: Served;
let browser: Browser;

beforeAll(async () => {
  catalogue = makeCatalogue();
  imported = npm([
    'import',
    '--',
    '--out',
    path.join(catalogue, 'practices'),
    '--add-vocabulary',
    '--date',
    '2025-02-01',
    seed,
    exportsDir,
  ]);
  const dist = buildSite({ content: catalogue });
  site = await serve(dist);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** The sheet the report says an export became. */
function sheetOf(file: string): string {
  const lines = imported.stdout.split('\n');
  const at = lines.findIndex(
    (l) => l.startsWith('✓ ') && l.endsWith(path.relative(repoRoot, file)),
  );
  const written = /schreef (\S+\.mdx)/.exec(lines[at + 1] ?? '')?.[1];
  if (!written) throw new Error(`no sheet for ${file} in the report:\n${imported.stdout}`);
  return path.basename(written, '.mdx');
}

describe('npm run import', () => {
  it('imports the seed and every export in the folder, exit code 0, and says what it did', () => {
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    expect(imported.stdout).toMatch(
      /^✓ 6 van 6 exports geïmporteerd; \d+ punten voor de redactie; 3 termen toegevoegd aan de lijsten \("Digitale inclusie", "Mensen met weinig digitale vaardigheden", "Digitalisering"\)\.$/m,
    );
    expect(imported.stdout).toContain(
      'tests/fixtures/exports/broken: overgeslagen, mappen in een map worden niet doorzocht',
    );
    expect(
      readdirSync(path.join(catalogue, 'practices')).filter((f) => f.endsWith('.mdx')),
    ).toHaveLength(6);
  });

  it('writes sheets that pass npm run validate', () => {
    const validated = npm(['validate'], catalogue);
    expect(validated.stdout).toMatch(/✓ 6 fiches gecontroleerd: 0 fouten/);
    expect(validated.status).toBe(0);
  });

  it('exits 1 when an export cannot be imported, and still imports the others', () => {
    const other = makeCatalogue();
    const result = npm([
      'import',
      '--',
      '--out',
      path.join(other, 'practices'),
      path.join(exportsDir, 'broken'),
      path.join(exportsDir, 'moestuin.txt'),
    ]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(
      /✗ tests\/fixtures\/exports\/broken\/unknown-municipality\.txt: niet geïmporteerd\n {4}tests\/fixtures\/exports\/broken\/unknown-municipality\.txt:17: onbekende gemeente "Beersell"/,
    );
    expect(result.stdout).toMatch(/^✗ 1 van 5 exports geïmporteerd, 4 niet geïmporteerd; /m);
    expect(readdirSync(path.join(other, 'practices'))).toEqual([
      'buurtbewoners-maken-samen-een-moestuin-op-een-braakliggend.mdx',
    ]);
  });

  it('refuses --title for more than one export, and explains its options', () => {
    const result = npm([
      'import',
      '--',
      '--title',
      'Een titel voor twee',
      path.join(exportsDir, 'moestuin.txt'),
      path.join(exportsDir, 'spreekuur.txt'),
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      '--title geeft één export een titel, maar er werden 2 exports opgegeven',
    );
    const help = npm(['import', '--', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--add-vocabulary');
  });
});

describe('the built pages of imported sheets', () => {
  it.each(['seed-export.txt', ...readdirSync(exportsDir).filter((f) => f.endsWith('.txt'))])(
    'show every content line of %s',
    async (name) => {
      const file = name === 'seed-export.txt' ? seed : path.join(exportsDir, name);
      const page = await browser.newPage();
      const response = await page.goto(`${site.url}praktijken/${sheetOf(file)}/`);
      expect(response?.status()).toBe(200);
      const text = fold((await page.locator('main').innerText()).replace(/\s+/g, ' '));
      const missing = contentLines(file).filter((line) => !text.includes(fold(line)));
      expect(missing).toEqual([]);
      const broken = await page
        .locator('img')
        .evaluateAll(
          (images) => images.filter((i) => (i as HTMLImageElement).naturalWidth === 0).length,
        );
      expect(broken).toBe(0);
      await page.close();
    },
  );

  it('shows MDX syntax characters of the export as plain text', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}praktijken/${sheetOf(path.join(exportsDir, 'spreekuur.txt'))}/`);
    const prose = page.locator('main .prose');
    const formula = prose.getByText(
      'Het loket werkt met een formule: {vraag} -> <antwoord>. Niet *alles* moet digitaal, ook niet __alles__ op papier.',
      { exact: true },
    );
    // Waits for the text as Playwright does (a poll of one second is too short on a busy machine).
    await formula.first().waitFor();
    expect(await formula.count()).toBe(1);
    expect(await prose.getByText('# Geen titel, gewoon een hekje', { exact: true }).count()).toBe(
      1,
    );
    expect(await prose.locator('h1, h2, h3, h4').filter({ hasText: 'Geen titel' }).count()).toBe(0);
    expect(await prose.locator('ol, blockquote, code, br, del').count()).toBe(0);
    await page.close();
  });

  it("files the former municipality under today's", async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}gemeenten/hasselt/`);
    await expect
      .poll(() => page.locator('main').innerText())
      .toContain('In een taalcafé oefenen anderstaligen');
    await page.close();
  });
});
