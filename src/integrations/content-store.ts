/**
 * During `astro build`, the pages read Astro's content store from its JSON file when they are
 * rendered, instead of from the JavaScript module Astro makes of it.
 *
 * Astro bundles the store (`astro:data-layer-content`) as `export default JSON.parse("…")`:
 * the whole store as one string literal, which Node compiles before the first page is written:
 * at 10,000 sheets that took longer than reading and parsing the file (docs/benchmarks.md). The
 * build renders its pages in this same process, right after the content sync wrote the file,
 * so reading it there gives the pages the same data. The dev server, a chunked store and a
 * store in a form this does not know keep Astro's own module.
 */
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro's id of the content store module once resolved (astro/dist/content/consts.js). */
export const storeModuleId = '\0astro:data-layer-content';

/** Astro's name for the store's file in its cache folder (astro/dist/content/consts.js). */
export const storeFileName = 'data-store.json';

function firstCharacter(file: string): string {
  const handle = openSync(file, 'r');
  try {
    const start = Buffer.alloc(64);
    return start.subarray(0, readSync(handle, start)).toString('utf8').trimStart()[0] ?? '';
  } finally {
    closeSync(handle);
  }
}

/**
 * The module's code: the file read when the module runs. Undefined (Astro's own module) when
 * there is no file, or when it is not the one-file store Astro reads as a devalue array.
 */
export function storeModuleCode(file: string): string | undefined {
  if (!existsSync(file) || firstCharacter(file) !== '[') return undefined;
  return [
    "import { readFileSync } from 'node:fs';",
    `export default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));`,
  ].join('\n');
}

export default function contentStoreFromFile(): AstroIntegration {
  return {
    name: 'praktijkbank-content-store',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        const storage = config.experimental.collectionStorage;
        if (command !== 'build' || (storage && storage !== 'single-file')) return;
        const file = fileURLToPath(new URL(storeFileName, config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'praktijkbank-content-store',
                enforce: 'pre',
                load: {
                  // Before Astro's own plugin, which loads the same module (also enforce: 'pre').
                  order: 'pre',
                  handler(id) {
                    if (id !== storeModuleId) return null;
                    const code = storeModuleCode(file);
                    if (!code) return null;
                    // Tagged as Astro tags its own store module, so incremental builds still
                    // leave it out of each page's dependency hash (content changes reach a page
                    // through its cacheKey).
                    return {
                      code,
                      map: { mappings: '' },
                      meta: { astroIncremental: { kind: 'content-data' } },
                    };
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
