/**
 * npm run bench [-- --sizes 100,1000,10000] [--seed S] [--no-write] [--keep]
 *
 * For each size: generates a synthetic catalogue in a temporary folder, then measures
 * `validate`, a full cold build (including the Pagefind index), and a rebuild after one
 * sheet changed: wall time and peak memory (the summed RSS of the whole process tree,
 * sampled from /proc), output size, Pagefind index size, what a first search downloads
 * (measured in Chromium) and the weight of a sheet page. Prints a table and writes it into
 * docs/benchmarks.md, between the bench markers, with the machine it ran on.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { generateCatalogue } from '../src/lib/generate/catalogue.ts';
import { makeHistory, measureHistory, measureWorklist, type HistoryCost, type HistoryShape, type WorklistCost } from './lib/history-bench.ts';

const root = path.resolve(import.meta.dirname, '..');
const docFile = path.join(root, 'docs/benchmarks.md');
/** What `npm run build` runs: astro build, then the search index in a process of its own. */
const buildScript = path.join(root, 'scripts/build.ts');

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    seed: { type: 'string', default: 'praktijkbank' },
    'no-write': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    incremental: { type: 'boolean', default: false },
    'history-only': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log('Usage: npm run bench [-- --sizes 100,1000,10000] [--seed S] [--incremental] [--no-write] [--keep]\n' +
    'Builds generated catalogues of each size and writes the results to docs/benchmarks.md (unless --no-write).\n' +
    '--incremental builds with PRAKTIJKBANK_INCREMENTAL=1 (Astro keeps and reuses unchanged pages).\n' +
    '--history-only measures only the git pass and the worklist on each size (no validate, build or search; nothing written).');
  process.exit(0);
}
const sizes = values.sizes.split(',').map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error(`bench: --sizes must be whole numbers separated by commas, not "${values.sizes}"`);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------
// Running a command and watching its memory

const pageSize = 4096;

