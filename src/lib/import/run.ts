/**
 * Imports legacy exports into a folder of sheets: each export is parsed, converted, written
 * to a staging folder and checked there with the sheet checker, and only then copied into
 * place (with its image, and any vocabulary terms it adds). One report per input.
 */
import {
  appendFileSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createPracticeSchema } from '../../schema/practice.ts';
import {
  listSheetFiles,
  loadCatalogue,
  loadVocabularyContext,
  type VocabularyContext,
} from '../catalogue/catalogue-fs.ts';
import { hasErrors, type Problem } from '../util/problems.ts';
import { checkSheet } from '../sheet/check.ts';
import { decodeSheet, parseFrontmatter, splitSheet } from '../sheet/frontmatter.ts';
import { checkImageFile, diskImages } from '../sheet/images-fs.ts';
import { hasImageExtension, looksLikePicture } from '../sheet/image-types.ts';
import { createVocabularies } from '../vocabulary/lookup.ts';

import {
  convertExport,
  provisionalTitle,
  termHeading,
  type Converted,
  type TermKey,
  type VocabularyAddition,
} from './convert.ts';
import { vocabularyRegistry } from '../../schema/vocabulary.ts';
import { parseExport, type Note } from './parse.ts';
import { sheetText, slugForTitle } from '../sheet/write.ts';
import { vocabularyAppendix } from './write.ts';
import { messages } from '../../i18n/messages.ts';

const m = messages.import;

export interface ImportOptions {
  /** Export files, or folders whose .txt files are exports. */
  inputs: string[];
  /** Folder the sheets are written to (images go to its images/ folder). */
  out: string;
  /** Content folder whose vocabularies the names are checked against (and added to). */
  content: string;
  addVocabulary?: boolean;
  force?: boolean;
  /** Title for the one export being imported. */
  title?: string;
  /** Publication date (YYYY-MM-DD) for every imported sheet. */
  date?: string;
}

/** A note with, once the sheet is written, the line of the sheet it is about. */
export interface ReportNote extends Note {
  sheetLine?: number;
}

/** What happened to one input. Paths are absolute; the report shows them relative where that is shorter. */
export interface FileReport {
  input: string;
  status: 'written' | 'unchanged' | 'failed' | 'skipped';
  sheet?: string;
  image?: string;
  title?: string;
  titleFrom?: 'option' | 'existing sheet' | 'provisional';
  published?: string;
  publishedFrom?: 'option' | 'existing sheet' | 'file date';
  addedTerms?: VocabularyAddition[];
  notes: ReportNote[];
}

export interface ImportResult {
  reports: FileReport[];
  /** Problems with the vocabularies themselves, which stop the whole import. */
  problems: Problem[];
  ok: boolean;
}

export function importExports(options: ImportOptions): ImportResult {
  const context = loadVocabularyContext(options.content);
  if (hasErrors(context.problems)) return { reports: [], problems: context.problems, ok: false };

  const { files, reports } = expandInputs(options.inputs);
  if (options.title !== undefined && files.length > 1)
    throw new UsageError(m.tooManyTitles(files.length));

  const index = indexSheets(options.out);
  const claimed = new Set<string>();
  for (const file of files) {
    const report = importOne(file, options, context, index, claimed);
    reports.push(report);
    if (report.addedTerms?.length) {
      for (const term of report.addedTerms)
        context.data[term.key].push({ name: term.name, slug: term.slug });
      context.vocabularies = createVocabularies(context.data);
      context.schema = createPracticeSchema(context.vocabularies);
    }
  }

  // The same check as `npm run validate`, on the files as written and the vocabularies as on disk now.
  const written = reports.filter((r) => r.status === 'written' && r.sheet);
  if (written.length) {
    const catalogue = loadCatalogue(options.content, { paths: written.map((r) => r.sheet!) });
    for (const problem of catalogue.problems.filter((p) => p.severity === 'error')) {
      const report = written.find((r) => r.sheet === path.resolve(problem.file)) ?? written[0]!;
      report.status = 'failed';
      report.notes.push({
        severity: 'error',
        message: `${problem.file}:${problem.line}:${problem.column}: ${problem.message}`,
      });
    }
  }
  return { reports, problems: [], ok: reports.every((r) => r.status !== 'failed') };
}

