import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadCatalogue, loadVocabularyContext } from '../../src/lib/catalogue/catalogue-fs.ts';
import { importExports, type FileReport } from '../../src/lib/import/run.ts';
import { escapeMarkdown } from '../../src/lib/import/markdown.ts';
import { normaliseLine, parseExport } from '../../src/lib/import/parse.ts';
import { formatReport } from '../../src/lib/import/report.ts';
import type { PracticeData } from '../../src/schema/practice.ts';
import { checkBody } from '../../src/lib/sheet/body-check.ts';
import { parseBody } from '../../src/lib/sheet/body-parse.ts';
import { renderBody } from '../../src/lib/sheet/body-render.ts';
import { checkSheet } from '../../src/lib/sheet/check.ts';
import { decodeSheet } from '../../src/lib/sheet/frontmatter.ts';
import { fold } from '../../src/lib/util/text.ts';
import { makeCatalogue } from '../helpers/catalogue.ts';
import { contentRoot, fixtures } from '../helpers/paths.ts';

const exportsDir = path.join(fixtures, 'exports');
const seed = path.join(fixtures, 'seed-export.txt');
const goodExports = readdirSync(exportsDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => path.join(exportsDir, f));
const context = loadVocabularyContext(contentRoot);

function parseFile(file: string) {
  const decoded = decodeSheet(readFileSync(file));
  if (!decoded.ok) throw new Error(decoded.message);
  return parseExport(decoded.value, { municipalities: context.vocabularies.municipalities });
}

/** Imports into a fresh temporary catalogue; returns the catalogue folder and the result. */
function importInto(
  inputs: string[],
  options: {
    addVocabulary?: boolean;
    title?: string;
    date?: string;
    force?: boolean;
    catalogue?: string;
  } = {},
) {
  const catalogue = options.catalogue ?? makeCatalogue();
  const result = importExports({
    inputs,
    out: path.join(catalogue, 'practices'),
    content: catalogue,
    date: '2025-01-15',
    ...options,
  });
  return { catalogue, result };
}

function reportFor(reports: FileReport[], file: string): FileReport {
  const report = reports.find((r) => r.input === path.resolve(file));
  if (!report) throw new Error(`no report for ${file}`);
  return report;
}

/** The written sheet, checked the way `npm run validate` checks it. */
function readSheet(catalogue: string, sheet: string) {
  const vocab = loadVocabularyContext(catalogue);
  const checked = checkSheet(sheet, readFileSync(sheet), { ...vocab, render: true });
  expect(checked.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return checked as typeof checked & { data: PracticeData; body: string };
}

/** Imports one export that must succeed; returns its report and the checked sheet. */
function importSheet(file: string, options: Parameters<typeof importInto>[1] = {}) {
  const { catalogue, result } = importInto([file], options);
  const report = reportFor(result.reports, file);
  expect(report.notes.filter((n) => n.severity === 'error')).toEqual([]);
  return { catalogue, result, report, ...readSheet(catalogue, report.sheet!) };
}

function textOf(node: ElementContent | Root): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' || node.type === 'root')
    return (node.children as ElementContent[]).map(textOf).join('');
  return '';
}

/** The text of every paragraph and list item of rendered HTML, as a reader sees it. */
function blocksOf(html: string): string[] {
  const blocks: string[] = [];
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'p' || child.tagName === 'li') blocks.push(textOf(child));
      else walk(child);
    }
  };
  walk(fromHtml(html, { fragment: true }));
  return blocks;
}

/** Every text a reader (or a search) can find in a sheet: fields, partners as "name, description", and the rendered body. */
function sheetTexts(data: PracticeData, html: string): string {
  const texts = [
    data.title,
    data.summary,
    data.category,
    ...data.goals,
    ...data.targetGroups,
    ...data.successFactors,
    ...data.challenges,
    ...data.partners.map((p) => (p.description ? `${p.name}, ${p.description}` : p.name)),
    ...data.examples.flatMap((e) => [
      e.municipality,
      e.text,
      ...e.links.map((l) => l.label),
      ...e.contacts.map((c) => c.label),
    ]),
    ...data.policyDomains,
    ...data.keywords,
    data.image?.credit ?? '',
    data.source?.image ?? '',
    data.source?.imageCaption ?? '',
    ...blocksOf(html),
  ];
  return fold(texts.join('\n'));
}

