/**
 * A rebuild reuses checked sheets (the content loader's digests) and, with
 * PRAKTIJKBANK_INCREMENTAL=1, unchanged pages (Astro's incremental build with our cache
 * keys) from the previous build. It must still give exactly the site a fresh build gives.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCatalogue } from '../../scripts/lib/generate/catalogue.ts';
import { contentRoot, repoRoot } from '../helpers/paths.ts';
import { buildEnv } from '../helpers/site.ts';

function build(content: string, outDir: string, cacheDir: string): string {
  const env = buildEnv({
    PRAKTIJKBANK_CONTENT: content,
    PRAKTIJKBANK_CACHE_DIR: cacheDir,
    PRAKTIJKBANK_INCREMENTAL: '1',
  });
  const result = spawnSync('npm', ['run', '-s', 'build', '--', '--outDir', outDir], {
    cwd: repoRoot,
    env,
    encoding: 'utf8',
  });
  if (result.status !== 0)
    throw new Error(`build failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

function files(dir: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile())
      result.set(
        path.relative(dir, path.join(entry.parentPath, entry.name)),
        readFileSync(path.join(entry.parentPath, entry.name), 'latin1'),
      );
  return result;
}

describe('a rebuild after changing sheets', () => {
  let work: string;
  let rebuildLog: string;
  let changedSlug: string;
  let removedSlug: string;

  beforeAll(() => {
    // Inside the repository: a build whose output folder lies outside it puts Astro's
    // prerender chunks in <repo>/.astro/, which concurrent builds would share.
    const cache = path.join(repoRoot, 'node_modules/.cache');
    mkdirSync(cache, { recursive: true });
    work = mkdtempSync(path.join(cache, 'praktijkbank-incremental-'));
    const content = path.join(work, 'content');
    generateCatalogue({ count: 30, out: content, seed: 'incremental', from: contentRoot });
    build(content, path.join(work, 'dist'), path.join(work, 'cache'));

    const practices = path.join(content, 'practices');
    const sheets = readdirSync(practices)
      .filter((name) => name.endsWith('.mdx'))
      .sort();
    changedSlug = sheets[3]!.replace(/\.mdx$/, '');
    removedSlug = sheets[7]!.replace(/\.mdx$/, '');
    // A new title moves the sheet in every list and in other sheets' "related" blocks.
    const file = path.join(practices, sheets[3]!);
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        /^title: .*$/m,
        'title: Aardige nieuwe titel voor de buurt',
      ),
    );
    rmSync(path.join(practices, sheets[7]!));
    rebuildLog = build(content, path.join(work, 'dist'), path.join(work, 'cache'));

    const fresh = path.join(work, 'fresh-content');
    cpSync(content, fresh, { recursive: true });
    build(fresh, path.join(work, 'fresh-dist'), path.join(work, 'fresh-cache'));
  });

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('checks only the changed sheet again and copies unchanged pages', () => {
    expect(rebuildLog).toMatch(
      /29 sheets loaded in [\d.]+ s \(28 unchanged since the last build\)/,
    );
    expect(rebuildLog).toMatch(/\((cached|restored)\)/);
  });

  it('gives exactly the site a fresh build gives', () => {
    const rebuilt = files(path.join(work, 'dist'));
    const fresh = files(path.join(work, 'fresh-dist'));
    expect([...rebuilt.keys()].sort()).toEqual([...fresh.keys()].sort());
    const different = [...fresh]
      .filter(([name, text]) => rebuilt.get(name) !== text)
      .map(([name]) => name);
    expect(different).toEqual([]);
    expect(rebuilt.get(`praktijken/${changedSlug}/index.html`)).toContain(
      'Aardige nieuwe titel voor de buurt',
    );
    expect(rebuilt.has(`praktijken/${removedSlug}/index.html`)).toBe(false);
  });
});