export class UsageError extends Error {}

function expandInputs(inputs: string[]) {
  const files: string[] = [];
  const reports: FileReport[] = [];
  for (const input of inputs) {
    const full = path.resolve(input);
    let stat;
    try {
      stat = statSync(full);
    } catch {
      reports.push({
        input: full,
        status: 'failed',
        notes: [{ severity: 'error', message: m.noSuchPath }],
      });
      continue;
    }
    if (!stat.isDirectory()) {
      files.push(full);
      continue;
    }
    const entries = readdirSync(full, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    const before = files.length;
    for (const entry of entries) {
      const file = path.join(full, entry.name);
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory())
        reports.push({
          input: file,
          status: 'skipped',
          notes: [
            {
              severity: 'info',
              message: m.subfolder,
            },
          ],
        });
      else if (/\.txt$/i.test(entry.name)) files.push(file);
      else if (!looksLikePicture(entry.name))
        reports.push({
          input: file,
          status: 'skipped',
          notes: [
            {
              severity: 'info',
              message: m.notTxt,
            },
          ],
        });
    }
    if (files.length === before)
      reports.push({
        input: full,
        status: 'failed',
        notes: [{ severity: 'error', message: m.noExports }],
      });
  }
  return { files: [...new Set(files)], reports };
}

interface SheetIndexEntry {
  file: string;
  sourceFile?: string;
  title?: string;
  published?: string;
}

/** The sheets already in the output folder, by path and by the export they were imported from. */
function indexSheets(out: string) {
  const byFile = new Map<string, SheetIndexEntry>();
  for (const file of listSheetFiles(out).sheets) {
    const entry: SheetIndexEntry = { file };
    const decoded = decodeSheet(readFileSync(file));
    const split = decoded.ok ? splitSheet(decoded.value) : undefined;
    const data = split?.ok
      ? (parseFrontmatter(split.value).data as Record<string, unknown> | undefined)
      : undefined;
    if (data && typeof data === 'object') {
      const source = data.source as { file?: unknown } | undefined;
      if (typeof source?.file === 'string') entry.sourceFile = source.file;
      if (typeof data.title === 'string') entry.title = data.title;
      if (typeof data.published === 'string') entry.published = data.published;
    }
    byFile.set(file, entry);
  }
  return byFile;
}

