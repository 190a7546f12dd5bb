/**
 * loadVocabularyContext (src/lib/catalogue/catalogue-fs.ts): a build asks for the
 * vocabularies from several modules, and gets them read once; a changed vocabulary file
 * (npm run dev) is read again.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadVocabularyContext } from '../../src/lib/catalogue/catalogue-fs.ts';
import { makeCatalogue } from '../helpers/catalogue.ts';
import { fixtures } from '../helpers/paths.ts';

describe('the vocabularies of a content folder', () => {
  it('are read once, and again after a vocabulary file changes', () => {
    const dir = makeCatalogue({
      'goed.mdx': readFileSync(path.join(fixtures, 'sheets/valid/minimal-sheet.mdx')),
    });
    const first = loadVocabularyContext(dir);
    expect(loadVocabularyContext(dir)).toBe(first);
    expect(first.vocabularies.categories.get('Erfgoed en archief')).toBeUndefined();

    appendFileSync(
      path.join(dir, 'vocabularies/categories.yaml'),
      '- name: Erfgoed en archief\n  slug: erfgoed-en-archief\n  description: Lokaal erfgoed bewaren en tonen.\n',
    );
    const second = loadVocabularyContext(dir);
    expect(second).not.toBe(first);
    expect(second.vocabularies.categories.get('Erfgoed en archief')?.slug).toBe(
      'erfgoed-en-archief',
    );
    expect(second.schema.shape.category.safeParse('Erfgoed en archief').success).toBe(true);
    // Another content folder has vocabularies of its own.
    expect(loadVocabularyContext(makeCatalogue())).not.toBe(second);
  });
});
