/**
 * Checks the web addresses in the sheets (`npm run worklist -- --check-links`): a few at a
 * time, each with a time limit, redirects followed (and counted), HEAD first and GET when a
 * server refuses HEAD. Results are kept for a day in a cache file, so running the worklist
 * again does not knock on every municipality's door again.
 *
 * Only http(s) addresses get here (the schema refuses others). The checker reads status
 * codes only, never a page's content.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface LinkResult {
  url: string;
  ok: boolean;
  /** The last HTTP status seen (after redirects). */
  status?: number;
  /** Where the redirects ended, when there were any. */
  finalUrl?: string;
  redirects: number;
  /** Why the link failed without an HTTP error status. */
  error?: 'timeout' | 'redirects' | 'network';
  /** The network error's code (ECONNREFUSED, ENOTFOUND, ...). */
  detail?: string;
  /** When it was checked (ISO 8601). */
  checkedAt: string;
}

export interface LinkCheckOptions {
  /** Requests at once (default 8). */
  concurrency?: number;
  /** Time limit per request in milliseconds (default 10 s). */
  timeout?: number;
  /** Redirects followed before giving up (default 5). */
  maxRedirects?: number;
  /** A JSON file to keep results in; absent: no cache. */
  cacheFile?: string;
  /** How long a cached result counts, in milliseconds (default one day). */
  maxAge?: number;
  /** The current time (tests move it forward). */
  now?: () => number;
  userAgent?: string;
  /** Called after each link is checked or taken from the cache. */
  progress?: (done: number, total: number) => void;
}

export const oneDay = 24 * 60 * 60 * 1000;

interface CacheFile {
  version: 1;
  results: Record<string, LinkResult>;
}

function readCache(file: string | undefined): Record<string, LinkResult> {
  if (!file) return {};
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
    return parsed.version === 1 && parsed.results && typeof parsed.results === 'object'
      ? parsed.results
      : {};
  } catch {
    return {};
  }
}

function writeCache(file: string, results: Record<string, LinkResult>) {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify({ version: 1, results } satisfies CacheFile));
  renameSync(temporary, file);
}

/** Runs `task` for every item, at most `limit` at a time. */
async function inPool<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}

/** The code of a network error ("ECONNREFUSED"), looked for in the error and its causes. */
function errorCode(error: unknown): string {
  for (
    let current = error as { code?: unknown; cause?: unknown } | undefined, depth = 0;
    current && depth < 5;
    current = current.cause as typeof current, depth++
  )
    if (typeof current.code === 'string') return current.code;
  return error instanceof Error ? error.message : String(error);
}

async function request(
  url: string,
  method: 'HEAD' | 'GET',
  options: Required<Pick<LinkCheckOptions, 'timeout' | 'userAgent'>>,
): Promise<Response> {
  const response = await fetch(url, {
    method,
    redirect: 'manual',
    signal: AbortSignal.timeout(options.timeout),
    headers: {
      'user-agent': options.userAgent,
      accept: 'text/html,application/xhtml+xml,*/*;q=0.8',
    },
  });
  // Only the status matters: the body is not read (nor left to hold the connection).
  await response.body?.cancel().catch(() => undefined);
  return response;
}

/** One address: followed through its redirects until an answer that is not one. */
export async function checkLink(url: string, options: LinkCheckOptions = {}): Promise<LinkResult> {
  const settings = {
    timeout: options.timeout ?? 10_000,
    userAgent: options.userAgent ?? 'Mozilla/5.0 (compatible; Praktijkbank-linkcheck/1.0)',
  };
  const maxRedirects = options.maxRedirects ?? 5;
  const checkedAt = new Date(options.now?.() ?? Date.now()).toISOString();
  let current = url;
  for (let redirects = 0; ; redirects++) {
    let response: Response;
    try {
      response = await request(current, 'HEAD', settings);
      // Some servers answer HEAD wrongly (405, 403, 404, 501): what counts is what a browser gets.
      if (response.status >= 400) response = await request(current, 'GET', settings);
    } catch (error) {
      const name = (error as { name?: string }).name;
      if (name === 'TimeoutError' || name === 'AbortError')
        return {
          url,
          ok: false,
          redirects,
          error: 'timeout',
          checkedAt,
          ...(redirects ? { finalUrl: current } : {}),
        };
      return {
        url,
        ok: false,
        redirects,
        error: 'network',
        detail: errorCode(error),
        checkedAt,
        ...(redirects ? { finalUrl: current } : {}),
      };
    }
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      if (redirects >= maxRedirects)
        return {
          url,
          ok: false,
          status: response.status,
          redirects,
          error: 'redirects',
          finalUrl: current,
          checkedAt,
        };
      current = new URL(location, current).href;
      continue;
    }
    return {
      url,
      ok: response.status < 400,
      status: response.status,
      redirects,
      checkedAt,
      ...(redirects ? { finalUrl: current } : {}),
    };
  }
}

/**
 * Every address once, `concurrency` at a time; results younger than `maxAge` come from the
 * cache file, and the cache is written back with what was checked now.
 */
export async function checkLinks(
  urls: readonly string[],
  options: LinkCheckOptions = {},
): Promise<Map<string, LinkResult>> {
  const now = options.now ?? Date.now;
  const maxAge = options.maxAge ?? oneDay;
  const cache = readCache(options.cacheFile);
  const unique = [...new Set(urls)];
  const results = new Map<string, LinkResult>();
  const toCheck: string[] = [];
  for (const url of unique) {
    const cached = cache[url];
    const age = cached ? now() - Date.parse(cached.checkedAt) : Infinity;
    if (cached && age >= 0 && age < maxAge) results.set(url, cached);
    else toCheck.push(url);
  }
  let done = results.size;
  options.progress?.(done, unique.length);
  await inPool(toCheck, options.concurrency ?? 8, async (url) => {
    const result = await checkLink(url, options);
    results.set(url, result);
    cache[url] = result;
    options.progress?.(++done, unique.length);
  });
  if (options.cacheFile) {
    // Entries older than a week are dropped, so the file does not grow forever.
    for (const [url, result] of Object.entries(cache))
      if (now() - Date.parse(result.checkedAt) > 7 * oneDay) delete cache[url];
    writeCache(options.cacheFile, cache);
  }
  return new Map(unique.map((url) => [url, results.get(url)!]));
}
