/**
 * Untrusted contributions: every malicious sheet in tests/fixtures/sheets/malicious/rejected/
 * is refused, with a message naming the file, by the checker, by `npm run validate` and by the
 * build, and none of them runs: payloads that would write a marker file leave none behind.
 * The sheets in malicious/accepted/ are valid but hostile-looking; they must render inert.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { isComment, unsafeUrl } from '../../src/lib/sheet/body-check.ts';
import { maxMarkers, maxNesting } from '../../src/lib/sheet/body-parse.ts';
import { components, inlineHtml } from '../../src/lib/sheet/components.ts';
import { makeCatalogue } from '../helpers/catalogue.ts';
import { checkLines, corpusTests, topFields } from '../helpers/corpus.ts';
import { fixtures, repoRoot } from '../helpers/paths.ts';
import { buildEnv } from '../helpers/site.ts';

const rejected = path.join(fixtures, 'sheets/malicious/rejected');
const accepted = path.join(fixtures, 'sheets/malicious/accepted');
const minimal = readFileSync(path.join(fixtures, 'sheets/valid/minimal-sheet.mdx'), 'utf8');
const check = checkLines;

/**
 * Marker files the payloads write (next to the sheet, or in the working directory) if they
 * ever run. Walks by hand, skipping folders that vanish mid-walk: other test files' builds
 * create and delete caches under the repository at the same time.
 */
function markers(...dirs: string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.name.startsWith('pwned-')) found.push(full);
      if (entry.isDirectory()) walk(full);
    }
  };
  for (const dir of dirs) if (existsSync(dir)) walk(dir);
  return found;
}

