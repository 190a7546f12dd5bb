/**
 * npm run import -- [--out DIR] [--add-vocabulary] [--force] [--title "..."] [--date YYYY-MM-DD] FILE_OR_DIR...
 * Turns legacy text exports into sheets that pass `npm run validate`, and reports per
 * export what an editor still has to do. Exit 0 when every export was imported, 1 otherwise.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir, practicesDir } from '../src/lib/catalogue/content-dir.ts';
import { formatProblem } from '../src/lib/util/problems.ts';
import { formatReport, shownPath } from '../src/lib/import/report.ts';
import { messages } from '../src/i18n/messages.ts';
import { importExports, UsageError } from '../src/lib/import/run.ts';

const usage = `Usage: npm run import -- [options] FILE_OR_DIR...

Imports legacy databank exports (.txt) as sheets. A folder imports every .txt file in it.

Options:
  --out DIR          where to write the sheets (default: content/practices, or the
                     practices folder of PRAKTIJKBANK_CONTENT)
  --add-vocabulary   add unknown categories, policy domains and target groups to the
                     vocabulary files (otherwise such an export is not imported)
  --force            replace sheets (and images) that already exist and differ
  --title "..."      the title of the sheet (only when importing one export)
  --date YYYY-MM-DD  the publication date of the sheets ("today" for today's date);
                     default: kept from an existing sheet, else the export file's date
  -h, --help         show this help`;

function main(): number {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        'add-vocabulary': { type: 'boolean' },
        force: { type: 'boolean' },
        title: { type: 'string' },
        date: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (!positionals.length) {
    console.error(`${messages.import.cli.noInputs}\n\n${usage}`);
    return 1;
  }
  let date = values.date;
  if (date === 'today') date = new Date().toISOString().slice(0, 10);
  if (
    date !== undefined &&
    (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)))
  ) {
    console.error(messages.import.cli.badDate(date));
    return 1;
  }
  const title = values.title?.trim();
  if (title !== undefined && (title.length < 5 || title.length > 120)) {
    console.error(messages.import.cli.badTitle(title.length));
    return 1;
  }

  // The content folder is the one --out lies in (if it has vocabularies), else the project's.
  const out = path.resolve(values.out ?? practicesDir(contentDir()));
  const content = existsSync(path.join(path.dirname(out), 'vocabularies'))
    ? path.dirname(out)
    : contentDir();
  console.log(
    messages.import.cli.importing(shownPath(out), shownPath(path.join(content, 'vocabularies'))),
  );

  let result;
  try {
    result = importExports({
      inputs: positionals,
      out,
      content,
      addVocabulary: values['add-vocabulary'],
      force: values.force,
      title,
      date,
    });
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  if (result.problems.length) {
    for (const problem of result.problems) console.log(formatProblem(problem));
    console.log(messages.import.cli.vocabularyErrors);
    return 1;
  }
  console.log(formatReport(result));
  return result.ok ? 0 : 1;
}

try {
  process.exitCode = main();
} catch (error) {
  // Only a bug in Praktijkbank itself gets here: problems with the exports are reported above.
  console.error('Internal error in the importer (please report it):', error);
  process.exitCode = 2;
}
