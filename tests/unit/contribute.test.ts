/**
 * The contribution form's pure parts: the form tree derived from the schema, form values
 * to MDX that `npm run validate` accepts, the Dutch messages, and the links out (the
 * forge's new-file link and its length limit, the e-mail).
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadVocabularyContext } from '../../src/lib/catalogue/catalogue-fs.ts';
import { formSpec, notInForm, specAt, type FieldSpec } from '../../src/lib/contribute/form-spec.ts';
import {
  forgeOf,
  mailtoLink,
  maxNewFileLinkLength,
  newFileLink,
} from '../../src/lib/contribute/links.ts';
import { dutchMessage } from '../../src/lib/contribute/messages.ts';
import {
  escapeBody,
  formToInput,
  sheetToMdx,
  type FormValues,
} from '../../src/lib/contribute/sheet.ts';
import { slugForTitle } from '../../src/lib/sheet/write.ts';
import { checkSheet } from '../../src/lib/sheet/check.ts';
import {
  fieldsOf,
  isRequired,
  kindOf,
  toJsonSchema,
  type JsonSchema,
} from '../../src/schema/json-schema.ts';
import { makeCatalogue } from '../helpers/catalogue.ts';
import { contentRoot, fixtures } from '../helpers/paths.ts';

const context = loadVocabularyContext(contentRoot);
const fields = formSpec(context.schema);
const complete = JSON.parse(
  readFileSync(path.join(fixtures, 'contribute/complete-sheet.json'), 'utf8'),
) as { values: FormValues; body: string };

/** A 1×1 PNG, so sheets that name an image pass the image check. */
const tinyPng = readFileSync(path.join(fixtures, 'contribute/buddy-in-de-bib.png'));

function checkText(name: string, text: string, images: string[] = []) {
  const dir = makeCatalogue({ [name]: text });
  for (const image of images) {
    mkdirSync(path.join(dir, 'practices', path.dirname(image)), { recursive: true });
    writeFileSync(path.join(dir, 'practices', image), tinyPng);
  }
  return checkSheet(path.join(dir, 'practices', name), Buffer.from(text), {
    ...context,
    displayName: () => name,
    render: true,
  });
}

function validate(values: FormValues) {
  const input = formToInput(fields, values);
  const result = context.schema.safeParse(input);
  return { input, result };
}

/** Every key path of the schema, lists as "[]": "examples[].contacts[].email". */
function schemaPaths(group: JsonSchema, prefix = ''): string[] {
  return fieldsOf(group).flatMap((key) => {
    const field = group.properties![key]!;
    const name = `${prefix}${key}`;
    const element = kindOf(field) === 'list' ? field.items : undefined;
    if (element && kindOf(element) === 'group')
      return [name, ...schemaPaths(element, `${name}[].`)];
    if (kindOf(field) === 'group') return [name, ...schemaPaths(field, `${name}.`)];
    return [name];
  });
}

function specPaths(list: readonly FieldSpec[], prefix = ''): string[] {
  return list.flatMap((spec) => {
    const name = `${prefix}${spec.key}`;
    if (spec.kind === 'groups') return [name, ...specPaths(spec.fields, `${name}[].`)];
    if (spec.kind === 'group') return [name, ...specPaths(spec.fields, `${name}.`)];
    return [name];
  });
}

