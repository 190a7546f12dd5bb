/**
 * Long lists (all sheets, a term's sheets) are cut into pages of listPageSize cards, so a
 * page stays light however large the catalogue grows. The first page keeps its address.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/catalogue-fs.ts';
import { generateCatalogue } from '../../scripts/lib/generate/catalogue.ts';
import { collator } from '../../src/lib/util/text.ts';
import { contentRoot, repoRoot } from '../helpers/paths.ts';
import { buildSite } from '../helpers/site.ts';

const pageSize = 50;

describe('pagination of long lists', () => {
  let work: string;
  let dist: string;
  let published: { slug: string; title: string; category: string }[];

  beforeAll(() => {
    // Inside the repository, so this build's prerender chunks do not meet another build's in <repo>/.astro/.
    mkdirSync(path.join(repoRoot, 'node_modules/.cache'), { recursive: true });
    work = mkdtempSync(path.join(repoRoot, 'node_modules/.cache/praktijkbank-pagination-'));
    const content = path.join(work, 'content');
    generateCatalogue({ count: 200, out: content, seed: 'pagination', from: contentRoot });
    published = loadCatalogue(content)
      .sheets.filter((sheet) => sheet.data?.status === 'published')
      .map((sheet) => ({
        slug: sheet.slug,
        title: sheet.data!.title,
        category: sheet.data!.category,
      }));
    dist = buildSite({ content, outDir: path.join(work, 'dist') });
  });

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const html = (page: string) => readFileSync(path.join(dist, page, 'index.html'), 'utf8');
  const cards = (page: string) =>
    [
      ...html(page).matchAll(/<article class="card">\s*<h2><a href="\/praktijken\/([^/]+)\/">/g),
    ].map((m) => m[1]);

  it('lists every published sheet exactly once over /praktijken/ and /praktijken/pagina/<n>/, in title order', () => {
    const pages = Math.ceil(published.length / pageSize);
    expect(pages).toBeGreaterThan(1);
    const listed = [
      'praktijken',
      ...Array.from({ length: pages - 1 }, (_, i) => `praktijken/pagina/${i + 2}`),
    ].flatMap(cards);
    const expected = [...published]
      .sort((a, b) => collator.compare(a.title, b.title))
      .map((p) => p.slug);
    expect(listed).toEqual(expected);
    expect(cards('praktijken')).toHaveLength(pageSize);
    expect(readdirSync(path.join(dist, 'praktijken/pagina')).sort()).toEqual(
      Array.from({ length: pages - 1 }, (_, i) => String(i + 2)).sort(),
    );
  });

  it('links the pages with previous, next and numbered links, marking the current page', () => {
    const second = html('praktijken/pagina/2');
    const nav =
      /<nav class="pagination" aria-label="Paginering">([\s\S]*?)<\/nav>/.exec(second)?.[1] ?? '';
    expect(nav).toContain('href="/praktijken/" rel="prev"');
    expect(nav).toContain('href="/praktijken/pagina/3/" rel="next"');
    expect(nav).toMatch(/href="\/praktijken\/pagina\/2\/" aria-current="page"/);
    expect(second).toMatch(/<title>Alle praktijken \(pagina 2 van \d+\) \| Praktijkbank<\/title>/);
    expect(second).toContain(
      `Praktijken ${pageSize + 1} tot ${2 * pageSize} van ${published.length}`,
    );
    expect(html('praktijken')).not.toContain('rel="prev"');
  });

  it('pages a category with more sheets than fit on one page, and leaves short lists whole', () => {
    const counts = new Map<string, number>();
    for (const p of published) counts.set(p.category, (counts.get(p.category) ?? 0) + 1);
    const [[longest, count]] = [...counts].sort((a, b) => b[1] - a[1]) as [[string, number]];
    expect(count).toBeGreaterThan(pageSize);
    const termDirs = (segment: string) =>
      readdirSync(path.join(dist, segment), { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name);
    const slug = termDirs('categorieen').find((dir) =>
      html(`categorieen/${dir}`).includes(`<h1>Praktijken: ${longest}</h1>`),
    )!;
    const listed = [`categorieen/${slug}`, `categorieen/${slug}/pagina/2`].flatMap(cards);
    expect(new Set(listed).size).toBe(Math.min(count, 2 * pageSize));
    expect(html(`categorieen/${slug}/pagina/2`)).toContain(
      `<a href="/categorieen/${slug}/">${longest}</a>`,
    );
    const short = termDirs('gemeenten').find(
      (dir) => !html(`gemeenten/${dir}`).includes('class="pagination"'),
    );
    expect(short).toBeDefined();
  });
});
