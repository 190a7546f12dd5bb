/**
 * The worklist in each form it is read in: a table on the terminal, CSV for a spreadsheet,
 * JSON for tools (and the forge issue), GitHub Actions annotations, and Markdown for the
 * issue on the forge. Titles and messages carry contributors' text: each form escapes it
 * for its reader (no terminal control codes, no spreadsheet formulas, no @mentions).
 */
import { stringify } from 'csv-stringify/sync';
import { formatDate, ui } from '../../i18n/nl.ts';
import { formatGithubAnnotation } from '../util/problems.ts';
import type { EditLinks } from './links.ts';
import type { Task } from './tasks.ts';

export interface WorklistReport {
  /** The day the review cycle was counted to (YYYY-MM-DD). */
  today: string;
  cycleMonths: number;
  tasks: Task[];
  /** Present when external links were checked. */
  links?: { checked: number; broken: number };
  /** The forge's name, for link texts ("GitHub"). */
  forge: string;
}

/** Links to fix a task's sheet; absent when the sheet's place is unknown. */
export type LinksOf = (task: Task) => EditLinks | undefined;

export const formats = ['table', 'csv', 'json', 'github', 'markdown'] as const;
export type Format = (typeof formats)[number];

const kindLabel = (task: Task) => ui.worklist.kinds[task.kind];
const sheetCount = (tasks: readonly Task[]) => new Set(tasks.map((task) => task.file)).size;

/** Text safe to print on a terminal: control characters and direction overrides become "?". */
export function printable(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    '?',
  );
}

function intro(report: WorklistReport): string[] {
  return [
    ui.worklist.countedFrom(formatDate(report.today), report.cycleMonths),
    report.links
      ? ui.worklist.linksChecked(report.links.checked, report.links.broken)
      : ui.worklist.linksNotChecked,
  ];
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}

/** Per sheet a heading (file · title) and its tasks as rows: line, kind, what to do (wrapped). */
export function formatTable(report: WorklistReport, width = 100): string {
  const out = [ui.worklist.title, ...intro(report), ''];
  const kindWidth = Math.max(
    ...Object.values(ui.worklist.kinds).map((label) => label.length),
    ui.worklist.columns.kind.length,
  );
  const lineWidth = Math.max(
    ui.worklist.columns.line.length,
    ...report.tasks.map((task) => String(task.line ?? '').length),
  );
  const messageWidth = Math.max(30, width - 2 - lineWidth - 2 - kindWidth - 2);
  let file: string | undefined;
  for (const task of report.tasks) {
    if (task.file !== file) {
      if (file !== undefined) out.push('');
      file = task.file;
      out.push(`${printable(task.file)} · ${printable(task.title)}`);
      out.push(
        `  ${ui.worklist.columns.line.padStart(lineWidth)}  ${ui.worklist.columns.kind.padEnd(kindWidth)}  ${ui.worklist.columns.task}`,
      );
    }
    const [first = '', ...rest] = wrap(printable(task.message), messageWidth);
    out.push(
      `  ${String(task.line ?? '').padStart(lineWidth)}  ${kindLabel(task).padEnd(kindWidth)}  ${first}`,
    );
    for (const more of rest)
      out.push(`  ${''.padStart(lineWidth)}  ${''.padEnd(kindWidth)}  ${more}`);
  }
  if (report.tasks.length) out.push('');
  out.push(ui.worklist.summary(report.tasks.length, sheetCount(report.tasks)));
  return out.join('\n');
}

/** One row per task; cells that a spreadsheet would run as a formula are escaped. */
export function formatCsv(report: WorklistReport, linksOf: LinksOf): string {
  const c = ui.worklist.columns;
  const rows = report.tasks.map((task) => {
    const links = linksOf(task);
    return [
      task.file,
      task.title,
      task.line ?? '',
      kindLabel(task),
      task.message,
      links?.cms ?? '',
      links?.forge ?? '',
    ];
  });
  return stringify(
    [[c.sheet, c.title, c.line, c.kind, c.task, c.cms, c.forge(report.forge)], ...rows],
    { escape_formulas: true },
  );
}

export function worklistJson(report: WorklistReport, linksOf: LinksOf) {
  return {
    today: report.today,
    reviewCycleMonths: report.cycleMonths,
    forge: report.forge,
    summary: { tasks: report.tasks.length, sheets: sheetCount(report.tasks) },
    ...(report.links ? { links: report.links } : {}),
    tasks: report.tasks.map((task) => ({
      ...task,
      kindLabel: kindLabel(task),
      edit: linksOf(task),
    })),
  };
}

export const formatJson = (report: WorklistReport, linksOf: LinksOf) =>
  `${JSON.stringify(worklistJson(report, linksOf), null, 2)}\n`;

/** One GitHub Actions annotation per task, on the line of the field it is about. */
export function formatGithub(report: WorklistReport): string {
  return report.tasks
    .map((task) =>
      formatGithubAnnotation({
        file: task.file,
        line: task.line ?? 1,
        column: 1,
        severity: 'warning',
        message: printable(`${kindLabel(task)}: ${task.message}`),
      }),
    )
    .join('\n');
}

/** Contributors' text as plain Markdown text: nothing in it becomes a link, a mention, HTML or table syntax. */
export function markdownText(text: string): string {
  return printable(text).replace(/[\\`*_{}[\]()<>#+!|@~:]/g, (c) => `\\${c}`);
}

/** The issue body: a table per sheet, cut (with a note) where the forge's limit would be passed. */
export function formatMarkdown(
  report: WorklistReport,
  linksOf: LinksOf,
  maxLength = 60_000,
): string {
  const c = ui.worklist.columns;
  const head = [
    `## ${ui.worklist.title}`,
    '',
    ui.worklist.issueIntro,
    '',
    ...intro(report).map((line) => `${line}  `),
    '',
    `**${ui.worklist.summary(report.tasks.length, sheetCount(report.tasks))}**`,
    '',
  ];
  const sections: { text: string; tasks: number }[] = [];
  let file: string | undefined;
  let section: string[] = [];
  let count = 0;
  const close = () => {
    if (section.length) sections.push({ text: section.join('\n'), tasks: count });
    section = [];
    count = 0;
  };
  for (const task of report.tasks) {
    if (task.file !== file) {
      close();
      file = task.file;
      const links = linksOf(task);
      const edit = links
        ? ` · [${ui.worklist.editInCms}](${links.cms}) · [${ui.worklist.editOnForge(report.forge)}](${links.forge})`
        : '';
      section.push(
        `### ${markdownText(task.title)}`,
        '',
        `\`${task.file.replace(/`/g, "'")}\`${edit}`,
        '',
        `| ${c.line} | ${c.kind} | ${c.task} |`,
        '| ---: | --- | --- |',
      );
    }
    section.push(`| ${task.line ?? ''} | ${kindLabel(task)} | ${markdownText(task.message)} |`);
    count++;
  }
  close();
  let body = head.join('\n');
  let shown = 0;
  for (const part of sections) {
    if (body.length + part.text.length + 400 > maxLength) {
      body += `\n\n${ui.worklist.truncated(shown, report.tasks.length)}`;
      return `${body}\n`;
    }
    body += `\n\n${part.text}`;
    shown += part.tasks;
  }
  return `${body}\n`;
}
