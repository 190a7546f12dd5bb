/**
 * Astro content loader for the sheets. It runs the same checks as `npm run validate`
 * (so the build fails with the same messages) and renders each body to static HTML
 * itself: contributor MDX is never compiled into a module or evaluated.
 *
 * Sheets are checked on all CPUs, and a sheet whose bytes, vocabularies and checking code
 * are unchanged since the previous build is taken from Astro's content store instead of
 * being parsed and rendered again (its warnings are kept in the loader's meta store).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { contentDir, loadCatalogueParallel } from '../lib/catalogue.ts';
import { ContentError, formatProblem, hasErrors, type Problem } from '../lib/problems.ts';
import { checkImageFile } from '../lib/sheet/images.ts';
import type { CheckedSheet } from '../lib/sheet/check.ts';
import type { PracticeData } from '../schema/practice.ts';

/**
 * What a sheet's check depends on besides its own bytes: the checking code (and the
 * libraries it uses), the vocabularies and where the files are. Any change re-checks all.
 */
function environmentDigest(root: string, dir: string): string {
  const hash = createHash('sha256');
  const addTree = (folder: string) => {
    let entries: string[];
    try {
      entries = readdirSync(folder, { recursive: true }) as string[];
    } catch {
      return;
    }
    for (const entry of entries.sort()) {
      const file = path.join(folder, entry);
      try {
        hash.update(`${file}\0`).update(readFileSync(file)).update('\0');
      } catch {
        /* a folder */
      }
    }
  };
  for (const folder of ['src/lib', 'src/schema', 'src/content']) addTree(path.join(root, folder));
  addTree(path.join(dir, 'vocabularies'));
  for (const file of [path.join(root, 'package-lock.json'), path.join(dir, 'site.yaml')]) {
    try {
      hash.update(readFileSync(file));
    } catch {
      /* absent */
    }
  }
  return hash.update(`${process.cwd()}\0${dir}`).digest('hex');
}

export function practicesLoader(): Loader {
  return {
    name: 'praktijkbank-practices',
    async load({ store, meta, logger, config }) {
      const started = performance.now();
      const root = fileURLToPath(config.root);
      const dir = contentDir();
      const environment = environmentDigest(root, dir);
      const previousWarnings = JSON.parse(meta.get('warnings') ?? '{}') as Record<string, Problem[]>;
      const digests = new Map<string, string>();
      let reused = 0;

      const reuse = (file: string, bytes: Uint8Array): CheckedSheet | undefined => {
        const digest = createHash('sha256').update(environment).update(file).update('\0').update(bytes).digest('hex').slice(0, 32);
        digests.set(file, digest);
        const slug = path.basename(file).replace(/\.mdx?$/i, '');
        const entry = store.get<PracticeData>(slug);
        if (!entry || entry.digest !== digest || !entry.rendered) return undefined;
        // The image is the one thing outside the sheet's bytes that its check reads.
        if (entry.data.image && checkImageFile(file, entry.data.image.src)) return undefined;
        reused++;
        return {
          file,
          slug,
          problems: (previousWarnings[slug] ?? []).map((problem) => ({ ...problem })),
          data: entry.data,
          body: entry.body,
          rendered: { html: entry.rendered.html, headings: [] },
        };
      };

      const catalogue = await loadCatalogueParallel(dir, { render: true, reuse });
      if (hasErrors(catalogue.problems)) throw new ContentError(catalogue.problems);
      for (const warning of catalogue.problems) logger.warn(formatProblem(warning));

      const warnings: Record<string, Problem[]> = {};
      const current = new Set<string>();
      for (const sheet of catalogue.sheets) {
        if (!sheet.data || !sheet.rendered) continue;
        current.add(sheet.slug);
        if (sheet.problems.length) warnings[sheet.slug] = sheet.problems;
        store.set({
          id: sheet.slug,
          data: sheet.data,
          body: sheet.body,
          filePath: path.relative(root, sheet.file),
          digest: digests.get(sheet.file),
          rendered: { html: sheet.rendered.html, metadata: { headings: [] } },
        });
      }
      for (const id of store.keys()) if (!current.has(id)) store.delete(id);
      meta.set('warnings', JSON.stringify(warnings));
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      logger.info(`${catalogue.sheets.length} sheets loaded in ${seconds} s (${reused} unchanged since the last build)`);
    },
  };
}