describe('parsing the seed export', () => {
  const parsed = parseFile(seed);

  it('gives every line a role, with the image, caption and footer recognised', () => {
    expect(parsed.lines.filter((l) => l.role === 'unread')).toEqual([]);
    expect(parsed.image).toEqual({ text: '34 - 1.jpg', line: 1 });
    expect(parsed.caption).toEqual({ text: 'Provider image', line: 2 });
    expect(parsed.footer.map((f) => f.text)).toEqual([
      'Staat jouw praktijk nog niet in de databank? Vul dan deze fiche in.',
      'Deze databank bouwen we samen met jullie! Wil je een wijziging, foto, update of opmerking doorgeven? Mail samenleven@vvsg.be.',
    ]);
    expect(parsed.lines.find((l) => l.text === '• Mensen met een beperkt budget')).toMatchObject({
      role: 'item',
      section: 'targetGroups',
    });
  });

  it("reads each municipality block, with the trailing paragraph as Oostende's second paragraph", () => {
    expect(parsed.examples.map((e) => e.municipality)).toEqual([
      'Beersel',
      'Eeklo',
      'Halle',
      'Oostende',
    ]);
    expect(parsed.examples[2]).toMatchObject({
      links: [{ text: 'Meer info' }],
      contacts: [{ text: 'Contact projectmedewerker samenleven' }],
    });
    expect(parsed.examples[3]!.paragraphs.map((p) => p.text)[1]).toBe(
      'UiTPAS vind je in meer dan 65 steden en gemeenten.',
    );
    expect(parsed.notes).toEqual([]);
  });

  it('splits a partner at its first comma, non-breaking space and all', () => {
    expect(parsed.partners[1]).toMatchObject({
      name: 'UiTPAS',
      description:
        'een vrijetijdspas waarmee inwoners voordelig aan tal van cultuur-, sport-, en jeugdactiviteiten kunt deelnemen.',
    });
    expect(parsed.partners[0]).toEqual({ name: 'OCMW', line: 37 });
  });
});

describe('normalising lines', () => {
  it('makes non-breaking and other odd spaces ordinary and collapses runs', () => {
    expect(normaliseLine('\u00a0')).toBe('');
    expect(normaliseLine(' een\u00a0 Kom!pas\u202faanvragen\t ')).toBe('een Kom!pas aanvragen');
    expect(normaliseLine('\ufeffTaal\u200b')).toBe('Taal');
  });
});

