/**
 * The contribution form's check: the sheet check of `npm run validate` (src/lib/sheet/check.ts)
 * run on the very text the form hands over, so the form says a sheet is in order exactly when
 * validate accepts it, with the same messages. The form loads this module when a contributor
 * first checks a sheet (it brings the Markdown parser along), not with the page.
 *
 * One difference is by design: validate checks the picture file next to the sheet, which a
 * contributor sends separately. The form checked the chosen picture's type and size when it
 * was picked, so here any picture name is taken as present.
 */
import type { PracticeSchema } from '../../schema/practice.ts';
import { checkSheet } from '../sheet/check.ts';
import { parseFrontmatter, splitSheet, type Path } from '../sheet/frontmatter.ts';
import type { ImageChecker } from '../sheet/image-check.ts';
import { formatOfName } from '../sheet/image-types.ts';
import type { Problem } from '../util/problems.ts';
import type { Vocabularies } from '../vocabulary/lookup.ts';

export interface FormProblem extends Problem {
  /** The field the problem is about, as the form knows it; ['body'] for the description. */
  path: Path;
  /** For a problem in the description: its line within the description (1 = first line). */
  bodyLine?: number;
}

const sentPictures: ImageChecker = {
  resolve: (_sheet, src) => src,
  check: (_sheet, src) => ({
    ok: true,
    image: { file: src, width: 0, height: 0, format: formatOfName(src) ?? 'jpg', hash: '' },
  }),
};

/** Every path of a value: ["examples", 0, "contacts", 1, "label"], parents before children. */
function pathsOf(value: unknown, path: Path = []): Path[] {
  const children: Path[] = Array.isArray(value)
    ? value.flatMap((item, index) => pathsOf(item, [...path, index]))
    : value && typeof value === 'object'
      ? Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...path, key]))
      : [];
  return path.length ? [path, ...children] : children;
}

/** The field a front-matter line belongs to: the deepest field starting on it, else the last one starting before it. */
function fieldAtLine(
  paths: readonly { path: Path; line: number }[],
  line: number,
): Path | undefined {
  let best: { path: Path; line: number } | undefined;
  for (const entry of paths)
    if (
      entry.line <= line &&
      (!best ||
        entry.line > best.line ||
        (entry.line === best.line && entry.path.length > best.path.length))
    )
      best = entry;
  return best?.path;
}

export interface FormCheck {
  problems: FormProblem[];
  /** The description as the site will show it (the build's renderer), when the sheet has no errors. */
  html?: string;
}

export function checkFormSheet(
  fileName: string,
  text: string,
  options: { schema: PracticeSchema; vocabularies: Vocabularies },
): FormCheck {
  const checked = checkSheet(fileName, new TextEncoder().encode(text), {
    ...options,
    images: sentPictures,
    displayName: () => fileName,
    render: true,
  });
  const html = checked.rendered?.html;
  const split = splitSheet(text);
  if (!split.ok) return { problems: checked.problems.map((problem) => ({ ...problem, path: [] })) };
  const frontmatter = parseFrontmatter(split.value);
  const located = pathsOf(frontmatter.data).map((path) => ({
    path,
    line: frontmatter.locate(path).line,
  }));
  // The form's description starts after the blank line(s) that follow the front matter.
  const firstTextLine =
    split.value.bodyLine +
    (/^(?:[ \t]*\n)*/.exec(split.value.body)?.[0].split('\n').length ?? 1) -
    1;
  const problems = checked.problems.map((problem) =>
    problem.line >= split.value.bodyLine
      ? { ...problem, path: ['body'], bodyLine: Math.max(1, problem.line - firstTextLine + 1) }
      : { ...problem, path: fieldAtLine(located, problem.line) ?? [] },
  );
  return html === undefined ? { problems } : { problems, html };
}
