/**
 * The practice sheet ("praktijkfiche"): the one definition of its fields. Validation
 * (`npm run validate`, the build), the contribution form, the JSON export and
 * docs/sheet-format.md all derive from this schema, so change fields here only.
 *
 * Titles and descriptions are Dutch because contributors read them as help text.
 */
import { z } from 'zod';
import type { Term } from './vocabulary.ts';
import { slugSchema, vocabularyPath, type VocabularyKey } from './vocabulary.ts';
import type { Lookup, Municipality, Vocabularies } from '../lib/vocabulary/lookup.ts';
import { imageExtensions } from '../lib/sheet/image-types.ts';
import { messages, type Noun } from '../i18n/messages.ts';

const f = messages.field;
const nouns = messages.nouns;

function doc<T extends z.ZodType>(
  schema: T,
  title: string,
  description: string,
  examples?: unknown[],
): T {
  return schema.meta({ title, description, ...(examples ? { examples } : {}) });
}

const text = (min: number, max: number) =>
  z
    .string({ error: (iss) => (iss.input === undefined ? undefined : f.expectedText) })
    .trim()
    .min(min, min === 1 ? f.notEmpty : f.tooShort(min))
    .max(max, f.tooLong(max));

const httpUrl = z.url({
  protocol: /^https?$/,
  error: f.url,
});

const email = z.email({
  error: f.email,
});

const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 ()./-]{5,}$/, f.phone);

/** A pattern that matches a word in any letter case without the /i flag: "png" becomes [pP][nN][gG]. */
const anyCase = (word: string) =>
  [...word].map((c) => `[${c.toLowerCase()}${c.toUpperCase()}]`).join('');

const isoDate = z.iso.date({
  error: f.date,
});

/**
 * A year (a practice's start, an evaluation): a whole number, not in the future. The range
 * is fixed so the JSON Schema and the format reference do not change with the calendar;
 * "not in the future" is checked against today.
 */
const year = z
  .int({
    error: (iss) => (iss.input === undefined ? undefined : f.yearNotNumber),
  })
  .min(1900, f.yearOutOfRange)
  .max(2100, f.yearOutOfRange)
  .superRefine((value, ctx) => {
    const now = new Date().getUTCFullYear();
    if (value > now)
      ctx.addIssue({
        code: 'custom',
        message: f.futureYear(now, value),
        params: { kind: 'future-year', value },
      });
  });

/** Whether a municipality still runs its example of a practice: a stopped one stays on the sheet, marked as such. */
export const exampleStatuses = ['lopend', 'gestopt'] as const;
export type ExampleStatus = (typeof exampleStatuses)[number];

/** A reference to a vocabulary term by its name; unknown names fail with the closest known names. */
function termRef<T extends Term | Municipality>(vocabulary: VocabularyKey, lookup: Lookup<T>) {
  const file = vocabularyPath(vocabulary);
  const noun = nouns[vocabulary];
  return z
    .string({
      error: (iss) => (iss.input === undefined ? undefined : f.expectedTerm(noun)),
    })
    .trim()
    .min(1, f.termMissing(noun, file))
    .transform((name, ctx) => {
      const found = lookup.resolve(name);
      if (found.ok) return found.term.name;
      ctx.issues.push({
        code: 'custom',
        input: name,
        message: f.unknownTerm(noun, name, found.suggestions, file, found.formerNames),
        params: {
          kind: 'unknown-term',
          suggestions: found.suggestions,
          formerNames: found.formerNames,
        },
      });
      return z.NEVER;
    })
    .meta({ vocabulary });
}

/** At most `max` items: far more than a sheet needs, and a bound on what a hostile file costs to check. */
const atMost = f.atMost;

/** Lists of names where a name given twice is a mistake, not emphasis. */
function uniqueList<T extends z.ZodType<string>>(item: T, min: number, max: number, what: Noun) {
  return z
    .array(item)
    .min(min, f.atLeast(min, what))
    .max(max, atMost(max, what))
    .superRefine((items, ctx) => {
      const seen = new Set<string>();
      items.forEach((value, index) => {
        if (seen.has(value))
          ctx.addIssue({
            code: 'custom',
            path: [index],
            message: f.duplicate(value),
            params: { kind: 'duplicate', value },
          });
        seen.add(value);
      });
    });
}

