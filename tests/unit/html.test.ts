import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatHtmlProblems, validateHtml } from '../../scripts/lib/quality/html.ts';
import { fixtures } from '../helpers/paths.ts';

const fixtureSite = path.join(fixtures, 'quality/site');

describe('html-validate with the project configuration', () => {
  it('fails the fixture pages with a missing alt text and an invalid nesting, and passes the others', async () => {
    const problems = await validateHtml(fixtureSite);
    expect(problems.map((p) => `${p.page}:${p.line} ${p.rule}`)).toEqual([
      'alt-ontbreekt/index.html:27 wcag/h37',
      'foute-nesting/index.html:29 element-permitted-content',
    ]);
    expect(formatHtmlProblems(problems)).toContain(
      'foute-nesting/index.html:29:10: <div> element is not permitted as content under <ul> (element-permitted-content)',
    );
  });

  it('allows a page title as long as the sheet schema allows, with the site name, but not longer', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'praktijkbank-html-'));
    const page = (title: string) =>
      `<!DOCTYPE html><html lang="nl-BE"><head><title>${title}</title></head><body><main><h1>t</h1></main></body></html>`;
    writeFileSync(path.join(dir, 'lang.html'), page(`${'a'.repeat(120)} | Praktijkbank`));
    writeFileSync(path.join(dir, 'te-lang.html'), page('a'.repeat(141)));
    expect((await validateHtml(dir)).map((p) => `${p.page} ${p.rule}`)).toEqual([
      'te-lang.html long-title',
    ]);
  });
});
