/**
 * Checks one sheet file completely and reports every problem with its line, so the
 * contributor can fix them all in one go. Never changes the file.
 */
import type { z } from 'zod';
import type { PracticeData, PracticeSchema } from '../../schema/practice.ts';
import { sheetSlugSchema } from '../../schema/practice.ts';
import type { Problem } from '../util/problems.ts';
import type { Vocabularies } from '../vocabulary/lookup.ts';
import { checkBody } from './body-check.ts';
import { parseBody } from './body-parse.ts';
import { renderBody, type RenderedBody } from './body-render.ts';
import {
  decodeSheet,
  findControlCharacter,
  parseFrontmatter,
  splitSheet,
  type ParsedFrontmatter,
  type Path,
} from './frontmatter.ts';
import { uselessAltText, type ImageChecker } from './image-check.ts';
import { describeIssue, fieldName, zodErrorMap } from './issues.ts';
import { messages } from '../../i18n/messages.ts';
import { nodeAt, toJsonSchema, type JsonSchema } from '../../schema/json-schema.ts';
import { quote } from '../util/text.ts';

export const maxSheetBytes = 256 * 1024;

export interface CheckedSheet {
  file: string;
  slug: string;
  problems: Problem[];
  /** Present when the sheet has no errors. */
  data?: PracticeData;
  /** The picture the sheet names (absolute path), whether or not it is acceptable. */
  image?: string;
  body?: string;
  rendered?: RenderedBody;
}

export interface CheckOptions {
  schema: PracticeSchema;
  vocabularies: Vocabularies;
  /** Where the sheet's picture is and whether it is acceptable: on disk (images-fs.ts) or in the form. */
  images: ImageChecker;
  /** How file names appear in messages (loadVocabularyContext: relative to the working directory). */
  displayName?: (file: string) => string;
  /** Whether to render the body to HTML (the build does; `validate` need not). */
  render?: boolean;
}

/** Problems listed per file; the rest are counted in one line, so a broken file cannot flood a terminal or a pull request. */
export const maxProblemsPerFile = 50;

/** The last part of a path, with / or \ between folders (no node:path: the form runs this check in the browser). */
const baseName = (file: string) =>
  file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);

export function checkSheet(file: string, bytes: Uint8Array, options: CheckOptions): CheckedSheet {
  const result = checkAll(file, bytes, options);
  if (result.problems.length > maxProblemsPerFile) result.problems = capProblems(result.problems);
  return result;
}

