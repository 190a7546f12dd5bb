/**
 * Malformed sheets: one mistake each, and the exact message a contributor gets for it
 * (file:line:column: message, ending with how to fix it). Fixtures live in
 * tests/fixtures/sheets/broken/; inputs that would bloat the repository (several megabytes,
 * binary, UTF-16) are made here at run time.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/catalogue-fs.ts';
import { formatProblem } from '../../src/lib/util/problems.ts';
import { maxSheetBytes } from '../../src/lib/sheet/check.ts';
import { makeCatalogue } from '../helpers/catalogue.ts';
import { checkLines, corpusTests, topFields } from '../helpers/corpus.ts';
import { fixtures, repoRoot } from '../helpers/paths.ts';
import { buildEnv } from '../helpers/site.ts';

const broken = path.join(fixtures, 'sheets/broken');
const minimal = readFileSync(path.join(fixtures, 'sheets/valid/minimal-sheet.mdx'), 'utf8');
const check = checkLines;

const expected: Record<string, string[]> = {
  'body-autolink': [
    '14:14: addresses between < and > are not supported: write the address without them (https://www.vvsg.be/buddy) or as a link [text](https://www.vvsg.be/buddy)',
  ],
  'body-html-bold': [
    '14:20: the HTML element <b> is not allowed in a sheet: write **bold** in Markdown',
  ],
  'body-html-comment': [
    '14:2: HTML comments <!-- … --> are not supported: write a comment as {/* … */}, or remove it',
  ],
  'body-image': [
    '14:1: images inside the text are not supported: put the picture in the "image" field of the sheet (with its alt text)',
  ],
  'body-quote-inline': [
    '14:29: <Quote> is a block: put <Quote …> and </Quote> on lines of their own, with the text between them',
  ],
  'body-quote-without-by': [
    '14:1: <Quote> needs the attribute by="…" (Wie het zei, bv. "Jan, sportcoach in Oostende".)',
  ],
  'body-relative-link': [
    '14:9: link to "/praktijken/kansenpas-en-vrijetijdscheq…": is not a full address: write it in full, starting with https://',
  ],
  'body-unclosed-callout': [
    '14:1: <Callout> is not closed: add </Callout> on a line of its own after its text (or write <Callout … /> if it has no text)',
  ],
  'body-unknown-callout-type': [
    '14:1: <Callout type="waarschuwing"> is not a known value: use "info", "tip" or "let-op"',
  ],
  empty: [
    '1:1: the file is empty: a sheet starts with its fields (title, summary, ...) between two "---" lines (run `npm run new -- "Titel"` for a template)',
  ],
  'example-unknown-field': [
    '14:5: unknown field "contact" in "examples[0]". Did you mean "contacts"? Known fields: municipality, text, contacts, links, status, reviewed',
  ],
  'front-matter-is-a-list': [
    '2:1: the front matter must hold fields like "title: ...", one per line, not a list or a single value',
  ],
  'front-matter-not-closed': [
    '1:1: the front matter is not closed: add a line "---" after the last field',
  ],
  'goals-empty-item': ['6:4: field "goals[0]" is empty: fill it in or remove the line'],
  'goals-not-a-list': [
    '5:8: field "goals" (Doelen) must be a list (lines starting with "- "), not text',
  ],
  'image-absolute-path': [
    '12:8: field "image.src" (Bestand) must be a path next to the sheet, like "images/kansenpas.jpg" (jpg, png, webp or avif)',
  ],
  'image-alt-empty': ['13:8: field "image.alt" (Alternatieve tekst) must not be empty'],
  'image-alt-file-name': [
    '13:8: field "image.alt" is a file name ("buddy.png"): describe what the picture shows instead',
  ],
  'image-alt-says-nothing': [
    '13:8: field "image.alt" ("IMG_2041") says nothing about the picture: describe what it shows',
  ],
  'image-missing': [
    '12:8: field "image.src" points to "images/buddy.jpg", which does not exist next to the sheet (looked for "tests/fixtures/sheets/broken/images/buddy.jpg"): add the file or correct the path',
  ],
  'image-not-an-image': [
    '12:8: field "image.src" points to "images/not-an-image.jpg", which is not a JPEG, PNG, WebP or AVIF image: export it again in one of those formats',
  ],
  'impossible-date': [
    '11:12: field "published" (Gepubliceerd) is not a valid date: write it as YYYY-MM-DD, e.g. 2025-03-31',
  ],
  'invalid-date': [
    '11:12: field "published" (Gepubliceerd) is not a valid date: write it as YYYY-MM-DD, e.g. 2025-03-31',
  ],
  'invalid-email': [
    '16:16: field "examples[0].contacts[0].email" (E-mailadres) is not a valid e-mail address (expected something like naam@gemeente.be)',
  ],
  'invalid-phone': [
    '16:16: field "examples[0].contacts[0].phone" (Telefoon) is not a valid phone number (expected something like +32 2 211 55 00)',
  ],
  'invalid-url': [
    '13:10: field "partners[0].url" (Webadres) is not a valid web address: write it in full, starting with https://',
  ],
  'latin-1-encoding': [
    '3:97: the file is not valid UTF-8 (byte 0xe9 at offset 137): save it as UTF-8 in your editor ("Save with encoding" → UTF-8)',
  ],
  'missing-published': [
    '2:1: missing required field "published" (Gepubliceerd): add it to the front matter',
  ],
  'missing-title': ['2:1: missing required field "title" (Titel): add it to the front matter'],
  'municipality-twice': [
    '14:19: field "examples[1].municipality" (Gemeente) names "Gent" a second time (first in example 1): merge the two examples into one',
  ],
  'no-front-matter': [
    '1:1: the sheet must start with a line "---", then the fields (title, summary, ...), then another "---" line',
  ],
  'summary-too-short': ['3:10: field "summary" (Intro) is too short: write at least 20 characters'],
  'target-group-twice': [
    '9:5: field "targetGroups[1]" names "Nieuwkomers" twice: remove the second one',
  ],
  'target-groups-empty': ['7:15: field "targetGroups" (Doelgroep) needs at least one target group'],
  'title-is-a-number': ['2:8: field "title" (Titel) must be text, not the number 2025'],
  'unknown-category': [
    '4:11: field "category" (Categorie) unknown category "Onthaal en integratei". Did you mean "Onthaal en integratie"? Use a name listed in content/vocabularies/categories.yaml, or ask the editors to add it there.',
  ],
  'unknown-field': [
    '2:1: missing required field "title" (Titel): add it to the front matter',
    `2:1: unknown field "titel". Did you mean "title"? Known fields: ${topFields}`,
  ],
  'unknown-municipality': [
    '12:19: field "examples[0].municipality" (Gemeente) unknown municipality "Beersell". Did you mean "Beersel" or "Beerse"? Use a name listed in content/vocabularies/municipalities.yaml, or ask the editors to add it there.',
  ],
  'unknown-policy-domain': [
    '10:5: field "policyDomains[0]" unknown policy domain "Integratie & inburgering". Did you mean "Integratie en inburgering"? Use a name listed in content/vocabularies/policy-domains.yaml, or ask the editors to add it there.',
  ],
  'unknown-status': ['12:9: field "status" (Status) must be "published" or "draft"'],
  'unknown-target-group': [
    '8:5: field "targetGroups[0]" unknown target group "Nieuwkomer". Did you mean "Nieuwkomers"? Use a name listed in content/vocabularies/target-groups.yaml, or ask the editors to add it there.',
  ],
  'updated-before-published': [
    '12:10: field "updated" (Bijgewerkt) (2024-12-01) is before published (2025-01-15): a sheet cannot be updated before it was published',
  ],
  'yaml-duplicate-field': [
    '12:1: front matter is not valid YAML: Map keys must be unique (a field appears twice: keep one)',
  ],
  'yaml-syntax': [
    '11:22: front matter is not valid YAML: Missing closing "quote (a quote or bracket is not closed)',
  ],
  'yaml-tab-indent': [
    '6:1: front matter is not valid YAML: Tabs are not allowed as indentation (use spaces, not tabs, to indent)',
  ],
  'yaml-unquoted-colon': [
    '3:10: front matter is not valid YAML: Nested mappings are not allowed in compact mappings (a line is indented wrongly or a value with ": " needs quotes)',
  ],
};

