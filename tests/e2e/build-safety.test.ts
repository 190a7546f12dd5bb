/**
 * Files a pull request can add next to the sheets never run in the build: names a bundler
 * reads as a query ("helper.js?raw") or a fragment ("#"), and files that are not sheets or
 * pictures, are refused before the build bundles anything, and their payload never runs.
 * Pictures reach the site only by the exact path the check accepted, in any case of their
 * extension, and only when a sheet uses them.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeCatalogue } from '../helpers/catalogue.ts';
import { fixtures, repoRoot } from '../helpers/paths.ts';
import { buildEnv, buildSite, oneBuildAtATime } from '../helpers/site.ts';

const minimal = readFileSync(path.join(fixtures, 'sheets/valid/minimal-sheet.mdx'), 'utf8');
const withImage = (title: string, src: string) =>
  minimal
    .replace(/^title: .*$/m, `title: ${title}`)
    .replace(
      'published:',
      `image:\n  src: ${src}\n  alt: Een groen vlak met een wit venster erin.\npublished:`,
    );

/** Files named "pwned-*" anywhere below these folders: written only if a payload ran. */
function markers(...dirs: string[]): string[] {
  const found: string[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }))
      if (entry.name.startsWith('pwned-')) found.push(path.join(entry.parentPath, entry.name));
  }
  return found;
}

describe('files beside the sheets that a bundler would load as code', () => {
  it('are refused by validate and by the build, and never run', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'praktijkbank-payload-'));
    const marker = (name: string) => path.join(work, `pwned-${name}.txt`);
    const payload = (name: string) =>
      `require('node:fs').writeFileSync(${JSON.stringify(marker(name))}, 'ran'); export default 'x';`;
    const queries = ['?raw', '?url', '?inline', '?worker', '?import', '?.jpg'];
    const files: Record<string, string> = {
      'goed.mdx': minimal,
      'images/helper.js': payload('helper'),
      'images/LEESMIJ': payload('leesmij'),
      'images/LEESMIJ?.png': '',
      'images/kaart#1.jpg': payload('hash'),
    };
    for (const query of queries) files[`images/helper.js${query}`] = '';
    const dir = makeCatalogue(files);

    const validate = spawnSync('npm', ['run', '-s', 'validate', '--', '--no-cache'], {
      cwd: repoRoot,
      env: buildEnv({ PRAKTIJKBANK_CONTENT: dir }),
      encoding: 'utf8',
    });
    expect(validate.status).toBe(1);
    for (const name of [
      'helper.js',
      'LEESMIJ',
      'LEESMIJ?.png',
      'kaart#1.jpg',
      ...queries.map((q) => `helper.js${q}`),
    ])
      expect(
        validate.stdout.split('\n').find((line) => line.includes(`images/${name}:1:1: `)),
        name,
      ).toBeDefined();

    const outDir = path.join(work, 'dist');
    const build = oneBuildAtATime(() =>
      spawnSync('npm', ['run', '-s', 'build', '--', '--outDir', outDir], {
        cwd: repoRoot,
        env: buildEnv({ PRAKTIJKBANK_CONTENT: dir }),
        encoding: 'utf8',
      }),
    );
    expect(build.status).not.toBe(0);
    expect(build.stdout + build.stderr).toContain('images/helper.js?raw:1:1: de naam');
    expect(markers(work, dir, repoRoot)).toEqual([]);
  });
});

describe('pictures', () => {
  it('are published from the accepted path, whatever the case of their extension, and only when a sheet uses them', () => {
    const dir = makeCatalogue({
      'webp.mdx': withImage('Een praktijk met een WebP', 'images/Foto.WEBP'),
      'jpg.mdx': withImage('Een praktijk met een JPEG', 'images/foto.Jpg'),
    });
    mkdirSync(path.join(dir, 'practices/images'));
    copyFileSync(
      path.join(fixtures, 'images/vierkant.webp'),
      path.join(dir, 'practices/images/Foto.WEBP'),
    );
    copyFileSync(
      path.join(fixtures, 'images/vierkant.jpg'),
      path.join(dir, 'practices/images/foto.Jpg'),
    );
    copyFileSync(
      path.join(fixtures, 'images/buddy.png'),
      path.join(dir, 'practices/images/niet-gebruikt.png'),
    );
    const dist = buildSite({ content: dir });
    for (const [slug, format, original] of [
      ['webp', 'webp', 'vierkant.webp'],
      ['jpg', 'jpg', 'vierkant.jpg'],
    ] as const) {
      const html = readFileSync(path.join(dist, `praktijken/${slug}/index.html`), 'utf8');
      const img = /<img src="([^"]+)" width="(\d+)" height="(\d+)"/.exec(html);
      expect(img?.[1], slug).toMatch(
        new RegExp(`^/afbeeldingen/${slug}-[0-9a-f]{10}\\.${format}$`),
      );
      expect([img?.[2], img?.[3]]).toEqual(['48', '30']);
      expect(readFileSync(path.join(dist, img![1]!))).toEqual(
        readFileSync(path.join(fixtures, 'images', original)),
      );
    }
    expect(readdirSync(path.join(dist, 'afbeeldingen')).sort()).toHaveLength(2);
    expect(JSON.stringify(readdirSync(dist, { recursive: true }))).not.toContain('niet-gebruikt');
  });
});
