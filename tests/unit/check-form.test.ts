/**
 * The contribution form's check (src/lib/contribute/check-form.ts) against `npm run validate`:
 * the same verdict and the same messages for every sheet of the malformed and malicious
 * corpora and every fixture sheet, and the defects contributors met (a javascript: link, an
 * address without https://, a picture in the text pass the form, a tag only validate warned about).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFormSheet } from '../../src/lib/contribute/check-form.ts';
import { formSpec } from '../../src/lib/contribute/form-spec.ts';
import { openSheet } from '../../src/lib/contribute/open-sheet.ts';
import { formToInput, sheetToMdx, type FormValues } from '../../src/lib/contribute/sheet.ts';
import { decodeSheet, parseFrontmatter, splitSheet } from '../../src/lib/sheet/frontmatter.ts';
import { context } from '../helpers/corpus.ts';
import { fixtures } from '../helpers/paths.ts';
import { checkSheet } from '../../src/lib/sheet/check.ts';

const sheetFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sheetFiles(file);
    return name.endsWith('.mdx') ? [file] : [];
  });

/** The line of the picture's file name: the one thing validate checks (on disk) and the form cannot. */
function pictureLine(text: string): number | undefined {
  const split = splitSheet(text);
  if (!split.ok) return undefined;
  const parsed = parseFrontmatter(split.value);
  const data = parsed.data as { image?: { src?: unknown } } | undefined;
  return data?.image?.src === undefined ? undefined : parsed.locate(['image', 'src']).line;
}

describe('the form checks a sheet as validate does', () => {
  const files = [
    ...sheetFiles(path.join(fixtures, 'sheets')),
    ...sheetFiles(path.join(fixtures, 'catalogue/practices')),
  ];

  it('covers both corpora and the fixture sheets', () => {
    const count = (folder: string) => files.filter((file) => file.includes(folder)).length;
    expect(count('/sheets/broken/')).toBeGreaterThanOrEqual(40);
    expect(count('/sheets/malicious/')).toBeGreaterThanOrEqual(20);
    expect(count('/catalogue/practices/')).toBeGreaterThanOrEqual(8);
  });

  for (const file of files) {
    const name = path.relative(fixtures, file);
    it(`${name}: same verdict, same messages`, () => {
      const bytes = readFileSync(file);
      const decoded = decodeSheet(bytes);
      const validate = checkSheet(file, bytes, { ...context, displayName: () => 'x.mdx' });
      // The form always hands over UTF-8 text: a file that is not is refused before it reaches the form.
      if (!decoded.ok) {
        expect(validate.problems.some((p) => p.severity === 'error')).toBe(true);
        return;
      }
      const picture = pictureLine(decoded.value);
      const byValidate = validate.problems
        .filter((p) => p.line !== picture)
        .map((p) => `${p.line}:${p.column}: ${p.severity}: ${p.message}`);
      const form = checkFormSheet(path.basename(file), decoded.value, context)
        .problems.filter((p) => p.line !== picture)
        .map((p) => `${p.line}:${p.column}: ${p.severity}: ${p.message}`);
      expect(form).toEqual(byValidate);
    });
  }
});

describe('a sheet typed into the form', () => {
  const fields = formSpec(context.schema);
  const complete = JSON.parse(
    readFileSync(path.join(fixtures, 'contribute/complete-sheet.json'), 'utf8'),
  ) as { values: FormValues; body: string };

  const formCheck = (values: FormValues, body: string) => {
    const parsed = context.schema.safeParse(formToInput(fields, values));
    expect(parsed.success).toBe(true);
    const mdx = sheetToMdx(fields, parsed.data as Record<string, unknown>, body);
    return checkFormSheet('nieuw.mdx', mdx, context);
  };

  it('is in order, as validate would have it, with its description rendered as the build renders it', () => {
    const { problems, html } = formCheck(complete.values, complete.body);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(html).toContain('<p>');
    expect(formCheck(complete.values, 'Een [link](javascript:alert(1)).').html).toBeUndefined();
  });

  it('is not in order with a javascript: link, an address without https:// or a picture in its text, each found in the description', () => {
    for (const body of [
      'Meer in [de folder](javascript:alert(1)).',
      'Zie [de website](www.mechelen.be/buddy).',
      'Zo ziet het eruit: ![foto](https://example.org/foto.jpg)',
    ]) {
      const errors = formCheck(complete.values, `Eerste alinea.\n\n${body}`).problems.filter(
        (p) => p.severity === 'error',
      );
      expect(errors.length, body).toBe(1);
      expect(errors[0]).toMatchObject({ path: ['body'], bodyLine: 3 });
    }
  });

  it('warns, next to the field, about a tag in a success factor', () => {
    const values = structuredClone(complete.values);
    values.successFactors = ['Een <b>sterke</b> trekker in de bib'];
    const warnings = formCheck(values, complete.body).problems.filter(
      (p) => p.severity === 'warning',
    );
    expect(warnings.map((p) => p.path)).toContainEqual(['successFactors', 0]);
  });
});

describe('a sheet opened in the form ("Open een fiche")', () => {
  const fields = formSpec(context.schema);
  const complete = JSON.parse(
    readFileSync(path.join(fixtures, 'contribute/complete-sheet.json'), 'utf8'),
  ) as { values: FormValues; body: string };

  it('gives back the values and the text typed, so saving it again writes the same file', () => {
    const data = context.schema.parse(formToInput(fields, complete.values));
    const body = `${complete.body}\n\nMet {accolades}, <12 jaar en\nexport als eerste woord.`;
    const mdx = sheetToMdx(fields, data, body);
    const opened = openSheet(new TextEncoder().encode(mdx));
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.body).toBe(body);
    expect(opened.hasComponents).toBe(false);
    const again = context.schema.parse(formToInput(fields, opened.values));
    expect(sheetToMdx(fields, again as Record<string, unknown>, opened.body)).toBe(mdx);
  });

  it('says when the text uses components the form would show as text, and where a file cannot be read', () => {
    const data = context.schema.parse(formToInput(fields, complete.values));
    const mdx = sheetToMdx(fields, data, 'Tekst.');
    const withCallout = mdx.replace('Tekst.', '<Callout type="tip">\nTekst.\n</Callout>');
    expect(openSheet(new TextEncoder().encode(withCallout))).toMatchObject({ hasComponents: true });
    expect(openSheet(new TextEncoder().encode(mdx))).toMatchObject({ hasComponents: false });
    const broken = openSheet(new TextEncoder().encode('---\ntitle: "open\n---\n'));
    expect(broken).toMatchObject({ ok: false, line: 2 });
  });
});
