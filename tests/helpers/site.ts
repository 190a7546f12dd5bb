/**
 * Builds a catalogue into a temporary folder and serves it on localhost, as a static host
 * would (including under a sub-path), for the end-to-end tests.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from './paths.ts';

export interface BuildOptions {
  /** Content folder (default: the repository's content/). */
  content?: string;
  /** Sub-path to build for, e.g. "/praktijkbank" (default "/"). */
  base?: string;
  outDir?: string;
}

/**
 * The environment for a child build. Vitest puts its own Vite variables (BASE_URL, MODE,
 * NODE_ENV=test, ...) into process.env; a child Astro build would take them as its own.
 * The children share Node's compile cache: the tests start scripts (validate, new, ...)
 * hundreds of times, and each start compiles the checking code again without it.
 */
export function buildEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    NODE_COMPILE_CACHE: path.join(repoRoot, 'node_modules/.cache/node-compile-cache'),
    ...extra,
  };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'TEST'])
    if (!(key in extra)) delete env[key];
  return env;
}

/** Runs `npm run build` and returns the output folder; throws with the build's output on failure. */
export function buildSite(options: BuildOptions = {}): string {
  const outDir = options.outDir ?? path.join(mkdtempSync(path.join(tmpdir(), 'praktijkbank-dist-')), 'dist');
  const env = buildEnv();
  if (options.content) env.PRAKTIJKBANK_CONTENT = options.content;
  if (options.base) env.SITE_BASE = options.base;
  const result = oneBuildAtATime(() => spawnSync('npm', ['run', '-s', 'build', '--', '--outDir', outDir], { cwd: repoRoot, env, encoding: 'utf8' }));
  if (result.status !== 0) throw new Error(`build failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return outDir;
}

/**
 * Astro puts the prerender bundle of a build whose outDir lies outside the project in
 * <project>/.astro/.prerender/, one folder for all such builds: two at once (test files run
 * in parallel) delete each other's chunks ("Cannot find module .../.prerender/chunks/...").
 * So test builds take turns, across worker processes, through a lock file holding the
 * builder's pid (a lock left by a killed run is taken over).
 */
export function oneBuildAtATime<T>(build: () => T): T {
  const lock = path.join(repoRoot, '.astro', 'test-build.lock');
  mkdirSync(path.dirname(lock), { recursive: true });
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    try {
      const owner = Number(readFileSync(lock, 'utf8'));
      process.kill(owner, 0);
    } catch (error) {
      // ESRCH: its builder is gone. (EPERM: alive under another user; NaN: being written.)
      if ((error as NodeJS.ErrnoException).code === 'ESRCH') rmSync(lock, { force: true });
    }
    Atomics.wait(pause, 0, 0, 250);
  }
  try {
    return build();
  } finally {
    rmSync(lock, { force: true });
  }
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
};

export interface Served {
  /** Address of the site root, with the base path and a trailing slash. */
  url: string;
  close(): Promise<void>;
}

/** Serves a built site; paths outside the base path and missing files get the site's 404 page. */
export async function serve(dist: string, base = '/'): Promise<Served> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file: string | undefined;
    if (pathname.startsWith(prefix)) {
      const candidate = path.join(dist, pathname.slice(prefix.length));
      if (!candidate.startsWith(dist)) file = undefined;
      else if (existsSync(candidate) && statSync(candidate).isFile()) file = candidate;
      else if (existsSync(path.join(candidate, 'index.html'))) {
        if (!pathname.endsWith('/')) {
          response.writeHead(301, { location: `${pathname}/` }).end();
          return;
        }
        file = path.join(candidate, 'index.html');
      }
    }
    if (!file) {
      response.writeHead(404, { 'content-type': types['.html']! });
      const notFound = path.join(dist, '404.html');
      if (existsSync(notFound)) createReadStream(notFound).pipe(response);
      else response.end('Not found');
      return;
    }
    response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
