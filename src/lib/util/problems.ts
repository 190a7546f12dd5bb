import { escapeControls } from './text.ts';
import { messages } from '../../i18n/messages.ts';

/** One thing wrong (or worth a look) in a file a person wrote, located so an editor can jump to it. */
export interface Problem {
  file: string;
  line: number;
  column: number;
  message: string;
  severity: 'error' | 'warning';
}

/**
 * `path:line:column: message`, the form editors, terminals and CI annotations understand.
 * Always one line: whatever a contributor's file put into a path or message is escaped.
 */
export function formatProblem(problem: Problem): string {
  const tag = problem.severity === 'warning' ? 'warning: ' : '';
  return `${escapeControls(problem.file)}:${problem.line}:${problem.column}: ${tag}${escapeControls(problem.message)}`;
}

/**
 * The problem as a GitHub Actions workflow command, which GitHub shows as an annotation on
 * that line of the pull request: `::error file=...,line=...,col=...::message`. Values are
 * escaped as GitHub's toolkit does (%, CR, LF everywhere; also : and , in properties).
 */
export function formatGithubAnnotation(problem: Problem): string {
  // Line ends as GitHub's toolkit escapes them; any other control character as text, so none reaches the log raw.
  const data = (value: string) =>
    escapeControls(value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
  const property = (value: string) => data(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const file = problem.file.split('\\').join('/');
  return `::${problem.severity === 'warning' ? 'warning' : 'error'} file=${property(file)},line=${problem.line},col=${problem.column}::${data(problem.message)}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      a.message.localeCompare(b.message),
  );
}

export const hasErrors = (problems: readonly Problem[]) =>
  problems.some((p) => p.severity === 'error');

/** Thrown by the build so that it stops with the same lines `npm run validate` prints. */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const errors = sortProblems(problems).filter((p) => p.severity === 'error');
    super(messages.validate.buildFailed(errors.length, errors.map(formatProblem).join('\n')));
    this.name = 'ContentError';
    this.problems = errors;
    // These are the contributor's mistakes, not ours: a stack trace would only hide them.
    this.stack = `${this.name}: ${this.message}`;
  }
}
