/**
 * Writes a whole synthetic content folder (site.yaml, vocabularies/, practices/) that
 * `PRAKTIJKBANK_CONTENT=DIR npm run build` accepts. Used by benchmarks and scale tests;
 * generated sheets are never shipped as content.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadVocabularyData } from '../../../src/lib/vocabulary/load-fs.ts';
import { formatProblem } from '../../../src/lib/util/problems.ts';
import { generateImage } from './image.ts';
import { createDistributions, generateSheet } from './sheet.ts';

/** Marks a folder as made by the generator, so a second run may replace it. */
export const markerFile = '.praktijkbank-generated';

export interface GenerateOptions {
  count: number;
  out: string;
  seed?: string;
  /** The content folder whose site.yaml and vocabularies are copied (default: the repository's content/). */
  from: string;
}

export interface GenerateResult {
  sheets: number;
  images: number;
  bytes: number;
}

export class GenerateError extends Error {}

export function generateCatalogue(options: GenerateOptions): GenerateResult {
  const { count, out, from } = options;
  const seed = options.seed ?? 'praktijkbank';
  if (!Number.isInteger(count) || count < 1)
    throw new GenerateError(`--count must be a whole number of at least 1 (got ${count})`);
  const { data, problems } = loadVocabularyData(from);
  if (problems.length)
    throw new GenerateError(
      `the vocabularies in ${from} have problems; fix them first:\n${problems.map(formatProblem).join('\n')}`,
    );

  if (existsSync(out) && readdirSync(out).length && !existsSync(path.join(out, markerFile)))
    throw new GenerateError(
      `${out} already exists and was not made by the generator: choose an empty or new folder for --out (the generator replaces what it writes there)`,
    );
  for (const part of ['practices', 'vocabularies', 'site.yaml'])
    rmSync(path.join(out, part), { recursive: true, force: true });
  mkdirSync(path.join(out, 'practices', 'images'), { recursive: true });
  writeFileSync(
    path.join(out, markerFile),
    `Synthetic catalogue: npm run generate -- --count ${count} --seed ${seed}\n`,
  );
  cpSync(path.join(from, 'vocabularies'), path.join(out, 'vocabularies'), { recursive: true });
  cpSync(path.join(from, 'site.yaml'), path.join(out, 'site.yaml'));

  const distributions = createDistributions(data, seed);
  const taken = new Set<string>();
  const result: GenerateResult = { sheets: 0, images: 0, bytes: 0 };
  for (let index = 0; index < count; index++) {
    const sheet = generateSheet(seed, index, distributions, taken);
    writeFileSync(path.join(out, 'practices', `${sheet.slug}.mdx`), sheet.text);
    result.sheets++;
    result.bytes += Buffer.byteLength(sheet.text);
    if (sheet.image) {
      writeFileSync(path.join(out, 'practices', sheet.image.src), generateImage(sheet.image.seed));
      result.images++;
    }
  }
  return result;
}
