/**
 * Builds the Pagefind search index at the end of `astro build` (or, with `npm run build`,
 * just after it: scripts/build.ts), with Pagefind's Node API, so one build command writes
 * the whole site including <outDir>/pagefind/.
 *
 * Only the sheet pages carry `data-pagefind-body` (src/pages/praktijken/[slug].astro), so
 * Pagefind indexes the sheets and nothing else; it is given only those files (`sheetPages`),
 * since reading the other pages costs time and memory (docs/benchmarks.md). Their filters, metadata
 * and sort keys come from src/components/search/SearchData.astro. Result URLs in the index
 * are relative to the output folder; the search page adds the site's base path (Astro
 * `base`) in the browser, and loads the bundle from <base>pagefind/.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Every sheet is Dutch: one index with Dutch stemming, whatever a page's lang says. */
export const searchLanguage = 'nl';

/**
 * Bundle files we never load: the search page uses Pagefind's JS API (pagefind.js, its worker,
 * the WebAssembly and the index), not Pagefind's prebuilt UIs (see src/scripts/search/app.ts
 * for why). Removing them keeps the deployed folder to what a visitor can download.
 */
const unusedBundleFiles = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** The sheet pages, relative to the output folder: the only pages with something to index. */
export const sheetPages = 'praktijken/*/index.html';

export interface IndexResult {
  /** The bundle folder that was written. */
  outputPath: string;
  /** Pages Pagefind read (the sheet pages). */
  pagesRead: number;
  /** Pages in the index (the sheets). */
  pagesIndexed: number;
}

function fail(step: string, errors: string[]): never {
  throw new Error(`Pagefind could not ${step}:\n  ${errors.join('\n  ')}`);
}

/** Indexes the sheet pages in `siteDir` and writes the bundle to `siteDir/pagefind/`. */
export async function buildSearchIndex(siteDir: string): Promise<IndexResult> {
  const outputPath = path.join(siteDir, 'pagefind');
  let pagesRead: number;
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: searchLanguage });
    if (!index) fail('start', errors);
    const added = await index.addDirectory({ path: siteDir, glob: sheetPages });
    if (added.errors.length) fail(`index ${siteDir}`, added.errors);
    pagesRead = added.page_count;
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) fail(`write ${outputPath}`, written.errors);
  } finally {
    await pagefind.close();
  }
  for (const file of unusedBundleFiles) rmSync(path.join(outputPath, file), { force: true });
  const entry = JSON.parse(readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const pagesIndexed = Object.values(entry.languages).reduce(
    (sum, language) => sum + language.page_count,
    0,
  );
  return { outputPath, pagesRead, pagesIndexed };
}

/** Builds the index and logs one line about it, the same from the integration and from scripts/build.ts. */
export async function indexAndReport(
  siteDir: string,
  base: string,
  log: (message: string) => void,
): Promise<IndexResult> {
  const started = performance.now();
  const result = await buildSearchIndex(siteDir);
  const served = `${base.replace(/\/?$/, '/')}pagefind/`;
  const relative = path.relative(process.cwd(), result.outputPath);
  const shown = relative.startsWith('..') ? result.outputPath : relative;
  log(
    `indexed ${result.pagesIndexed} sheet(s) in ${Math.round(performance.now() - started)} ms: ${shown}, served at ${served}`,
  );
  return result;
}

/**
 * Set by scripts/build.ts (`npm run build`): a file to which this integration writes where
 * the site is, instead of indexing it, so the index is built after Astro's process has ended
 * and the two never hold their memory at the same time (scripts/build.ts).
 */
export const indexLaterVariable = 'PRAKTIJKBANK_INDEX_LATER';

export interface IndexHandoff {
  siteDir: string;
  base: string;
}

export default function pagefindIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'praktijkbank-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const handoff = process.env[indexLaterVariable];
        if (handoff) {
          writeFileSync(handoff, JSON.stringify({ siteDir, base } satisfies IndexHandoff));
          logger.info('the search index is built once Astro has finished (scripts/build.ts)');
          return;
        }
        await indexAndReport(siteDir, base, (message) => logger.info(message));
      },
    },
  };
}
