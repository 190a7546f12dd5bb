/**
 * Astro content loader for the sheets. It runs the same checks as `npm run validate`
 * (so the build fails with the same messages) and renders each body to static HTML
 * itself: contributor MDX is never compiled into a module or evaluated.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { contentDir, loadCatalogue } from '../lib/catalogue.ts';
import { ContentError, formatProblem, hasErrors } from '../lib/problems.ts';

export function practicesLoader(): Loader {
  return {
    name: 'praktijkbank-practices',
    async load({ store, logger, generateDigest, config }) {
      const catalogue = loadCatalogue(contentDir(), { render: true });
      if (hasErrors(catalogue.problems)) throw new ContentError(catalogue.problems);
      for (const warning of catalogue.problems) logger.warn(formatProblem(warning));

      store.clear();
      for (const sheet of catalogue.sheets) {
        if (!sheet.data || !sheet.rendered) continue;
        store.set({
          id: sheet.slug,
          data: sheet.data,
          body: sheet.body,
          filePath: path.relative(fileURLToPath(config.root), sheet.file),
          digest: generateDigest({ data: sheet.data, body: sheet.body ?? '' }),
          rendered: { html: sheet.rendered.html, metadata: { headings: [] } },
        });
      }
      logger.info(`${catalogue.sheets.length} sheets loaded`);
    },
  };
}