function importOne(
  file: string,
  options: ImportOptions,
  context: VocabularyContext,
  index: Map<string, SheetIndexEntry>,
  claimed: Set<string>,
): FileReport {
  const report: FileReport = { input: file, status: 'failed', notes: [] };
  const fail = (message: string, line?: number) => {
    report.notes.push({ severity: 'error', message, line });
    return report;
  };
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return fail(m.unreadable);
  }
  const decoded = decodeSheet(bytes, m.theExport);
  if (!decoded.ok) return fail(decoded.message, decoded.position.line);

  const parsed = parseExport(decoded.value, {
    municipalities: context.vocabularies.municipalities,
  });
  if (!Object.keys(parsed.headings).length) {
    report.notes.push(...parsed.notes);
    return report;
  }
  const fileName = path.basename(file);

  // Where the sheet goes: the sheet imported from this export before, else a free address for the title.
  const prior =
    options.title === undefined
      ? [...index.values()].find((e) => e.sourceFile === fileName && !claimed.has(e.file))
      : undefined;
  const title = options.title ?? prior?.title ?? provisionalTitle(parsed, fileName);
  report.title = title;
  report.titleFrom =
    options.title !== undefined
      ? 'option'
      : prior?.title && prior.title !== provisionalTitle(parsed, fileName)
        ? 'existing sheet'
        : 'provisional';
  const target =
    prior?.file ??
    freeAddress(
      options.out,
      slugForTitle(title, report.titleFrom === 'provisional' ? 60 : 120),
      fileName,
      index,
      claimed,
      report,
    );
  claimed.add(target);
  report.sheet = target;
  const slug = path.basename(target, '.mdx');

  const image = parsed.image ? findImage(file, parsed.image.text) : undefined;
  const imageSrc = image?.file
    ? `images/${slug}${path.extname(image.file).toLowerCase().replace('.jpeg', '.jpg')}`
    : undefined;

  const existing = index.get(target);
  const published =
    options.date ?? existing?.published ?? statSync(file).mtime.toISOString().slice(0, 10);
  report.published = published;
  report.publishedFrom = options.date
    ? 'option'
    : existing?.published
      ? 'existing sheet'
      : 'file date';

  const converted = convertExport(parsed, {
    vocabularies: context.vocabularies,
    fileName,
    title,
    published,
    addVocabulary: Boolean(options.addVocabulary),
    imageSrc,
    imageProblem: image?.problem,
    provisionalTitle: report.titleFrom === 'provisional',
  });
  report.notes.push(...converted.notes);
  if (report.titleFrom === 'provisional')
    report.notes.unshift({
      severity: 'attention',
      field: ['title'],
      message: m.provisionalTitle(title),
    });
  if (converted.notes.some((n) => n.severity === 'error')) return report;

  const text = sheetText(converted.data, converted.body);
  const checked = stageAndCheck(text, target, image?.file, imageSrc, converted.additions, context);
  locateNotes(report.notes, text);
  addCheckerProblems(report, checked, text, converted);
  if (checked.some((p) => p.severity === 'error')) return report;

  // Never overwrite what differs without --force; the same import again changes nothing.
  const imageTarget = imageSrc ? path.join(path.dirname(target), imageSrc) : undefined;
  const same =
    sameBytes(target, Buffer.from(text)) &&
    (!imageTarget || sameBytes(imageTarget, readFileSync(image!.file!)));
  if (same) {
    report.status = 'unchanged';
    report.image = imageTarget;
    return report;
  }
  if (!options.force) {
    const clash = [target, imageTarget].find((f) => f && exists(f));
    if (clash) return fail(m.differs(clash, clash !== target));
  }

  if (converted.additions.length) {
    appendVocabulary(options.content, converted.additions, fileName);
    report.addedTerms = converted.additions;
  }
  mkdirSync(path.dirname(target), { recursive: true });
  if (imageTarget) {
    mkdirSync(path.dirname(imageTarget), { recursive: true });
    copyFileSync(image!.file!, imageTarget);
    report.image = imageTarget;
  }
  writeFileSync(target, text);
  index.set(target, { file: target, sourceFile: fileName, title, published });
  report.status = 'written';
  return report;
}

/** The first address (slug, slug-2, ...) no other practice holds. */
function freeAddress(
  out: string,
  slug: string,
  fileName: string,
  index: Map<string, SheetIndexEntry>,
  claimed: Set<string>,
  report: FileReport,
): string {
  for (let n = 1; ; n++) {
    const candidate = path.join(out, `${n === 1 ? slug : `${slug}-${n}`}.mdx`);
    const existing = index.get(candidate);
    if (claimed.has(candidate) || (existing && existing.sourceFile !== fileName)) continue;
    if (n > 1)
      report.notes.push({
        severity: 'info',
        message: m.otherAddress(slug, path.basename(candidate)),
      });
    return candidate;
  }
}

/** The image file named in the export, next to it (any capitals), if the site can show it. */
function findImage(exportFile: string, name: string): { file?: string; problem?: string } {
  const dir = path.dirname(exportFile);
  const entries = readdirSync(dir);
  const match =
    entries.find((e) => e === name) ?? entries.find((e) => e.toLowerCase() === name.toLowerCase());
  if (!match) return {};
  if (!hasImageExtension(match))
    return {
      problem: m.imageType(match, path.extname(match).slice(1).toUpperCase()),
    };
  const checked = checkImageFile(path.join(dir, 'export.mdx'), match);
  return checked.ok ? { file: path.join(dir, match) } : { problem: checked.problem };
}