const expected: Record<string, string[]> = {
  'yaml-tag-before-comment': [
    '2:8: de front matter gebruikt de YAML-tag "!js/function", die niet mag in een fiche: verwijder hem en schrijf een gewone waarde (zet tekst tussen aanhalingstekens)',
  ],
  'yaml-tag-far-from-value': [
    '2:8: de front matter gebruikt de YAML-tag "!js/function", die niet mag in een fiche: verwijder hem en schrijf een gewone waarde (zet tekst tussen aanhalingstekens)',
  ],
  'yaml-escape-terminal': [
    '2:8: veld "title" (Titel) bevat het onzichtbare stuurteken U+001B: verwijder het (schrijf de tekst gewoon uit)',
  ],
  'yaml-escape-c1': [
    '2:8: veld "title" (Titel) bevat het onzichtbare stuurteken U+009B: verwijder het (schrijf de tekst gewoon uit)',
  ],
  'yaml-escape-nul': [
    '2:8: veld "title" (Titel) bevat het onzichtbare stuurteken U+0000: verwijder het (schrijf de tekst gewoon uit)',
  ],
  'bidi-override-title': [
    '2:8: veld "title" (Titel) bevat het onzichtbare teken U+202E, dat de richting van de tekst omkeert: verwijder het',
  ],
  'image-reference': [
    '14:7: afbeeldingen in de tekst worden niet ondersteund: zet de afbeelding in het veld "image" van de fiche (met haar alternatieve tekst)',
  ],
  'raw-c1-character': [
    '14:25: het bestand bevat het onzichtbare stuurteken U+009B: het is geen gewoon tekstbestand of het werd beschadigd; verwijder het teken, of kopieer de tekst naar een nieuw bestand dat je als UTF-8 bewaart',
  ],
  'attribute-expression': [
    '16:1: <Callout title={…}> gebruikt een uitdrukking: schrijf een gewone waarde tussen aanhalingstekens, zoals title="…"',
  ],
  'attribute-spread': [
    '16:1: <Callout> heeft een spread-attribuut {...process.env}, dat niet mag: schrijf elk attribuut als naam="waarde"',
  ],
  'base-element': [
    '16:1: het element <base> mag niet in een fiche (het kan code uitvoeren, inhoud van elders laden of de pagina veranderen): verwijder het',
  ],
  'block-expression': [
    "16:1: uitdrukkingen tussen accolades mogen niet (gevonden: {process.getBuiltinModule('node:fs').wri…}): om een accolade als tekst te schrijven, zet je er een backslash voor: \\{",
  ],
  'data-image': [
    '16:1: afbeelding "data:image/svg+xml;base64,PHN2ZyBvbmxvY…": een adres met "data:" kan code uitvoeren of inhoud verbergen en mag niet: verwijder het',
  ],
  'data-link': [
    '16:1: link naar "data:text/html;base64,PHNjcmlwdD5hbGVyd…": een adres met "data:" kan code uitvoeren of inhoud verbergen en mag niet: verwijder het',
  ],
  'embed-element': [
    '16:1: het element <embed> mag niet in een fiche (het kan code uitvoeren, inhoud van elders laden of de pagina veranderen): verwijder het',
  ],
  'esm-child-process': [
    '16:1: import- en export-regels mogen niet in een fiche (gevonden: "export const pwned = (await import(\'nod…"): verwijder de regel; gebruik alleen Markdown en de componenten Callout, Quote',
  ],
  'esm-import-fs': [
    '16:1: import- en export-regels mogen niet in een fiche (gevonden: "import { writeFileSync } from \'node:fs\'"): verwijder de regel; gebruik alleen Markdown en de componenten Callout, Quote',
    '18:1: import- en export-regels mogen niet in een fiche (gevonden: "export const pwned = writeFileSync(new …"): verwijder de regel; gebruik alleen Markdown en de componenten Callout, Quote',
  ],
  'event-handler': [
    '16:9: <abbr> heeft het event-attribuut "onMouseOver", dat code zou uitvoeren: verwijder het',
  ],
  'export-layout': [
    '16:1: import- en export-regels mogen niet in een fiche (gevonden: "export default function Layout() { re…"): verwijder de regel; gebruik alleen Markdown en de componenten Callout, Quote',
  ],
  'form-element': [
    '16:1: het element <form> mag niet in een fiche (het kan code uitvoeren, inhoud van elders laden of de pagina veranderen): verwijder het',
    '17:1: het element <input> mag niet in een fiche (het kan code uitvoeren, inhoud van elders laden of de pagina veranderen): verwijder het',
  ],
  'iframe-element': [
    '16:1: het element <iframe> mag niet in een fiche (het kan code uitvoeren, inhoud van elders laden of de pagina veranderen): verwijder het',
  ],
  'inline-expression': [
    '16:22: uitdrukkingen tussen accolades mogen niet (gevonden: {process.env.NPM_TOKEN}): om een accolade als tekst te schrijven, zet je er een backslash voor: \\{',
  ],
  'javascript-autolink': [
    '16:12: link naar "javascript:alert(1)": een adres met "javascript:" kan code uitvoeren of inhoud verbergen en mag niet: verwijder het',
  ],
  'javascript-link-entities': [
    '16:1: link naar "javascript:alert(1)": een adres met "javascript:" kan code uitvoeren of inhoud verbergen en mag niet: verwijder het',
  ],
  'javascript-link-mixed-case-whitespace': [
    '16:1: link naar "JaVa ScRiPt:alert(1)": een adres met "javascript:" kan code uitvoeren of inhoud verbergen en mag niet: verwijder het',
  ],
  'javascript-link': [
    '16:1: link naar "javascript:alert(document.cookie)": een adres met "javascript:" kan code uitvoeren of inhoud verbergen en mag niet: verwijder het',
  ],
  'javascript-reference-definition': [
    '18:1: link naar "javascript:alert(1)": een adres met "javascript:" kan code uitvoeren of inhoud verbergen en mag niet: verwijder het',
  ],
  'link-element': [
    '16:1: het element <link> mag niet in een fiche (het kan code uitvoeren, inhoud van elders laden of de pagina veranderen): verwijder het',
  ],
  'meta-refresh': [
    '16:1: het element <meta> mag niet in een fiche (het kan code uitvoeren, inhoud van elders laden of de pagina veranderen): verwijder het',
  ],
  'object-element': [
    '16:1: het element <object> mag niet in een fiche (het kan code uitvoeren, inhoud van elders laden of de pagina veranderen): verwijder het',
  ],
  'protocol-relative-link': [
    '16:1: link naar "//evil.example/phishing": is geen volledig adres: schrijf het volledig uit, beginnend met https://',
  ],
  'prototype-component': [
    '16:1: onbekende component of onbekend element <constructor>. Gebruik Markdown, of een van de componenten Callout, Quote (zie docs/safe-content.md)',
  ],
  'script-element': [
    '16:1: het element <script> mag niet in een fiche (het kan code uitvoeren, inhoud van elders laden of de pagina veranderen): verwijder het',
  ],
  'style-element': [
    '16:1: het element <style> mag niet in een fiche (het kan code uitvoeren, inhoud van elders laden of de pagina veranderen): verwijder het',
  ],
  'svg-script': [
    '16:1: het element <svg> mag niet in een fiche (het kan code uitvoeren, inhoud van elders laden of de pagina veranderen): verwijder het',
    '17:1: het element <script> mag niet in een fiche (het kan code uitvoeren, inhoud van elders laden of de pagina veranderen): verwijder het',
  ],
  'unknown-component': [
    '16:1: onbekende component of onbekend element <Fragment>. Gebruik Markdown, of een van de componenten Callout, Quote (zie docs/safe-content.md)',
  ],
  'vbscript-link': [
    '16:1: link naar "vbscript:MsgBox("x")": een adres met "vbscript:" kan code uitvoeren of inhoud verbergen en mag niet: verwijder het',
  ],
  'yaml-alias-bomb': [
    '11:11: de front matter gebruikt het YAML-anker "&a", dat niet mag in een fiche: verwijder het en schrijf elke waarde volledig uit',
    '13:11: de front matter gebruikt het YAML-anker "&b", dat niet mag in een fiche: verwijder het en schrijf elke waarde volledig uit',
    '13:15: de front matter gebruikt de YAML-alias "*a", die niet mag in een fiche: schrijf de waarde volledig uit (9 keer gebruikt)',
    '14:9: de front matter gebruikt het YAML-anker "&c", dat niet mag in een fiche: verwijder het en schrijf elke waarde volledig uit',
    '14:13: de front matter gebruikt de YAML-alias "*b", die niet mag in een fiche: schrijf de waarde volledig uit (9 keer gebruikt)',
    '15:10: de front matter gebruikt het YAML-anker "&d", dat niet mag in een fiche: verwijder het en schrijf elke waarde volledig uit',
    '15:14: de front matter gebruikt de YAML-alias "*c", die niet mag in een fiche: schrijf de waarde volledig uit (9 keer gebruikt)',
    '16:18: de front matter gebruikt de YAML-alias "*d", die niet mag in een fiche: schrijf de waarde volledig uit (9 keer gebruikt)',
  ],
  'yaml-js-function-tag': [
    '2:9: de front matter gebruikt de YAML-tag "!!js/function", die niet mag in een fiche: verwijder hem en schrijf een gewone waarde (zet tekst tussen aanhalingstekens)',
  ],
  'yaml-prototype-pollution': [`11:1: onbekend veld "__proto__". Gekende velden: ${topFields}`],
  'yaml-python-tag': [
    '5:9: de front matter gebruikt de YAML-tag "!!python/object/apply:os.system", die niet mag in een fiche: verwijder hem en schrijf een gewone waarde (zet tekst tussen aanhalingstekens)',
  ],
};

