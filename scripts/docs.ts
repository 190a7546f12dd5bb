/**
 * npm run docs: regenerates what is derived from the schema and committed: docs/sheet-format.md
 * and the GitHub issue form .github/ISSUE_TEMPLATE/praktijkfiche.yml.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadVocabularyContext } from '../src/lib/catalogue/catalogue-fs.ts';
import { contentDir } from '../src/lib/catalogue/content-dir.ts';
import { formSpec } from '../src/lib/contribute/form-spec.ts';
import { issueFormYaml } from '../src/lib/contribute/issue-form.ts';
import { renderSheetFormat } from './lib/docs/sheet-format.ts';

const { schema, data } = loadVocabularyContext(contentDir());
const outputs: [string, string][] = [
  ['docs/sheet-format.md', renderSheetFormat(schema, data)],
  ['.github/ISSUE_TEMPLATE/praktijkfiche.yml', issueFormYaml(formSpec(schema), data)],
];
for (const [name, text] of outputs) {
  const file = path.resolve(name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
