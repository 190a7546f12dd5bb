/**
 * The editors' worklist: everything an editor still has to do to a sheet, found from the
 * sheets themselves (not from an import log), so a task disappears as soon as the sheet is
 * fixed. Pure: the command line (scripts/worklist.ts) and the /redactie/ page give it the
 * sheets; the link check (link-check-fs.ts) adds its findings separately.
 */
import { formatDate, ui } from '../../i18n/nl.ts';
import type { PracticeData } from '../../schema/practice.ts';
import { exampleReviewDue, reviewState, type IsoDay } from '../history/review.ts';
import { nearDuplicateTitles } from './duplicates.ts';

export const taskKinds = [
  'invalid-sheet',
  'review-overdue',
  'provisional-title',
  'missing-address',
  'missing-image',
  'placeholder-alt',
  'no-examples',
  'stopped-example',
  'near-duplicate',
  'broken-link',
] as const;
export type TaskKind = (typeof taskKinds)[number];

export type FieldPath = (string | number)[];

/** Near-duplicate titles named in one task; more are counted. */
const maxNamedDuplicates = 3;

export interface Task {
  kind: TaskKind;
  /** The sheet's address slug. */
  sheet: string;
  /** The sheet's file, as shown to editors (relative to the repository). */
  file: string;
  /** The sheet's path below the sheets folder ("archief/buddy.mdx"), for links to the forge and the CMS. */
  pathInFolder?: string;
  title: string;
  /** The field the task is about, when there is one. */
  field?: FieldPath;
  /** Line of that field in the file, when known (the command line knows it; the site does not). */
  line?: number;
  /** What to do, in Dutch. */
  message: string;
}

export interface WorkSheet {
  slug: string;
  file: string;
  pathInFolder?: string;
  /** Absent when the sheet does not pass the schema: it gets one task, to fix that first. */
  data?: PracticeData;
  /** Errors that keep the sheet from validating (with data absent). */
  errors?: number;
  /** The title as written, for a sheet without data. */
  rawTitle?: string;
  /** The line of a field, when the file was read. */
  locate?: (field: FieldPath) => number | undefined;
}

export interface WorklistOptions {
  cycleMonths: number;
  today: IsoDay;
}

/**
 * The recognisable placeholder alt text `npm run import` writes (ui.imported.imageAlt):
 * the same words around whatever title it held then.
 */
export function isPlaceholderAlt(alt: string): boolean {
  const [before = '', after = ''] = ui.imported.imageAlt('\u0000').split('\u0000');
  return alt.length > before.length + after.length && alt.startsWith(before) && alt.endsWith(after);
}

/** Every task of every sheet: per sheet in file order, and within a sheet by line. */
export function findTasks(sheets: readonly WorkSheet[], options: WorklistOptions): Task[] {
  const tasks: Task[] = [];
  const valid = sheets.filter(
    (sheet): sheet is WorkSheet & { data: PracticeData } => sheet.data !== undefined,
  );
  for (const sheet of sheets) {
    const add = (kind: TaskKind, message: string, field?: FieldPath) =>
      tasks.push({
        kind,
        sheet: sheet.slug,
        file: sheet.file,
        ...(sheet.pathInFolder ? { pathInFolder: sheet.pathInFolder } : {}),
        title: sheet.data?.title ?? sheet.rawTitle ?? sheet.slug,
        message,
        ...(field ? { field, line: sheet.locate?.(field) } : {}),
      });
    if (!sheet.data) {
      add('invalid-sheet', ui.worklist.invalidSheet(sheet.errors ?? 1));
      continue;
    }
    const data = sheet.data;

    // A draft is not on the site: its review clock has not started.
    if (data.status === 'published') {
      const review = reviewState(data, options.cycleMonths, options.today);
      if (review.due)
        add(
          'review-overdue',
          ui.worklist.reviewOverdue(formatDate(review.checked), options.cycleMonths),
          [review.source],
        );
    }
    if (data.source?.provisionalTitle !== undefined && data.source.provisionalTitle === data.title)
      add('provisional-title', ui.worklist.provisionalTitle(data.title), ['title']);
    if (data.image && isPlaceholderAlt(data.image.alt))
      add('placeholder-alt', ui.worklist.placeholderAlt, ['image', 'alt']);
    if (!data.image && data.source?.image)
      add('missing-image', ui.worklist.missingImage(data.source.image), ['source', 'image']);
    if (!data.examples.length) add('no-examples', ui.worklist.noExamples, ['examples']);

    const allStopped =
      data.examples.length > 0 && data.examples.every((example) => example.status === 'gestopt');
    data.examples.forEach((example, index) => {
      const where: FieldPath = ['examples', index];
      if (example.status === 'gestopt')
        add('stopped-example', ui.worklist.stoppedExample(example.municipality, allStopped), [
          ...where,
          'status',
        ]);
      else if (
        data.status === 'published' &&
        exampleReviewDue(example, options.cycleMonths, options.today)
      )
        add(
          'review-overdue',
          ui.worklist.exampleReviewOverdue(example.municipality, formatDate(example.reviewed!)),
          [...where, 'reviewed'],
        );
      example.contacts.forEach((contact, c) => {
        if (!contact.email && !contact.phone && !contact.url)
          add(
            'missing-address',
            ui.worklist.contactWithoutAddress(example.municipality, contact.label),
            [...where, 'contacts', c],
          );
      });
      example.links.forEach((link, l) => {
        if (!link.url)
          add('missing-address', ui.worklist.linkWithoutAddress(example.municipality, link.label), [
            ...where,
            'links',
            l,
          ]);
      });
    });
  }

  // One task per sheet, naming its most similar titles first (a title repeated ten times
  // would otherwise give each of its sheets nine tasks).
  const similar = new Map<number, number[]>();
  for (const pair of nearDuplicateTitles(valid.map((sheet) => sheet.data.title)))
    for (const [one, other] of [
      [pair.a, pair.b],
      [pair.b, pair.a],
    ] as const) {
      const list = similar.get(one);
      if (list) list.push(other);
      else similar.set(one, [other]);
    }
  for (const [index, others] of similar) {
    const sheet = valid[index]!;
    const named = others
      .slice(0, maxNamedDuplicates)
      .map((other) => ({ title: valid[other]!.data.title, file: valid[other]!.file }));
    tasks.push({
      kind: 'near-duplicate',
      sheet: sheet.slug,
      file: sheet.file,
      ...(sheet.pathInFolder ? { pathInFolder: sheet.pathInFolder } : {}),
      title: sheet.data.title,
      message: ui.worklist.nearDuplicate(named, others.length - named.length),
      field: ['title'],
      line: sheet.locate?.(['title']),
    });
  }
  return sortTasks(tasks);
}

/** Per sheet (by file), then by line, then by kind: the order every output uses. */
export function sortTasks(tasks: Task[]): Task[] {
  const order = (kind: TaskKind) => taskKinds.indexOf(kind);
  return tasks.sort(
    (x, y) =>
      (x.file < y.file ? -1 : x.file > y.file ? 1 : 0) ||
      (x.line ?? 0) - (y.line ?? 0) ||
      order(x.kind) - order(y.kind) ||
      (x.message < y.message ? -1 : x.message > y.message ? 1 : 0),
  );
}
