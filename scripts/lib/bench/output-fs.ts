/** What a build wrote: folder sizes and the weight of pages as a visitor downloads them. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

export const gzip = (bytes: Uint8Array) => gzipSync(bytes).length;
const brotli = (bytes: Uint8Array) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

export interface PageWeight {
  page: string;
  html: number;
  css: number;
  js: number;
  gzip: number;
  brotli: number;
  /** Scripts the page loads (or runs inline) when it opens. */
  scriptsAtLoad: number;
}

/** HTML + CSS + JS of a page, compressed; images are not counted. */
export function pageWeight(dist: string, page: string): PageWeight {
  const html = readFileSync(path.join(dist, page));
  const text = html.toString();
  const local = (href: string) =>
    path.join(
      dist,
      href
        .replace(/^https?:\/\/[^/]+/, '')
        .replace(/^\//, '')
        .split(/[?#]/)[0]!,
    );
  const styles = [...text.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)]
    .map((m) => /href="([^"]+)"/.exec(m[0])?.[1])
    .filter(Boolean) as string[];
  const scripts = [...text.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
  const preloads = [...text.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map(
    (m) => m[1]!,
  );
  // A module's static imports load with it (the "Vergelijk" script imports its chunk); dynamic ones only when used.
  const loaded = new Set<string>([...scripts, ...preloads]);
  for (const href of loaded)
    for (const [, chunk] of readFileSync(local(href), 'utf8').matchAll(
      /\bimport\s*(?:[\w{}\s,*]+from\s*)?["'](\.\/[^"']+\.js)["']/g,
    ))
      loaded.add(new URL(chunk!, `http://site${href.startsWith('/') ? '' : '/'}${href}`).pathname);
  const files = [...styles, ...loaded].map((href) => readFileSync(local(href)));
  const all = [html, ...files];
  const inline = [
    ...text.matchAll(/<script\b(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>/g),
  ].length;
  return {
    page,
    html: gzip(html),
    css: styles.reduce((sum, href) => sum + gzip(readFileSync(local(href))), 0),
    js: [...loaded].reduce((sum, href) => sum + gzip(readFileSync(local(href))), 0),
    gzip: all.reduce((sum, bytes) => sum + gzip(bytes), 0),
    brotli: all.reduce((sum, bytes) => sum + brotli(bytes), 0),
    scriptsAtLoad: scripts.length + inline,
  };
}

/** The sheet pages: their median and largest weight. */
export function sheetPageWeights(dist: string): { median: PageWeight; largest: PageWeight } {
  const folder = path.join(dist, 'praktijken');
  const pages = readdirSync(folder, { withFileTypes: true })
    .filter(
      (entry) => entry.isDirectory() && existsSync(path.join(folder, entry.name, 'index.html')),
    )
    .map((entry) => {
      const page = path.join('praktijken', entry.name, 'index.html');
      return { page, size: statSync(path.join(dist, page)).size };
    })
    .filter(({ page }) =>
      readFileSync(path.join(dist, page), 'utf8').includes('data-pagefind-body'),
    )
    .sort((a, b) => a.size - b.size);
  if (!pages.length) throw new Error(`no sheet pages found in ${folder}`);
  return {
    median: pageWeight(dist, pages[Math.floor(pages.length / 2)]!.page),
    largest: pageWeight(dist, pages.at(-1)!.page),
  };
}

/** The largest HTML page of the site (a long list is the usual suspect), compressed. */
export function heaviestPage(dist: string): { page: string; bytes: number; gzip: number } {
  let best = { page: '', bytes: 0 };
  for (const entry of readdirSync(dist, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const bytes = statSync(file).size;
    if (bytes > best.bytes) best = { page: path.relative(dist, file), bytes };
  }
  return { ...best, gzip: gzip(readFileSync(path.join(dist, best.page))) };
}

export interface OpenDataSize {
  file: string;
  bytes: number;
  gzip: number;
  /** Files of this kind (the feeds: the site's and one per category and policy domain). */
  files: number;
}

/** Size of each open data file of the build (src/lib/open-data/); the term feeds summed. */
export function openDataSizes(dist: string): OpenDataSize[] {
  const one = (file: string): OpenDataSize | undefined => {
    const full = path.join(dist, file);
    if (!existsSync(full)) return undefined;
    const bytes = readFileSync(full);
    return { file, bytes: bytes.length, gzip: gzip(bytes), files: 1 };
  };
  const sizes = [
    'praktijken.json',
    'praktijken.schema.json',
    'praktijken.csv',
    'voorbeelden.csv',
    'catalogus.jsonld',
    'feed.xml',
    'sitemap-index.xml',
    'sitemap-0.xml',
  ]
    .map(one)
    .filter((size): size is OpenDataSize => size !== undefined);
  const termFeeds = readdirSync(dist, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name === 'feed.xml' && entry.parentPath !== dist)
    .map((entry) => readFileSync(path.join(entry.parentPath, entry.name)));
  if (termFeeds.length)
    sizes.push({
      file: 'term feeds',
      bytes: termFeeds.reduce((sum, b) => sum + b.length, 0),
      gzip: termFeeds.reduce((sum, b) => sum + gzip(b), 0),
      files: termFeeds.length,
    });
  return sizes;
}
