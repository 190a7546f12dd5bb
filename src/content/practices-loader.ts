/**
 * Astro content loader for the sheets. It runs the same checks as `npm run validate`
 * (so the build fails with the same messages) and renders each body to static HTML
 * itself: contributor MDX is never compiled into a module or evaluated.
 *
 * Sheets are checked on all CPUs, and a sheet whose bytes, vocabularies and checking code
 * are unchanged since the previous build is taken from Astro's content store instead of
 * being parsed and rendered again (its warnings are kept in the loader's meta store).
 * The store keeps the data and the rendered HTML, not the sheet's source text: no page
 * needs it, and at 10,000 sheets it made the store (which Astro bundles) a fifth larger.
 *
 * Under `astro dev` the loader follows Astro's file watcher: any change in the content folder
 * loads the catalogue again (unchanged sheets come from the store). A change with an error is
 * logged with validate's messages, and the pages keep the last good catalogue.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { loadCatalogueParallel } from '../lib/catalogue/catalogue-fs.ts';
import { contentDir } from '../lib/catalogue/content-dir.ts';
import { environmentDigest, imageStillFine, sheetDigest, slugOf } from '../lib/catalogue/check-cache-fs.ts';
import { ContentError, formatProblem, hasErrors, type Problem } from '../lib/util/problems.ts';
import type { CheckedSheet } from '../lib/sheet/check.ts';
import type { PracticeData } from '../schema/practice.ts';
import { messages } from '../i18n/messages.ts';

export function practicesLoader(): Loader {
  const loader: Loader = {
    name: 'praktijkbank-practices',
    async load(context) {
      const { store, meta, logger, config } = context;
      const started = performance.now();
      const root = fileURLToPath(config.root);
      const dir = contentDir();
      const environment = environmentDigest(root, dir);
      const previousWarnings = JSON.parse(meta.get('warnings') ?? '{}') as Record<string, Problem[]>;
      const digests = new Map<string, string>();
      let reused = 0;

      const reuse = (file: string, bytes: Uint8Array): CheckedSheet | undefined => {
        const digest = sheetDigest(environment, file, bytes);
        digests.set(file, digest);
        const slug = slugOf(file);
        const entry = store.get<PracticeData>(slug);
        if (!entry || entry.digest !== digest || !entry.rendered || !imageStillFine(file, entry.data.image)) return undefined;
        reused++;
        return {
          file,
          slug,
          problems: (previousWarnings[slug] ?? []).map((problem) => ({ ...problem })),
          data: entry.data,
          ...(entry.data.image ? { image: path.resolve(path.dirname(file), entry.data.image.src) } : {}),
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
          filePath: path.relative(root, sheet.file),
          digest: digests.get(sheet.file),
          rendered: { html: sheet.rendered.html, metadata: { headings: [] } },
        });
      }
      for (const id of store.keys()) if (!current.has(id)) store.delete(id);
      meta.set('warnings', JSON.stringify(warnings));
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      logger.info(`${catalogue.sheets.length} sheets loaded in ${seconds} s (${reused} unchanged since the last build)`);
      // A reload from the watcher passes no watcher: the listeners are added once per sync.
      if (context.watcher) watchContent(context, dir, () => loader.load({ ...context, watcher: undefined }));
    },
  };
  return loader;
}

/** In `astro dev`: loads again after every change in the content folder, one load at a time. */
function watchContent({ watcher, logger }: LoaderContext, dir: string, reload: () => Promise<void>) {
  if (!watcher) return;
  watcher.add(dir);
  let queue = Promise.resolve();
  const onChange = (file: string) => {
    const relative = path.relative(dir, file);
    if (relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) return;
    queue = queue.then(reload).catch((error: unknown) => {
      // The store still holds the last good catalogue; the server keeps serving it.
      const message = error instanceof Error ? error.message : String(error);
      logger.error(`${message}\n${messages.validate.untilFixed}`);
    });
  };
  for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, onChange);
}
