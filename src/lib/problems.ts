/** One thing wrong (or worth a look) in a file a person wrote, located so an editor can jump to it. */
export interface Problem {
  file: string;
  line: number;
  column: number;
  message: string;
  severity: 'error' | 'warning';
}

/** `path:line:column: message`, the form editors, terminals and CI annotations understand. */
export function formatProblem(problem: Problem): string {
  const tag = problem.severity === 'warning' ? 'warning: ' : '';
  return `${problem.file}:${problem.line}:${problem.column}: ${tag}${problem.message}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message),
  );
}

export const hasErrors = (problems: readonly Problem[]) => problems.some((p) => p.severity === 'error');

/** Thrown by the build so that it stops with the same lines `npm run validate` prints. */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const errors = sortProblems(problems).filter((p) => p.severity === 'error');
    super(
      `${errors.length} problem${errors.length === 1 ? '' : 's'} in the content:\n${errors.map(formatProblem).join('\n')}\n` +
        'Fix them (npm run validate lists the same problems) and build again.',
    );
    this.name = 'ContentError';
    this.problems = errors;
  }
}
