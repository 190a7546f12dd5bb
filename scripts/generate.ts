/**
 * npm run generate -- --count N --out DIR [--seed S]: writes a synthetic content folder of
 * N sheets for benchmarks and scale tests. The same seed always gives the same files.
 * Build it with PRAKTIJKBANK_CONTENT=DIR npm run build.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/catalogue/content-dir.ts';
import { generateCatalogue, GenerateError } from './lib/generate/catalogue.ts';

const usage = `Usage: npm run generate -- --count N --out DIR [--seed S]
Writes DIR/site.yaml, DIR/vocabularies/ and N sheets in DIR/practices/ (vocabularies and
settings are copied from the content folder). The same seed gives byte-identical files.`;

function fail(message: string): never {
  console.error(`generate: ${message}\n\n${usage}`);
  process.exit(1);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      count: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: 'praktijkbank' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (error) {
  fail((error as Error).message);
}
if (values.help) {
  console.log(usage);
  process.exit(0);
}
if (!values.count) fail('--count is missing');
if (!values.out) fail('--out is missing');
const count = Number(values.count);
if (!/^\d+$/.test(values.count) || count < 1)
  fail(`--count must be a whole number of at least 1, not "${values.count}"`);

const out = path.resolve(values.out);
const started = performance.now();
try {
  const result = generateCatalogue({ count, out, seed: values.seed, from: contentDir() });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `✓ ${result.sheets} sheets (${result.images} with an image, ${Math.round(result.bytes / result.sheets)} bytes on average) written to ${out} in ${seconds} s`,
  );
  console.log(`  Build them with: PRAKTIJKBANK_CONTENT=${out} npm run build`);
} catch (error) {
  if (error instanceof GenerateError) fail(error.message);
  throw error;
}