describe('the form tree', () => {
  it('has every field of the schema, in its order, with its Dutch title and help text', () => {
    expect(specPaths(fields)).toEqual(schemaPaths(toJsonSchema(context.schema)));
    const title = specAt(fields, ['title']);
    expect(title).toMatchObject({
      kind: 'text',
      input: 'text',
      title: 'Titel',
      required: true,
      minLength: 5,
      maxLength: 120,
    });
    expect(title?.description).toMatch(/titel van de praktijk/);
  });

  it("knows each field's kind of control from the schema", () => {
    expect(specAt(fields, ['summary'])).toMatchObject({ kind: 'text', input: 'textarea' });
    expect(specAt(fields, ['category'])).toMatchObject({
      kind: 'term',
      vocabulary: 'categories',
      required: true,
    });
    expect(specAt(fields, ['targetGroups'])).toMatchObject({
      kind: 'terms',
      vocabulary: 'targetGroups',
      minItems: 1,
      required: true,
    });
    expect(specAt(fields, ['goals'])).toMatchObject({ kind: 'texts', minItems: 1, required: true });
    expect(specAt(fields, ['successFactors'])).toMatchObject({
      kind: 'texts',
      minItems: 0,
      required: false,
    });
    expect(specAt(fields, ['examples'])).toMatchObject({ kind: 'groups', required: false });
    expect(specAt(fields, ['examples', 0, 'municipality'])).toMatchObject({
      kind: 'term',
      vocabulary: 'municipalities',
    });
    expect(specAt(fields, ['examples', 0, 'contacts', 0, 'email'])).toMatchObject({
      kind: 'text',
      input: 'email',
      required: false,
    });
    expect(specAt(fields, ['examples', 0, 'contacts', 0, 'phone'])).toMatchObject({ input: 'tel' });
    expect(specAt(fields, ['partners', 0, 'url'])).toMatchObject({ input: 'url' });
    expect(specAt(fields, ['published'])).toMatchObject({ input: 'date', required: true });
    expect(specAt(fields, ['status'])).toMatchObject({
      kind: 'choice',
      options: ['published', 'draft'],
      default: 'published',
      required: false,
    });
    expect(specAt(fields, ['image'])).toMatchObject({ kind: 'group', required: false });
  });

  it('offers the scales as optional pick-lists, the evidence as a group and the years as numbers', () => {
    expect(specAt(fields, ['stage'])).toMatchObject({
      kind: 'term',
      vocabulary: 'stages',
      required: false,
      title: 'Fase',
    });
    expect(specAt(fields, ['cost'])).toMatchObject({
      kind: 'term',
      vocabulary: 'costBands',
      required: false,
    });
    expect(specAt(fields, ['effort'])).toMatchObject({
      kind: 'term',
      vocabulary: 'effortBands',
      required: false,
    });
    expect(specAt(fields, ['evidence'])).toMatchObject({ kind: 'group', required: false });
    expect(specAt(fields, ['evidence', 'level'])).toMatchObject({
      kind: 'term',
      vocabulary: 'evidenceLevels',
      required: true,
    });
    expect(specAt(fields, ['evidence', 'report'])).toMatchObject({
      kind: 'text',
      input: 'url',
      required: false,
    });
    expect(specAt(fields, ['evidence', 'year'])).toMatchObject({
      kind: 'number',
      minimum: 1900,
      maximum: 2100,
      required: false,
    });
    expect(specAt(fields, ['since'])).toMatchObject({
      kind: 'number',
      minimum: 1900,
      maximum: 2100,
      required: false,
      title: 'Loopt sinds',
    });
    expect(specAt(fields, ['seeAlso'])).toMatchObject({ kind: 'groups', required: false });
    expect(specAt(fields, ['seeAlso', 0, 'url'])).toMatchObject({
      kind: 'text',
      input: 'url',
      required: true,
    });
  });

  it('marks as required exactly the fields the schema requires', () => {
    const walk = (group: JsonSchema, list: readonly FieldSpec[]) => {
      for (const spec of list) {
        const field = group.properties![spec.key]!;
        const listMin =
          spec.kind === 'texts' || spec.kind === 'terms' || spec.kind === 'groups'
            ? spec.minItems
            : undefined;
        expect(spec.required, spec.key).toBe(
          listMin === undefined ? isRequired(group, spec.key) : listMin > 0,
        );
        if (spec.kind === 'group') walk(field, spec.fields);
        if (spec.kind === 'groups') walk(field.items!, spec.fields);
      }
    };
    walk(toJsonSchema(context.schema), fields);
  });

  it('asks when the sheet and each example were last reviewed, and whether the example still runs', () => {
    expect(specAt(fields, ['reviewed'])).toMatchObject({
      kind: 'text',
      input: 'date',
      title: 'Laatst nagekeken',
      required: false,
    });
    expect(specAt(fields, ['examples', 0, 'reviewed'])).toMatchObject({
      kind: 'text',
      input: 'date',
      title: 'Laatst nagekeken',
      required: false,
    });
    expect(specAt(fields, ['examples', 0, 'status'])).toMatchObject({
      kind: 'choice',
      options: ['lopend', 'gestopt'],
      default: 'lopend',
      required: false,
    });
    // A stopped example is written to the file; a running one is the default and left out.
    const values = structuredClone(complete.values);
    const [first, second] = values.examples as FormValues[];
    first!.status = 'gestopt';
    first!.reviewed = '2026-01-15';
    second!.status = 'lopend';
    const { result } = validate({ ...values, reviewed: '2026-02-01' });
    expect(result.success).toBe(true);
    const front = parse(
      sheetToMdx(fields, result.data as Record<string, unknown>).split('---\n')[1]!,
    ) as { reviewed: string; examples: Record<string, unknown>[] };
    expect(front.reviewed).toBe('2026-02-01');
    expect(front.examples[0]).toMatchObject({ status: 'gestopt', reviewed: '2026-01-15' });
    expect(front.examples[1]).not.toHaveProperty('status');
  });

  it('leaves out of the form only the import bookkeeping', () => {
    expect(Object.keys(notInForm)).toEqual(['source']);
  });
});

