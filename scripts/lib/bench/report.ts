/** The benchmark's results as Markdown: the table, the details per size and the targets. */
import { cpus, totalmem } from 'node:os';
import type { FirstQuery } from '../search-metrics.ts';
import type { OpenDataSize, PageWeight } from './output-fs.ts';
import type { openDataTimes, Phases } from './phases.ts';
import type { Run } from './process-fs.ts';
import type { HistoryCost, HistoryShape, WorklistCost } from '../history-bench.ts';

export interface FirstSearch extends FirstQuery {
  query: string;
  /** Viewport width in CSS pixels: 360 is a phone (facets closed), 1280 a wide screen. */
  width: number;
}

export interface HugoResult {
  version: string;
  tuned: boolean;
  hugo: Run;
  pagefind: Run;
  /** Hugo and its Pagefind index, one after the other (as `npm run build` does for Astro). */
  seconds: number;
  peakRss: number;
}

export interface Result {
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
  hugo: HugoResult[] | string;
  openData: OpenDataSize[];
  openDataTimes: ReturnType<typeof openDataTimes>;
  history: HistoryShape;
  gitPass: HistoryCost | string;
  worklist: WorklistCost;
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) =>
  `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
export const secs = (s: number) => `${s.toFixed(1)} s`;
const bytesText = (bytes: number) => (bytes < 1024 * 1024 ? kb(bytes) : mb(bytes));
export const gb = (bytes: number) =>
  bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(2)} GB` : mb(bytes);

/** The largest first search at each width. */
function worstSearches(search: FirstSearch[]): FirstSearch[] {
  return [...Map.groupBy(search, (s) => s.width).values()].map((list) =>
    list.reduce((a, b) => (b.gzipBytes > a.gzipBytes ? b : a)),
  );
}

function searchCell(search: Result['search']): string {
  if (typeof search === 'string') return `n/a (${search})`;
  return worstSearches(search)
    .map(
      (worst) =>
        `${kb(worst.gzipBytes)} at ${worst.width} px (Pagefind ${kb(worst.searchGzipBytes)})`,
    )
    .join('; ');
}

function hugoCell(hugo: Result['hugo']): string {
  if (typeof hugo === 'string') return `n/a (${hugo})`;
  return hugo
    .map((h) => `${h.tuned ? 'tuned' : 'default'}: ${secs(h.seconds)}, ${gb(h.peakRss)}`)
    .join('; ');
}

