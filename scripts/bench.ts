/**
 * npm run bench [-- --sizes 100,1000,10000] [--seed S] [--no-hugo] [--no-write] [--keep]
 *
 * For each size: generates a synthetic catalogue in a temporary folder, then measures
 * `validate`, a full cold build (including the Pagefind index), a rebuild after one sheet
 * changed, and the same sheets built as a Hugo site (scripts/lib/bench/hugo-fs.ts): wall
 * time and peak memory of each whole process tree, output size, Pagefind index size, what a
 * first search downloads (in Chromium, scripts/lib/search-metrics.ts) and the weight of a
 * sheet page, and what the open data files add (their size and the time to make them). Prints a table and writes it into docs/benchmarks.md, between the bench
 * markers, with the machine it ran on.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from './lib/browser-fs.ts';
import { hugoVersion, writeHugoSite } from './lib/bench/hugo-fs.ts';
import {
  folderSize,
  heaviestPage,
  openDataSizes,
  sheetPageWeights,
} from './lib/bench/output-fs.ts';
import { openDataTimes, phasesOf } from './lib/bench/phases.ts';
import { run } from './lib/bench/process-fs.ts';
import {
  details,
  machine,
  table,
  targets,
  type FirstSearch,
  type HugoResult,
  type Result,
} from './lib/bench/report.ts';
import { generateCatalogue } from './lib/generate/catalogue.ts';
import { measureFirstQuery } from './lib/search-metrics.ts';
import { serve } from './lib/serve-fs.ts';
import { stressTable, timeStressCorpus } from './lib/bench/stress-fs.ts';
import { makeHistory, measureHistory, measureWorklist } from './lib/history-bench.ts';

const root = path.resolve(import.meta.dirname, '..');
const docFile = path.join(root, 'docs/benchmarks.md');
/** What `npm run build` runs: astro build, then the search index in a process of its own. */
const buildScript = path.join(root, 'scripts/build.ts');
const indexScript = path.join(root, 'scripts/lib/bench/index-site.ts');
/** Peak memory of the 10,000-sheet build when this target was set (docs/benchmarks.md): it must not grow. */
const peakTarget = 1.78 * 1024 ** 3;

const usage =
  'Usage: npm run bench [-- --sizes 100,1000,10000] [--seed S] [--incremental] [--no-hugo] [--no-write] [--keep]\n' +
  'Builds generated catalogues of each size, and the same sheets as a Hugo site, and writes the results to docs/benchmarks.md (unless --no-write).\n' +
  '--incremental builds with PRAKTIJKBANK_INCREMENTAL=1 (Astro keeps and reuses unchanged pages).';
