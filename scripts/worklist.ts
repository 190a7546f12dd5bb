/**
 * npm run worklist [-- options]: everything an editor still has to do, per sheet, found
 * from the sheets themselves (src/lib/worklist/). Prints a table, or CSV, JSON, GitHub
 * Actions annotations or Markdown; exits 0 whatever it finds (the list is work, not a
 * failure), 2 on a wrong option.
 */
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/catalogue/content-dir.ts';
import {
  formatCsv,
  formatGithub,
  formatJson,
  formatMarkdown,
  formats,
  formatTable,
  type Format,
} from '../src/lib/worklist/format.ts';
import { buildWorklist, linkCacheFile } from '../src/lib/worklist/run-fs.ts';

const usage = `Usage: npm run worklist [-- [--format ${formats.join('|')}] [--check-links] [--no-cache] [--timeout SECONDS] [--concurrency N] [--today YYYY-MM-DD]]
Lists per sheet what an editor still has to do: reviews past the cycle in content/site.yaml, provisional titles,
contacts and links without an address, missing images and placeholder alt texts, sheets without municipal examples,
stopped examples, near-duplicate titles; with --check-links also external links that do not work (results are kept
for a day in node_modules/.cache/praktijkbank/links.json; --no-cache checks them all again).`;

function fail(message: string): never {
  console.error(`error: ${message}\n${usage}`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      format: { type: 'string', default: 'table' },
      'check-links': { type: 'boolean', default: false },
      'no-cache': { type: 'boolean', default: false },
      timeout: { type: 'string', default: '10' },
      concurrency: { type: 'string', default: '8' },
      today: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: false,
  }));
} catch (error) {
  fail((error as Error).message);
}
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const format = values.format as Format;
if (!formats.includes(format))
  fail(`unknown --format "${values.format}": use ${formats.join(', ')}`);
const timeout = Number(values.timeout);
if (!(timeout > 0 && timeout <= 120))
  fail(`--timeout must be a number of seconds between 0 and 120, not "${values.timeout}"`);
const concurrency = Number(values.concurrency);
if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32)
  fail(`--concurrency must be a whole number from 1 to 32, not "${values.concurrency}"`);
if (
  values.today !== undefined &&
  (!/^\d{4}-\d{2}-\d{2}$/.test(values.today) || Number.isNaN(Date.parse(values.today)))
)
  fail(`--today must be a date written YYYY-MM-DD, not "${values.today}"`);

try {
  const showProgress = values['check-links'] && process.stderr.isTTY;
  const worklist = await buildWorklist(contentDir(), {
    checkLinks: values['check-links'],
    today: values.today,
    linkOptions: {
      timeout: timeout * 1000,
      concurrency,
      cacheFile: values['no-cache'] ? undefined : linkCacheFile(),
      progress: showProgress
        ? (done, total) => process.stderr.write(`\rlinks: ${done}/${total}`)
        : undefined,
    },
  });
  if (showProgress) process.stderr.write('\n');
  const { report, linksOf } = worklist;
  const output = {
    table: () => formatTable(report, Math.max(60, process.stdout.columns ?? 100)),
    csv: () => formatCsv(report, linksOf),
    json: () => formatJson(report, linksOf),
    github: () => formatGithub(report),
    markdown: () => formatMarkdown(report, linksOf),
  }[format]();
  process.stdout.write(output.endsWith('\n') || output === '' ? output : `${output}\n`);
} catch (error) {
  console.error('Internal error in the worklist (please report it):', error);
  process.exit(1);
}
