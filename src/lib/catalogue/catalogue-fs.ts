/**
 * The whole content folder, checked: vocabularies, then every sheet. Shared by
 * `npm run validate` and the build's content loader, so both report the same problems.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { practicesDir } from './content-dir.ts';
import { createPracticeSchema, type PracticeSchema } from '../../schema/practice.ts';
import { loadVocabularyData } from '../vocabulary/load-fs.ts';
import type { Problem } from '../util/problems.ts';
import { checkFiles, checkInParallel, readSheet } from './check-parallel-fs.ts';
import type { CheckedSheet } from '../sheet/check.ts';
import { createVocabularies, type Vocabularies, type VocabularyData } from '../vocabulary/lookup.ts';

const imageExtensions = /\.(jpe?g|png|webp|avif|gif|svg)$/i;

/** Every .mdx below a folder, plus the files a contributor may have meant as sheets but named wrongly. */
export function listSheetFiles(dir: string): { sheets: string[]; strays: string[]; links: string[] } {
  const sheets: string[] = [];
  const strays: string[] = [];
  const links: string[] = [];
  // Walked by hand: readdir's own recursion descends into linked folders.
  const walk = (folder: string) => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const file = path.join(folder, entry.name);
      // Not followed: a link could point outside the content folder (a pull request adding a
      // link to a secret on the build machine). Reported, so nothing is silently left out.
      if (entry.isSymbolicLink()) links.push(file);
      else if (entry.isDirectory()) walk(file);
      else if (!entry.isFile()) continue;
      else if (entry.name.endsWith('.mdx')) sheets.push(file);
      else if (!imageExtensions.test(entry.name) && !entry.name.startsWith('.')) strays.push(file);
    }
  };
  walk(dir);
  return { sheets: sheets.sort(), strays: strays.sort(), links: links.sort() };
}

export interface VocabularyContext {
  data: VocabularyData;
  vocabularies: Vocabularies;
  schema: PracticeSchema;
  problems: Problem[];
}

export function loadVocabularyContext(dir: string): VocabularyContext {
  const { data, problems } = loadVocabularyData(dir);
  const vocabularies = createVocabularies(data);
  return { data, vocabularies, schema: createPracticeSchema(vocabularies), problems };
}

export interface Catalogue extends VocabularyContext {
  sheets: CheckedSheet[];
}

export interface LoadOptions {
  /** Check only these files or folders (default: every sheet in the content folder). */
  paths?: string[];
  render?: boolean;
}

/** The sheet files to check, and the problems with the folder itself (stray files, nothing found). */
function collectFiles(dir: string, options: LoadOptions): { files: string[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const files: string[] = [];
  const targets = options.paths?.length ? options.paths.map((p) => path.resolve(p)) : [practicesDir(dir)];
  for (const target of targets) {
    if (target.endsWith('.mdx')) {
      files.push(target);
      continue;
    }
    const { sheets, strays, links } = listSheetFiles(target);
    if (!sheets.length && !strays.length && !links.length)
      problems.push({ file: path.relative(process.cwd(), target) || '.', line: 1, column: 1, severity: 'warning', message: 'no sheets (.mdx files) found here' });
    files.push(...sheets);
    for (const stray of strays) {
      const hint = /\.(md|markdown|txt)$/i.test(stray)
        ? 'sheets must have the extension .mdx: rename it, or import a text export with `npm run import`'
        : 'this file is not a sheet or an image and is ignored: move it out of the sheets folder';
      problems.push({ file: path.relative(process.cwd(), stray), line: 1, column: 1, severity: /\.(md|markdown)$/i.test(stray) ? 'error' : 'warning', message: hint });
    }
    for (const link of links)
      problems.push({
        file: path.relative(process.cwd(), link),
        line: 1,
        column: 1,
        severity: 'error',
        message: 'is a symbolic link, which is not followed: put the file itself here (or remove the link)',
      });
  }
  return { files: [...new Set(files)], problems };
}

/** Checked sheets in file order, with the problems of the whole catalogue (two files with the same name, ...). */
function assemble(context: VocabularyContext, folderProblems: Problem[], results: (CheckedSheet | Problem)[]): Catalogue {
  const problems = [...context.problems, ...folderProblems];
  const sheets: CheckedSheet[] = [];
  const bySlug = new Map<string, CheckedSheet>();
  for (const sheet of results) {
    if (!('slug' in sheet)) {
      problems.push(sheet);
      continue;
    }
    const twin = bySlug.get(sheet.slug);
    if (twin) {
      sheet.problems.push({
        file: path.relative(process.cwd(), sheet.file), line: 1, column: 1, severity: 'error',
        message: `has the same name "${sheet.slug}" as ${path.relative(process.cwd(), twin.file)}, so both would get the address /praktijken/${sheet.slug}/: rename one of them`,
      });
      delete sheet.data;
    } else bySlug.set(sheet.slug, sheet);
    sheets.push(sheet);
    problems.push(...sheet.problems);
  }
  return { ...context, problems, sheets };
}

export function loadCatalogue(dir: string, options: LoadOptions = {}): Catalogue {
  const context = loadVocabularyContext(dir);
  const { files, problems } = collectFiles(dir, options);
  return assemble(context, problems, checkFiles(files, context, options.render));
}

export interface ParallelLoadOptions extends LoadOptions {
  /**
   * A sheet checked before, still valid for these exact bytes (the build's content cache);
   * undefined to check it. Reused sheets skip parsing and rendering, nothing else.
   */
  reuse?: (file: string, bytes: Uint8Array) => CheckedSheet | undefined;
  /** Called with each sheet checked afresh (not reused), before catalogue-wide problems are added. */
  checked?: (sheet: CheckedSheet) => void;
  /** Worker threads to check with (default: one per CPU when there are many sheets to check). */
  workers?: number;
  onFallback?: (error: unknown) => void;
}

/**
 * loadCatalogue, with the sheets checked on all CPUs (worker threads) and, in the build,
 * unchanged sheets taken from the previous build. Same sheets, same problems, same order.
 */
export async function loadCatalogueParallel(dir: string, options: ParallelLoadOptions = {}): Promise<Catalogue> {
  const context = loadVocabularyContext(dir);
  const { files, problems } = collectFiles(dir, options);
  const results: (CheckedSheet | Problem | undefined)[] = new Array(files.length);
  const toCheck: number[] = [];
  files.forEach((file, index) => {
    const bytes = readSheet(file);
    if (!(bytes instanceof Uint8Array)) results[index] = bytes;
    else if (!(results[index] = options.reuse?.(file, bytes))) toCheck.push(index);
  });
  const checked = await checkInParallel(dir, toCheck.map((index) => files[index]!), context, { render: options.render, workers: options.workers, onFallback: options.onFallback });
  toCheck.forEach((index, n) => {
    const result = checked[n]!;
    results[index] = result;
    if ('slug' in result) options.checked?.(result);
  });
  return assemble(context, problems, results as (CheckedSheet | Problem)[]);
}