/** Writes the sheet (and its image) to a temporary folder and checks it there, as `npm run validate` would. */
function stageAndCheck(
  text: string,
  target: string,
  imageFile: string | undefined,
  imageSrc: string | undefined,
  additions: VocabularyAddition[],
  context: VocabularyContext,
): Problem[] {
  const stage = mkdtempSync(path.join(tmpdir(), 'praktijkbank-import-'));
  try {
    const staged = path.join(stage, path.basename(target));
    writeFileSync(staged, text);
    if (imageFile && imageSrc) {
      mkdirSync(path.dirname(path.join(stage, imageSrc)), { recursive: true });
      copyFileSync(imageFile, path.join(stage, imageSrc));
    }
    let { schema, vocabularies } = context;
    if (additions.length) {
      const data = structuredClone(context.data);
      for (const a of additions) data[a.key].push({ name: a.name, slug: a.slug });
      vocabularies = createVocabularies(data);
      schema = createPracticeSchema(vocabularies);
    }
    return checkSheet(staged, Buffer.from(text), {
      schema,
      vocabularies,
      images: diskImages,
      displayName: () => target,
    }).problems;
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

/** Gives every note about a field the line of the written sheet where that field stands. */
function locateNotes(notes: ReportNote[], text: string) {
  const split = splitSheet(text);
  if (!split.ok) return;
  const frontmatter = parseFrontmatter(split.value);
  for (const note of notes) if (note.field) note.sheetLine = frontmatter.locate(note.field).line;
}

/** The checker's findings, with the export line they go back to; warnings the importer already reported are left out. */
function addCheckerProblems(
  report: FileReport,
  problems: Problem[],
  text: string,
  converted: Converted,
) {
  const split = splitSheet(text);
  const frontmatter = split.ok ? parseFrontmatter(split.value) : undefined;
  // Sheet line -> export line; a line with no field of its own belongs to the field above it.
  const starts = converted.provenance
    .map((p) => ({ sheetLine: frontmatter?.locate(p.field).line ?? 0, line: p.line }))
    .sort((a, b) => a.sheetLine - b.sheetLine);
  const exportLine = (sheetLine: number) =>
    starts.filter((s) => s.sheetLine <= sheetLine).at(-1)?.line;
  // Missing addresses are reported by the importer already, with the export's line.
  const covered = new Set(
    report.notes
      .filter((n) => n.field?.some((k) => k === 'links' || k === 'contacts'))
      .map((n) => n.sheetLine),
  );
  for (const problem of problems) {
    if (problem.severity === 'warning' && covered.has(problem.line)) continue;
    report.notes.push({
      severity: problem.severity === 'error' ? 'error' : 'attention',
      message: problem.severity === 'error' ? m.wouldNotValidate(problem.message) : problem.message,
      line: exportLine(problem.line),
      sheetLine: problem.line,
    });
  }
}

function appendVocabulary(content: string, additions: VocabularyAddition[], fileName: string) {
  for (const key of Object.keys(termHeading) as TermKey[]) {
    const terms = additions.filter((a) => a.key === key);
    if (!terms.length) continue;
    const file = path.join(content, 'vocabularies', vocabularyRegistry[key].file);
    appendFileSync(file, vocabularyAppendix(readFileSync(file, 'utf8'), terms, fileName));
  }
}

function exists(file: string): boolean {
  try {
    statSync(file);
    return true;
  } catch {
    return false;
  }
}

function sameBytes(file: string, bytes: Uint8Array): boolean {
  try {
    return Buffer.compare(readFileSync(file), bytes) === 0;
  } catch {
    return false;
  }
}
