/**
 * The browser gates fail on the hand-written fixture pages in tests/fixtures/quality/site/
 * (served under /demo/), each with one defect, and pass on the clean start page: proof that
 * the checks quality.test.ts runs on the real site can fail.
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { fixtures } from '../helpers/paths.ts';
import {
  axeViolations,
  closePage,
  invisibleFocus,
  newPage,
  walkWithKeyboard,
  type KeyboardWalk,
} from '../helpers/quality.ts';
import { serve, type Served } from '../helpers/site.ts';

let browser: Browser;
let site: Served;

beforeAll(async () => {
  site = await serve(path.join(fixtures, 'quality/site'), '/demo');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function axeRules(address: string, width = 1280): Promise<string[]> {
  const page = await newPage(browser, width);
  await page.goto(`${site.url}${address}`);
  const rules = (await axeViolations(page)).map((v) => v.rule);
  await closePage(page);
  return rules;
}

async function walk(address: string): Promise<KeyboardWalk> {
  const page = await newPage(browser, 1280);
  await page.goto(`${site.url}${address}`);
  const result = await walkWithKeyboard(page);
  await closePage(page);
  return result;
}

describe('axe on the fixture pages', () => {
  it('passes the clean start page at both widths', async () => {
    expect(await axeRules('', 360)).toEqual([]);
    expect(await axeRules('', 1280)).toEqual([]);
  });

  it('fails an image without alt text', async () => {
    expect(await axeRules('alt-ontbreekt/')).toEqual(['image-alt']);
  });

  it('fails light grey text on white (contrast 2.3:1)', async () => {
    expect(await axeRules('laag-contrast/')).toEqual(['color-contrast']);
  });

  it('fails a <div> directly inside a <ul>', async () => {
    expect(await axeRules('foute-nesting/')).toEqual(['list']);
  });
});

describe('the keyboard walk on the fixture pages', () => {
  /** The Tab stops of the clean start page, in order. */
  const startPageStops = [
    'a "Naar de inhoud"',
    'a "Start"',
    'a "Zonder alt-tekst"',
    'a "Laag contrast"',
    'a "Foute nesting"',
    'a "Kapotte link"',
    'a "Geen focus"',
    'a "Naar het begin van de inhoud"',
    'a "Een pagina verder"',
    'a "Een andere website"',
    'a "Mail de redactie"',
    'a "Terug naar de start"',
  ];

  it('passes the clean start page: skip link first, every control in order, focus always visible', async () => {
    const result = await walk('');
    expect(result.stops.map((s) => s.name)).toEqual(startPageStops);
    expect(result.unreached).toEqual([]);
    expect(result.outOfOrder).toEqual([]);
    expect(result.positiveTabindex).toEqual([]);
    expect(invisibleFocus(result)).toEqual([]);
  });

  it('fails a link whose focus outline is removed', async () => {
    expect(invisibleFocus(await walk('geen-focus/'))).toEqual([
      'a "de start": no outline or box-shadow when focused',
    ]);
  });

  it('reports a positive tabindex and the jump in order it causes', async () => {
    const page = await newPage(browser, 1280);
    await page.goto(site.url);
    await page.evaluate(() => {
      document.querySelector<HTMLElement>('a[href="mailto:redactie@example.org"]')!.tabIndex = 1;
    });
    const result = await walkWithKeyboard(page);
    await closePage(page);
    expect(result.positiveTabindex).toEqual(['a "Mail de redactie"']);
    expect(result.stops[0]?.name).toBe('a "Mail de redactie"');
    expect(result.outOfOrder).toEqual(['a "Mail de redactie" → a "Naar de inhoud"']);
  });

  it('reports the controls a keyboard trap keeps Tab from reaching', async () => {
    const page = await newPage(browser, 1280);
    await page.goto(site.url);
    await page.evaluate(() => {
      document
        .querySelector('a[href="/demo/kapotte-link/"]')!
        .addEventListener('keydown', (event) => {
          if ((event as KeyboardEvent).key === 'Tab') event.preventDefault();
        });
    });
    const result = await walkWithKeyboard(page);
    await closePage(page);
    expect(result.stops.at(-1)?.name).toBe('a "Kapotte link"');
    expect(result.unreached).toEqual(
      startPageStops.slice(startPageStops.indexOf('a "Kapotte link"') + 1),
    );
  });
});