describe('malicious sheets', () => corpusTests(rejected, expected, 20, 'is refused'));

describe('npm run validate and the build, on a catalogue of every malicious sheet', () => {
  let dir: string;
  let validate: SpawnSyncReturns<string>;
  let build: SpawnSyncReturns<string>;
  const names = Object.keys(expected);

  beforeAll(() => {
    expect(markers(repoRoot)).toEqual([]);
    dir = makeCatalogue();
    cpSync(rejected, path.join(dir, 'practices'), { recursive: true });
    const env = buildEnv({ PRAKTIJKBANK_CONTENT: dir });
    validate = spawnSync('npm', ['run', '-s', 'validate'], {
      cwd: repoRoot,
      encoding: 'utf8',
      env,
    });
    build = spawnSync('npm', ['run', '-s', 'build', '--', '--outDir', path.join(dir, 'dist')], {
      cwd: repoRoot,
      encoding: 'utf8',
      env,
    });
  });

  it('validate refuses every one, naming the file, line and problem, without a stack trace', () => {
    expect(validate.status).toBe(1);
    for (const name of names)
      expect(validate.stdout).toContain(`practices/${name}.mdx:${expected[name]![0]}`);
    expect(validate.stdout).toContain(
      `✗ ${names.length} fiches gecontroleerd: ${Object.values(expected).flat().length} fouten`,
    );
    expect(validate.stdout + validate.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('the build fails and lists every one with the same message', () => {
    expect(build.status).not.toBe(0);
    const output = build.stdout + build.stderr;
    expect(output).toContain(`${Object.values(expected).flat().length} problemen in de inhoud:`);
    for (const name of names)
      expect(output).toContain(`practices/${name}.mdx:${expected[name]![0]}`);
    expect(
      markers(path.join(dir, 'dist')).length +
        (existsSync(path.join(dir, 'dist/index.html')) ? 1 : 0),
    ).toBe(0);
  });

  it('runs none of them: no payload wrote its marker file, next to the sheets or in the working directory', () => {
    expect(markers(dir, repoRoot)).toEqual([]);
  });

  it('would have been run by an MDX compiler: the same payloads, compiled and rendered, write their markers', async () => {
    // The control experiment, in a folder of its own: proves the marker check above could fail.
    const { evaluate } = await import('@mdx-js/mdx');
    const sandbox = mkdtempSync(path.join(tmpdir(), 'praktijkbank-mdx-'));
    const runtime = {
      Fragment: Symbol('Fragment'),
      jsx: (type: unknown, props: unknown) => ({ type, props }),
      jsxs: (type: unknown, props: unknown) => ({ type, props }),
    };
    const live = ['esm-import-fs', 'block-expression', 'attribute-expression'];
    for (const name of live) {
      const body = readFileSync(path.join(rejected, `${name}.mdx`), 'utf8').replace(
        /^---\n[\s\S]*?\n---\n/,
        '',
      );
      const module = await evaluate(body, {
        ...runtime,
        baseUrl: pathToFileURL(path.join(sandbox, `${name}.mdx`)),
      });
      (module.default as (props: object) => unknown)({ components: { Callout: () => null } });
    }
    expect(
      markers(sandbox)
        .map((file) => path.basename(file))
        .sort(),
    ).toEqual(live.map((name) => `pwned-${name}.txt`).sort());
  });
});

describe('attacks made at run time', () => {
  it("an image that is a symbolic link to a file outside the sheet's folder is refused", () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'praktijkbank-outside-'));
    const secret = path.join(outside, 'secret.jpg');
    writeFileSync(secret, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0, 0, 0]));
    const dir = makeCatalogue();
    mkdirSync(path.join(dir, 'practices/images'));
    symlinkSync(secret, path.join(dir, 'practices/images/gestolen.jpg'));
    const sheet = minimal.replace(
      'published:',
      'image:\n  src: images/gestolen.jpg\n  alt: Een vrijwilliger en een nieuwkomer drinken koffie.\npublished:',
    );
    expect(check(path.join(dir, 'practices/gestolen.mdx'), Buffer.from(sheet)).lines).toEqual([
      '12:8: veld "image.src" (Bestand) klopt niet: de afbeelding "images/gestolen.jpg" is een koppeling naar een ander bestand: zet de afbeelding zelf naast de fiche',
    ]);
  });

  it('text nested thousands of levels deep is refused with a message, before it can stall or crash the parser', () => {
    const deep = (body: string) => check('/tmp/diep.mdx', Buffer.from(`${minimal}\n${body}\n`));
    const cases: [string, string][] = [
      [
        '> '.repeat(5000),
        '14:1: de tekst is te diep genest (5000 niveaus van lijsten, citaten of tags in elkaar): hou het bij enkele niveaus',
      ],
      [
        `${'- '.repeat(50_000)}x`,
        '14:1: de tekst is te diep genest (50000 niveaus van lijsten, citaten of tags in elkaar): hou het bij enkele niveaus',
      ],
      [
        `${'<sup>'.repeat(3000)}x${'</sup>'.repeat(3000)}`,
        '14:15001: de tekst is te diep genest (3002 niveaus van lijsten, citaten of tags in elkaar): hou het bij enkele niveaus',
      ],
      [
        Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n'),
        '65:1: de regel springt 102 spaties in, waardoor hij te diep genest is: begin hem hoogstens enkele spaties naar binnen',
      ],
      [
        `${'['.repeat(50_000)}x${']'.repeat(50_000)}(https://www.vvsg.be/)`,
        '14:21: meer dan 20 "[" in elkaar: om een vierkant haakje als tekst te schrijven, zet je er een backslash voor: \\[',
      ],
    ];
    for (const [body, message] of cases) {
      const result = deep(body);
      expect(result.lines).toEqual([message]);
      expect(result.data).toBeUndefined();
    }
    // Ordinary nesting is fine.
    expect(
      deep(
        '> Citaat\n> > met een citaat erin\n\n- een\n  - twee\n    - drie\n\n[a [b] c](https://www.vvsg.be/)',
      ).lines,
    ).toEqual([]);
    expect(maxMarkers).toBeLessThan(maxNesting);
  });

  it('a comment is the only expression allowed, and only when it is nothing but one comment', () => {
    expect(isComment('/* notitie */')).toBe(true);
    expect(isComment(' /* een\nnotitie */ ')).toBe(true);
    expect(isComment('/* a */ process.exit() /* b */')).toBe(false);
    expect(isComment('/* a */ + 1')).toBe(false);
    expect(isComment('// notitie')).toBe(false);
  });
});