describe('form values to a sheet', () => {
  it('turns a complete form into MDX that validate accepts, with every value kept', () => {
    const { result } = validate(complete.values);
    expect(result.success).toBe(true);
    const mdx = sheetToMdx(fields, result.data as Record<string, unknown>, complete.body);
    const checked = checkText('buddyproject.mdx', mdx, ['images/buddy-in-de-bib.png']);
    expect(checked.problems).toEqual([]);
    // The check adds what it read from the picture file (its size, format and hash) for the page.
    expect(checked.data?.image).toMatchObject({
      width: 1,
      height: 1,
      format: 'png',
      hash: expect.stringMatching(/^[0-9a-f]{10}$/),
    });
    const {
      width: _w,
      height: _h,
      format: _f,
      hash: _hash,
      ...image
    } = checked.data!.image as Record<string, unknown>;
    expect({ ...checked.data, image }).toEqual(result.data);
    // The body says what was typed, braces and angle brackets included, as text.
    expect(checked.rendered?.html).toContain('{alle}');
    expect(checked.rendered?.html).toContain('&#x3C;formulier>');
    expect(checked.rendered?.html).toContain('<strong>één</strong>');
    expect(checked.rendered?.html).toMatch(/<li>samen naar de bib<\/li>/);
  });

  it("writes the fields in the schema's order and leaves out empty lists and defaults", () => {
    const { result } = validate({ ...complete.values, successFactors: [], status: 'published' });
    const mdx = sheetToMdx(fields, result.data as Record<string, unknown>);
    const front = mdx.split('---\n')[1]!;
    const keys = Object.keys(parse(front) as object);
    expect(keys).toEqual(fields.map((f) => f.key).filter((k) => keys.includes(k)));
    expect(keys).not.toContain('successFactors');
    expect(keys).not.toContain('status');
    expect(front).not.toContain('links: []');
    expect(mdx.endsWith('---\n')).toBe(true);
    const draft = validate({ ...complete.values, status: 'draft' });
    expect(
      parse(sheetToMdx(fields, draft.result.data as Record<string, unknown>).split('---\n')[1]!),
    ).toMatchObject({ status: 'draft' });
  });

  it('reads a year typed as text as a number, and leaves out what was not given', () => {
    const { input, result } = validate({
      ...complete.values,
      since: ' 2019 ',
      stage: '',
      cost: '',
      evidence: { level: '', report: '', year: '' },
    });
    expect(input.since).toBe(2019);
    expect(input).not.toHaveProperty('stage');
    expect(input).not.toHaveProperty('cost');
    expect(input).not.toHaveProperty('evidence');
    expect(result.success).toBe(true);
    const front = parse(
      sheetToMdx(fields, result.data as Record<string, unknown>).split('---\n')[1]!,
    ) as Record<string, unknown>;
    expect(front.since).toBe(2019);
    expect(front).not.toHaveProperty('stage');
    expect(front).toMatchObject({ effort: '0,1 tot 0,5 VTE', seeAlso: complete.values.seeAlso });
  });

  it("writes the at-a-glance fields in the schema's order, years as numbers", () => {
    const { result } = validate(complete.values);
    const front = sheetToMdx(fields, result.data as Record<string, unknown>).split('---\n')[1]!;
    expect(front).toMatch(
      /\nstage: Lopend\nevidence:\n {2}level: Extern geëvalueerd\n {2}report: https:\/\/\S+\n {2}year: 2024\ncost: € 5.000 tot € 25.000 per jaar\neffort: 0,1 tot 0,5 VTE\nsince: 2021\nseeAlso:\n/,
    );
  });

  it("writes today's name for a former municipality", () => {
    const values = structuredClone(complete.values);
    (values.examples as FormValues[])[1]!.municipality = 'Kortessem';
    const { result } = validate(values);
    expect(result.success).toBe(true);
    expect(sheetToMdx(fields, result.data as Record<string, unknown>)).toContain(
      'municipality: Hasselt',
    );
  });

  it('keeps an empty list item so the schema reports it, and drops an optional group left empty', () => {
    const { input, result } = validate({
      ...complete.values,
      challenges: ['Genoeg vrijwilligers vinden.', ''],
      image: { src: '', alt: ' ', credit: '' },
    });
    expect(input.challenges).toEqual(['Genoeg vrijwilligers vinden.', '']);
    expect(input).not.toHaveProperty('image');
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path)).toEqual([['challenges', 1]]);
  });

  it('escapes the body so nothing typed can become code, and keeps Markdown working', () => {
    const body =
      'import x from "y"\nexport const a = 1\n<script>alert(1)</script>\n{1 + 1} en <Callout>\n\n**vet** en [een link](https://example.org)';
    expect(escapeBody(body)).not.toMatch(/^(import|export)\b/m);
    const { result } = validate(complete.values);
    const checked = checkText(
      'body.mdx',
      sheetToMdx(fields, result.data as Record<string, unknown>, body),
      ['images/buddy-in-de-bib.png'],
    );
    expect(checked.problems).toEqual([]);
    const html = checked.rendered!.html;
    expect(html).not.toContain('<script');
    expect(html).toContain('import x from');
    expect(html).toContain('export const a = 1');
    expect(html).toContain('{1 + 1}');
    expect(html).toContain('<strong>vet</strong>');
    expect(html).toContain('href="https://example.org"');
  });

  it('names the file after the title', () => {
    expect(slugForTitle("Buddy's voor nieuwkomers: één jaar!")).toBe(
      'buddys-voor-nieuwkomers-een-jaar',
    );
    expect(slugForTitle('   ')).toBe('nieuwe-praktijk');
    const long = slugForTitle(
      'Een heel lange titel die maar blijft doorgaan over een praktijk in een gemeente met een lange naam en nog meer',
    );
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(
      'een-heel-lange-titel-die-maar-blijft-doorgaan-over-een-praktijk-in-een-gemeente-met'.startsWith(
        long,
      ),
    ).toBe(true);
  });
});

