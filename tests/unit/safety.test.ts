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
import { isComment, maxMarkers, maxNesting, unsafeUrl } from '../../src/lib/sheet/body.ts';
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
    '2:8: front matter uses the YAML tag "!js/function", which is not allowed in a sheet: remove it and write a plain value (put text between quotes)',
  ],
  'yaml-tag-far-from-value': [
    '2:8: front matter uses the YAML tag "!js/function", which is not allowed in a sheet: remove it and write a plain value (put text between quotes)',
  ],
  'yaml-escape-terminal': [
    '2:8: field "title" contains the invisible control character U+001B: remove it (write the text out plainly)',
  ],
  'yaml-escape-c1': [
    '2:8: field "title" contains the invisible control character U+009B: remove it (write the text out plainly)',
  ],
  'yaml-escape-nul': [
    '2:8: field "title" contains the invisible control character U+0000: remove it (write the text out plainly)',
  ],
  'bidi-override-title': [
    '2:8: field "title" contains the invisible character U+202E, which changes the direction of the text: remove it',
  ],
  'image-reference': [
    '14:7: images inside the text are not supported: put the picture in the "image" field of the sheet (with its alt text)',
  ],
  'raw-c1-character': [
    '14:25: the file contains the invisible control character U+009B: it is not a plain text file or it was damaged; remove the character, or copy the text into a new file saved as UTF-8',
  ],
  'attribute-expression': [
    '16:1: <Callout title={…}> uses an expression: write a plain value in quotes, like title="…"',
  ],
  'attribute-spread': [
    '16:1: <Callout> has a spread attribute {...process.env}, which is not allowed: write each attribute as name="value"',
  ],
  'base-element': [
    '16:1: the element <base> is not allowed in a sheet (it can run code, load content from elsewhere or change the page): remove it',
  ],
  'block-expression': [
    "16:1: expressions in curly braces are not allowed (found {process.getBuiltinModule('node:fs').wri…}): to write a curly brace as text, put a backslash before it: \\{",
  ],
  'data-image': [
    '16:1: image "data:image/svg+xml;base64,PHN2ZyBvbmxvY…": a "data:" address can run code or hide content and is not allowed',
  ],
  'data-link': [
    '16:1: link to "data:text/html;base64,PHNjcmlwdD5hbGVyd…": a "data:" address can run code or hide content and is not allowed',
  ],
  'embed-element': [
    '16:1: the element <embed> is not allowed in a sheet (it can run code, load content from elsewhere or change the page): remove it',
  ],
  'esm-child-process': [
    '16:1: import and export statements are not allowed in a sheet (found "export const pwned = (await import(\'nod…"): remove the line; use only Markdown and the components Callout, Quote',
  ],
  'esm-import-fs': [
    '16:1: import and export statements are not allowed in a sheet (found "import { writeFileSync } from \'node:fs\'"): remove the line; use only Markdown and the components Callout, Quote',
    '18:1: import and export statements are not allowed in a sheet (found "export const pwned = writeFileSync(new …"): remove the line; use only Markdown and the components Callout, Quote',
  ],
  'event-handler': [
    '16:9: <abbr> has the event-handler attribute "onMouseOver", which would run code: remove it',
  ],
  'export-layout': [
    '16:1: import and export statements are not allowed in a sheet (found "export default function Layout() { re…"): remove the line; use only Markdown and the components Callout, Quote',
  ],
  'form-element': [
    '16:1: the element <form> is not allowed in a sheet (it can run code, load content from elsewhere or change the page): remove it',
    '17:1: the element <input> is not allowed in a sheet (it can run code, load content from elsewhere or change the page): remove it',
  ],
  'iframe-element': [
    '16:1: the element <iframe> is not allowed in a sheet (it can run code, load content from elsewhere or change the page): remove it',
  ],
  'inline-expression': [
    '16:22: expressions in curly braces are not allowed (found {process.env.NPM_TOKEN}): to write a curly brace as text, put a backslash before it: \\{',
  ],
  'javascript-autolink': [
    '16:12: link to "javascript:alert(1)": a "javascript:" address can run code or hide content and is not allowed',
  ],
  'javascript-link-entities': [
    '16:1: link to "javascript:alert(1)": a "javascript:" address can run code or hide content and is not allowed',
  ],
  'javascript-link-mixed-case-whitespace': [
    '16:1: link to "JaVa ScRiPt:alert(1)": a "javascript:" address can run code or hide content and is not allowed',
  ],
  'javascript-link': [
    '16:1: link to "javascript:alert(document.cookie)": a "javascript:" address can run code or hide content and is not allowed',
  ],
  'javascript-reference-definition': [
    '18:1: link to "javascript:alert(1)": a "javascript:" address can run code or hide content and is not allowed',
  ],
  'link-element': [
    '16:1: the element <link> is not allowed in a sheet (it can run code, load content from elsewhere or change the page): remove it',
  ],
  'meta-refresh': [
    '16:1: the element <meta> is not allowed in a sheet (it can run code, load content from elsewhere or change the page): remove it',
  ],
  'object-element': [
    '16:1: the element <object> is not allowed in a sheet (it can run code, load content from elsewhere or change the page): remove it',
  ],
  'protocol-relative-link': [
    '16:1: link to "//evil.example/phishing": is not a full address: write it in full, starting with https://',
  ],
  'prototype-component': [
    '16:1: unknown component or element <constructor>: use Markdown, or one of the components Callout, Quote (see docs/safe-content.md)',
  ],
  'script-element': [
    '16:1: the element <script> is not allowed in a sheet (it can run code, load content from elsewhere or change the page): remove it',
  ],
  'style-element': [
    '16:1: the element <style> is not allowed in a sheet (it can run code, load content from elsewhere or change the page): remove it',
  ],
  'svg-script': [
    '16:1: the element <svg> is not allowed in a sheet (it can run code, load content from elsewhere or change the page): remove it',
    '17:1: the element <script> is not allowed in a sheet (it can run code, load content from elsewhere or change the page): remove it',
  ],
  'unknown-component': [
    '16:1: unknown component or element <Fragment>: use Markdown, or one of the components Callout, Quote (see docs/safe-content.md)',
  ],
  'vbscript-link': [
    '16:1: link to "vbscript:MsgBox("x")": a "vbscript:" address can run code or hide content and is not allowed',
  ],
  'yaml-alias-bomb': [
    '11:11: front matter uses the YAML anchor "&a", which is not allowed in a sheet: remove it and write each value out in full',
    '13:11: front matter uses the YAML anchor "&b", which is not allowed in a sheet: remove it and write each value out in full',
    '13:15: front matter uses the YAML alias "*a", which is not allowed in a sheet: write the value out in full (used 9 times)',
    '14:9: front matter uses the YAML anchor "&c", which is not allowed in a sheet: remove it and write each value out in full',
    '14:13: front matter uses the YAML alias "*b", which is not allowed in a sheet: write the value out in full (used 9 times)',
    '15:10: front matter uses the YAML anchor "&d", which is not allowed in a sheet: remove it and write each value out in full',
    '15:14: front matter uses the YAML alias "*c", which is not allowed in a sheet: write the value out in full (used 9 times)',
    '16:18: front matter uses the YAML alias "*d", which is not allowed in a sheet: write the value out in full (used 9 times)',
  ],
  'yaml-js-function-tag': [
    '2:9: front matter uses the YAML tag "!!js/function", which is not allowed in a sheet: remove it and write a plain value (put text between quotes)',
  ],
  'yaml-prototype-pollution': [`11:1: unknown field "__proto__". Known fields: ${topFields}`],
  'yaml-python-tag': [
    '5:9: front matter uses the YAML tag "!!python/object/apply:os.system", which is not allowed in a sheet: remove it and write a plain value (put text between quotes)',
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
      `✗ ${names.length} sheets checked: ${Object.values(expected).flat().length} errors`,
    );
    expect(validate.stdout + validate.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('the build fails and lists every one with the same message', () => {
    expect(build.status).not.toBe(0);
    const output = build.stdout + build.stderr;
    expect(output).toContain(`${Object.values(expected).flat().length} problems in the content:`);
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
      '12:8: field "image.src" points to "images/gestolen.jpg", which is a link to another file: put the picture itself next to the sheet',
    ]);
  });

  it('text nested thousands of levels deep is refused with a message, before it can stall or crash the parser', () => {
    const deep = (body: string) => check('/tmp/diep.mdx', Buffer.from(`${minimal}\n${body}\n`));
    const cases: [string, string][] = [
      [
        '> '.repeat(5000),
        '14:1: the text is nested too deeply (5000 levels of lists, quotes or tags inside each other): keep it to a few levels',
      ],
      [
        `${'- '.repeat(50_000)}x`,
        '14:1: the text is nested too deeply (50000 levels of lists, quotes or tags inside each other): keep it to a few levels',
      ],
      [
        `${'<sup>'.repeat(3000)}x${'</sup>'.repeat(3000)}`,
        '14:15001: the text is nested too deeply (3002 levels of lists, quotes or tags inside each other): keep it to a few levels',
      ],
      [
        Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n'),
        '65:1: the line is indented 102 spaces, which nests it too deeply: start it at most a few spaces in',
      ],
      [
        `${'['.repeat(50_000)}x${']'.repeat(50_000)}(https://www.vvsg.be/)`,
        '14:21: more than 20 "[" inside each other: to write a square bracket as text, put a backslash before it: \\[',
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
      'a "javascript:" address can run code or hide content and is not allowed',
    ],
    [
      'JAVASCRIPT:alert(1)',
      'a "javascript:" address can run code or hide content and is not allowed',
    ],
    [
      ' java\tscript:alert(1)',
      'a "javascript:" address can run code or hide content and is not allowed',
    ],
    [
      'java\u0000script:alert(1)',
      'a "javascript:" address can run code or hide content and is not allowed',
    ],
    ['vbscript:msgbox', 'a "vbscript:" address can run code or hide content and is not allowed'],
    [
      'data:text/html,<script>alert(1)</script>',
      'a "data:" address can run code or hide content and is not allowed',
    ],
    ['file:///etc/passwd', '"file:" addresses are not allowed: use https://, mailto: or tel:'],
    ['//evil.example/', 'is not a full address: write it in full, starting with https://'],
    ['/praktijken/', 'is not a full address: write it in full, starting with https://'],
    ['%6Aavascript:alert(1)', 'is not a full address: write it in full, starting with https://'],
    ['', 'has no address: write [text](https://…)'],
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
      '2:8: warning: field "title" contains HTML ("<script>"), which the site shows as plain text: remove the tags (an empty line starts a new paragraph)',
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
