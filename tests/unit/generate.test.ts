import { spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCatalogue, loadVocabularyContext } from '../../src/lib/catalogue/catalogue-fs.ts';
import { formatProblem } from '../../src/lib/util/problems.ts';
import {
  generateCatalogue,
  GenerateError,
  markerFile,
} from '../../scripts/lib/generate/catalogue.ts';
import { Random } from '../../scripts/lib/generate/random.ts';
import { fieldsOf, toJsonSchema, type JsonSchema } from '../../src/schema/json-schema.ts';
import { buildEnv } from '../helpers/site.ts';
import { contentRoot, fixtures, repoRoot } from '../helpers/paths.ts';

const tempDir = (name: string) =>
  path.join(mkdtempSync(path.join(tmpdir(), 'praktijkbank-generate-')), name);

/** Every file below a folder, by relative path, with its bytes. */
function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile())
      files.set(
        path.relative(dir, path.join(entry.parentPath, entry.name)),
        readFileSync(path.join(entry.parentPath, entry.name)),
      );
  return files;
}

function frontMatter(file: string): Record<string, unknown> {
  const text = readFileSync(file, 'utf8');
  return parse(text.split('\n---\n')[0]!.replace(/^---\n/, '')) as Record<string, unknown>;
}

/** Paths of every field the schema defines: "title", "examples[].contacts[].email", ... */
function schemaPaths(node: JsonSchema, prefix = ''): string[] {
  const paths: string[] = [];
  for (const field of fieldsOf(node)) {
    const own = `${prefix}${field}`;
    paths.push(own);
    let inner = node.properties![field]!;
    let suffix = '';
    while (inner.type === 'array' && inner.items) {
      inner = inner.items;
      suffix += '[]';
    }
    paths.push(...schemaPaths(inner, `${own}${suffix}.`));
  }
  return paths;
}

/** Paths of every field a value uses, in the same form. */
function usedPaths(value: unknown, prefix = '', into = new Set<string>()): Set<string> {
  if (Array.isArray(value))
    for (const item of value) usedPaths(item, `${prefix.replace(/\.$/, '')}[].`, into);
  else if (value && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) {
      into.add(`${prefix}${key}`);
      usedPaths(inner, `${prefix}${key}.`, into);
    }
  return into;
}