export function createPracticeSchema(vocabularies: Vocabularies) {
  const category = termRef('categories', vocabularies.categories);
  const policyDomain = termRef('policyDomains', vocabularies.policyDomains);
  const targetGroup = termRef('targetGroups', vocabularies.targetGroups);
  const municipality = termRef('municipalities', vocabularies.municipalities);
  const stage = termRef('stages', vocabularies.stages);
  const evidenceLevel = termRef('evidenceLevels', vocabularies.evidenceLevels);
  const costBand = termRef('costBands', vocabularies.costBands);
  const effortBand = termRef('effortBands', vocabularies.effortBands);

  const contact = z.strictObject({
    label: doc(text(1, 120), 'Label', 'Wat de lezer ziet, bv. "Contact integratieambtenaar".'),
    email: doc(email.optional(), 'E-mailadres', 'E-mailadres van de contactpersoon of dienst.'),
    phone: doc(phone.optional(), 'Telefoon', 'Telefoonnummer, met zonenummer.'),
    url: doc(httpUrl.optional(), 'Webadres', 'Webpagina met contactgegevens.'),
  });

  const link = z.strictObject({
    label: doc(text(1, 120), 'Label', 'Tekst van de link, bv. "Meer info".'),
    url: doc(
      httpUrl.optional(),
      'Webadres',
      'Volledig webadres (https://...). Mag ontbreken bij een geïmporteerde fiche; de redactie vult het dan aan.',
    ),
  });

  const example = z.strictObject({
    municipality: doc(
      municipality,
      'Gemeente',
      'Gemeente waar deze praktijk loopt (naam zoals in de lijst van gemeenten).',
      ['Beersel'],
    ),
    text: doc(
      text(20, 5000),
      'Beschrijving',
      'Wat de gemeente doet. Een lege regel begint een nieuwe alinea.',
    ),
    contacts: doc(
      z.array(contact).max(10, atMost(10, nouns.contacts)).default([]),
      'Contact',
      'Contactpersonen of diensten voor deze praktijk in deze gemeente.',
    ),
    links: doc(
      z.array(link).max(10, atMost(10, nouns.links)).default([]),
      'Meer info',
      'Links naar meer informatie, bv. de webpagina van de gemeente.',
    ),
    status: doc(
      z.enum(exampleStatuses, { error: f.oneOf(exampleStatuses) }).default('lopend'),
      'Lopend of gestopt',
      '"lopend" als de gemeente dit nog doet; "gestopt" als ze ermee ophield. Een gestopt voorbeeld blijft op de fiche staan, met die vermelding.',
    ),
    reviewed: doc(
      isoDate.optional(),
      'Laatst nagekeken',
      'Datum waarop de redactie naging of deze gemeente dit nog zo doet (YYYY-MM-DD).',
    ),
  });

  const partner = z.strictObject({
    name: doc(text(2, 120), 'Naam', 'Naam van de partner, bv. "OCMW".'),
    description: doc(
      text(1, 600).optional(),
      'Toelichting',
      'Korte uitleg over de partner of zijn rol.',
    ),
    url: doc(httpUrl.optional(), 'Webadres', 'Website van de partner.'),
  });

  const image = z.strictObject({
    src: doc(
      // Letter case spelled out instead of the /i flag: a JSON Schema pattern (the open data
      // schema, src/schema/record.ts) cannot carry flags, and must accept what this accepts.
      text(1, 300).regex(
        new RegExp(`^(?!/)(?!.*\\.\\.)(?!\\w+:).+\\.(${imageExtensions.map(anyCase).join('|')})$`),
        f.imageSrc,
      ),
      'Bestand',
      'Pad naar de afbeelding, vanaf de map van de fiche, bv. "images/kansenpas.jpg".',
    ),
    alt: doc(
      text(1, 300),
      'Alternatieve tekst',
      'Beschrijf wat er op de afbeelding te zien is, voor wie ze niet kan zien. Geen bestandsnaam.',
    ),
    credit: doc(
      text(1, 200).optional(),
      'Bron',
      'Maker of bron van de afbeelding, bv. "Foto: Stad Halle".',
    ),
  });

  const evidence = z.strictObject({
    level: doc(
      evidenceLevel,
      'Niveau',
      `Hoe de praktijk geëvalueerd werd: een naam uit ${vocabularyPath('evidenceLevels')}.`,
      [vocabularies.evidenceLevels.terms[0]?.name ?? 'Niet geëvalueerd'],
    ),
    report: doc(
      httpUrl.optional(),
      'Evaluatierapport',
      'Webadres van het evaluatierapport, als het openbaar is.',
    ),
    year: doc(
      year.optional(),
      'Jaar van de evaluatie',
      'Het jaar waarin de evaluatie klaar was, bv. 2023.',
      [2023],
    ),
  });

  const seeAlso = z.strictObject({
    label: doc(
      text(2, 160),
      'Label',
      'De databank en de naam van de praktijk daar, bv. "Loket Gezond Leven: Buddywerking voor nieuwkomers".',
    ),
    url: doc(
      httpUrl,
      'Webadres',
      'Volledig webadres van de praktijk in die databank (https://...).',
    ),
  });

  const source = z.strictObject({
    system: doc(
      text(1, 120).optional(),
      'Systeem',
      'Waar de fiche vandaan komt, bv. de oude databank.',
    ),
    file: doc(
      text(1, 300).optional(),
      'Bestand',
      'Naam van het exportbestand waaruit de fiche werd geïmporteerd.',
    ),
    image: doc(
      text(1, 300).optional(),
      'Afbeelding',
      'Bestandsnaam van een afbeelding die bij de import niet beschikbaar was.',
    ),
    imageCaption: doc(
      text(1, 300).optional(),
      'Onderschrift',
      'Onderschrift of bron van die afbeelding in de export.',
    ),
    provisionalTitle: doc(
      text(1, 120).optional(),
      'Voorlopige titel',
      'De titel die de import voorlopig gaf, omdat de export er geen had. Zolang de titel van de fiche dezelfde is, staat de fiche op de werklijst van de redactie.',
    ),
  });

  return z
    .strictObject({
      title: doc(text(5, 120), 'Titel', 'Korte, beschrijvende titel van de praktijk.', [
        'Vrijetijdspas voor mensen met een laag inkomen',
      ]),
      summary: doc(
        text(20, 1000),
        'Intro',
        'Twee à drie zinnen die de praktijk samenvatten; verschijnt in zoekresultaten en lijsten.',
      ),
      category: doc(
        category,
        'Categorie',
        'De ene categorie waar deze praktijk het best bij past.',
        ['Inclusieve vrije tijd'],
      ),
      goals: doc(
        z.array(text(3, 600)).min(1, f.atLeast(1, nouns.goals)).max(30, atMost(30, nouns.goals)),
        'Doelen',
        'Wat de praktijk wil bereiken, één doel per item.',
      ),
      targetGroups: doc(
        uniqueList(targetGroup, 1, 20, nouns.targetGroups),
        'Doelgroep',
        'Voor wie de praktijk bedoeld is.',
      ),
      successFactors: doc(
        z.array(text(3, 600)).max(30, atMost(30, nouns.successFactors)).default([]),
        'Succesfactoren',
        'Wat de praktijk doet slagen, één factor per item.',
      ),
      challenges: doc(
        z.array(text(3, 600)).max(30, atMost(30, nouns.challenges)).default([]),
        'Uitdagingen',
        'Waar je op moet letten, één uitdaging per item.',
      ),
      partners: doc(
        z.array(partner).max(50, atMost(50, nouns.partners)).default([]),
        'Partners',
        'Organisaties waarmee samengewerkt wordt.',
      ),
      examples: doc(
        z
          .array(example)
          .max(100, atMost(100, nouns.examples))
          .default([])
          .superRefine((items, ctx) => {
            const seen = new Map<string, number>();
            items.forEach((item, index) => {
              const first = seen.get(item.municipality);
              if (first !== undefined) {
                ctx.addIssue({
                  code: 'custom',
                  path: [index, 'municipality'],
                  message: f.duplicateExample(item.municipality, first + 1),
                  params: { kind: 'duplicate-example', value: item.municipality, first },
                });
              } else seen.set(item.municipality, index);
            });
          }),
        'Deze praktijk in',
        'Voorbeelden uit gemeenten: per gemeente een beschrijving, contacten en links.',
      ),
      policyDomains: doc(
        uniqueList(policyDomain, 1, 20, nouns.policyDomains),
        'Beleidsdomeinen',
        'De beleidsdomeinen waar de praktijk onder valt.',
      ),
      // What a reader weighs at a glance (src/lib/site/glance.ts). All optional: a missing
      // value is shown as unknown, never guessed.
      stage: doc(
        stage.optional(),
        'Fase',
        `Hoe ver de praktijk staat, bv. pilot of lopend: een naam uit ${vocabularyPath('stages')}. Laat leeg als je het niet weet; de site toont dan "onbekend".`,
      ),
      evidence: doc(
        evidence.optional(),
        'Onderbouwing',
        'Of en hoe de praktijk geëvalueerd werd, met het evaluatierapport en zijn jaar als die er zijn. Laat leeg als je het niet weet.',
      ),
      cost: doc(
        costBand.optional(),
        'Kosten per jaar',
        `Wat de praktijk het bestuur per jaar kost, zonder eigen personeel: een naam uit ${vocabularyPath('costBands')}. Laat leeg als je het niet weet.`,
      ),
      effort: doc(
        effortBand.optional(),
        'Personeelsinzet',
        `Hoeveel personeel van het bestuur de praktijk vraagt, in voltijdse equivalenten (VTE): een naam uit ${vocabularyPath('effortBands')}. Laat leeg als je het niet weet.`,
      ),
      since: doc(
        year.optional(),
        'Loopt sinds',
        'Het jaar waarin de praktijk startte, bv. 2019.',
        [2019],
      ),
      seeAlso: doc(
        z.array(seeAlso).max(10, atMost(10, nouns.otherDatabanks)).default([]),
        'In andere databanken',
        'Dezelfde of een gelijkaardige aanpak in andere databanken, bv. Loket Gezond Leven of Movisie.',
      ),
      image: doc(image.optional(), 'Afbeelding', 'Optionele foto of illustratie bij de praktijk.'),
      published: doc(
        isoDate,
        'Gepubliceerd',
        'Datum waarop de fiche voor het eerst verscheen (YYYY-MM-DD).',
        ['2025-03-31'],
      ),
      updated: doc(
        isoDate.optional(),
        'Bijgewerkt',
        'Datum van de laatste inhoudelijke wijziging (YYYY-MM-DD).',
      ),
      reviewed: doc(
        isoDate.optional(),
        'Laatst nagekeken',
        'Datum waarop de redactie de hele fiche naliep en ze nog klopte (YYYY-MM-DD). Zonder deze datum telt de datum van publicatie of van de laatste inhoudelijke wijziging. Is die langer geleden dan de termijn in content/site.yaml (reviewCycleMonths), dan meldt de fiche dat ze aan herziening toe is.',
      ),
      status: doc(
        z
          .enum(['published', 'draft'], { error: f.oneOf(['published', 'draft']) })
          .default('published'),
        'Status',
        '"published" toont de fiche op de site; "draft" houdt ze verborgen tot ze klaar is.',
      ),
      keywords: doc(
        z.array(text(2, 60)).max(50, atMost(50, nouns.keywords)).default([]),
        'Trefwoorden',
        'Extra zoektermen die niet in de tekst staan, bv. een andere naam voor de pas.',
      ),
      source: doc(
        source.optional(),
        'Herkomst',
        'Gegevens over de import uit een oudere databank; niet getoond op de site.',
      ),
    })
    .superRefine((sheet, ctx) => {
      // A sheet can be neither updated nor reviewed before it was published.
      const later = [
        ['updated', f.updatedBeforePublished],
        ['reviewed', f.reviewedBeforePublished],
      ] as const;
      for (const [key, message] of later) {
        const date = sheet[key];
        if (date && date < sheet.published)
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: message(date, sheet.published),
            params: { kind: `${key}-before-published` },
          });
      }
    });
}

export type PracticeSchema = ReturnType<typeof createPracticeSchema>;
export type PracticeData = z.output<PracticeSchema>;
export type PracticeInput = z.input<PracticeSchema>;

/** A sheet's file name is its address: content/practices/<slug>.mdx becomes /praktijken/<slug>/. */
export const sheetSlugSchema = slugSchema;