const options = {
  sizes: { type: 'string', default: '100,1000,10000' },
  seed: { type: 'string', default: 'praktijkbank' },
  'no-write': { type: 'boolean', default: false },
  'no-hugo': { type: 'boolean', default: false },
  keep: { type: 'boolean', default: false },
  incremental: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h' },
} as const;
function parse() {
  try {
    return parseArgs({ options }).values;
  } catch (error) {
    console.error(`bench: ${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
}
const values = parse();
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const sizes = values.sizes.split(',').map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error(`bench: --sizes must be whole numbers separated by commas, not "${values.sizes}"`);
  process.exit(1);
}

/**
 * What a visitor downloads for a first search, coming from a sheet page: on a phone (facets
 * closed, so no filter files) for three queries, and once on a wide screen.
 */
async function firstSearches(dist: string): Promise<FirstSearch[] | string> {
  if (!existsSync(path.join(dist, 'pagefind'))) return 'the build wrote no dist/pagefind';
  let browser;
  try {
    browser = await launchBrowser();
  } catch (error) {
    return (error as Error).message;
  }
  const site = await serve(dist);
  try {
    const sheet = readdirSync(path.join(dist, 'praktijken'), { withFileTypes: true }).find(
      (e) => e.isDirectory() && existsSync(path.join(dist, 'praktijken', e.name, 'index.html')),
    )!.name;
    const results: FirstSearch[] = [];
    for (const { query, width } of [
      ...['vrijwilligers', 'antwerpen', 'kansentarief'].map((query) => ({ query, width: 360 })),
      { query: 'vrijwilligers', width: 1280 },
    ])
      results.push({
        query,
        width,
        ...(await measureFirstQuery(browser, site.url, query, {
          width,
          from: `praktijken/${sheet}/`,
        })),
      });
    return results;
  } finally {
    await browser.close();
    await site.close();
  }
}

/** The same sheets as a Hugo site: Hugo's build, then Pagefind over its output, each timed. */
async function hugoBuilds(
  content: string,
  work: string,
  env: NodeJS.ProcessEnv,
): Promise<HugoResult[] | string> {
  if (values['no-hugo']) return 'left out (--no-hugo)';
  const version = hugoVersion();
  if (!version) return 'Hugo is not installed: apt-get install hugo';
  const results: HugoResult[] = [];
  for (const tuned of [true, false]) {
    const site = path.join(work, tuned ? 'hugo-tuned' : 'hugo-default');
    writeHugoSite({ content, out: site, tuned });
    const hugo = await run(
      'hugo',
      ['--quiet', '-s', site, '-d', path.join(site, 'public')],
      env,
      path.join(work, `${path.basename(site)}.log`),
    );
    const pagefind = await run(
      process.execPath,
      [indexScript, path.join(site, 'public')],
      env,
      path.join(work, `${path.basename(site)}-pagefind.log`),
    );
    results.push({
      version,
      tuned,
      hugo,
      pagefind,
      seconds: hugo.seconds + pagefind.seconds,
      peakRss: Math.max(hugo.peakRss, pagefind.peakRss),
    });
    rmSync(site, { recursive: true, force: true });
  }
  return results;
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
    // Astro keeps Node's compile cache between runs; a cold build compiles everything, as on
    // a fresh clone or when the content changed (docs/benchmarks.md).
    NODE_DISABLE_COMPILE_CACHE: '1',
    PRAKTIJKBANK_INCREMENTAL: values.incremental ? '1' : '0',
  };
  const node = process.execPath;
  const step = (what: string) => process.stdout.write(`  ${count} sheets: ${what}...\n`);
  const log = (name: string) => path.join(work, `${name}.log`);
  try {
    step('generating');
    const started = performance.now();
    const generated = generateCatalogue({
      count,
      out: content,
      seed: values.seed,
      from: path.join(root, 'content'),
    });
    const generateSeconds = (performance.now() - started) / 1000;

    step('validate');
    const validate = await run(
      node,
      [path.join(root, 'scripts/validate.ts')],
      env,
      log('validate'),
      root,
    );
    // Again: sheets that passed and did not change come from validate's cache.
    const validateAgain = await run(
      node,
      [path.join(root, 'scripts/validate.ts')],
      env,
      log('validate-again'),
      root,
    );

    step('full build');
    const build = await run(node, [buildScript, '--outDir', dist], env, log('build'), root);
    const output = folderSize(dist);
    const pagefindDir = path.join(dist, 'pagefind');
    const pagefind = existsSync(pagefindDir) ? folderSize(pagefindDir) : undefined;
    const sheetPage = sheetPageWeights(dist);
    const heaviest = heaviestPage(dist);
    const openData = openDataSizes(dist);
    step('first search (Chromium)');
    const search = await firstSearches(dist);

    step('rebuild after changing one sheet');
    const practices = path.join(content, 'practices');
    const changed = readdirSync(practices)
      .filter((name) => name.endsWith('.mdx'))
      .sort()[0]!;
    const file = path.join(practices, changed);
    const marker = `Gewijzigd voor de benchmark ${Date.now()}`;
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n---\n/, `\n---\n\n${marker}.\n`));
    const rebuild = await run(node, [buildScript, '--outDir', dist], env, log('rebuild'), root);
    const rebuildChecked = readFileSync(
      path.join(dist, 'praktijken', changed.replace(/\.mdx$/, ''), 'index.html'),
      'utf8',
    ).includes(marker);

    // A history for the git pass (the build dates every sheet from it), and the worklist.
    step('git history');
    const history = makeHistory(content);
    const gitPass = await measureHistory(content);
    step('worklist');
    const worklist = await measureWorklist(content);

    step('the same sheets with Hugo');
    const hugo = await hugoBuilds(content, work, env);
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
      buildPhases: phasesOf(log('build')),
      rebuildPhases: phasesOf(log('rebuild')),
      hugo,
      openData,
      openDataTimes: openDataTimes(log('build')),
      history,
      gitPass,
      worklist,
    };
  } finally {
    if (!values.keep) rmSync(work, { recursive: true, force: true });
    else console.log(`  kept ${work}`);
  }
}

/**
 * How fast this machine is right now: shared and virtual machines vary by a factor of two
 * from hour to hour, so each report says how long one thread took to check 300 sheets.
 */
async function calibrate(): Promise<number> {
  const work = mkdtempSync(path.join(root, 'node_modules/.cache/praktijkbank-calibrate-'));
  try {
    const content = path.join(work, 'content');
    generateCatalogue({
      count: 300,
      out: content,
      seed: 'calibration',
      from: path.join(root, 'content'),
    });
    const { loadCatalogue } = await import('../src/lib/catalogue/catalogue-fs.ts');
    loadCatalogue(content, { render: true });
    const started = performance.now();
    loadCatalogue(content, { render: true });
    return (performance.now() - started) / 300;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

mkdirSync(path.join(root, 'node_modules/.cache'), { recursive: true });
const msPerSheet = await calibrate();
console.log(
  `Benchmark on ${machine()}; checking one sheet takes ${msPerSheet.toFixed(2)} ms on one thread`,
);
const results: Result[] = [];
for (const size of sizes) {
  results.push(await measure(size));
  console.log(`\n${table(results)}\n`);
}
const stress = stressTable(timeStressCorpus(path.join(root, 'content')));
console.log(`\n${stress}`);
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
  targets(largest, peakTarget),
  '',
  stress,
].join('\n');
console.log(`\n${details(results)}\n\n${targets(largest, peakTarget)}`);

if (!values['no-write']) {
  // Each kind of run has its own block, so one run never overwrites the other's results.
  const marker = values.incremental ? 'bench-incremental' : 'bench';
  const start = `<!-- ${marker}:start -->`;
  const end = `<!-- ${marker}:end -->`;
  const block = `${start}\n${report}\n${end}`;
  const current = existsSync(docFile)
    ? readFileSync(docFile, 'utf8')
    : `# Benchmarks\n\n${start}\n${end}\n`;
  const updated =
    current.includes(start) && current.includes(end)
      ? current.slice(0, current.indexOf(start)) +
        block +
        current.slice(current.indexOf(end) + end.length)
      : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(docFile, updated);
  console.log(`\nWritten to ${path.relative(process.cwd(), docFile)}`);
}
