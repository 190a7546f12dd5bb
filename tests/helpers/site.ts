/**
 * Builds a catalogue into a temporary folder and serves it on localhost, as a static host
 * would (including under a sub-path), for the end-to-end tests.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  for (const key of [
    'BASE_URL',
    'MODE',
    'DEV',
    'PROD',
    'SSR',
    'NODE_ENV',
    'VITEST',
    'VITEST_MODE',
    'VITEST_POOL_ID',
    'VITEST_WORKER_ID',
    'TEST',
  ])
    if (!(key in extra)) delete env[key];
  return env;
}

/** Runs `npm run build` and returns the output folder; throws with the build's output on failure. */
export function buildSite(options: BuildOptions = {}): string {
  const outDir =
    options.outDir ?? path.join(mkdtempSync(path.join(tmpdir(), 'praktijkbank-dist-')), 'dist');
  const env = buildEnv();
  if (options.content) env.PRAKTIJKBANK_CONTENT = options.content;
  if (options.base) env.SITE_BASE = options.base;
  const result = oneBuildAtATime(() =>
    spawnSync('npm', ['run', '-s', 'build', '--', '--outDir', outDir], {
      cwd: repoRoot,
      env,
      encoding: 'utf8',
    }),
  );
  if (result.status !== 0)
    throw new Error(`build failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
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

export { serve, type Served } from '../../scripts/lib/serve-fs.ts';