function capProblems(problems: Problem[]): Problem[] {
  const sorted = [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
  const kept = sorted.slice(0, maxProblemsPerFile);
  const rest = sorted.slice(maxProblemsPerFile);
  const first = rest[0]!;
  kept.push({
    ...first,
    severity: rest.some((p) => p.severity === 'error') ? 'error' : 'warning',
    message: messages.sheet.tooManyProblems(rest.length),
  });
  return kept;
}

function checkAll(file: string, bytes: Uint8Array, options: CheckOptions): CheckedSheet {
  const shown = options.displayName?.(file) ?? file;
  const problems: Problem[] = [];
  const report = (
    line: number,
    column: number,
    message: string,
    severity: Problem['severity'] = 'error',
  ) => problems.push({ file: shown, line, column, message, severity });
  const name = baseName(file);
  const slug = name.replace(/\.mdx?$/i, '');
  const result: CheckedSheet = { file, slug, problems };

  if (!sheetSlugSchema.safeParse(slug).success) report(1, 1, messages.sheet.fileName(name));

  if (bytes.length > maxSheetBytes) {
    report(1, 1, messages.sheet.tooLarge(bytes.length, maxSheetBytes / 1024));
    return result;
  }
  const decoded = decodeSheet(bytes);
  if (!decoded.ok) {
    report(decoded.position.line, decoded.position.column, decoded.message);
    return result;
  }
  const control = findControlCharacter(decoded.value);
  if (control) {
    report(control.position.line, control.position.column, control.message);
    return result;
  }
  const split = splitSheet(decoded.value);
  if (!split.ok) {
    report(split.position.line, split.position.column, split.message);
    return result;
  }
  const frontmatter = parseFrontmatter(split.value);
  for (const error of frontmatter.errors)
    report(error.position.line, error.position.column, error.message);

  let data: PracticeData | undefined;
  if (!frontmatter.errors.length) {
    const raw = frontmatter.data ?? {};
    const json = toJsonSchema(options.schema);
    const field = (fieldPath: Path, phrase: string) =>
      messages.fields.says(fieldName(fieldPath), nodeAt(json, fieldPath)?.title, phrase);
    if (typeof raw !== 'object' || Array.isArray(raw)) {
      report(2, 1, messages.sheet.notFields);
    } else {
      for (const found of invisibleInValues(raw, json)) {
        const where = frontmatter.locate(found.path);
        report(where.line, where.column, field(found.path, found.message));
      }
      const huge = hugeList(raw);
      if (huge) {
        // Checked item by item, such a list would cost seconds and a message per item.
        const where = frontmatter.locate(huge.path);
        report(where.line, where.column, field(huge.path, messages.fields.hugeList(huge.length)));
      } else {
        const parsed = options.schema.safeParse(raw, { error: zodErrorMap });
        if (parsed.success) data = parsed.data;
        else {
          // A value of the wrong kind (text where a list belongs) also fails that kind's limits: say the first thing only.
          const wrongKind = new Set(
            parsed.error.issues
              .filter((issue) => issue.code === 'invalid_type')
              .map((issue) => issue.path.join('.')),
          );
          for (const issue of parsed.error.issues)
            if (issue.code === 'invalid_type' || !wrongKind.has(issue.path.join('.')))
              reportIssue(issue, raw, frontmatter, options.schema, report);
        }
      }
      if (data?.image) result.image = options.images.resolve(file, data.image.src);
      if (data)
        data = checkData(
          data,
          raw as Record<string, unknown>,
          file,
          options.images,
          frontmatter,
          field,
          report,
        );
      for (const found of htmlInText(raw)) {
        const where = frontmatter.locate(found.path);
        report(
          where.line,
          where.column,
          field(found.path, messages.fields.html(quote(found.tag, 30))),
          'warning',
        );
      }
    }
  }

  const offset = split.value.bodyLine - 1;
  const body = parseBody(split.value.body, offset);
  if (!body.ok) report(body.issue.line + offset, body.issue.column, body.issue.message);
  else
    for (const issue of checkBody(body.tree))
      report(issue.line + offset, issue.column, issue.message);

  if (data && body.ok && !problems.some((p) => p.severity === 'error')) {
    result.data = data;
    result.body = split.value.body;
    if (options.render) {
      try {
        result.rendered = renderBody(body.tree);
      } catch (error) {
        // The check above should make this unreachable; if not, the sheet fails with a message rather than a crash.
        report(split.value.bodyLine, 1, messages.sheet.cannotRender((error as Error).message));
        delete result.data;
        delete result.body;
        return result;
      }
    }
  }
  return result;
}

function reportIssue(
  issue: z.core.$ZodIssue,
  raw: unknown,
  frontmatter: ParsedFrontmatter,
  schema: PracticeSchema,
  report: (line: number, column: number, message: string) => void,
) {
  if (issue.code === 'unrecognized_keys') {
    for (const key of issue.keys) {
      const where = frontmatter.locateKey([...issue.path, key]);
      report(where.line, where.column, describeIssue(issue, raw, schema, key));
    }
    return;
  }
  const where = frontmatter.locate(issue.path);
  report(where.line, where.column, describeIssue(issue, raw, schema));
}

/** Longer lists are refused before the schema checks them item by item (its own limits are far lower). */
const maxListLength = 1000;

function hugeList(value: unknown, path: Path = []): { path: Path; length: number } | undefined {
  if (Array.isArray(value)) {
    if (value.length > maxListLength) return { path, length: value.length };
    for (const [index, item] of value.entries()) {
      const found = hugeList(item, [...path, index]);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = hugeList(item, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

// eslint-disable-next-line no-control-regex
const controlCharacter = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const bidiControl = /[\u202a-\u202e\u2066-\u2069]/;

const codePoint = (c: string) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Characters that YAML escapes ("\e", "\x9b", "\0") put into a value although the file itself
 * holds none: control characters anywhere, and in one-line fields (titles, names, labels)
 * line breaks and the controls that reverse the direction of text, which can make a value
 * read differently from what it is.
 */
function invisibleInValues(
  value: unknown,
  node: JsonSchema | undefined,
  path: Path = [],
): { path: Path; message: string }[] {
  if (typeof value === 'string') {
    const control = controlCharacter.exec(value)?.[0];
    if (control)
      return [
        {
          path,
          message: messages.fields.controlCharacter(codePoint(control)),
        },
      ];
    const oneLine = node?.type === 'string' && (node.maxLength ?? Infinity) <= 300;
    if (oneLine && /[\n\u2028\u2029]/.test(value))
      return [{ path, message: messages.fields.lineBreak }];
    const bidi = oneLine ? bidiControl.exec(value)?.[0] : undefined;
    if (bidi)
      return [
        {
          path,
          message: messages.fields.bidiCharacter(codePoint(bidi)),
        },
      ];
    return [];
  }
  if (Array.isArray(value))
    return value.flatMap((item, index) => invisibleInValues(item, node?.items, [...path, index]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) =>
      invisibleInValues(item, node?.properties?.[key], [...path, key]),
    );
  return [];
}

/** Text fields that hold HTML tags: never interpreted (pages escape them), but almost certainly not what the contributor meant. */
function htmlInText(value: unknown, path: Path = []): { path: Path; tag: string }[] {
  if (typeof value === 'string') {
    const tag = /<\/?[a-z][a-z0-9-]*(\s[^<>]*)?\/?>|<!--/i.exec(value)?.[0];
    return tag ? [{ path, tag }] : [];
  }
  if (Array.isArray(value))
    return value.flatMap((item, index) => htmlInText(item, [...path, index]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => htmlInText(item, [...path, key]));
  return [];
}

/** Checks that need the file system or that only warn: images, former municipality names, links without an address. */
function checkData(
  data: PracticeData,
  raw: Record<string, unknown>,
  file: string,
  images: ImageChecker,
  frontmatter: ParsedFrontmatter,
  field: (fieldPath: Path, phrase: string) => string,
  report: (line: number, column: number, message: string, severity?: Problem['severity']) => void,
): PracticeData | undefined {
  let ok = true;
  const at = (fieldPath: Path, message: string, severity: Problem['severity'] = 'error') => {
    const where = frontmatter.locate(fieldPath);
    report(where.line, where.column, field(fieldPath, message), severity);
    if (severity === 'error') ok = false;
  };
  if (data.image) {
    const checked = images.check(file, data.image.src);
    if (!checked.ok) at(['image', 'src'], messages.fields.wrong(checked.problem));
    // The page shows the picture with these; the build publishes it under a name with its hash.
    else
      Object.assign(data.image, {
        width: checked.image.width,
        height: checked.image.height,
        format: checked.image.format,
        hash: checked.image.hash,
      });
    const altProblem = uselessAltText(data.image.alt, data.image.src);
    if (altProblem) at(['image', 'alt'], altProblem);
  }
  const rawExamples = Array.isArray(raw.examples)
    ? (raw.examples as { municipality?: unknown }[])
    : [];
  data.examples.forEach((example, index) => {
    const written = rawExamples[index]?.municipality;
    if (typeof written === 'string' && written.trim() !== example.municipality)
      at(
        ['examples', index, 'municipality'],
        messages.fields.formerMunicipality(written.trim(), example.municipality),
        'warning',
      );
    example.contacts.forEach((contact, c) => {
      if (!contact.email && !contact.phone && !contact.url)
        at(
          ['examples', index, 'contacts', c],
          messages.fields.contactWithoutAddress(contact.label),
          'warning',
        );
    });
    example.links.forEach((link, l) => {
      if (!link.url)
        at(
          ['examples', index, 'links', l],
          messages.fields.linkWithoutAddress(link.label),
          'warning',
        );
    });
  });
  return ok ? data : undefined;
}
