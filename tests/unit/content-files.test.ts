/**
 * What the content folder may hold besides sheets: every file is either checked or
 * reported, never silently left out.
 */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
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
    const dir = makeCatalogue({
      'goed.mdx': minimal,
      'vergeten.md': minimal,
      'notities.docx': 'x',
    });
    const catalogue = loadCatalogue(dir);
    const problem = (name: string) =>
      catalogue.problems.find((p) => p.file.endsWith(`practices/${name}`));
    expect(problem('vergeten.md')).toMatchObject({
      severity: 'error',
      line: 1,
      message: expect.stringContaining('fiches moeten de extensie .mdx hebben'),
    });
    expect(problem('notities.docx')).toMatchObject({
      severity: 'error',
      line: 1,
      message: expect.stringContaining('is geen fiche of afbeelding'),
    });
    expect(catalogue.sheets.map((sheet) => sheet.slug)).toEqual(['goed']);
  });

  it('does not follow a symbolic link, and says so, without reading what it points to', () => {
    const outside = path.join(
      mkdtempSync(path.join(tmpdir(), 'praktijkbank-outside-')),
      'geheim.mdx',
    );
    writeFileSync(outside, String(minimal).replace(/^title: .*$/m, 'title: GEHEIM-1234'));
    const dir = makeCatalogue({ 'goed.mdx': minimal });
    symlinkSync(outside, path.join(dir, 'practices/link.mdx'));
    symlinkSync(path.dirname(outside), path.join(dir, 'practices/map'));
    const catalogue = loadCatalogue(dir);
    const errors = catalogue.problems
      .filter((problem) => problem.severity === 'error')
      .map(formatProblem);
    expect(errors).toHaveLength(2);
    for (const name of ['link.mdx', 'map'])
      expect(errors.find((line) => line.includes(`practices/${name}:1:1`))).toContain(
        'is een symbolische koppeling, die niet gevolgd wordt',
      );
    expect(JSON.stringify(catalogue)).not.toContain('GEHEIM-1234');
    expect(catalogue.sheets.map((sheet) => sheet.slug)).toEqual(['goed']);
  });

  it('refuses every file whose name a bundler would read as a query or fragment, and every file that is not a sheet or a picture', () => {
    const payload = "require('node:fs').writeFileSync('pwned-helper.txt', 'x')";
    const names = [
      'helper.js?.jpg',
      'helper.js?raw',
      'helper.js?url.png',
      'helper.js?inline',
      'helper.js?worker',
      'helper.js?import',
      'kaart#1.png',
      '100%.png',
      'LEESMIJ?.png',
      'regel\neinde.png',
      `tab${String.fromCharCode(7)}.png`,
    ];
    const dir = makeCatalogue({
      'goed.mdx': minimal,
      'images/helper.js': payload,
      'images/LEESMIJ': payload,
      ...Object.fromEntries(names.map((name) => [`images/${name}`, ''])),
    });
    const catalogue = loadCatalogue(dir);
    const errors = catalogue.problems.filter((p) => p.severity === 'error');
    for (const name of names) {
      const problem = errors.find((p) => p.file.endsWith(`images/${name}`));
      expect(problem?.message, name).toMatch(
        /^de naam ".*" bevat .*, wat een bestandsnaam in de catalogus niet mag bevatten: hernoem het/,
      );
    }
    for (const name of ['helper.js', 'LEESMIJ'])
      expect(errors.find((p) => p.file.endsWith(`images/${name}`))?.message, name).toContain(
        'is geen fiche of afbeelding',
      );
    expect(catalogue.sheets.map((sheet) => sheet.slug)).toEqual(['goed']);
    // Each problem is one line, whatever the name holds.
    for (const line of catalogue.problems.map(formatProblem))
      // eslint-disable-next-line no-control-regex
      expect(line).not.toMatch(/[\n\r\u0007]/);
  });

  it('refuses files beside the sheets, the vocabularies and the site settings', () => {
    const dir = makeCatalogue({ 'goed.mdx': minimal });
    writeFileSync(path.join(dir, 'helper.js'), 'x');
    writeFileSync(path.join(dir, 'vocabularies/extra.yaml'), '- name: X\n  slug: x\n');
    const errors = loadCatalogue(dir).problems.filter((p) => p.severity === 'error');
    expect(errors.find((p) => p.file.endsWith('helper.js'))?.message).toContain(
      'hoort niet in de contentmap',
    );
    expect(errors.find((p) => p.file.endsWith('vocabularies/extra.yaml'))?.message).toContain(
      'is geen van de lijsten',
    );
  });

  it('accepts a content folder that is a repository of its own, but no .git folder among the sheets', () => {
    const dir = makeCatalogue({ 'goed.mdx': minimal });
    mkdirSync(path.join(dir, '.git/objects'), { recursive: true });
    writeFileSync(path.join(dir, '.git/HEAD'), 'ref: refs/heads/main\n');
    mkdirSync(path.join(dir, 'practices/.git'));
    writeFileSync(path.join(dir, 'practices/.git/HEAD'), 'ref: refs/heads/main\n');
    const errors = loadCatalogue(dir).problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => path.relative(dir, path.resolve(p.file)))).toEqual([
      path.join('practices', '.git', 'HEAD'),
    ]);
  });

  it('checks a picture by its bytes and dimensions: a JPEG header before HTML, or a name that lies about the format, is an error', () => {
    const png = readFileSync(path.join(fixtures, 'images/buddy.png'));
    const withImage = (src: string) =>
      String(minimal).replace(
        'published:',
        `image:\n  src: ${src}\n  alt: Twee mensen drinken koffie aan een tafel.\npublished:`,
      );
    const dir = makeCatalogue({
      'nep.mdx': withImage('images/nep.jpg'),
      'vermomd.mdx': withImage('images/vermomd.jpg'),
      'hoofdletters.mdx': withImage('images/Foto.PNG'),
      'images/nep.jpg': Buffer.concat([
        Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
        Buffer.from('<html><script>alert(1)</script></html>'),
      ]),
      'images/vermomd.jpg': png,
      'images/Foto.PNG': png,
    });
    const catalogue = loadCatalogue(dir);
    const messages = (slug: string) =>
      catalogue.sheets.find((s) => s.slug === slug)!.problems.map((p) => p.message);
    expect(messages('nep')).toEqual([
      expect.stringContaining('begint als een JPG-afbeelding maar kan niet gelezen worden'),
    ]);
    expect(messages('vermomd')).toEqual([
      expect.stringContaining(
        'is een PNG-afbeelding maar haar naam eindigt op ".jpg": hernoem ze zodat ze eindigt op ".png"',
      ),
    ]);
    // Any case of a known extension works, and the check reads the picture's size for the page.
    const accepted = catalogue.sheets.find((s) => s.slug === 'hoofdletters')!;
    expect(accepted.problems).toEqual([]);
    expect(accepted.data?.image).toMatchObject({
      src: 'images/Foto.PNG',
      width: 64,
      height: 40,
      format: 'png',
    });
  });

  it('warns about a picture no sheet uses: it is not published', () => {
    const dir = makeCatalogue({
      'goed.mdx': minimal,
      'images/los.png': readFileSync(path.join(fixtures, 'images/buddy.png')),
    });
    const warnings = loadCatalogue(dir).problems.filter((p) => p.severity === 'warning');
    expect(warnings.map((p) => [path.basename(p.file), p.message])).toEqual([
      [
        'los.png',
        expect.stringContaining(
          'geen enkele fiche gebruikt deze afbeelding, dus de site publiceert ze niet',
        ),
      ],
    ]);
  });

  it('does not follow a sheet named on the command line that is a symbolic link', () => {
    const outside = path.join(
      mkdtempSync(path.join(tmpdir(), 'praktijkbank-outside-')),
      'geheim.mdx',
    );
    writeFileSync(outside, String(minimal).replace(/^title: .*$/m, 'title: GEHEIM-5678'));
    const dir = makeCatalogue({ 'goed.mdx': minimal });
    const link = path.join(dir, 'practices/link.mdx');
    symlinkSync(outside, link);
    const catalogue = loadCatalogue(dir, { paths: [link] });
    expect(catalogue.problems.map((p) => p.message)).toEqual([
      'is een symbolische koppeling, die niet gevolgd wordt: zet het bestand zelf hier (of verwijder de koppeling)',
    ]);
    expect(JSON.stringify(catalogue)).not.toContain('GEHEIM-5678');
  });
});