describe('malformed sheets', () => corpusTests(broken, expected, 25, 'gets its message'));

/** A 1×1 PNG's first bytes: a picture, not text. */
const pngBytes = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de',
  'hex',
);

describe('inputs made at run time', () => {
  const megabytes = `${minimal}\n${'Vrijwilligers begeleiden nieuwkomers tijdens hun eerste maanden. '.repeat(80_000)}\n`;
  const withImage = (src: string) =>
    minimal.replace(
      'published:',
      `image:\n  src: ${src}\n  alt: Een vrijwilliger en een nieuwkomer drinken koffie.\npublished:`,
    );
  const generated: Record<string, { bytes: Uint8Array; messages: string[] }> = {
    'several-megabytes': {
      bytes: Buffer.from(megabytes),
      messages: [
        `1:1: the file is ${(Buffer.byteLength(megabytes) / 1024 / 1024).toFixed(1)} MB, more than a sheet can be (${maxSheetBytes / 1024} KB): keep the text to what a reader needs and link to longer texts instead`,
      ],
    },
    binary: {
      bytes: pngBytes,
      messages: [
        '1:1: the file is not valid UTF-8 (byte 0x89 at offset 0): save it as UTF-8 in your editor ("Save with encoding" → UTF-8)',
      ],
    },
    'nul-byte': {
      bytes: Buffer.from(minimal.replace('Nieuwkomers sneller', 'Nieuwkomers\u0000 sneller')),
      messages: [
        '6:16: the file contains the invisible control character U+0000: it is not a plain text file or it was damaged; remove the character, or copy the text into a new file saved as UTF-8',
      ],
    },
    'utf-16': {
      bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(minimal, 'utf16le')]),
      messages: [
        '1:1: the file is saved as UTF-16 ("Unicode"), not UTF-8: save it as UTF-8 in your editor ("Save with encoding" → UTF-8)',
      ],
    },
    'image-too-large': {
      bytes: Buffer.from(withImage('images/groot.jpg')),
      messages: [
        '12:8: field "image.src" points to "images/groot.jpg", which is too large (3.0 MB): resize it to at most 2 MB, e.g. 1600 px wide',
      ],
    },
  };
  const large = Buffer.alloc(3 * 1024 * 1024);
  large.set([0xff, 0xd8, 0xff, 0xe0]);
  const dir = makeCatalogue({
    ...Object.fromEntries(
      Object.entries(generated).map(([name, { bytes }]) => [`${name}.mdx`, bytes]),
    ),
    'images/groot.jpg': large,
  });

  for (const [name, { messages }] of Object.entries(generated)) {
    it(`${name} gets its message`, () => {
      const file = path.join(dir, 'practices', `${name}.mdx`);
      const result = check(file);
      expect(result.lines).toEqual(messages);
      expect(result.data).toBeUndefined();
    });
  }

  it('two sheets with the same file name in different folders: the second is refused', () => {
    const twins = makeCatalogue({ 'buddy.mdx': minimal, 'archief/buddy.mdx': minimal });
    const catalogue = loadCatalogue(twins);
    const first = path.relative(process.cwd(), path.join(twins, 'practices/archief/buddy.mdx'));
    const second = path.relative(process.cwd(), path.join(twins, 'practices/buddy.mdx'));
    expect(catalogue.problems.map(formatProblem)).toEqual([
      `${second}:1:1: has the same name "buddy" as ${first}, so both would get the address /praktijken/buddy/: rename one of them`,
    ]);
    expect(catalogue.sheets.filter((s) => s.data)).toHaveLength(1);
  });

  it('Windows line ends and a byte-order mark are fine and change nothing', () => {
    const plain = check('/tmp/buddy.mdx', Buffer.from(minimal));
    const windows = check(
      '/tmp/buddy.mdx',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(minimal.replace(/\n/g, '\r\n'))]),
    );
    expect(windows.lines).toEqual([]);
    expect(windows.data).toEqual(plain.data);
  });

  it('npm run validate and the build report every generated file in one run', () => {
    const validate = spawnSync('npm', ['run', '-s', 'validate'], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: buildEnv({ PRAKTIJKBANK_CONTENT: dir }),
    });
    const build = spawnSync(
      'npm',
      ['run', '-s', 'build', '--', '--outDir', path.join(dir, 'dist')],
      {
        cwd: repoRoot,
        encoding: 'utf8',
        env: buildEnv({ PRAKTIJKBANK_CONTENT: dir }),
      },
    );
    for (const run of [validate, build]) {
      expect(run.status).not.toBe(0);
      const output = run.stdout + run.stderr;
      for (const [name, { messages }] of Object.entries(generated))
        expect(output).toContain(`${name}.mdx:${messages[0]}`);
    }
    expect(validate.status).toBe(1);
    // validate is the contributor's tool: no stack trace (Astro adds its own to a failed build).
    expect(validate.stdout + validate.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });
});

describe('npm run validate on the malformed fixtures', () => {
  const hashes = () =>
    Object.fromEntries(
      readdirSync(broken, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => {
          const file = path.join(entry.parentPath, entry.name);
          return [file, createHash('sha256').update(readFileSync(file)).digest('hex')];
        }),
    );

  it('lists every problem of every file in one run, exits 1, prints no stack trace and changes no file', () => {
    const before = hashes();
    const run = spawnSync('npm', ['run', '-s', 'validate', '--', broken], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: buildEnv(),
    });
    expect(run.status).toBe(1);
    const shown = path.relative(repoRoot, broken);
    for (const [name, messages] of Object.entries(expected))
      for (const message of messages)
        expect(run.stdout).toContain(`${shown}/${name}.mdx:${message}`);
    const count = Object.values(expected).flat().length;
    expect(run.stdout).toContain(
      `✗ ${Object.keys(expected).length} sheets checked: ${count} errors, 0 warnings`,
    );
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(hashes()).toEqual(before);
  });
});