export function machine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${cpus().length} CPU cores (${cpu.trim()}), ${(totalmem() / 1024 ** 3).toFixed(0)} GB memory, Node ${process.version}, ${process.platform}`;
}

export function table(results: Result[]): string {
  const head = [
    '| sheets | validate (again) | full build | peak RSS (build) | rebuild, 1 sheet changed | peak RSS (rebuild) | Hugo + Pagefind, same sheets | output | Pagefind index | first search downloads | sheet page (median / largest, gzip) | heaviest page (gzip) | open data files (gzip) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const rows = results.map((r) =>
    [
      r.sheets.toLocaleString('en'),
      `${secs(r.validate.seconds)} (${secs(r.validateAgain.seconds)})`,
      secs(r.build.seconds),
      gb(r.build.peakRss),
      secs(r.rebuild.seconds) + (r.rebuildChecked ? '' : ' (change missing!)'),
      gb(r.rebuild.peakRss),
      hugoCell(r.hugo),
      `${mb(r.output.bytes)}, ${r.output.files.toLocaleString('en')} files`,
      r.pagefind
        ? `${mb(r.pagefind.bytes)}, ${r.pagefind.files.toLocaleString('en')} files`
        : 'none',
      searchCell(r.search),
      `${kb(r.sheetPage.median.gzip)} / ${kb(r.sheetPage.largest.gzip)}`,
      `${kb(r.heaviest.gzip)} (${r.heaviest.page.replace(/index\.html$/, '')})`,
      `${bytesText(r.openData.reduce((sum, file) => sum + file.bytes, 0))} (${bytesText(r.openData.reduce((sum, file) => sum + file.gzip, 0))})`,
    ].join(' | '),
  );
  return [...head, ...rows.map((row) => `| ${row} |`)].join('\n');
}

export function details(results: Result[]): string {
  const lines: string[] = [];
  const phase = (p: Phases) =>
    (
      [
        ['checking sheets', p.load],
        ['bundling', p.vite],
        ['writing pages', p.pages],
        ['search index', p.pagefind],
      ] as const
    )
      .filter(([, v]) => v !== undefined)
      .map(([name, v]) => `${name} ${secs(v!)}`)
      .join(', ');
  for (const r of results) {
    const m = r.sheetPage.median;
    lines.push(
      `- **${r.sheets.toLocaleString('en')} sheets** (${mb(r.sheetBytes)} of sheets, ${Math.round(r.sheetBytes / r.sheets)} bytes on average, generated in ${secs(r.generateSeconds)}): ` +
        `median sheet page ${m.page.replace(/index\.html$/, '')}: HTML ${kb(m.html)} + CSS ${kb(m.css)} + JS ${kb(m.js)} gzip ` +
        `(${kb(m.gzip)} gzip, ${kb(m.brotli)} brotli), ${m.scriptsAtLoad} script(s) at load.`,
    );
    lines.push(`  - full build: ${phase(r.buildPhases)}; rebuild: ${phase(r.rebuildPhases)}`);
    lines.push(
      `  - git pass (history of ${r.history.commits} commits, ${r.history.changes.toLocaleString('en')} file changes): ` +
        (typeof r.gitPass === 'string'
          ? `n/a (${r.gitPass})`
          : `${secs(r.gitPass.seconds)} for one git log over ${r.gitPass.commits} commits, ${(r.gitPass.datingSeconds * 1000).toFixed(0)} ms to date ${r.gitPass.dated.toLocaleString('en')} sheets; ` +
            `worklist (no link check) ${secs(r.worklist.seconds)}: ${r.worklist.tasks.toLocaleString('en')} tasks in ${r.worklist.sheets.toLocaleString('en')} sheets`),
    );
    const times = new Map(r.openDataTimes.files.map((t) => [t.file, t.seconds]));
    lines.push(
      `  - open data: records made in ${r.openDataTimes.records === undefined ? 'n/a' : secs(r.openDataTimes.records)}; ` +
        r.openData
          .map(
            (file) =>
              `${file.file}${file.files > 1 ? ` (${file.files})` : ''} ${bytesText(file.bytes)} (${bytesText(file.gzip)} gzip)${times.has(file.file) ? ` in ${secs(times.get(file.file)!)}` : ''}`,
          )
          .join(', '),
    );
    if (typeof r.hugo !== 'string')
      for (const h of r.hugo)
        lines.push(
          `  - Hugo ${h.version} (${h.tuned ? 'related search tuned: cardinalityThreshold 10' : "Hugo's default related settings"}): Hugo ${secs(h.hugo.seconds)} (${gb(h.hugo.peakRss)}), Pagefind ${secs(h.pagefind.seconds)} (${gb(h.pagefind.peakRss)})`,
        );
    if (typeof r.search !== 'string')
      for (const s of r.search) {
        const parts = [...Map.groupBy(s.downloads, (d) => d.kind)]
          .map(([kind, list]) => ({
            kind,
            bytes: list.reduce((sum, d) => sum + d.gzipBytes, 0),
            count: list.length,
          }))
          .sort((a, b) => b.bytes - a.bytes);
        lines.push(
          `  - first search "${s.query}" at ${s.width} px: ${kb(s.gzipBytes)} in ${s.downloads.length} requests, of which Pagefind ${kb(s.searchGzipBytes)}; ${s.results} result(s): ` +
            parts
              .map((p) => `${p.kind} ${kb(p.bytes)}${p.count > 1 ? ` (${p.count})` : ''}`)
              .join(', '),
        );
      }
  }
  return lines.join('\n');
}

/** The targets of docs/benchmarks.md, for the largest catalogue; the build is compared with Hugo measured in the same run. */
export function targets(r: Result, peakTarget: number): string {
  const tunedHugo = typeof r.hugo === 'string' ? undefined : r.hugo.find((h) => h.tuned);
  const checks: [string, boolean][] = [];
  if (tunedHugo)
    checks.push([
      `full build <= the tuned Hugo site (${secs(r.build.seconds)} vs ${secs(tunedHugo.seconds)})`,
      r.build.seconds <= tunedHugo.seconds,
    ]);
  checks.push(
    [`peak memory <= ${gb(peakTarget)} (${gb(r.build.peakRss)})`, r.build.peakRss <= peakTarget],
    [
      `rebuild <= a third of the full build (${secs(r.rebuild.seconds)} vs ${secs(r.build.seconds / 3)})`,
      r.rebuild.seconds <= r.build.seconds / 3,
    ],
    [
      `validate <= 8 s on a first run (${secs(r.validate.seconds)}; ${secs(r.validateAgain.seconds)} again)`,
      r.validate.seconds <= 8,
    ],
    [
      `sheet page <= 30 KB compressed (${kb(r.sheetPage.largest.gzip)} largest, gzip)`,
      r.sheetPage.largest.gzip <= 30 * 1024,
    ],
  );
  if (typeof r.gitPass !== 'string')
    checks.push([
      `git pass <= 2 s (${secs(r.gitPass.seconds + r.gitPass.datingSeconds)}, git log and dating every sheet)`,
      r.gitPass.seconds + r.gitPass.datingSeconds <= 2,
    ]);
  if (typeof r.search !== 'string')
    for (const worst of worstSearches(r.search))
      if (worst.width <= 400)
        checks.push([
          `first search on a phone <= 200 KB (${kb(worst.gzipBytes)} at ${worst.width} px)`,
          worst.gzipBytes <= 200 * 1024,
        ]);
  return checks.map(([text, ok]) => `- ${ok ? 'met' : '**not met**'}: ${text}`).join('\n');
}