describe('link addresses', () => {
  const refused: [string, string][] = [
    [
      'javascript:alert(1)',
      'een adres met "javascript:" kan code uitvoeren of inhoud verbergen en mag niet: verwijder het',
    ],
    [
      'JAVASCRIPT:alert(1)',
      'een adres met "javascript:" kan code uitvoeren of inhoud verbergen en mag niet: verwijder het',
    ],
    [
      ' java\tscript:alert(1)',
      'een adres met "javascript:" kan code uitvoeren of inhoud verbergen en mag niet: verwijder het',
    ],
    [
      'java\u0000script:alert(1)',
      'een adres met "javascript:" kan code uitvoeren of inhoud verbergen en mag niet: verwijder het',
    ],
    [
      'vbscript:msgbox',
      'een adres met "vbscript:" kan code uitvoeren of inhoud verbergen en mag niet: verwijder het',
    ],
    [
      'data:text/html,<script>alert(1)</script>',
      'een adres met "data:" kan code uitvoeren of inhoud verbergen en mag niet: verwijder het',
    ],
    ['file:///etc/passwd', 'adressen met "file:" mogen niet: gebruik https://, mailto: of tel:'],
    ['//evil.example/', 'is geen volledig adres: schrijf het volledig uit, beginnend met https://'],
    ['/praktijken/', 'is geen volledig adres: schrijf het volledig uit, beginnend met https://'],
    [
      '%6Aavascript:alert(1)',
      'is geen volledig adres: schrijf het volledig uit, beginnend met https://',
    ],
    ['', 'heeft geen adres: schrijf [tekst](https://…)'],
  ];
  for (const [url, reason] of refused)
    it(`refuses ${JSON.stringify(url)}`, () => expect(unsafeUrl(url)).toBe(reason));
  for (const url of [
    'https://www.vvsg.be/',
    'http://example.org',
    'mailto:samenleven@vvsg.be',
    'tel:+3222115500',
    '#user-content-fn-1',
  ])
    it(`allows ${url}`, () => expect(unsafeUrl(url)).toBeUndefined());
});

