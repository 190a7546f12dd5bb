/**
 * Measures the search: how big the Pagefind bundle of a built site is, and how many bytes a
 * visitor downloads for a first query on /zoeken/. For the benchmark (npm run bench) and the
 * search tests; nothing here changes a site.
 *
 *   measureIndexSize(dist)                       → IndexSize (synchronous, reads files)
 *   measureFirstQuery(browser, siteUrl, query)   → Promise<FirstQuery> (drives a real browser)
 *
 * The caller builds and serves the site (e.g. tests/helpers/site.ts) and launches the browser
 * (tests/helpers/browser.ts), so one browser can measure several queries.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export type BundleKind = 'index' | 'fragment' | 'filter' | 'meta' | 'wasm' | 'code';
const bundleKinds: BundleKind[] = ['index', 'fragment', 'filter', 'meta', 'wasm', 'code'];

/** What a file of the Pagefind bundle is, from its path inside pagefind/. */
export function bundleKind(file: string): BundleKind {
  const name = file.replace(/\\/g, '/').replace(/[?#].*$/, '');
  if (/(^|\/)index\/[^/]+\.pf_index$/.test(name)) return 'index';
  if (/(^|\/)fragment\/[^/]+\.pf_fragment$/.test(name)) return 'fragment';
  if (/(^|\/)filter\/[^/]+\.pf_filter$/.test(name)) return 'filter';
  if (/\.pf_meta$/.test(name) || /pagefind-entry\.json$/.test(name)) return 'meta';
  if (/(^|\/)wasm\.[^/]+\.pagefind$/.test(name)) return 'wasm';
  return 'code';
}

/** Pagefind writes its index chunks and WebAssembly gzipped already: a server cannot shrink them. */
const preCompressed = (kind: BundleKind) => kind !== 'code';

export interface SizeByKind {
  files: number;
  bytes: number;
}

export interface IndexSize {
  /** Sheets in the index (from pagefind-entry.json). */
  pages: number;
  /** Every file under <dist>/pagefind/. */
  files: number;
  bytes: number;
  /** The index proper: index, fragment, filter chunks and metadata (no code, no WebAssembly). */
  indexBytes: number;
  byKind: Record<BundleKind, SizeByKind>;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Size of the Pagefind bundle of a built site (`dist` is the build's output folder). */
export function measureIndexSize(dist: string): IndexSize {
  const bundle = path.join(dist, 'pagefind');
  let files: string[];
  try {
    files = listFiles(bundle);
  } catch {
    throw new Error(
      `${bundle}: no Pagefind bundle here; build the site first (npm run build -- --outDir ${dist})`,
    );
  }
  const byKind = Object.fromEntries(
    bundleKinds.map((kind) => [kind, { files: 0, bytes: 0 }]),
  ) as Record<BundleKind, SizeByKind>;
  let bytes = 0;
  for (const file of files) {
    const size = statSync(file).size;
    const kind = byKind[bundleKind(path.relative(bundle, file))];
    kind.files++;
    kind.bytes += size;
    bytes += size;
  }
  const entry = JSON.parse(readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const pages = Object.values(entry.languages).reduce(
    (sum, language) => sum + language.page_count,
    0,
  );
  const indexBytes =
    byKind.index.bytes + byKind.fragment.bytes + byKind.filter.bytes + byKind.meta.bytes;
  return { pages, files: files.length, bytes, indexBytes, byKind };
}

export interface Download {
  /** Address relative to the site root, e.g. "pagefind/wasm.nl.pagefind". */
  url: string;
  kind: BundleKind | 'page';
  /** Bytes as served (our test server sends no compression). */
  bytes: number;
  /** Bytes after gzip, as a compressing static host would send them. */
  gzipBytes: number;
}

export interface FirstQuery {
  /** The search page address that was opened. */
  url: string;
  /** Number of results the page reported. */
  results: number;
  downloads: Download[];
  /** Everything the visit downloaded: page, styles, scripts and search files. */
  bytes: number;
  gzipBytes: number;
  /** Only the files under pagefind/: what the search itself costs. */
  searchBytes: number;
  searchGzipBytes: number;
}

/**
 * Opens `<siteUrl>zoeken/?q=<query>` in a fresh browser context (empty cache), waits until
 * the results are shown, and sums every response. `query` may also be a set of URL
 * parameters, e.g. { q: 'sport', gemeente: ['halle'] }. `siteUrl` is the served site root,
 * with the base path and a trailing slash.
 */
export interface FirstQueryOptions {
  /** Viewport width in CSS pixels (360: a phone, where the facets start closed). */
  width?: number;
  /**
   * A page (relative to siteUrl) opened first, as a visitor coming from a sheet would: what it
   * loaded is in the browser's cache and is not counted.
   */
  from?: string;
}

export async function measureFirstQuery(
  browser: Browser,
  siteUrl: string,
  query: string | Record<string, string | string[]>,
  options: FirstQueryOptions = {},
): Promise<FirstQuery> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(typeof query === 'string' ? { q: query } : query))
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, item);
  const url = `${siteUrl}zoeken/?${params}`;
  const width = options.width ?? 1280;
  const context = await browser.newContext({
    viewport: { width, height: width < 600 ? 800 : 900 },
  });
  try {
    const page = await context.newPage();
    const cached = new Set<string>();
    if (options.from) {
      page.on('request', (request) => cached.add(request.url()));
      await page.goto(`${siteUrl}${options.from}`, { waitUntil: 'networkidle' });
      page.removeAllListeners('request');
    }
    const bodies: Promise<Download | undefined>[] = [];
    // Requests of Pagefind's web worker are reported on the page too (Chromium).
    page.on('response', (response) => {
      if (cached.has(response.url())) return;
      bodies.push(
        response.body().then(
          (body) => {
            const address = response.url().startsWith(siteUrl)
              ? response.url().slice(siteUrl.length)
              : response.url();
            const kind = address.startsWith('pagefind/') ? bundleKind(address) : 'page';
            const gzipBytes =
              kind !== 'page' && preCompressed(kind) ? body.length : gzipSync(body).length;
            return { url: address, kind, bytes: body.length, gzipBytes };
          },
          () => undefined, // redirects have no body
        ),
      );
    });
    await page.goto(url);
    const root = page.locator('#search-app');
    await page.waitForSelector('#search-app[data-state="ready"], #search-app[data-state="error"]', {
      timeout: 60_000,
    });
    if ((await root.getAttribute('data-state')) === 'error')
      throw new Error(
        `${url}: the search page could not load its index (${siteUrl}pagefind/pagefind.js)`,
      );
    await page.waitForLoadState('networkidle');
    const results = Number(await root.getAttribute('data-count'));
    const downloads = (await Promise.all(bodies)).filter((download): download is Download =>
      Boolean(download),
    );
    const sum = (items: Download[], key: 'bytes' | 'gzipBytes') =>
      items.reduce((total, item) => total + item[key], 0);
    const search = downloads.filter((download) => download.kind !== 'page');
    return {
      url,
      results,
      downloads,
      bytes: sum(downloads, 'bytes'),
      gzipBytes: sum(downloads, 'gzipBytes'),
      searchBytes: sum(search, 'bytes'),
      searchGzipBytes: sum(search, 'gzipBytes'),
    };
  } finally {
    await context.close();
  }
}
