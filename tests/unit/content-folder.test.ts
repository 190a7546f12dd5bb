/**
 * What the content folder may hold besides sheets: every file is either checked or
 * reported, never silently left out.
 */
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/catalogue-fs.ts';
import { formatProblem } from '../../src/lib/util/problems.ts';
import { makeCatalogue } from '../helpers/catalogue.ts';
import { fixtures } from '../helpers/paths.ts';

const minimal = readFileSync(path.join(fixtures, 'sheets/valid/minimal-sheet.mdx'));

describe('the sheets folder', () => {
  it('reports a Markdown file and any other stray file as errors', () => {
    const dir = makeCatalogue({ 'goed.mdx': minimal, 'vergeten.md': minimal, 'notities.docx': 'x' });
    const catalogue = loadCatalogue(dir);
    const problem = (name: string) => catalogue.problems.find((p) => p.file.endsWith(`practices/${name}`));
    expect(problem('vergeten.md')).toMatchObject({ severity: 'error', line: 1, message: expect.stringContaining('sheets must have the extension .mdx') });
    expect(problem('notities.docx')).toMatchObject({ severity: 'error', line: 1, message: expect.stringContaining('is not a sheet or a picture') });
    expect(catalogue.sheets.map((sheet) => sheet.slug)).toEqual(['goed']);
  });

  it('does not follow a symbolic link, and says so, without reading what it points to', () => {
    const outside = path.join(mkdtempSync(path.join(tmpdir(), 'praktijkbank-outside-')), 'geheim.mdx');
    writeFileSync(outside, String(minimal).replace(/^title: .*$/m, 'title: GEHEIM-1234'));
    const dir = makeCatalogue({ 'goed.mdx': minimal });
    symlinkSync(outside, path.join(dir, 'practices/link.mdx'));
    symlinkSync(path.dirname(outside), path.join(dir, 'practices/map'));
    const catalogue = loadCatalogue(dir);
    const errors = catalogue.problems.filter((problem) => problem.severity === 'error').map(formatProblem);
    expect(errors).toHaveLength(2);
    for (const name of ['link.mdx', 'map']) expect(errors.find((line) => line.includes(`practices/${name}:1:1`))).toContain('is a symbolic link, which is not followed');
    expect(JSON.stringify(catalogue)).not.toContain('GEHEIM-1234');
    expect(catalogue.sheets.map((sheet) => sheet.slug)).toEqual(['goed']);
  });
});
