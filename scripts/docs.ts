/** npm run docs: regenerates docs/sheet-format.md from the schema. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadVocabularyContext } from '../src/lib/catalogue/catalogue-fs.ts';
import { contentDir } from '../src/lib/catalogue/content-dir.ts';
import { renderSheetFormat } from './lib/docs/sheet-format.ts';

const { schema, data } = loadVocabularyContext(contentDir());
const file = path.resolve('docs/sheet-format.md');
writeFileSync(file, renderSheetFormat(schema, data));
console.log(`wrote ${path.relative(process.cwd(), file)}`);