describe('Dutch messages', () => {
  const messagesFor = (values: FormValues) => {
    const { input, result } = validate(values);
    return Object.fromEntries(
      (result.error?.issues ?? []).map((issue) => [
        issue.path.join('.'),
        dutchMessage(issue, input, specAt(fields, issue.path)),
      ]),
    );
  };

  it('says what is missing, in Dutch', () => {
    const messages = messagesFor({ goals: [''], published: '2025-01-01' });
    expect(messages).toMatchObject({
      title: 'Vul dit veld in.',
      summary: 'Vul dit veld in.',
      category: 'Kies er één uit de lijst.',
      'goals.0': 'Vul dit veld in.',
      targetGroups: 'Kies er minstens één.',
      policyDomains: 'Kies er minstens één.',
    });
  });

  it('words every kind of problem without English', () => {
    const values = structuredClone(complete.values);
    Object.assign(values, {
      title: 'Kort',
      summary: 'x'.repeat(1001),
      updated: '2025-01-01',
      goals: ['Een doel.', ''],
    });
    const example = (values.examples as FormValues[])[0]!;
    example.municipality = 'Gentt';
    (example.contacts as FormValues[])[0]!.email = 'geen-adres';
    (example.contacts as FormValues[])[0]!.phone = 'bel me';
    (example.links as FormValues[])[0]!.url = 'www.gent.be';
    (values.image as FormValues).src = '/absoluut/pad.gif';
    const messages = messagesFor(values);
    expect(messages).toMatchObject({
      title: 'Dit is te kort: schrijf minstens 5 tekens.',
      summary: 'Dit is te lang: hou het onder 1000 tekens.',
      'goals.1': 'Vul dit in, of verwijder het.',
      'examples.0.municipality': expect.stringContaining(
        '"Gentt" staat niet in de lijst. Bedoel je "Gent"',
      ),
      'examples.0.contacts.0.email':
        'Dit is geen geldig e-mailadres: schrijf het zoals naam@gemeente.be.',
      'examples.0.contacts.0.phone':
        'Dit is geen geldig telefoonnummer: schrijf het zoals +32 2 211 55 00.',
      'examples.0.links.0.url':
        'Dit is geen geldig webadres: schrijf het volledig, beginnend met https://.',
      'image.src': expect.stringContaining('images/foto.jpg'),
    });
    for (const message of Object.values(messages))
      expect(message).not.toMatch(/\b(must|field|should|expected|invalid)\b/i);
  });

  it('reports a municipality named twice and an impossible date', () => {
    const values = structuredClone(complete.values);
    (values.examples as FormValues[])[1]!.municipality = 'Gent';
    values.published = '2025-02-30';
    const messages = messagesFor(values);
    expect(messages['examples.1.municipality']).toBe(
      'Gent staat al bij gemeente 1: voeg de twee voorbeelden samen.',
    );
    expect(messages.published).toBe(
      'Dit is geen geldige datum: schrijf ze als JJJJ-MM-DD, bv. 2025-03-31.',
    );
  });

  it('words a wrong year, a year in the future and an evidence without its level', () => {
    const next = new Date().getUTCFullYear() + 1;
    const messages = messagesFor({
      ...complete.values,
      since: 'sinds 2019',
      evidence: { year: String(next) },
      stage: 'Piloot',
    });
    expect(messages).toMatchObject({
      since: 'Dit is geen jaartal: schrijf vier cijfers, bv. 2019.',
      'evidence.year': `Dit jaar ligt in de toekomst: schrijf een jaar tot en met ${next - 1}.`,
      'evidence.level': 'Kies er één uit de lijst.',
      stage: expect.stringContaining('"Piloot" staat niet in de lijst. Bedoel je "Pilot"'),
    });
    expect(messagesFor({ ...complete.values, since: '1492' })).toEqual({
      since: 'Dit is geen jaartal: schrijf vier cijfers, bv. 2019.',
    });
  });

  it('reports an update date before the publication date (checked once the rest is right)', () => {
    expect(messagesFor({ ...complete.values, updated: '2025-01-01' })).toEqual({
      updated:
        'Deze datum ligt vóór de publicatiedatum: een fiche kan niet bijgewerkt zijn voor ze verscheen; kijk beide datums na.',
    });
  });

  it('reports a review date before the publication date, and an unknown example status, in Dutch', () => {
    expect(messagesFor({ ...complete.values, reviewed: '2025-01-01' })).toEqual({
      reviewed:
        'Deze datum ligt vóór de publicatiedatum: een fiche kan niet nagekeken zijn voor ze verscheen; kijk beide datums na.',
    });
    const values = structuredClone(complete.values);
    (values.examples as FormValues[])[0]!.status = 'misschien';
    expect(messagesFor(values)).toEqual({
      'examples.0.status':
        'Kies "Lopend: de gemeente doet dit nog" of "Gestopt: de gemeente doet dit niet meer".',
    });
  });
});