describe('hostile-looking but valid sheets', () => {
  it('HTML in front matter text is kept exactly as written, with a warning per field', () => {
    const file = path.join(accepted, 'html-in-front-matter.mdx');
    const result = check(file);
    expect(result.data?.title).toBe('<script>window.pwned = "title"</script> Buddyproject');
    expect(result.data?.keywords).toEqual(['</script><script>window.pwned = "keyword"</script>']);
    expect(result.problems.every((p) => p.severity === 'warning')).toBe(true);
    expect(result.lines).toContain(
      '2:8: warning: veld "title" (Titel) bevat HTML ("<script>"), die de site als gewone tekst toont: verwijder de tags (een lege regel begint een nieuwe alinea)',
    );
    expect(result.lines).toHaveLength(8);
  });

  it('the text renders to static HTML: external links get rel="noopener noreferrer", e-mail and phone links keep working', () => {
    const { rendered, problems } = check(
      path.join(accepted, 'external-links.mdx'),
      undefined,
      true,
    );
    expect(problems).toEqual([]);
    const html = rendered!.html;
    const anchors = [...html.matchAll(/<a ([^>]*)>/g)].map((m) => m[1]!);
    const external = anchors.filter((a) => /href="https?:/.test(a));
    expect(external).toHaveLength(3);
    for (const anchor of external) expect(anchor).toContain('rel="noopener noreferrer"');
    expect(html).toContain('<a href="mailto:samenleven@vvsg.be">de redactie</a>');
    expect(html).toContain('<a href="tel:+3292101010">09 210 10 10</a>');
    expect(html).toContain(
      '<aside class="callout callout-tip"><p class="callout-title"><strong>Begin klein</strong></p>',
    );
    expect(html).toContain('<figcaption>— Onthaalmedewerker, Stad Gent</figcaption>');
    expect(html).not.toContain('Notitie voor de redactie');
    expect(html).not.toMatch(/<script|<iframe|<style|\son[a-z]+=/i);
    // Footnote links point at ids that exist.
    const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(targets.length).toBeGreaterThan(0);
    for (const id of targets) expect(html).toContain(`id="${id}"`);
  });

  it('a block component written on one line becomes the same block, not a paragraph around it', () => {
    const sheet = `${minimal}\n<Callout type="let-op">Vraag toestemming voor foto's.</Callout>\n`;
    const { rendered, lines } = check('/tmp/een-regel.mdx', Buffer.from(sheet), true);
    expect(lines).toEqual([]);
    expect(rendered?.html).toBe(
      '<aside class="callout callout-let-op"><p class="callout-title"><strong>Let op</strong></p><p>Vraag toestemming voor foto\'s.</p></aside>',
    );
  });
});

describe('docs/safe-content.md', () => {
  it('documents every allowed component with its attributes, and every allowed HTML element', () => {
    const doc = readFileSync(path.join(repoRoot, 'docs/safe-content.md'), 'utf8');
    for (const [name, spec] of Object.entries(components)) {
      expect(doc).toContain(`\`<${name}>\``);
      for (const attribute of Object.keys(spec.attributes))
        expect(doc).toContain(`\`${attribute}\``);
      for (const value of Object.values(spec.attributes).flatMap((a) => a.values ?? []))
        expect(doc).toContain(`\`${value}\``);
    }
    for (const name of Object.keys(inlineHtml)) expect(doc).toMatch(new RegExp(`\`<${name}[ />]`));
  });
});
