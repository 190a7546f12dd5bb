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
    '14:14: adressen tussen < en > worden niet ondersteund: schrijf het adres zonder (https://www.vvsg.be/buddy) of als link [tekst](https://www.vvsg.be/buddy)',
  ],
  'body-html-bold': [
    '14:20: het HTML-element <b> mag niet in een fiche: schrijf **vet** in Markdown',
  ],
  'body-html-comment': [
    '14:2: HTML-commentaar <!-- … --> wordt niet ondersteund: schrijf commentaar als {/* … */}, of verwijder het',
  ],
  'body-image': [
    '14:1: afbeeldingen in de tekst worden niet ondersteund: zet de afbeelding in het veld "image" van de fiche (met haar alternatieve tekst)',
  ],
  'body-quote-inline': [
    '14:29: <Quote> is een blok: zet <Quote …> en </Quote> elk op een eigen regel, met de tekst ertussen',
  ],
  'body-quote-without-by': [
    '14:1: <Quote> heeft het attribuut by="…" nodig (Wie het zei, bv. "Jan, sportcoach in Oostende".)',
  ],
  'body-relative-link': [
    '14:9: link naar "/praktijken/kansenpas-en-vrijetijdscheq…": is geen volledig adres: schrijf het volledig uit, beginnend met https://',
  ],
  'body-unclosed-callout': [
    '14:1: <Callout> is niet gesloten: zet </Callout> op een eigen regel na de tekst (of schrijf <Callout … /> als er geen tekst in staat)',
  ],
  'body-unknown-callout-type': [
    '14:1: <Callout type="waarschuwing"> is geen gekende waarde: gebruik "info", "tip" of "let-op"',
  ],
  empty: [
    '1:1: het bestand is leeg: een fiche begint met haar velden (title, summary, ...) tussen twee regels "---" (`npm run new -- "Titel"` maakt een sjabloon)',
  ],
  'example-unknown-field': [
    '14:5: onbekend veld "contact" in "examples[0]". Bedoel je "contacts"? Gekende velden: municipality, text, contacts, links, status, reviewed',
  ],
  'front-matter-is-a-list': [
    '2:1: de front matter moet velden bevatten zoals "title: ...", één per regel, geen lijst of losse waarde',
  ],
  'front-matter-not-closed': [
    '1:1: de front matter is niet afgesloten: zet een regel "---" na het laatste veld',
  ],
  'goals-empty-item': ['6:4: veld "goals[0]" is leeg: vul het in of verwijder de regel'],
  'goals-not-a-list': [
    '5:8: veld "goals" (Doelen) moet een lijst zijn (regels die beginnen met "- "), maar is tekst',
  ],
  'image-absolute-path': [
    '12:8: veld "image.src" (Bestand) moet een pad naast de fiche zijn, zoals "images/kansenpas.jpg" (jpg, png, webp of avif)',
  ],
  'image-alt-empty': ['13:8: veld "image.alt" (Alternatieve tekst) mag niet leeg zijn: vul het in'],
  'image-alt-file-name': [
    '13:8: veld "image.alt" (Alternatieve tekst) is een bestandsnaam ("buddy.png"): beschrijf in de plaats wat er op de afbeelding te zien is',
  ],
  'image-alt-says-nothing': [
    '13:8: veld "image.alt" (Alternatieve tekst) ("IMG_2041") zegt niets over de afbeelding: beschrijf wat er te zien is',
  ],
  'image-missing': [
    '12:8: veld "image.src" (Bestand) klopt niet: de afbeelding "images/buddy.jpg" staat niet naast de fiche (gezocht: "tests/fixtures/sheets/broken/images/buddy.jpg"): voeg het bestand toe of verbeter het pad',
  ],
  'image-not-an-image': [
    '12:8: veld "image.src" (Bestand) klopt niet: de afbeelding "images/not-an-image.jpg" is geen JPEG, PNG, WebP of AVIF-afbeelding: exporteer ze opnieuw in een van die formaten',
  ],
  'impossible-date': [
    '11:12: veld "published" (Gepubliceerd) is geen geldige datum: schrijf ze als JJJJ-MM-DD, bv. 2025-03-31',
  ],
  'invalid-date': [
    '11:12: veld "published" (Gepubliceerd) is geen geldige datum: schrijf ze als JJJJ-MM-DD, bv. 2025-03-31',
  ],
  'invalid-email': [
    '16:16: veld "examples[0].contacts[0].email" (E-mailadres) is geen geldig e-mailadres: schrijf het zoals naam@gemeente.be',
  ],
  'invalid-phone': [
    '16:16: veld "examples[0].contacts[0].phone" (Telefoon) is geen geldig telefoonnummer: schrijf het zoals +32 2 211 55 00',
  ],
  'invalid-url': [
    '13:10: veld "partners[0].url" (Webadres) is geen geldig webadres: schrijf het volledig, beginnend met https://',
  ],
  'latin-1-encoding': [
    '3:97: het bestand is geen geldige UTF-8 (byte 0xe9 op positie 137): bewaar het bestand als UTF-8 in je editor ("Opslaan met codering" → UTF-8)',
  ],
  'missing-published': [
    '2:1: verplicht veld "published" (Gepubliceerd) ontbreekt: voeg het toe aan de front matter',
  ],
  'missing-title': [
    '2:1: verplicht veld "title" (Titel) ontbreekt: voeg het toe aan de front matter',
  ],
  'municipality-twice': [
    '14:19: veld "examples[1].municipality" (Gemeente) noemt "Gent" een tweede keer (eerst in voorbeeld 1): voeg de twee voorbeelden samen',
  ],
  'no-front-matter': [
    '1:1: de fiche moet beginnen met een regel "---", dan de velden (title, summary, ...), dan nog een regel "---"',
  ],
  'summary-too-short': ['3:10: veld "summary" (Intro) is te kort: schrijf minstens 20 tekens'],
  'target-group-twice': [
    '9:5: veld "targetGroups[1]" noemt "Nieuwkomers" twee keer: verwijder er één',
  ],
  'target-groups-empty': [
    '7:15: veld "targetGroups" (Doelgroep) heeft minstens één doelgroep nodig: voeg er een toe',
  ],
  'title-is-a-number': ['2:8: veld "title" (Titel) moet tekst zijn, maar is het getal 2025'],
  'unknown-category': [
    '4:11: veld "category" (Categorie) noemt "Onthaal en integratei", maar die naam staat niet in de lijst van categorieën. Bedoel je "Onthaal en integratie"? Gebruik een naam uit content/vocabularies/categories.yaml, of vraag de redactie om die naam daar toe te voegen.',
  ],
  'unknown-field': [
    '2:1: verplicht veld "title" (Titel) ontbreekt: voeg het toe aan de front matter',
    `2:1: onbekend veld "titel". Bedoel je "title"? Gekende velden: ${topFields}`,
  ],
  'unknown-municipality': [
    '12:19: veld "examples[0].municipality" (Gemeente) noemt "Beersell", maar die naam staat niet in de lijst van gemeenten. Bedoel je "Beersel" of "Beerse"? Gebruik een naam uit content/vocabularies/municipalities.yaml, of vraag de redactie om die naam daar toe te voegen.',
  ],
  'unknown-policy-domain': [
    '10:5: veld "policyDomains[0]" noemt "Integratie & inburgering", maar die naam staat niet in de lijst van beleidsdomeinen. Bedoel je "Integratie en inburgering"? Gebruik een naam uit content/vocabularies/policy-domains.yaml, of vraag de redactie om die naam daar toe te voegen.',
  ],
  'unknown-status': ['12:9: veld "status" (Status) moet "published" of "draft" zijn'],
  'unknown-target-group': [
    '8:5: veld "targetGroups[0]" noemt "Nieuwkomer", maar die naam staat niet in de lijst van doelgroepen. Bedoel je "Nieuwkomers"? Gebruik een naam uit content/vocabularies/target-groups.yaml, of vraag de redactie om die naam daar toe te voegen.',
  ],
  'updated-before-published': [
    '12:10: veld "updated" (Bijgewerkt) (2024-12-01) ligt vóór de publicatiedatum (2025-01-15): een fiche kan niet bijgewerkt zijn voor ze verscheen; kijk beide datums na',
  ],
  'yaml-duplicate-field': [
    '12:1: de front matter is geen geldige YAML: een veld staat er twee keer: hou er één',
  ],
  'yaml-syntax': [
    '11:22: de front matter is geen geldige YAML: een aanhalingsteken of haakje is niet gesloten: sluit het',
  ],
  'yaml-tab-indent': [
    '6:1: de front matter is geen geldige YAML: spring in met spaties, niet met tabs',
  ],
  'yaml-unquoted-colon': [
    '3:10: de front matter is geen geldige YAML: een regel springt verkeerd in, of een waarde met ": " moet tussen aanhalingstekens',
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
        `1:1: het bestand is ${(Buffer.byteLength(megabytes) / 1024 / 1024).toFixed(1).replace('.', ',')} MB, groter dan een fiche mag zijn (${maxSheetBytes / 1024} KB): hou de tekst bij wat een lezer nodig heeft en verwijs naar langere teksten met een link`,
      ],
    },
    binary: {
      bytes: pngBytes,
      messages: [
        '1:1: het bestand is geen geldige UTF-8 (byte 0x89 op positie 0): bewaar het bestand als UTF-8 in je editor ("Opslaan met codering" → UTF-8)',
      ],
    },
    'nul-byte': {
      bytes: Buffer.from(minimal.replace('Nieuwkomers sneller', 'Nieuwkomers\u0000 sneller')),
      messages: [
        '6:16: het bestand bevat het onzichtbare stuurteken U+0000: het is geen gewoon tekstbestand of het werd beschadigd; verwijder het teken, of kopieer de tekst naar een nieuw bestand dat je als UTF-8 bewaart',
      ],
    },
    'utf-16': {
      bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(minimal, 'utf16le')]),
      messages: [
        '1:1: het bestand is bewaard als UTF-16 ("Unicode"), niet als UTF-8: bewaar het bestand als UTF-8 in je editor ("Opslaan met codering" → UTF-8)',
      ],
    },
    'image-too-large': {
      bytes: Buffer.from(withImage('images/groot.jpg')),
      messages: [
        '12:8: veld "image.src" (Bestand) klopt niet: de afbeelding "images/groot.jpg" is te groot (3,0 MB): verklein ze tot hoogstens 2 MB, bv. 1600 px breed',
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
      `${second}:1:1: heeft dezelfde naam "buddy" als ${first}, zodat beide het adres /praktijken/buddy/ zouden krijgen: hernoem er een`,
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
      `✗ ${Object.keys(expected).length} fiches gecontroleerd: ${count} fouten, 0 waarschuwingen`,
    );
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(hashes()).toEqual(before);
  });
});
