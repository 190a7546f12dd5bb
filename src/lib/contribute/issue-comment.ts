/**
 * The comment posted on an issue made with the issue form: whether the sheet is accepted,
 * each problem with its field or line, and what to do next, in Dutch. Whatever quotes the
 * contributor's text is escaped: it cannot mention anyone, link an issue, open HTML or end a
 * code block. Pure and browser-safe.
 */
import type { Problem } from '../util/problems.ts';
import type { IssueProblem } from './issue-sheet.ts';
import { issueTexts } from './issue-texts.ts';

const t = issueTexts.comment;

/** A problem message can quote a whole field; the comment shows this much of it. */
const maxMessageChars = 400;
/** The comment lists this many problems; a sheet with more has bigger trouble than a list shows. */
const maxListed = 50;

/** Control characters and line separators: a quoted message stays on its one line. */
const isControl = (c: string) => {
  const code = c.codePointAt(0)!;
  return code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029;
};

/**
 * Text that reads the same in GitHub Markdown as typed, on one line: HTML characters as
 * entities, Markdown punctuation escaped (so no code span or fence can open or close), and
 * a zero-width space after "@" and "#" so no mention or issue reference is made.
 */
export function escapeMarkdown(text: string): string {
  const oneLine = Array.from(text, (c) => (isControl(c) ? ' ' : c))
    .join('')
    .replace(/ {2,}/g, ' ')
    .trim();
  const short =
    oneLine.length > maxMessageChars ? `${oneLine.slice(0, maxMessageChars)}…` : oneLine;
  return (
    short
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // Each message follows "- **where**: ", so only what works mid-line needs escaping.
      .replace(/[\\`*_{}[\]()!|~]/g, '\\$&')
      .replace(/[@#]/g, '$&\u200b')
  );
}

export interface IssueCommentInput {
  /** The sheet's file name, when it was written (accepted, or rejected by the file check). */
  fileName?: string;
  /** Problems with fields of the form (the schema, the parser). */
  fieldProblems: readonly IssueProblem[];
  /** Problems the sheet check found in the written file, with their lines. */
  fileProblems: readonly Problem[];
}

function item(where: string | undefined, message: string): string {
  return `- ${where ? `**${escapeMarkdown(where)}**: ` : ''}${escapeMarkdown(message)}`;
}

/** Whether the sheet is accepted: no errors (warnings are shown but do not block). */
export const accepted = (input: IssueCommentInput) =>
  input.fieldProblems.length === 0 &&
  input.fileProblems.every((problem) => problem.severity !== 'error') &&
  input.fileName !== undefined;

export function issueComment(input: IssueCommentInput): string {
  const lines = [
    ...input.fieldProblems.map((problem) =>
      item(problem.field ? t.field(problem.field) : undefined, problem.message),
    ),
    ...input.fileProblems.map((problem) => item(t.line(problem.line), problem.message)),
  ];
  const listed = lines.slice(0, maxListed);
  if (lines.length > maxListed) listed.push(`- … (+${lines.length - maxListed})`);
  if (accepted(input)) {
    return [
      t.accepted,
      '',
      t.acceptedIntro(input.fileName!),
      ...(listed.length ? ['', t.warnings, '', ...listed] : []),
      '',
      t.review,
      '',
    ].join('\n');
  }
  const errors =
    input.fieldProblems.length +
    input.fileProblems.filter((problem) => problem.severity === 'error').length;
  return [
    t.rejected,
    '',
    t.rejectedIntro(errors),
    '',
    t.problems,
    '',
    ...listed,
    '',
    `${t.whatNext} ${t.fixIt}`,
    '',
    t.reviewLater,
    '',
    t.help,
    '',
  ].join('\n');
}
