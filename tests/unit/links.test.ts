import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks, formatBrokenLinks, parseSrcset } from '../../scripts/lib/quality/links.ts';
import { fixtures } from '../helpers/paths.ts';

const fixtureSite = path.join(fixtures, 'quality/site');

/** A built site in a temporary folder: file path → contents (HTML pages get a minimal document around them). */
function site(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'praktijkbank-links-'));
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(
      file,
      name.endsWith('.html')
        ? `<!DOCTYPE html><html lang="nl"><head><title>t</title></head><body>${text}</body></html>`
        : text,
    );
  }
  return dir;
}

describe('the link checker on the fixture site (base /demo/)', () => {
  it('finds the one broken internal link, with the page it is on', () => {
    const broken = checkLinks(fixtureSite, { base: '/demo' });
    expect(broken).toEqual([
      {
        page: 'kapotte-link/index.html',
        where: '<a href>',
        target: '/demo/bestaat-niet/',
        reason: 'there is no bestaat-niet/ in the built site',
      },
    ]);
    expect(formatBrokenLinks(broken)).toBe(
      '<a href> "/demo/bestaat-niet/": there is no bestaat-niet/ in the built site; on kapotte-link/index.html',
    );
  });

  it('honours the base path: checked as a root site, every /demo/ reference is broken', () => {
    const broken = checkLinks(fixtureSite, { base: '/' });
    const targets = new Set(broken.map((b) => b.target));
    for (const target of [
      '/demo/stijl.css',
      '/demo/beeld.svg',
      '/demo/',
      '/demo/alt-ontbreekt/',
      '/demo/#inhoud',
    ])
      expect(targets).toContain(target);
    expect(
      broken
        .filter((b) => b.page === 'index.html' && b.where === '<img srcset>')
        .map((b) => b.target),
    ).toEqual(['/demo/beeld.svg']);
  });
});

describe('the link checker', () => {
  it('resolves relative addresses against the page, ignores queries and decodes %-escapes', () => {
    const dir = site({
      'index.html':
        '<a href="a/">a</a> <a href="a/?q=1">a</a> <img src="beeld%20groot.svg" alt="x">',
      'a/index.html':
        '<a href="../">start</a> <a href="../b/index.html">b</a> <a href="..">start</a> <link rel="stylesheet" href="../stijl.css">',
      'b/index.html': '<a href="../a">a without a trailing slash</a>',
      'beeld groot.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
      'stijl.css': '',
    });
    expect(checkLinks(dir, { base: '/' })).toEqual([]);
  });

  it('checks every candidate of a srcset, on <img> and <source>', () => {
    const dir = site({
      'index.html':
        '<picture><source srcset="/s.webp 1x, /ontbreekt.webp 2x"><img src="/s.png" srcset="/s.png 480w, /weg.png 960w" sizes="50vw" alt="x"></picture>',
      's.webp': '',
      's.png': '',
    });
    expect(checkLinks(dir).map((b) => `${b.where} ${b.target}`)).toEqual([
      '<source srcset> /ontbreekt.webp',
      '<img srcset> /weg.png',
    ]);
    expect(parseSrcset('a.png 1x, b.png 2x,c.png')).toEqual(['a.png', 'b.png', 'c.png']);
  });

  it('checks #fragments against the ids on the target page', () => {
    const dir = site({
      'index.html':
        '<main id="inhoud"><a href="#inhoud">ok</a> <a href="#top">top</a> <a href="#weg">broken</a> <a href="b/#deel">ok</a> <a href="b/#ander-deel">broken</a> <a href="b/#/collections/practices/entries/x">route</a></main>',
      'b/index.html': '<h2 id="deel">Deel</h2>',
    });
    expect(checkLinks(dir).map((b) => `${b.target}: ${b.reason}`)).toEqual([
      '#weg: this page has no element with id="weg"',
      'b/#ander-deel: b/index.html has no element with id="ander-deel"',
    ]);
  });

  it('explains a link written without the base path', () => {
    const dir = site({
      'index.html': '<a href="/praktijken/">lijst</a> <a href="/sub/praktijken/">lijst</a>',
      'praktijken/index.html': '',
    });
    expect(checkLinks(dir, { base: '/sub/' })).toEqual([
      {
        page: 'index.html',
        where: '<a href>',
        target: '/praktijken/',
        reason:
          'it points outside the base path /sub/: write it with the base path, e.g. /sub/praktijken/',
      },
    ]);
  });

  it("checks absolute links to the site's own address, and leaves other sites, mail and phone alone", () => {
    const dir = site({
      'index.html': [
        '<link rel="canonical" href="https://praktijkbank.example/sub/">',
        '<a href="https://praktijkbank.example/sub/weg/">own site, broken</a>',
        '<a href="https://elders.example/weg/">other site</a>',
        '<a href="mailto:a@b.example">mail</a> <a href="tel:+3221234567">phone</a>',
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="x">',
      ].join(''),
    });
    expect(
      checkLinks(dir, { base: '/sub', site: 'https://praktijkbank.example' }).map((b) => b.target),
    ).toEqual(['https://praktijkbank.example/sub/weg/']);
  });

  it('checks form actions and reports empty addresses', () => {
    const dir = site({
      'index.html': '<form action="/zoeken/"><button>Zoek</button></form><a href="">leeg</a>',
    });
    expect(checkLinks(dir).map((b) => `${b.where} "${b.target}": ${b.reason}`)).toEqual([
      '<form action> "/zoeken/": there is no zoeken/ in the built site',
      '<a href> "": the address is empty',
    ]);
  });

  it('rejects relative addresses on the 404 page, which is served at any address', () => {
    const dir = site({
      '404.html': '<a href="praktijken/">lijst</a> <a href="/praktijken/">lijst</a>',
      'praktijken/index.html': '',
    });
    expect(checkLinks(dir).map((b) => b.target)).toEqual(['praktijken/']);
  });

  it('reports a link broken on many pages once, with the pages it is on', () => {
    const pages = Object.fromEntries(
      Array.from({ length: 7 }, (_, i) => [
        `p${i}/index.html`,
        '<a href="/toegankelijkheid/">Toegankelijkheid</a>',
      ]),
    );
    const broken = checkLinks(site(pages));
    expect(broken).toHaveLength(7);
    expect(formatBrokenLinks(broken)).toBe(
      '<a href> "/toegankelijkheid/": there is no toegankelijkheid/ in the built site; on p0/index.html, p1/index.html, p2/index.html, p3/index.html, p4/index.html and 2 more',
    );
  });
});
