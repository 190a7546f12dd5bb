/** The import's report for editors: per export what was done and what is left to do, with file:line references. */
import path from 'node:path';
import type { FileReport, ImportResult, ReportNote } from './run.ts';
import { messages } from '../../i18n/messages.ts';

const t = messages.import.report;

/** A path as the reader can use it: relative to the working directory when inside it, else absolute. */
export function shownPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

function noteLine(report: FileReport, note: ReportNote): string {
  const where =
    note.sheetLine !== undefined && report.sheet && report.status !== 'failed'
      ? `${shownPath(report.sheet)}:${note.sheetLine}: `
      : `${shownPath(report.input)}${note.line !== undefined ? `:${note.line}` : ''}: `;
  const from =
    note.sheetLine !== undefined && report.status !== 'failed' && note.line !== undefined
      ? t.exportLine(note.line)
      : '';
  return `    ${where}${note.message}${from}`;
}

function byPlace(a: ReportNote, b: ReportNote): number {
  return (a.sheetLine ?? a.line ?? 0) - (b.sheetLine ?? b.line ?? 0);
}

export function formatFileReport(report: FileReport): string {
  const out: string[] = [];
  const notes = (severity: ReportNote['severity']) =>
    report.notes.filter((n) => n.severity === severity).sort(byPlace);
  switch (report.status) {
    case 'skipped':
      out.push(t.skipped(shownPath(report.input), report.notes.map((n) => n.message).join('; ')));
      return out.join('\n');
    case 'failed':
      out.push(t.failed(shownPath(report.input)));
      for (const note of notes('error')) out.push(noteLine(report, note));
      if (notes('error').length === 0) out.push(t.noReason);
      return out.join('\n');
    default: {
      const verb = report.status === 'written' ? t.wrote : t.unchanged;
      out.push(`✓ ${shownPath(report.input)}`);
      out.push(
        `    ${verb} ${shownPath(report.sheet!)}${report.image ? ` ${t.and} ${shownPath(report.image)}` : ''}`,
      );
      if (report.published && report.publishedFrom)
        out.push(t.published(report.published, t.publishedFrom[report.publishedFrom]));
      const attention = notes('attention');
      if (attention.length) {
        out.push(t.attention(attention.length));
        for (const note of attention) out.push(noteLine(report, note));
      }
      const info = notes('info');
      if (info.length) {
        out.push(t.done);
        for (const note of info) out.push(noteLine(report, note));
      }
      return out.join('\n');
    }
  }
}

export function formatReport(result: ImportResult): string {
  const out = result.reports.map(formatFileReport);
  const exports = result.reports.filter((r) => r.status !== 'skipped');
  const imported = exports.filter((r) => r.status === 'written' || r.status === 'unchanged');
  const unchanged = exports.filter((r) => r.status === 'unchanged').length;
  const failed = exports.length - imported.length;
  const todo = imported.reduce(
    (sum, r) => sum + r.notes.filter((n) => n.severity === 'attention').length,
    0,
  );
  const terms = imported.flatMap((r) => r.addedTerms ?? []);
  out.push(
    '',
    t.summary({
      failed,
      imported: imported.length,
      exports: exports.length,
      unchanged,
      todo,
      terms: terms.map((term) => term.name),
    }),
  );
  if (failed) out.push(t.fixFailed);
  return out.join('\n');
}