describe('the seeded random generator', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const draw = (seed: string) =>
      Array.from(
        { length: 20 },
        (
          (random) => () =>
            random.next()
        )(new Random(seed)),
      );
    expect(draw('a')).toEqual(draw('a'));
    expect(draw('a')).not.toEqual(draw('b'));
    expect(draw('a').every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('npm run generate', () => {
  let dir: string;
  let practices: string[];

  beforeAll(() => {
    dir = tempDir('catalogue');
    generateCatalogue({ count: 300, out: dir, seed: 'test', from: contentRoot });
    practices = readdirSync(path.join(dir, 'practices'))
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => path.join(dir, 'practices', name));
  });

  it('writes a whole content folder: settings, vocabularies and the sheets', () => {
    expect(readFileSync(path.join(dir, 'site.yaml'), 'utf8')).toBe(
      readFileSync(path.join(contentRoot, 'site.yaml'), 'utf8'),
    );
    expect(readdirSync(path.join(dir, 'vocabularies')).sort()).toEqual(
      readdirSync(path.join(contentRoot, 'vocabularies')).sort(),
    );
    expect(practices).toHaveLength(300);
  });

  it('is deterministic: the same seed gives byte-identical files, another seed other files', () => {
    const again = tempDir('again');
    generateCatalogue({ count: 300, out: again, seed: 'test', from: contentRoot });
    const first = snapshot(dir);
    const second = snapshot(again);
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    for (const [name, bytes] of first) expect(second.get(name)?.equals(bytes), name).toBe(true);

    const other = tempDir('other');
    generateCatalogue({ count: 300, out: other, seed: 'another seed', from: contentRoot });
    const different = [...snapshot(other).entries()].filter(
      ([name, bytes]) => !first.get(name)?.equals(bytes),
    );
    expect(different.length).toBeGreaterThan(250);
  });

  it('makes sheets that all pass validation, without a single warning', () => {
    const catalogue = loadCatalogue(dir);
    expect(catalogue.problems.map(formatProblem)).toEqual([]);
    expect(catalogue.sheets.filter((sheet) => sheet.data)).toHaveLength(300);
  });

  it('uses every field of the schema somewhere', () => {
    const { schema } = loadVocabularyContext(contentRoot);
    const used = new Set<string>();
    for (const file of practices) usedPaths(frontMatter(file), '', used);
    const unused = schemaPaths(toJsonSchema(schema)).filter((field) => !used.has(field));
    expect(unused).toEqual([]);
  });

  it('writes sheets at least as long as the seed sheet on average, some with a Markdown body', () => {
    const seed = statSync(
      path.join(fixtures, 'sheets/valid/kansenpas-en-vrijetijdscheque.mdx'),
    ).size;
    const sizes = practices.map((file) => statSync(file).size);
    expect(sizes.reduce((a, b) => a + b, 0) / sizes.length).toBeGreaterThanOrEqual(seed);
    const bodies = practices.map((file) => readFileSync(file, 'utf8').split('\n---\n')[1]!.trim());
    expect(bodies.filter(Boolean).length).toBeGreaterThan(150);
    expect(bodies.some((body) => body.includes('<Callout'))).toBe(true);
    expect(bodies.some((body) => body.includes('<Quote'))).toBe(true);
    expect(bodies.some((body) => body.includes('\n## '))).toBe(true);
  });

  it('gives some sheets a small, real PNG image and marks a few as drafts', () => {
    const withImage = practices.map(frontMatter).filter((data) => data.image);
    expect(withImage.length).toBeGreaterThan(300 * 0.05);
    expect(withImage.length).toBeLessThan(300 * 0.2);
    for (const data of withImage) {
      const bytes = readFileSync(path.join(dir, 'practices', (data.image as { src: string }).src));
      expect(bytes.subarray(0, 8).toString('latin1')).toBe('\x89PNG\r\n\x1a\n');
      expect(bytes.length).toBeLessThan(20_000);
    }
    expect(
      practices.map(frontMatter).filter((data) => data.status === 'draft').length,
    ).toBeGreaterThan(0);
  });

  it('spreads categories and municipalities like a real catalogue: skewed, big cities first', () => {
    const count = (values: string[]) => {
      const counts = new Map<string, number>();
      for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
      return [...counts.entries()].sort((a, b) => b[1] - a[1]);
    };
    const data = practices.map(frontMatter);
    const categories = count(data.map((d) => d.category as string));
    const { vocabularies } = loadVocabularyContext(contentRoot);
    expect(categories).toHaveLength(vocabularies.categories.terms.length);
    expect(categories[0]![1]).toBeGreaterThanOrEqual(3 * categories.at(-1)![1]);

    const municipalities = count(
      data.flatMap((d) =>
        ((d.examples ?? []) as { municipality: string }[]).map((e) => e.municipality),
      ),
    );
    const top = municipalities.slice(0, 6).map(([name]) => name);
    expect(top).toContain('Antwerpen');
    expect(top).toContain('Gent');
    expect(municipalities.length).toBeGreaterThan(100);
    expect(municipalities.every(([name]) => vocabularies.municipalities.get(name))).toBe(true);
  });

  it('refuses to write into a folder it did not make, and replaces one it did', () => {
    const mine = tempDir('mine');
    mkdirSync(mine, { recursive: true });
    writeFileSync(path.join(mine, 'notes.txt'), 'keep me');
    expect(() => generateCatalogue({ count: 3, out: mine, from: contentRoot })).toThrow(
      GenerateError,
    );
    expect(readFileSync(path.join(mine, 'notes.txt'), 'utf8')).toBe('keep me');

    const generated = tempDir('generated');
    generateCatalogue({ count: 5, out: generated, from: contentRoot });
    generateCatalogue({ count: 2, out: generated, from: contentRoot });
    expect(
      readdirSync(path.join(generated, 'practices')).filter((name) => name.endsWith('.mdx')),
    ).toHaveLength(2);
    expect(readFileSync(path.join(generated, markerFile), 'utf8')).toContain('--count 2');
  });

  it('explains a missing or wrong argument on the command line', () => {
    const run = (...args: string[]) =>
      spawnSync('npm', ['run', '-s', 'generate', '--', ...args], {
        cwd: repoRoot,
        env: buildEnv(),
        encoding: 'utf8',
      });
    const missing = run('--out', tempDir('cli'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('--count is missing');
    const wrong = run('--count', 'veel', '--out', tempDir('cli'));
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('--count must be a whole number of at least 1, not "veel"');
    const ok = run('--count', '3', '--out', tempDir('cli'), '--seed', 'x');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('3 sheets');
  });
});
