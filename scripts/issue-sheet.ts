/**
 * node scripts/issue-sheet.ts [ISSUE.md | -] --out DIR [--content DIR] [--today YYYY-MM-DD]:
 * turns the body of an issue made with the issue form (.github/ISSUE_TEMPLATE/praktijkfiche.yml)
 * into a sheet in the content folder, checks it the way `npm run validate` does, and writes
 * into --out the comment to post on the issue (comment.md, Dutch Markdown) and result.json.
 * Run by .github/workflows/issue-sheet.yml, which reads the issue body from a file, never
 * from the command line.
 *
 * Exit code: 0 the sheet is valid and written; 1 it is not (nothing is left in the content
 * folder); 2 wrong usage or an internal error.
 */
import { existsSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadCatalogue, loadVocabularyContext } from '../src/lib/catalogue/catalogue-fs.ts';
import { contentDir, practicesDir } from '../src/lib/catalogue/content-dir.ts';
import { formSpec } from '../src/lib/contribute/form-spec.ts';
import { accepted, issueComment } from '../src/lib/contribute/issue-comment.ts';
import { maxIssueChars, parseIssueSheet } from '../src/lib/contribute/issue-sheet.ts';
import { issueTexts } from '../src/lib/contribute/issue-texts.ts';
import type { Problem } from '../src/lib/util/problems.ts';

const usage =
  'Usage: node scripts/issue-sheet.ts [ISSUE.md | -] --out DIR [--content DIR] [--today YYYY-MM-DD]\n' +
  'Reads an issue body made with the issue form (from the file, or stdin for - or no file), writes\n' +
  'the sheet into the content folder (default: ./content) if it is valid, and the comment for the\n' +
  'issue into DIR/comment.md (and DIR/result.json). Exit code 0: valid; 1: not valid.';

function fail(message: string): never {
  console.error(`error: ${message}\n${usage}`);
  process.exit(2);
}

const commandLine = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        content: { type: 'string' },
        today: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return fail((error as Error).message);
  }
})();
if (commandLine.values.help) {
  console.log(usage);
  process.exit(0);
}
const options = commandLine.values;
const positional = commandLine.positionals;
if (positional.length > 1) fail('give at most one issue file');
if (!options.out) fail('--out is required');
const today = options.today ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) fail('--today must be a date, YYYY-MM-DD');

const source = positional[0] ?? '-';
const out = path.resolve(options.out);
const content = path.resolve(options.content ?? contentDir());

try {
  const bytes = readFileSync(source === '-' ? 0 : source);
  // A little over the limit is enough to tell that the body is too long: the parser says so.
  const issueBody = bytes.subarray(0, maxIssueChars * 4 + 4).toString('utf8');
  const { schema, data } = loadVocabularyContext(content);
  const parsed = parseIssueSheet(issueBody, {
    schema,
    fields: formSpec(schema),
    vocabularies: data,
    today,
  });
  const fieldProblems = [...parsed.problems];
  let fileProblems: Problem[] = [];
  let written: string | undefined;
  if (parsed.sheet) {
    const file = path.join(practicesDir(content), parsed.sheet.fileName);
    if (existsSync(file))
      fieldProblems.push({ message: issueTexts.problems.exists(parsed.sheet.fileName) });
    else {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, parsed.sheet.mdx);
      written = file;
      // The same check `npm run validate` runs, on this one file.
      const catalogue = loadCatalogue(content, { paths: [file] });
      fileProblems = catalogue.problems.filter(
        (problem) => path.resolve(problem.file) === path.resolve(file),
      );
    }
  }
  const result = {
    fieldProblems,
    fileProblems,
    ...(parsed.sheet ? { fileName: parsed.sheet.fileName } : {}),
  };
  const valid = accepted(result);
  // A rejected sheet does not stay behind: the content folder keeps passing the check.
  if (written && !valid) unlinkSync(written);
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'comment.md'), issueComment(result));
  writeFileSync(
    path.join(out, 'result.json'),
    `${JSON.stringify(
      {
        valid,
        ...(valid && parsed.sheet
          ? {
              fileName: parsed.sheet.fileName,
              slug: parsed.sheet.slug,
              file: path.relative(process.cwd(), written!),
            }
          : {}),
        problems: fieldProblems.length + fileProblems.length,
      },
      null,
      2,
    )}\n`,
  );
  console.log(
    valid
      ? `issue-sheet: valid, wrote ${path.relative(process.cwd(), written!)}`
      : `issue-sheet: not valid (${fieldProblems.length + fileProblems.length} problem(s)), see ${path.relative(process.cwd(), path.join(out, 'comment.md'))}`,
  );
  process.exit(valid ? 0 : 1);
} catch (error) {
  // Only a bug in Praktijkbank (or an unreadable file) gets here: contributors' mistakes are reported above.
  console.error('Internal error in issue-sheet (please report it):', error);
  process.exit(2);
}
