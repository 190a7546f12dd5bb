/**
 * The body parser skips GFM's e-mail address literal for texts without an "@", and all
 * bare-address links for texts without "@", "http://", "https://" or "www." (the slowest parts
 * of parsing, see parserFor in src/lib/sheet/body-parse.ts). These tests prove that this never
 * changes a tree: every body gets exactly the tree of remark-parse + remark-mdx + remark-gfm,
 * positions included.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { generateCatalogue } from '../../scripts/lib/generate/catalogue.ts';
import { parserFor } from '../../src/lib/sheet/body-parse.ts';
import { splitSheet } from '../../src/lib/sheet/frontmatter.ts';
import { contentRoot, fixtures } from '../helpers/paths.ts';

const reference = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

function sameTree(body: string) {
  let expected: unknown;
  try {
    expected = reference.parse(body);
  } catch (error) {
    // A text the reference refuses must be refused the same way.
    expect(() => parserFor(body).parse(body)).toThrow((error as Error).message);
    return;
  }
  expect(parserFor(body).parse(body)).toEqual(expected);
}

function bodiesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
    .map((entry) => {
      const split = splitSheet(readFileSync(path.join(entry.parentPath, entry.name), 'utf8'));
      return split.ok ? split.value.body : '';
    });
}

describe('body parser', () => {
  it('leaves out only the bare-address links a text cannot contain', () => {
    const all = parserFor('Mail ons: info@example.be');
    const web = parserFor('Kijk op www.example.be');
    const none = parserFor('Geen adres hier.');
    expect(new Set([all, web, none]).size).toBe(3);
    expect(parserFor('a@b')).toBe(all);
    expect(parserFor('x @ y, www.a.be')).toBe(all);
    expect(parserFor('HTTPS://A.BE')).toBe(web);
    expect(parserFor('http://a')).toBe(web);
    expect(parserFor('www zonder punt, http zonder slashes, https:/half')).toBe(none);
  });

  it('still links a bare e-mail address and bare web addresses', () => {
    const links = (body: string) =>
      JSON.stringify(parserFor(body).parse(body)).match(/"type":"link"/g)?.length ?? 0;
    expect(
      links('Mail info@gemeente.be of kijk op www.gemeente.be en https://example.be/pad.'),
    ).toBe(3);
    expect(links('Kijk op www.gemeente.be en https://example.be/pad.')).toBe(2);
  });

  it.each([
    'Kijk op www.vvsg.be, https://example.be/a_b?c=d (en http://x.y).',
    'Gewone tekst met letters, cijfers 123 en tekens + - . _ overal: a.b-c_d+e.',
    '| Kolom | Andere |\n| --- | --- |\n| www.a.be | ~~weg~~ |\n\n- [ ] taak\n- [x] klaar\n\nTekst[^1].\n\n[^1]: Voetnoot met https://a.be.',
    '<Callout type="tip">\nZie www.a.be\n</Callout>\n\nEen {/* commentaar */} en \\< tekens.',
    'mailto:iemand zonder apenstaart, xmpp:ook-niet, WWW.HOOFDLETTERS.BE en HTTPS://A.BE',
    'Half open <Callout',
    'Een e-mail info@a.be, een halve @ en een adres.@a',
    'www zonder punt, http: zonder slashes, https:/half, wwwa.be en Http:/x',
    'Alleen tekst: **vet**, _schuin_, [een link](https://a.be) en <https> geen adres.',
  ])('gives the reference tree for %j', (body) => sameTree(body));

  it('gives the reference tree for every fixture sheet and the real content', () => {
    const bodies = [...bodiesIn(fixtures), ...bodiesIn(contentRoot)];
    expect(bodies.length).toBeGreaterThan(50);
    for (const body of bodies) sameTree(body);
  });

  it('gives the reference tree for 300 generated sheets', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'praktijkbank-parser-')), 'content');
    generateCatalogue({ count: 300, out, from: contentRoot, seed: 'parser' });
    const bodies = bodiesIn(path.join(out, 'practices'));
    expect(bodies.filter((body) => !body.includes('@')).length).toBeGreaterThan(100);
    expect(bodies.filter((body) => /www\.|https?:\/\//.test(body)).length).toBeGreaterThan(10);
    expect(bodies.filter((body) => parserFor(body) === parserFor('')).length).toBeGreaterThan(10);
    for (const body of bodies) sameTree(body);
  });
});