describe('the CRLF export with a byte-order mark', () => {
  it('is read like any other: the BOM is gone, non-breaking-space lines are blank', () => {
    const bytes = readFileSync(path.join(exportsDir, 'taalcafe.txt'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.includes('\r\n')).toBe(true);
    const parsed = parseFile(path.join(exportsDir, 'taalcafe.txt'));
    expect(parsed.image?.text).toBe('12 - 1.png');
    expect(parsed.sections.category).toEqual([{ text: 'Taal', line: 8 }]);
    expect(parsed.lines.filter((l) => /\u00a0|\r/.test(l.text))).toEqual([]);
    expect(
      parsed.examples.map((e) => [e.written.text, e.municipality, e.paragraphs.length]),
    ).toEqual([
      ['Kortessem', 'Hasselt', 2],
      ['Genk', 'Genk', 1],
    ]);
  });
});

describe('escaping text for the MDX body', () => {
  const tricky = [
    'Het loket werkt met een formule: {vraag} -> <antwoord>. Niet *alles* moet digitaal, ook niet __alles__.',
    '# Geen titel',
    '1. Geen lijst',
    '2) Ook geen lijst',
    '- geen opsomming',
    '+ ook niet',
    '> geen citaat',
    '&amp; en &#64; blijven letterlijk, net als \\ en `code`',
    '[geen link](https://example.org) | pijp | ~tilde~ <br/> {1+1} <script>alert(1)</script>',
    '=== geen kop',
    'Kom!pas & co: 75% korting',
  ];
  it.each(tricky)('renders %j exactly as written', (text) => {
    const parsed = parseBody(escapeMarkdown(text));
    if (!parsed.ok) throw new Error(parsed.issue.message);
    expect(checkBody(parsed.tree)).toEqual([]);
    expect(blocksOf(renderBody(parsed.tree).html)).toEqual([text]);
  });
});

describe('importing the seed', () => {
  it("gives the hand-made sheet's fields, given its title and date", () => {
    const { catalogue, result } = importInto([seed], {
      title: 'Kansenpas of vrijetijdscheque voor mensen met een beperkt budget',
      date: '2026-11-25',
    });
    expect(result.ok).toBe(true);
    const sheet = reportFor(result.reports, seed).sheet!;
    expect(path.basename(sheet)).toBe(
      'kansenpas-of-vrijetijdscheque-voor-mensen-met-een-beperkt-budget.mdx',
    );
    const imported = readSheet(catalogue, sheet).data;
    const handMade = readSheet(
      contentRoot,
      path.join(contentRoot, 'practices/kansenpas-en-vrijetijdscheque.mdx'),
    ).data;
    expect(imported).toEqual({
      ...handMade,
      source: { ...handMade.source, file: 'seed-export.txt' },
    });
  });

  it('reports the provisional title, the addresses the export lost and the missing image', () => {
    const { result } = importInto([seed]);
    const report = reportFor(result.reports, seed);
    expect(report.status).toBe('written');
    expect(report.titleFrom).toBe('provisional');
    const attention = report.notes.filter((n) => n.severity === 'attention').map((n) => n.message);
    expect(attention).toHaveLength(5);
    expect(attention[0]).toMatch(
      /geen titel, dus de fiche kreeg een voorlopige titel uit de intro \("Veel lokale besturen werken met een kansenpas/,
    );
    expect(attention).toContain(
      'Beersel: "Contact integratieambtenaar" heeft geen adres (de export verloor het): voeg een email, phone of url toe',
    );
    expect(attention).toContain(
      'Halle: de link "Meer info" heeft geen adres (de export verloor het): voeg url: https://... toe',
    );
    expect(attention.at(-1)).toMatch(
      /^de afbeelding "34 - 1.jpg" staat niet naast de export: haar naam staat in source.image/,
    );
    // The sheet remembers that its title is provisional, so the worklist finds it later.
    const written = parse(readFileSync(report.sheet!, 'utf8').split('---\n')[1]!) as {
      title: string;
      source: { provisionalTitle?: string };
    };
    expect(written.source.provisionalTitle).toBe(written.title);
    expect(written.title).toBe(report.title);
    const beersel = report.notes.find((n) => n.message.startsWith('Beersel'))!;
    expect(beersel.line).toBe(49);
    const sheetLines = readFileSync(report.sheet!, 'utf8').split('\n');
    expect(sheetLines[beersel.sheetLine! - 1]).toContain('label: Contact integratieambtenaar');
  });
});

describe('nothing is lost', () => {
  it.each([seed, ...goodExports].map((f) => path.basename(f)))(
    'every content line of %s is in its sheet',
    (name) => {
      const file = name === 'seed-export.txt' ? seed : path.join(exportsDir, name);
      const { data, rendered } = importSheet(file, { addVocabulary: true });
      const haystack = sheetTexts(data, rendered!.html);
      const text = readFileSync(file, 'utf8');
      const content = text
        .split(/\r?\n/)
        .map((line, index) => ({ line: index + 1, text: normaliseLine(line).replace(/^•\s*/, '') }))
        .filter(
          (l) =>
            l.text &&
            !/^(Categorie|Doelen|Doelgroep|Beschrijving|Succesfactoren|Uitdagingen|Partners|Deze praktijk in|Beleidsdomeinen)$/.test(
              l.text,
            ),
        )
        .filter(
          (l) => !/^(Staat jouw praktijk nog niet|Deze databank bouwen we samen)/.test(l.text),
        );
      expect(content.length).toBeGreaterThanOrEqual(5);
      const missing = content.filter(
        (l) => !haystack.includes(fold(l.text)) && !(data.image && l.line === 1),
      );
      expect(missing).toEqual([]);
    },
  );
});

describe('varied exports', () => {
  it("copies an image that sits next to the export into the sheet's images folder", () => {
    const file = path.join(exportsDir, 'taalcafe.txt');
    const { catalogue, report, data } = importSheet(file);
    expect(data.image).toMatchObject({
      src: `images/${path.basename(report.sheet!, '.mdx')}.png`,
      credit: 'Foto: Stad Hasselt',
    });
    expect(readFileSync(path.join(catalogue, 'practices', data.image!.src))).toEqual(
      readFileSync(path.join(exportsDir, '12 - 1.png')),
    );
    expect(data.source).toEqual({
      system: 'VVSG-databank goede praktijken',
      file: 'taalcafe.txt',
      provisionalTitle: data.title,
    });
    expect(
      report.notes.some(
        (n) => n.severity === 'attention' && /schrijf haar alternatieve tekst/.test(n.message),
      ),
    ).toBe(true);
  });

  it("files a former municipality under today's, keeping the old name as a keyword", () => {
    const file = path.join(exportsDir, 'taalcafe.txt');
    const { report, data, problems } = importSheet(file);
    expect(data.examples.map((e) => e.municipality)).toEqual(['Hasselt', 'Genk']);
    expect(data.keywords).toEqual(['Kortessem']);
    expect(problems.filter((p) => /Kortessem/.test(p.message))).toEqual([]);
    expect(
      report.notes.find((n) => n.message.startsWith('Kortessem is nu deel van Hasselt')),
    ).toMatchObject({ severity: 'attention', line: 46 });
  });

  it('keeps MDX syntax characters as text, in fields and in the description', () => {
    const file = path.join(exportsDir, 'spreekuur.txt');
    const { data, rendered } = importSheet(file);
    expect(data.goals[0]).toBe('Drempels <verlagen> voor {iedereen}');
    expect(data.examples[1]!.text).toBe(
      'In Leuven <staat> het loket {elke} woensdag open in het stadhuis.',
    );
    const description = parseFile(file).description.flatMap((b) =>
      b.kind === 'paragraph' ? [b.item.text] : b.items.map((i) => i.text),
    );
    expect(blocksOf(rendered!.html)).toEqual(description);
    expect(description).toContain(
      '[geen link](https://example.org) en | een pijp | en ~tilde~ <br/> {1+1}',
    );
  });

  it('imports a partner without description and a municipality with only links', () => {
    const file = path.join(exportsDir, 'spreekuur.txt');
    const { report, data } = importSheet(file);
    expect(data.partners).toEqual([
      { name: 'Vzw De Brug' },
      { name: 'CAW', description: 'voor de doorverwijzing <en> opvolging' },
    ]);
    expect(data.examples[0]).toEqual({
      municipality: 'Gent',
      text: 'Deze praktijk loopt ook in Gent.',
      links: [{ label: 'Meer info' }],
      contacts: [{ label: 'Contact sociaal huis' }],
      status: 'lopend',
    });
    expect(
      report.notes.find((n) => n.message.startsWith('Gent heeft in de export geen tekst'))
        ?.severity,
    ).toBe('attention');
    expect(data.source).toMatchObject({ image: '56 - 2.jpg', imageCaption: 'Provider image' });
    expect(data.image).toBeUndefined();
  });

  it('imports an export with only the required sections', () => {
    const file = path.join(exportsDir, 'moestuin.txt');
    const { data, body } = importSheet(file);
    expect(data).toMatchObject({
      category: 'Samenleven in de buurt',
      goals: ['Ontmoeting in de buurt'],
      targetGroups: ['Alle inwoners'],
      policyDomains: ['Omgeving'],
      examples: [],
      partners: [],
    });
    expect(body).toBe('');
    expect(data.source).toEqual({
      system: 'VVSG-databank goede praktijken',
      file: 'moestuin.txt',
      provisionalTitle: data.title,
    });
  });

  it('tells a paragraph from a municipality by the list, and a label from a paragraph by its shape', () => {
    const parsed = parseFile(path.join(exportsDir, 'vrijetijdspas.txt'));
    expect(
      parsed.examples.map((e) => [
        e.municipality,
        e.paragraphs.length,
        e.links.map((l) => l.text),
        e.contacts.map((c) => c.text),
      ]),
    ).toEqual([
      ['Sint-Niklaas', 2, ['Reglement vrijetijdspas'], ['Contact jeugddienst']],
      ['Sint-Truiden', 2, ['Meer info'], []],
      ['Lommel', 2, [], []],
    ]);
    expect(parsed.notes.map((n) => [n.severity, n.line])).toEqual([['attention', 44]]);
  });

  it("names a target group listed twice once, and uses the list's spelling of a name", () => {
    const file = path.join(exportsDir, 'vrijetijdspas.txt');
    const { data } = importSheet(file);
    expect(data.targetGroups).toEqual(['Kinderen en jongeren', 'Mensen met een beperkt budget']);
    expect(data.examples[1]!.municipality).toBe('Sint-Truiden');
  });
});

describe('vocabulary the lists do not have', () => {
  const file = path.join(exportsDir, 'digitaal-huis.txt');

  it('stops the import, naming each unknown term and its line', () => {
    const { catalogue, result } = importInto([file]);
    expect(result.ok).toBe(false);
    const report = reportFor(result.reports, file);
    expect(report.status).toBe('failed');
    expect(
      report.notes
        .filter((n) => n.severity === 'error')
        .map((n) => [n.line, n.message.split('.')[0]]),
    ).toEqual([
      [7, '"Digitale inclusie" staat niet in de lijst van categorieën'],
      [15, '"Mensen met weinig digitale vaardigheden" staat niet in de lijst van doelgroepen'],
      [28, '"Digitalisering" staat niet in de lijst van beleidsdomeinen'],
    ]);
    expect(readdirSync(path.join(catalogue, 'practices'))).toEqual([]);
    expect(readFileSync(path.join(catalogue, 'vocabularies/categories.yaml'), 'utf8')).toBe(
      readFileSync(path.join(contentRoot, 'vocabularies/categories.yaml'), 'utf8'),
    );
  });

  it('with --add-vocabulary, appends them to the vocabulary files and the catalogue validates', () => {
    const { catalogue, result } = importInto([file], { addVocabulary: true });
    expect(result.ok).toBe(true);
    const report = reportFor(result.reports, file);
    expect(report.addedTerms?.map((t) => [t.key, t.name, t.slug])).toEqual([
      ['categories', 'Digitale inclusie', 'digitale-inclusie'],
      [
        'targetGroups',
        'Mensen met weinig digitale vaardigheden',
        'mensen-met-weinig-digitale-vaardigheden',
      ],
      ['policyDomains', 'Digitalisering', 'digitalisering'],
    ]);
    const categories = readFileSync(path.join(catalogue, 'vocabularies/categories.yaml'), 'utf8');
    expect(
      categories.startsWith(
        readFileSync(path.join(contentRoot, 'vocabularies/categories.yaml'), 'utf8'),
      ),
    ).toBe(true);
    expect(categories).toMatch(
      /# Toegevoegd door `npm run import` uit digitaal-huis.txt: kijk de naam na en voeg een beschrijving toe.\n- name: Digitale inclusie\n {2}slug: digitale-inclusie\n$/,
    );
    const catalogueCheck = loadCatalogue(catalogue);
    expect(catalogueCheck.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const { data, body } = readSheet(catalogue, report.sheet!);
    expect(data.targetGroups).toEqual(['Mensen met weinig digitale vaardigheden', 'Senioren']);
    expect(data.policyDomains).toEqual(['Digitalisering', 'Welzijn en gezondheid']);
    // The intro's second paragraph starts the description.
    expect(body.trim()).toBe('Wie geen computer heeft, kan er ook een lenen.');
  });

  it('adds a term once when several exports use it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'praktijkbank-exports-'));
    cpSync(file, path.join(dir, 'a.txt'));
    cpSync(file, path.join(dir, 'b.txt'));
    const { catalogue, result } = importInto([dir], { addVocabulary: true });
    expect(result.reports.map((r) => r.status)).toEqual(['written', 'written']);
    expect(result.reports[1]!.addedTerms ?? []).toEqual([]);
    const categories = readFileSync(path.join(catalogue, 'vocabularies/categories.yaml'), 'utf8');
    expect(categories.match(/name: Digitale inclusie/g)).toHaveLength(1);
    // Same provisional title, so the second sheet gets the next free address.
    expect(result.reports.map((r) => path.basename(r.sheet!))).toEqual([
      'in-het-digitaal-huis-helpen-vrijwilligers-inwoners-met-hun.mdx',
      'in-het-digitaal-huis-helpen-vrijwilligers-inwoners-met-hun-2.mdx',
    ]);
  });
});

describe('text in an unexpected place', () => {
  const write = (text: string) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'praktijkbank-exports-'));
    const file = path.join(dir, 'export.txt');
    writeFileSync(file, text);
    return file;
  };
  const minimal = (examples: string, domains: string) =>
    `Een intro die lang genoeg is voor een samenvatting.\n\nCategorie\n\nTaal\n\nDoelen\n\n • Oefenen\n\nDoelgroep\n\n • Nieuwkomers\n\n${examples}Beleidsdomeinen\n\n${domains}`;

  it('puts a sentence before the first municipality in the description, and says so', () => {
    const file = write(
      minimal(
        'Deze praktijk in\n\nIn deze gemeenten loopt de praktijk al enkele jaren:\n\nGent\n\nIn Gent loopt het project in elke bibliotheek.\n\n',
        ' • Cultuur\n',
      ),
    );
    const { report, data, body } = importSheet(file);
    expect(body.trim()).toBe('In deze gemeenten loopt de praktijk al enkele jaren:');
    expect(data.examples.map((e) => e.municipality)).toEqual(['Gent']);
    expect(report.notes.find((n) => n.line === 17)).toMatchObject({
      severity: 'attention',
      message: expect.stringMatching(/vóór de eerste gemeente werd bij de beschrijving/),
    });
  });

  it('never adds a sentence to a vocabulary, even with --add-vocabulary', () => {
    const file = write(
      minimal('', ' • Cultuur\n\nMeer weten? Bel de stad op het nummer in de folder.\n'),
    );
    const { catalogue, result } = importInto([file], { addVocabulary: true });
    const report = reportFor(result.reports, file);
    expect(report.status).toBe('failed');
    expect(report.notes.filter((n) => n.severity === 'error')).toEqual([
      expect.objectContaining({
        line: 19,
        message: expect.stringMatching(
          /^"Meer weten\? Bel de stad .*" onder "Beleidsdomeinen" is geen naam van een beleidsdomein \(het leest als een zin\)/,
        ),
      }),
    ]);
    expect(
      readFileSync(path.join(catalogue, 'vocabularies/policy-domains.yaml'), 'utf8'),
    ).not.toContain('Meer weten');
  });

  it('imports an export given twice on the command line once', () => {
    const file = path.join(exportsDir, 'moestuin.txt');
    const { catalogue, result } = importInto([
      file,
      exportsDir.replace(/exports$/, 'exports/./') + 'moestuin.txt',
    ]);
    expect(result.reports.filter((r) => r.status !== 'skipped')).toHaveLength(1);
    expect(readdirSync(path.join(catalogue, 'practices'))).toHaveLength(1);
  });
});

