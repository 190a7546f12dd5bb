import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadVocabularyContext } from '../../src/lib/catalogue/catalogue-fs.ts';
import { renderSheetFormat } from '../../scripts/lib/docs/sheet-format.ts';
import { fieldsOf, toJsonSchema } from '../../src/schema/json-schema.ts';
import { components } from '../../src/lib/sheet/components.ts';
import { contentRoot, repoRoot } from '../helpers/paths.ts';

const { schema, data } = loadVocabularyContext(contentRoot);
const generated = renderSheetFormat(schema, data);

describe('docs/sheet-format.md', () => {
  it('is up to date with the schema (run `npm run docs` after changing src/schema/practice.ts)', () => {
    expect(readFileSync(path.join(repoRoot, 'docs/sheet-format.md'), 'utf8')).toBe(generated);
  });

  it('documents every field of the schema and every allowed component', () => {
    for (const field of fieldsOf(toJsonSchema(schema)))
      expect(generated).toContain(`| \`${field}\` |`);
    for (const name of Object.keys(components)) expect(generated).toContain(`<${name}`);
  });

  it('marks required fields and names the vocabulary a field draws from', () => {
    expect(generated).toMatch(/\| `title` \| Titel \| \*\*yes\*\* \|/);
    expect(generated).toMatch(/\| `updated` \| Bijgewerkt \| no \| date \(YYYY-MM-DD\) \|/);
    expect(generated).toContain(
      '| `category` | Categorie | **yes** | a name from `content/vocabularies/categories.yaml` |',
    );
    expect(generated).toContain(
      '| `municipality` | Gemeente | **yes** | a name from `content/vocabularies/municipalities.yaml` |',
    );
  });
});