describe('the new-file link on the forge', () => {
  const repo = {
    url: 'https://github.com/vvsg/praktijkbank',
    branch: 'main',
    contentDir: 'content/practices',
  };

  it("opens GitHub's editor on the branch and folder, with the file name and the text", () => {
    const link = newFileLink(repo, 'buddyproject.mdx', '---\ntitle: Eén & twee?\n---\n');
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    const url = new URL(link.url);
    expect(`${url.origin}${url.pathname}`).toBe(
      'https://github.com/vvsg/praktijkbank/new/main/content/practices',
    );
    expect(url.searchParams.get('filename')).toBe('buddyproject.mdx');
    expect(url.searchParams.get('value')).toBe('---\ntitle: Eén & twee?\n---\n');
    expect(link.length).toBe(link.url.length);
  });

  it('tolerates a trailing slash or .git in the repository address and encodes odd branch names', () => {
    const link = newFileLink(
      {
        ...repo,
        url: 'https://github.com/vvsg/praktijkbank.git/',
        branch: 'redactie/2025',
        contentDir: '/content/practices/',
      },
      'a.mdx',
      'x',
    );
    expect(
      link.ok &&
        link.url.startsWith(
          'https://github.com/vvsg/praktijkbank/new/redactie/2025/content/practices?filename=a.mdx&value=x',
        ),
    ).toBe(true);
  });

  it('falls back to an empty editor and the upload page when the link would be too long', () => {
    const text = 'é'.repeat(3000); // 6 bytes per character once percent-encoded: 18,000 characters
    const link = newFileLink(repo, 'lang.mdx', text);
    expect(link).toEqual({
      ok: false,
      reason: 'too-long',
      length: expect.any(Number),
      newFile: 'https://github.com/vvsg/praktijkbank/new/main/content/practices?filename=lang.mdx',
      upload: 'https://github.com/vvsg/praktijkbank/upload/main/content/practices',
    });
    expect(link.length).toBeGreaterThan(maxNewFileLinkLength);
  });

  it('allows exactly the limit and not one character more', () => {
    const fixed = newFileLink(repo, 'a.mdx', '').length;
    const atLimit = newFileLink(repo, 'a.mdx', 'x'.repeat(maxNewFileLinkLength - fixed));
    expect(atLimit.ok && atLimit.url.length).toBe(maxNewFileLinkLength);
    expect(newFileLink(repo, 'a.mdx', 'x'.repeat(maxNewFileLinkLength - fixed + 1)).ok).toBe(false);
    expect(newFileLink(repo, 'a.mdx', 'x'.repeat(100), 50)).toMatchObject({
      ok: false,
      reason: 'too-long',
    });
  });

  it('offers no link for a forge it does not know', () => {
    expect(forgeOf('https://git.example.org/vvsg/praktijkbank')).toBe('unknown');
    expect(
      newFileLink({ ...repo, url: 'https://git.example.org/vvsg/praktijkbank' }, 'a.mdx', 'x'),
    ).toMatchObject({ ok: false, reason: 'unknown-forge' });
  });
});

describe('the e-mail to the editors', () => {
  it('carries the sheet in the body while it fits', () => {
    const mail = mailtoLink(
      'samenleven@vvsg.be',
      'Nieuwe praktijkfiche: X & Y',
      'tekst\nmet regels',
      'bijlage',
    );
    expect(mail.complete).toBe(true);
    expect(mail.url.startsWith('mailto:samenleven@vvsg.be?subject=')).toBe(true);
    const url = new URL(mail.url);
    expect(url.searchParams.get('subject')).toBe('Nieuwe praktijkfiche: X & Y');
    expect(url.searchParams.get('body')).toBe('tekst\nmet regels');
  });

  it('asks for the downloaded file as an attachment when the sheet is too long', () => {
    const mail = mailtoLink('samenleven@vvsg.be', 'Onderwerp', 'x'.repeat(5000), 'Zie bijlage.');
    expect(mail.complete).toBe(false);
    expect(new URL(mail.url).searchParams.get('body')).toBe('Zie bijlage.');
  });
});