describe('exports that cannot be imported', () => {
  const broken = (name: string) => path.join(exportsDir, 'broken', name);

  it('refuses each with its reason and line, and still imports the others', () => {
    const { catalogue, result } = importInto([
      path.join(exportsDir, 'broken'),
      path.join(exportsDir, 'moestuin.txt'),
    ]);
    expect(result.ok).toBe(false);
    const errors = (name: string) =>
      reportFor(result.reports, broken(name))
        .notes.filter((n) => n.severity === 'error')
        .map((n) => [n.line, n.message]);
    expect(errors('not-an-export.txt')).toEqual([
      [
        1,
        expect.stringMatching(
          /^dit is geen export van de oude databank: geen van haar sectietitels/,
        ),
      ],
    ]);
    expect(errors('latin1.txt')).toEqual([
      [
        1,
        expect.stringMatching(
          /^de export is geen geldige UTF-8 \(byte 0xeb op positie 27\): bewaar de export als UTF-8/,
        ),
      ],
    ]);
    expect(errors('unknown-municipality.txt')).toEqual([
      [
        17,
        expect.stringMatching(
          /^onbekende gemeente "Beersell" .* Bedoel je "Beersel" of "Beerse"\?/,
        ),
      ],
      [
        23,
        expect.stringMatching(
          /^onbekende gemeente "Parijs" onder "Deze praktijk in" \(er volgt een alinea op/,
        ),
      ],
    ]);
    expect(errors('missing-sections.txt')).toEqual([
      [
        9,
        'de export noemt 2 categorieën (regels 8, 9), maar een fiche heeft er precies één: hou in de export de categorie die het best past',
      ],
      [undefined, expect.stringMatching(/^de export heeft geen sectie "Doelen"/)],
      [undefined, expect.stringMatching(/^de export heeft geen sectie "Beleidsdomeinen"/)],
    ]);
    expect(reportFor(result.reports, path.join(exportsDir, 'moestuin.txt')).status).toBe('written');
    expect(readdirSync(path.join(catalogue, 'practices'))).toEqual([
      'buurtbewoners-maken-samen-een-moestuin-op-een-braakliggend.mdx',
    ]);
  });
});

describe('importing again', () => {
  const file = path.join(exportsDir, 'taalcafe.txt');

  it('gives byte-identical output, and reports the sheet as unchanged', () => {
    const first = importInto([file]);
    const second = importInto([file]);
    const a = reportFor(first.result.reports, file);
    const b = reportFor(second.result.reports, file);
    expect(readFileSync(b.sheet!)).toEqual(readFileSync(a.sheet!));
    const again = importInto([file], { catalogue: first.catalogue });
    expect(again.result.ok).toBe(true);
    expect(reportFor(again.result.reports, file).status).toBe('unchanged');
    expect(readFileSync(a.sheet!)).toEqual(readFileSync(b.sheet!));
  });

  it('never overwrites an edited sheet without --force, and keeps its title and date with it', () => {
    const { catalogue, result } = importInto([file]);
    const sheet = reportFor(result.reports, file).sheet!;
    const edited = readFileSync(sheet, 'utf8')
      .replace(/^title: .*$/m, 'title: Taalcafé in de bibliotheek')
      .replace('Een vaste plaats', 'Een vaste, bekende plaats');
    writeFileSync(sheet, edited);
    const refused = importInto([file], { catalogue, date: '2030-01-01' });
    expect(refused.result.ok).toBe(false);
    expect(reportFor(refused.result.reports, file).notes.at(-1)?.message).toMatch(
      /bestaat al en verschilt van wat deze import zou schrijven .*--force/,
    );
    expect(readFileSync(sheet, 'utf8')).toBe(edited);
    const forced = importInto([file], { catalogue, force: true, date: undefined });
    expect(forced.result.ok).toBe(true);
    const text = readFileSync(sheet, 'utf8');
    expect(text).toContain('title: Taalcafé in de bibliotheek');
    expect(text).toContain('Een vaste plaats en een vast uur.');
    expect(text).toContain('published: 2025-01-15');
  });

  it("takes the export file's date as the publication date unless --date is given", () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'praktijkbank-exports-'));
    const copy = path.join(dir, 'moestuin.txt');
    cpSync(path.join(exportsDir, 'moestuin.txt'), copy);
    utimesSync(copy, new Date('2019-05-06T10:00:00Z'), new Date('2019-05-06T10:00:00Z'));
    const { result } = importInto([copy], { date: undefined });
    const report = reportFor(result.reports, copy);
    expect([report.published, report.publishedFrom]).toEqual(['2019-05-06', 'file date']);
    expect(readFileSync(report.sheet!, 'utf8')).toContain('published: 2019-05-06');
  });
});

