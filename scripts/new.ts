/**
 * npm run new -- "Titel van de praktijk": creates content/practices/<slug>.mdx with every
 * field of the schema, Dutch guidance comments and "" placeholders, and prints its path.
 * Never overwrites an existing sheet.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { listSheetFiles, loadVocabularyContext } from '../src/lib/catalogue/catalogue-fs.ts';
import { contentDir, practicesDir } from '../src/lib/catalogue/content-dir.ts';
import { formSpec } from '../src/lib/contribute/form-spec.ts';
import { scaffoldSheet } from '../src/lib/contribute/scaffold.ts';
import { slugForTitle } from '../src/lib/sheet/write.ts';
import { messages } from '../src/i18n/messages.ts';

const usage =
  'Usage: npm run new -- "Titel van de praktijk"\nCreates content/practices/<slug>.mdx with every field to fill in, and prints its path.';
let parsed;
try {
  parsed = parseArgs({
    options: { help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
} catch (error) {
  console.error(`error: ${(error as Error).message}\n${usage}`);
  process.exit(2);
}
if (parsed.values.help) {
  console.log(usage);
  process.exit(0);
}
const title = parsed.positionals.join(' ').trim();
if (!title) {
  console.error(`error: ${messages.scaffold.noTitle}\n${usage}`);
  process.exit(1);
}

const dir = contentDir();
const context = loadVocabularyContext(dir);
const titleCheck = context.schema.shape.title.safeParse(title);
if (!titleCheck.success) {
  console.error(
    `error: ${messages.scaffold.badTitle(title, titleCheck.error?.issues[0]?.message ?? messages.field.invalid)}`,
  );
  process.exit(1);
}

const slug = slugForTitle(title);
const folder = practicesDir(dir);
const file = path.join(folder, `${slug}.mdx`);
const shown = path.relative(process.cwd(), file);
// Sheets may sit in sub-folders; the slug (file name) must still be unique.
const twin = listSheetFiles(folder).sheets.find((sheet) => path.basename(sheet, '.mdx') === slug);
if (twin || existsSync(file)) {
  console.error(`error: ${messages.scaffold.exists(path.relative(process.cwd(), twin ?? file))}`);
  process.exit(1);
}

const today = new Date().toISOString().slice(0, 10);
mkdirSync(folder, { recursive: true });
writeFileSync(
  file,
  scaffoldSheet(formSpec(context.schema), { title, today, vocabularies: context.data }),
  { flag: 'wx' },
);
console.log(shown);
console.error(messages.scaffold.fillIn(shown));