/** Summed resident memory of a process and all its descendants, from /proc. */
function treeRss(rootPid: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid);
      if (list) list.push(Number(name));
      else children.set(ppid, [Number(name)]);
    } catch {
      /* the process ended meanwhile */
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      total += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * pageSize;
    } catch {
      /* ended */
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

interface Run {
  seconds: number;
  peakRss: number;
  output: string;
}

async function run(command: string, args: string[], env: NodeJS.ProcessEnv, logFile: string): Promise<Run> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = createWriteStream(logFile);
  let output = '';
  const collect = (chunk: Buffer) => {
    log.write(chunk);
    output += chunk.toString();
    if (output.length > 200_000) output = output.slice(-100_000);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let peakRss = 0;
  const hasProc = existsSync('/proc/self/statm');
  const sample = () => {
    if (hasProc && child.pid) peakRss = Math.max(peakRss, treeRss(child.pid));
  };
  const timer = setInterval(sample, 100);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(timer);
  log.end();
  if (code !== 0) throw new Error(`${path.basename(args[0] ?? command)} ${args.slice(1).join(' ')} failed (exit ${code}); log: ${logFile}\n${output.slice(-3000)}`);
  return { seconds: (performance.now() - started) / 1000, peakRss, output };
}

// ---------------------------------------------------------------------------------------
// Measuring the output

function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

const gzip = (bytes: Uint8Array) => gzipSync(bytes).length;
const brotli = (bytes: Uint8Array) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

interface PageWeight {
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
function pageWeight(dist: string, page: string): PageWeight {
  const html = readFileSync(path.join(dist, page));
  const text = html.toString();
  const local = (href: string) => path.join(dist, href.replace(/^https?:\/\/[^/]+/, '').replace(/^\//, '').split(/[?#]/)[0]!);
  const styles = [...text.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].map((m) => /href="([^"]+)"/.exec(m[0])?.[1]).filter(Boolean) as string[];
  const scripts = [...text.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
  const preloads = [...text.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  const files = [...styles, ...scripts, ...preloads].map((href) => readFileSync(local(href)));
  const all = [html, ...files];
  const inline = [...text.matchAll(/<script\b(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>/g)].length;
  return {
    page,
    html: gzip(html),
    css: styles.reduce((sum, href) => sum + gzip(readFileSync(local(href))), 0),
    js: [...scripts, ...preloads].reduce((sum, href) => sum + gzip(readFileSync(local(href))), 0),
    gzip: all.reduce((sum, bytes) => sum + gzip(bytes), 0),
    brotli: all.reduce((sum, bytes) => sum + brotli(bytes), 0),
    scriptsAtLoad: scripts.length + inline,
  };
}

/** The sheet pages: their median and largest weight. */
function sheetPageWeights(dist: string): { median: PageWeight; largest: PageWeight } {
  const folder = path.join(dist, 'praktijken');
  const pages = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(folder, entry.name, 'index.html')))
    .map((entry) => {
      const page = path.join('praktijken', entry.name, 'index.html');
      return { page, size: statSync(path.join(dist, page)).size };
    })
    .filter(({ page }) => readFileSync(path.join(dist, page), 'utf8').includes('data-pagefind-body'))
    .sort((a, b) => a.size - b.size);
  if (!pages.length) throw new Error(`no sheet pages found in ${folder}`);
  return { median: pageWeight(dist, pages[Math.floor(pages.length / 2)]!.page), largest: pageWeight(dist, pages.at(-1)!.page) };
}

/** The largest HTML page of the site (a long list is the usual suspect), compressed. */
function heaviestPage(dist: string): { page: string; bytes: number; gzip: number } {
  let best = { page: '', bytes: 0 };
  for (const entry of readdirSync(dist, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const bytes = statSync(file).size;
    if (bytes > best.bytes) best = { page: path.relative(dist, file), bytes };
  }
  return { ...best, gzip: gzip(readFileSync(path.join(dist, best.page))) };
}

// ---------------------------------------------------------------------------------------
// The first search, in a real browser

interface FirstSearch {
  query: string;
  /** Viewport width in CSS pixels: 360 is a phone (facets closed), 1280 a wide screen (two facets open). */
  width: number;
  /** Everything the search downloads after leaving a sheet page (text compressed with gzip). */
  bytes: number;
  /** The part that is Pagefind (its script, WebAssembly, index, filters, result fragments). */
  pagefind: number;
  requests: number;
  results: number;
  /** What was downloaded, grouped by kind of file, largest first. */
  parts: { kind: string; bytes: number; count: number }[];
}

/** "pagefind.js", "WebAssembly", "index chunks", ...: what a download is, for the breakdown. */
function kindOf(url: string): string {
  const name = new URL(url).pathname;
  if (name.includes('/pagefind/')) {
    if (name.endsWith('.pf_index')) return 'Pagefind index chunks';
    if (name.endsWith('.pf_fragment')) return 'Pagefind result fragments';
    if (name.endsWith('.pf_filter')) return 'Pagefind filters';
    if (name.endsWith('.pf_meta')) return 'Pagefind metadata';
    if (/wasm/.test(name)) return 'Pagefind WebAssembly';
    return `Pagefind ${name.split('/').pop()}`;
  }
  if (name.endsWith('.js')) return 'site JavaScript';
  if (name.endsWith('.css')) return 'site CSS';
  if (name.endsWith('/') || name.endsWith('.html')) return 'search page HTML';
  return 'other';
}

async function firstSearch(dist: string, queries: { query: string; width: number }[]): Promise<FirstSearch[] | string> {
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    return 'playwright-core is not installed';
  }
  const executable = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((file) => existsSync(file));
  if (!executable) return 'no Chromium found';
  if (!existsSync(path.join(dist, 'pagefind'))) return 'the build wrote no dist/pagefind';
  const { createServer } = await import('node:http');
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = path.join(dist, pathname);
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file.startsWith(dist) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm' };
    // Cached for ten minutes, as GitHub Pages does: the sheet page's CSS is not fetched again.
    response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'public, max-age=600' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await chromium.launch({
    executablePath: executable,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const sheet = readdirSync(path.join(dist, 'praktijken'), { withFileTypes: true }).find((e) => e.isDirectory() && existsSync(path.join(dist, 'praktijken', e.name, 'index.html')))!.name;
  const searchPage = existsSync(path.join(dist, 'zoeken/index.html'));
  const results: FirstSearch[] = [];
  try {
    for (const { query, width } of queries) {
      const page = await browser.newPage({ viewport: { width, height: width < 600 ? 800 : 900 } });
      const before = new Set<string>();
      page.on('request', (request) => before.add(request.url()));
      await page.goto(`${origin}/praktijken/${sheet}/`, { waitUntil: 'networkidle' });
      page.removeAllListeners('request');
      const seen: { url: string; bytes: number }[] = [];
      page.on('response', async (response) => {
        try {
          // The sheet page's own files are in the browser's cache already (max-age=600).
          if (before.has(response.url())) return;
          const body = await response.body();
          const type = response.headers()['content-type'] ?? '';
          // A static host compresses text; Pagefind's own files are compressed already.
          const bytes = /text|javascript|json|wasm/.test(type) && !/\.pf_/.test(response.url()) ? gzip(body) : body.length;
          seen.push({ url: response.url(), bytes });
        } catch {
          /* a redirect has no body */
        }
      });
      let count = 0;
      if (searchPage) {
        await page.goto(`${origin}/zoeken/?q=${encodeURIComponent(query)}`, { waitUntil: 'networkidle' });
        // The search page marks itself ready once the results are shown.
        await page.waitForSelector('[data-state="ready"], [data-state="error"]', { timeout: 120_000 }).catch(() => undefined);
        await page.waitForLoadState('networkidle');
        count = await page.locator('.search-result').count();
      } else {
        count = await page.evaluate(async (q) => {
          const bundle = '/pagefind/pagefind.js';
          const pagefind = await import(/* @vite-ignore */ bundle);
          await pagefind.filters();
          const search = await pagefind.search(q);
          await Promise.all(search.results.slice(0, 10).map((r: { data(): Promise<unknown> }) => r.data()));
          return search.results.length as number;
        }, query);
        await page.waitForLoadState('networkidle');
      }
      const pagefind = seen.filter((r) => r.url.includes('/pagefind/'));
      results.push({
        query,
        width,
        bytes: seen.reduce((sum, r) => sum + r.bytes, 0),
        pagefind: pagefind.reduce((sum, r) => sum + r.bytes, 0),
        requests: seen.length,
        results: count,
        parts: [...Map.groupBy(seen, (r) => kindOf(r.url))].map(([kind, list]) => ({ kind, bytes: list.reduce((sum, r) => sum + r.bytes, 0), count: list.length })).sort((a, b) => b.bytes - a.bytes),
      });
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return results;
}

// ---------------------------------------------------------------------------------------
// One catalogue size

/** Seconds spent in each phase of a build, read from its log. */
interface Phases {
  load?: number;
  vite?: number;
  pages?: number;
  pagefind?: number;
}

function seconds(text: string): number {
  const m = /(?:(\d+)m\s*)?([\d.]+)\s*(ms|s)/.exec(text);
  if (!m) return Number.NaN;
  return Number(m[1] ?? 0) * 60 + Number(m[2]) / (m[3] === 'ms' ? 1000 : 1);
}

function phasesOf(logFile: string): Phases {
  // eslint-disable-next-line no-control-regex
  const log = readFileSync(logFile, 'utf8').replace(/\x1b\[[0-9;]*m/g, '');
  const load = /sheets loaded in ([\d.]+ s)/.exec(log)?.[1];
  const vite = [...log.matchAll(/\[vite\] ✓ built in ([\dms. ]+)/g)].reduce((sum, m) => sum + seconds(m[1]!), 0);
  const pages = /generating static routes[\s\S]*?✓ Completed in ([\dms. ]+)\./.exec(log)?.[1];
  const pagefind = /indexed \d+ sheet\(s\) in (\d+ ms)/.exec(log)?.[1];
  return {
    load: load ? seconds(load) : undefined,
    vite: vite || undefined,
    pages: pages ? seconds(pages) : undefined,
    pagefind: pagefind ? seconds(pagefind) : undefined,
  };
}

interface Result {
  sheets: number;
  generateSeconds: number;
  sheetBytes: number;
  validate: Run;
  validateAgain: Run;
  build: Run;
  rebuild: Run;
  output: { bytes: number; files: number };
  pagefind: { bytes: number; files: number } | undefined;
  search: FirstSearch[] | string;
  sheetPage: { median: PageWeight; largest: PageWeight };
  heaviest: { page: string; bytes: number; gzip: number };
  rebuildChecked: boolean;
  buildPhases: Phases;
  rebuildPhases: Phases;
  history: HistoryShape;
  gitPass: HistoryCost | string;
  worklist: WorklistCost;
}

async function measure(count: number): Promise<Result> {
  // Inside the repository: Astro puts the prerender chunks of a build whose output folder
  // lies outside it into <repo>/.astro/, where another build running meanwhile would clash.
  const cache = path.join(root, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const work = mkdtempSync(path.join(cache, `praktijkbank-bench-${count}-`));
  const content = path.join(work, 'content');
  const dist = path.join(work, 'dist');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PRAKTIJKBANK_CONTENT: content,
    // The build's caches go into the temporary folder, so every full build starts cold and
    // no other build on this machine shares (or spoils) them.
    PRAKTIJKBANK_CACHE_DIR: path.join(work, 'cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
    PRAKTIJKBANK_INCREMENTAL: values.incremental ? '1' : '0',
  };
  const node = process.execPath;
  const step = (what: string) => process.stdout.write(`  ${count} sheets: ${what}...\n`);
  try {
    step('generating');
    let started = performance.now();
    const generated = generateCatalogue({ count, out: content, seed: values.seed, from: path.join(root, 'content') });
    const generateSeconds = (performance.now() - started) / 1000;

    // A history for the git pass (the build dates every sheet from it), and the worklist.
    step('git history');
    const history = makeHistory(content);
    const gitPass = await measureHistory(content);
    step('worklist');
    const worklist = await measureWorklist(content);

    step('validate');
    const validate = await run(node, [path.join(root, 'scripts/validate.ts')], env, path.join(work, 'validate.log'));
    // Again: sheets that passed and did not change come from validate's cache.
    const validateAgain = await run(node, [path.join(root, 'scripts/validate.ts')], env, path.join(work, 'validate-again.log'));

    step('full build');
    const build = await run(node, [buildScript, '--outDir', dist], env, path.join(work, 'build.log'));
    const output = folderSize(dist);
    const pagefindDir = path.join(dist, 'pagefind');
    const pagefind = existsSync(pagefindDir) ? folderSize(pagefindDir) : undefined;
    const sheetPage = sheetPageWeights(dist);
    const heaviest = heaviestPage(dist);
    step('first search (Chromium)');
    // A phone is where most visitors search (facets closed, so no filter files); one wide
    // screen, where two facets are open and their filter files follow the first results.
    const search = await firstSearch(dist, [
      ...['vrijwilligers', 'antwerpen', 'kansentarief'].map((query) => ({ query, width: 360 })),
      { query: 'vrijwilligers', width: 1280 },
    ]);

    step('rebuild after changing one sheet');
    const practices = path.join(content, 'practices');
    const changed = readdirSync(practices).filter((name) => name.endsWith('.mdx')).sort()[0]!;
    const file = path.join(practices, changed);
    const marker = `Gewijzigd voor de benchmark ${Date.now()}`;
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/\n---\n/, `\n---\n\n${marker}.\n`));
    const rebuild = await run(node, [buildScript, '--outDir', dist], env, path.join(work, 'rebuild.log'));
    const rebuildChecked = readFileSync(path.join(dist, 'praktijken', changed.replace(/\.mdx$/, ''), 'index.html'), 'utf8').includes(marker);
    return {
      sheets: generated.sheets,
      generateSeconds,
      sheetBytes: generated.bytes,
      validate,
      validateAgain,
      build,
      rebuild,
      output,
      pagefind,
      search,
      sheetPage,
      heaviest,
      rebuildChecked,
      buildPhases: phasesOf(path.join(work, 'build.log')),
      rebuildPhases: phasesOf(path.join(work, 'rebuild.log')),
      history,
      gitPass,
      worklist,
    };
  } finally {
    if (!values.keep) rmSync(work, { recursive: true, force: true });
    else console.log(`  kept ${work}`);
  }
}

// ---------------------------------------------------------------------------------------
// Report

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
const secs = (s: number) => `${s.toFixed(1)} s`;
const gb = (bytes: number) => (bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(2)} GB` : mb(bytes));

/** The largest first search at each width. */
function worstSearches(search: FirstSearch[]): FirstSearch[] {
  return [...Map.groupBy(search, (s) => s.width).values()].map((list) => list.reduce((a, b) => (b.bytes > a.bytes ? b : a)));
}

function searchCell(search: Result['search']): string {
  if (typeof search === 'string') return `n/a (${search})`;
  return worstSearches(search)
    .map((worst) => `${kb(worst.bytes)} at ${worst.width} px (Pagefind ${kb(worst.pagefind)})`)
    .join('; ');
}

function machine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${cpus().length} CPU cores (${cpu.trim()}), ${(totalmem() / 1024 ** 3).toFixed(0)} GB memory, Node ${process.version}, ${process.platform}`;
}

function table(results: Result[]): string {
  const head = [
    '| sheets | validate (again) | full build | peak RSS (build) | rebuild, 1 sheet changed | peak RSS (rebuild) | output | Pagefind index | first search downloads | sheet page (median / largest, gzip) | heaviest page (gzip) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const rows = results.map((r) =>
    [
      r.sheets.toLocaleString('en'),
      `${secs(r.validate.seconds)} (${secs(r.validateAgain.seconds)})`,
      secs(r.build.seconds),
      gb(r.build.peakRss),
      secs(r.rebuild.seconds) + (r.rebuildChecked ? '' : ' (change missing!)'),
      gb(r.rebuild.peakRss),
      `${mb(r.output.bytes)}, ${r.output.files.toLocaleString('en')} files`,
      r.pagefind ? `${mb(r.pagefind.bytes)}, ${r.pagefind.files.toLocaleString('en')} files` : 'none',
      searchCell(r.search),
      `${kb(r.sheetPage.median.gzip)} / ${kb(r.sheetPage.largest.gzip)}`,
      `${kb(r.heaviest.gzip)} (${r.heaviest.page.replace(/index\.html$/, '')})`,
    ].join(' | '),
  );
  return [...head, ...rows.map((row) => `| ${row} |`)].join('\n');
}

function details(results: Result[]): string {
  const lines: string[] = [];
  for (const r of results) {
    const m = r.sheetPage.median;
    lines.push(
      `- **${r.sheets.toLocaleString('en')} sheets** (${mb(r.sheetBytes)} of sheets, ${Math.round(r.sheetBytes / r.sheets)} bytes on average, generated in ${secs(r.generateSeconds)}): ` +
        `median sheet page ${m.page.replace(/index\.html$/, '')}: HTML ${kb(m.html)} + CSS ${kb(m.css)} + JS ${kb(m.js)} gzip ` +
        `(${kb(m.gzip)} gzip, ${kb(m.brotli)} brotli), ${m.scriptsAtLoad} script(s) at load.`,
    );
    const phase = (p: Phases) =>
      [['checking sheets', p.load], ['bundling', p.vite], ['writing pages', p.pages], ['search index', p.pagefind]]
        .filter(([, v]) => v !== undefined)
        .map(([name, v]) => `${name} ${secs(v as number)}`)
        .join(', ');
    lines.push(`  - full build: ${phase(r.buildPhases)}; rebuild: ${phase(r.rebuildPhases)}`);
    lines.push(
      `  - git pass (history of ${r.history.commits} commits, ${r.history.changes.toLocaleString('en')} file changes): ` +
        (typeof r.gitPass === 'string'
          ? `n/a (${r.gitPass})`
          : `${secs(r.gitPass.seconds)} for one git log over ${r.gitPass.commits} commits, ${(r.gitPass.datingSeconds * 1000).toFixed(0)} ms to date ${r.gitPass.dated.toLocaleString('en')} sheets; ` +
            `worklist (no link check) ${secs(r.worklist.seconds)}: ${r.worklist.tasks.toLocaleString('en')} tasks in ${r.worklist.sheets.toLocaleString('en')} sheets`),
    );
    if (typeof r.search !== 'string')
      for (const s of r.search)
        lines.push(
          `  - first search "${s.query}" at ${s.width} px: ${kb(s.bytes)} in ${s.requests} requests, of which Pagefind ${kb(s.pagefind)}; ${s.results} result(s) shown: ` +
            s.parts.map((p) => `${p.kind} ${kb(p.bytes)}${p.count > 1 ? ` (${p.count})` : ''}`).join(', '),
        );
  }
  return lines.join('\n');
}

const targets = (r: Result) => {
  const checks: [string, boolean][] = [
    [`full build <= 25 s (${secs(r.build.seconds)})`, r.build.seconds <= 25],
    [`peak RSS <= 1.2 GB (${gb(r.build.peakRss)})`, r.build.peakRss <= 1.2 * 1024 ** 3],
    [`rebuild <= 10 s (${secs(r.rebuild.seconds)})`, r.rebuild.seconds <= 10],
    [`validate <= 5 s (${secs(r.validate.seconds)} on first run, ${secs(r.validateAgain.seconds)} again)`, r.validate.seconds <= 5],
    [`sheet page <= 30 KB compressed (${kb(r.sheetPage.largest.gzip)} largest, gzip)`, r.sheetPage.largest.gzip <= 30 * 1024],
  ];
  if (typeof r.gitPass !== 'string')
    checks.push([`git pass <= 2 s (${secs(r.gitPass.seconds + r.gitPass.datingSeconds)}, git log and dating every sheet)`, r.gitPass.seconds + r.gitPass.datingSeconds <= 2]);
  if (typeof r.search !== 'string')
    for (const worst of worstSearches(r.search))
      checks.push([`first search <= 150 KB at ${worst.width} px (${kb(worst.bytes)})`, worst.bytes <= 150 * 1024]);
  return checks.map(([text, ok]) => `- ${ok ? 'met' : '**not met**'}: ${text}`).join('\n');
};

/**
 * How fast this machine is right now: shared and virtual machines vary by a factor of two
 * from hour to hour, so each report says how long one thread took to check 300 sheets.
 */
async function calibrate(): Promise<number> {
  const work = mkdtempSync(path.join(root, 'node_modules/.cache/praktijkbank-calibrate-'));
  try {
    const content = path.join(work, 'content');
    generateCatalogue({ count: 300, out: content, seed: 'calibration', from: path.join(root, 'content') });
    const { loadCatalogue } = await import('../src/lib/catalogue.ts');
    loadCatalogue(content, { render: true });
    const started = performance.now();
    loadCatalogue(content, { render: true });
    return (performance.now() - started) / 300;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

mkdirSync(path.join(root, 'node_modules/.cache'), { recursive: true });
if (values['history-only']) {
  // The git pass and the worklist alone: a minute at 10,000 sheets instead of the whole bench.
  for (const size of sizes) {
    const work = mkdtempSync(path.join(root, `node_modules/.cache/praktijkbank-bench-history-${size}-`));
    try {
      const content = path.join(work, 'content');
      generateCatalogue({ count: size, out: content, seed: values.seed, from: path.join(root, 'content') });
      const shape = makeHistory(content);
      const pass = await measureHistory(content);
      const list = await measureWorklist(content);
      console.log(
        `${size.toLocaleString('en')} sheets, ${shape.commits} commits, ${shape.changes.toLocaleString('en')} file changes: ` +
          (typeof pass === 'string' ? `git pass n/a (${pass})` : `git pass ${secs(pass.seconds)} + ${(pass.datingSeconds * 1000).toFixed(0)} ms dating ${pass.dated.toLocaleString('en')} sheets`) +
          `; worklist ${secs(list.seconds)} (${list.tasks.toLocaleString('en')} tasks in ${list.sheets.toLocaleString('en')} sheets)`,
      );
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  process.exit(0);
}
const msPerSheet = await calibrate();
console.log(`Benchmark on ${machine()}; checking one sheet takes ${msPerSheet.toFixed(2)} ms on one thread`);
const results: Result[] = [];
for (const size of sizes) {
  results.push(await measure(size));
  console.log(`\n${table(results)}\n`);
}
const largest = results.at(-1)!;
const report = [
  `Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}, seed "${values.seed}", ` +
    `${values.incremental ? 'with' : 'without'} PRAKTIJKBANK_INCREMENTAL=1. Speed check: one thread checks a sheet in ${msPerSheet.toFixed(2)} ms.`,
  '',
  table(results),
  '',
  details(results),
  '',
  `Targets, for the largest catalogue (${largest.sheets.toLocaleString('en')} sheets):`,
  '',
  targets(largest),
].join('\n');
console.log(`\n${details(results)}\n\n${targets(largest)}`);

if (!values['no-write']) {
  // Each kind of run has its own block, so one run never overwrites the other's results.
  const marker = values.incremental ? 'bench-incremental' : 'bench';
  const start = `<!-- ${marker}:start -->`;
  const end = `<!-- ${marker}:end -->`;
  const block = `${start}\n${report}\n${end}`;
  const current = existsSync(docFile) ? readFileSync(docFile, 'utf8') : `# Benchmarks\n\n${start}\n${end}\n`;
  const updated = current.includes(start) && current.includes(end)
    ? current.slice(0, current.indexOf(start)) + block + current.slice(current.indexOf(end) + end.length)
    : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(docFile, updated);
  console.log(`\nWritten to ${path.relative(process.cwd(), docFile)}`);
}