describe('the report', () => {
  it('lists per export what was written and what an editor must do, with sheet lines', () => {
    const { result } = importInto([
      path.join(exportsDir, 'spreekuur.txt'),
      path.join(exportsDir, 'broken/not-an-export.txt'),
    ]);
    const text = formatReport(result);
    expect(text).toMatch(
      /✓ .*spreekuur\.txt\n {4}schreef .*een-spreekuur-voor-iedereen-ook-zonder-afspraak-de-sociale\.mdx\n {4}gepubliceerd: 2025-01-15 \(ingesteld met --date\)\n {2}Voor de redactie \(\d+\):/,
    );
    expect(text).toMatch(
      /sociale\.mdx:\d+: Gent: "Contact sociaal huis" heeft geen adres \(de export verloor het\): voeg een email, phone of url toe \(exportregel 41\)/,
    );
    expect(text).toMatch(
      /✗ .*not-an-export\.txt: niet geïmporteerd\n {4}.*not-an-export\.txt:1: dit is geen export van de oude databank/,
    );
    expect(text.trim().split('\n').at(-2)).toMatch(
      /^✗ 1 van 2 exports geïmporteerd, 1 niet geïmporteerd; \d+ punten voor de redactie\.$/,
    );
    expect(
      existsSync(reportFor(result.reports, path.join(exportsDir, 'spreekuur.txt')).sheet!),
    ).toBe(true);
  });
});
