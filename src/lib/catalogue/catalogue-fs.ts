/**
 * The whole content folder, checked: vocabularies, then every sheet. Shared by
 * `npm run validate` and the build's content loader, so both report the same problems.
 */
import { lstatSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { practicesDir } from './content-dir.ts';
import { contentFolderProblems, listSheetFiles, nameProblem } from './content-files-fs.ts';
import { createPracticeSchema, type PracticeSchema } from '../../schema/practice.ts';
import { vocabularyKeys, vocabularyRegistry } from '../../schema/vocabulary.ts';
import { loadVocabularyData } from '../vocabulary/load-fs.ts';
import type { Problem } from '../util/problems.ts';
import { checkFiles, checkInParallel, readSheet } from './check-parallel-fs.ts';
import type { CheckedSheet } from '../sheet/check.ts';
import type { ImageChecker } from '../sheet/image-check.ts';
import { diskImages } from '../sheet/images-fs.ts';
import { messages } from '../../i18n/messages.ts';
import {
  createVocabularies,
  type Vocabularies,
  type VocabularyData,
} from '../vocabulary/lookup.ts';

export { listSheetFiles } from './content-files-fs.ts';

export interface VocabularyContext {
  data: VocabularyData;
  vocabularies: Vocabularies;
  schema: PracticeSchema;
  problems: Problem[];
  /** What the sheet check needs besides the vocabularies: pictures on disk, paths relative to the working directory. */
  images: ImageChecker;
  displayName: (file: string) => string;
}

const contexts = new Map<string, { stamp: string; context: VocabularyContext }>();

/** What the vocabularies of a content folder were read from: their files' times and sizes (and how messages name them). */
function vocabularyStamp(dir: string): string {
  const files = vocabularyKeys.map((key) => {
    try {
      const stat = statSync(path.join(dir, 'vocabularies', vocabularyRegistry[key].file));
      return `${stat.mtimeMs}:${stat.size}`;
    } catch {
      return '-';
    }
  });
  return [process.cwd(), ...files].join('|');
}

/**
 * The vocabularies of a content folder and the sheet schema made from them. A build asks for
 * them from several modules (the content config, the loader, the pages, the form, the CMS);
 * they are read once per process and again only when a vocabulary file changes (npm run dev).
 */
export function loadVocabularyContext(dir: string): VocabularyContext {
  const key = path.resolve(dir);
  const stamp = vocabularyStamp(key);
  const cached = contexts.get(key);
  if (cached?.stamp === stamp) return cached.context;
  const { data, problems } = loadVocabularyData(dir);
  const vocabularies = createVocabularies(data);
  const context: VocabularyContext = {
    data,
    vocabularies,
    schema: createPracticeSchema(vocabularies),
    problems,
    images: diskImages,
    displayName: shown,
  };
  contexts.set(key, { stamp, context });
  return context;
}

export interface Catalogue extends VocabularyContext {
  sheets: CheckedSheet[];
}

export interface LoadOptions {
  /** Check only these files or folders (default: every sheet in the content folder). */
  paths?: string[];
  render?: boolean;
}

interface CollectedFiles {
  files: string[];
  /** The pictures in the folders walked (real paths), to find the ones no sheet uses. */
  images: string[];
  problems: Problem[];
}

const shown = (file: string) => path.relative(process.cwd(), file) || '.';

/** The sheet files to check, and the problems with the folders themselves (stray files, links, nothing found). */
function collectFiles(dir: string, options: LoadOptions): CollectedFiles {
  const problems: Problem[] = [];
  const files: string[] = [];
  const images: string[] = [];
  const practices = practicesDir(dir);
  const targets = options.paths?.length ? options.paths.map((p) => path.resolve(p)) : [practices];
  if (!options.paths?.length) problems.push(...contentFolderProblems(dir, practices));
  for (const target of targets) {
    if (target.endsWith('.mdx')) {
      const badName = nameProblem(path.basename(target));
      let link = false;
      try {
        link = lstatSync(target).isSymbolicLink();
      } catch {
        /* reported when it is read */
      }
      // The folder walk refuses links; a sheet named on the command line is no exception.
      if (badName || link)
        problems.push({
          file: shown(target),
          line: 1,
          column: 1,
          severity: 'error',
          message: badName ?? messages.catalogue.symlink,
        });
      else files.push(target);
      continue;
    }
    const folder = listSheetFiles(target);
    if (!folder.sheets.length && !folder.problems.length)
      problems.push({
        file: shown(target),
        line: 1,
        column: 1,
        severity: 'warning',
        message: messages.catalogue.noSheets,
      });
    files.push(...folder.sheets);
    images.push(...folder.images);
    for (const problem of folder.problems) problems.push(problem);
  }
  return { files: [...new Set(files)], images: [...new Set(images)], problems };
}

/** Pictures in the sheets folder that no sheet names: they are not published, and a reviewer should know. */
function unusedImages(images: readonly string[], sheets: readonly CheckedSheet[]): Problem[] {
  const used = new Set<string>();
  for (const sheet of sheets) {
    if (!sheet.image) continue;
    try {
      used.add(realpathSync(sheet.image));
    } catch {
      /* reported with the sheet */
    }
  }
  return images
    .filter((image) => !used.has(image))
    .map((image) => ({
      file: shown(image),
      line: 1,
      column: 1,
      severity: 'warning' as const,
      message: messages.catalogue.unusedImage,
    }));
}

/** Checked sheets in file order, with the problems of the whole catalogue (two files with the same name, ...). */
function assemble(
  context: VocabularyContext,
  collected: CollectedFiles,
  results: (CheckedSheet | Problem)[],
): Catalogue {
  const problems = [...context.problems, ...collected.problems];
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
        file: shown(sheet.file),
        line: 1,
        column: 1,
        severity: 'error',
        message: messages.catalogue.sameSlug(sheet.slug, shown(twin.file)),
      });
      delete sheet.data;
    } else bySlug.set(sheet.slug, sheet);
    sheets.push(sheet);
    // One by one: a sheet can have many problems, too many for push(...all) (the call stack).
    for (const problem of sheet.problems) problems.push(problem);
  }
  if (collected.images.length)
    for (const problem of unusedImages(collected.images, sheets)) problems.push(problem);
  return { ...context, problems, sheets };
}

export function loadCatalogue(dir: string, options: LoadOptions = {}): Catalogue {
  const context = loadVocabularyContext(dir);
  const collected = collectFiles(dir, options);
  return assemble(context, collected, checkFiles(collected.files, context, options.render));
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
export async function loadCatalogueParallel(
  dir: string,
  options: ParallelLoadOptions = {},
): Promise<Catalogue> {
  const context = loadVocabularyContext(dir);
  const collected = collectFiles(dir, options);
  const { files } = collected;
  const results = new Array<CheckedSheet | Problem | undefined>(files.length);
  const toCheck: number[] = [];
  files.forEach((file, index) => {
    const bytes = readSheet(file);
    if (!(bytes instanceof Uint8Array)) results[index] = bytes;
    else if (!(results[index] = options.reuse?.(file, bytes))) toCheck.push(index);
  });
  const checked = await checkInParallel(
    dir,
    toCheck.map((index) => files[index]!),
    context,
    { render: options.render, workers: options.workers, onFallback: options.onFallback },
  );
  toCheck.forEach((index, n) => {
    const result = checked[n]!;
    results[index] = result;
    if ('slug' in result) options.checked?.(result);
  });
  return assemble(context, collected, results as (CheckedSheet | Problem)[]);
}
