/**
 * Where a build keeps its caches (Astro's content store and the incremental build's copies
 * of unchanged pages). Builds share a cache only when they build the same content folder
 * for the same address, so their pages are the same: the usual build of content/ uses
 * Astro's default (node_modules/.astro); a build of another catalogue (PRAKTIJKBANK_CONTENT,
 * as tests and benchmarks do) or for another address (SITE_URL, SITE_BASE) gets its own
 * folder, so concurrent builds never restore each other's pages.
 * PRAKTIJKBANK_CACHE_DIR names the folder outright.
 */
import { createHash } from 'node:crypto';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { contentDir } from '../catalogue/content-dir.ts';

/**
 * Whether Astro's incremental build is on (PRAKTIJKBANK_INCREMENTAL=1, astro.config.mjs):
 * unchanged pages, by their cacheKey, are copied from this cache.
 */
export const incrementalBuild = process.env.PRAKTIJKBANK_INCREMENTAL === '1';

export function buildCacheDir(
  site: { url: string; base: string },
  root = process.cwd(),
): string | undefined {
  if (process.env.PRAKTIJKBANK_CACHE_DIR) return path.resolve(process.env.PRAKTIJKBANK_CACHE_DIR);
  if (!process.env.PRAKTIJKBANK_CONTENT && !process.env.SITE_URL && !process.env.SITE_BASE)
    return undefined;
  const key = createHash('sha256')
    .update(JSON.stringify([root, contentDir(root), site.url, site.base]))
    .digest('hex')
    .slice(0, 16);
  const parent = path.join(tmpdir(), 'praktijkbank-build-cache');
  pruneOldCaches(parent);
  return path.join(parent, key);
}

/** Caches not used for a day (mostly of the tests' temporary catalogues) are removed. */
function pruneOldCaches(parent: string): void {
  try {
    for (const name of readdirSync(parent)) {
      const folder = path.join(parent, name);
      if (Date.now() - statSync(folder).mtimeMs > 24 * 3600 * 1000)
        rmSync(folder, { recursive: true, force: true });
    }
  } catch {
    /* no caches yet */
  }
}
