/**
 * A published sheet as open data ("record"): the schema of /praktijken.json, of the JSON
 * Schema published beside it (src/lib/open-data/json-schema.ts), and the fields the CSV
 * columns come from. It is made from the practice schema, so a field added or changed there
 * changes the export, its schema and the open data page with it:
 *
 * - every field of the sheet, as the sheet gives it (vocabulary names, not their slugs),
 *   except `status` (the export holds published sheets only) and `source` (import
 *   bookkeeping for editors);
 * - beside each vocabulary name its slug (the last part of the term page's address and the
 *   value the search page's URL uses), and for a municipality its NIS code and province;
 * - the sheet's stable id, its address, the image's address, the Markdown description, the
 *   dates and how to cite it.
 *
 * Vocabulary names and slugs are enumerations of the vocabularies of the build, so a client
 * that validates against the published schema also checks them.
 */
import { z } from 'zod';
import { nodeAt, toJsonSchema } from './json-schema.ts';
import type { PracticeSchema } from './practice.ts';
import { provinces, slugSchema } from './vocabulary.ts';
import type { Lookup, Vocabularies } from '../lib/vocabulary/lookup.ts';

/** The documentation of a practice field, for the record field that carries it. */
/** Names or slugs of a vocabulary as an enumeration (plain text if the vocabulary is empty). */
function oneOf(values: string[]) {
  return values.length ? z.enum(values as [string, ...string[]]) : z.string();
}

const date = z.iso.date();

export function createRecordSchema(practice: PracticeSchema, vocabularies: Vocabularies) {
  const field = practice.shape;
  const documented = toJsonSchema(practice);
  /** The title and help text of a practice field (a path into the sheet), for the record field that carries it. */
  const docOf = (path: (string | number)[]) => {
    const { title, description } = nodeAt(documented, path) ?? {};
    return { ...(title ? { title } : {}), ...(description ? { description } : {}) };
  };
  const example = field.examples.unwrap().element.shape;
  const image = field.image.unwrap().shape;
  const names = <T extends { name: string; slug: string }>(lookup: Lookup<T>) =>
    oneOf(lookup.terms.map((t) => t.name));
  const slugs = <T extends { name: string; slug: string }>(lookup: Lookup<T>) =>
    oneOf(lookup.terms.map((t) => t.slug));
  const slugDoc = (what: string, list = true) => ({
    title: `${what} (slug)`,
    description: list
      ? `Per naam het deel van het webadres van de pagina van die ${what.toLowerCase()}, in dezelfde volgorde als de namen.`
      : `Het deel van het webadres van de pagina van de ${what.toLowerCase()}.`,
  });

  const exampleRecord = z.strictObject({
    municipality: names(vocabularies.municipalities).meta(docOf(['examples', 0, 'municipality'])),
    municipalitySlug: slugs(vocabularies.municipalities).meta({
      title: 'Gemeente (slug)',
      description: 'Het deel van het webadres van de pagina van de gemeente, bv. "halle".',
    }),
    nis: z
      .string()
      .regex(/^[1-9]\d{4}$/)
      .meta({ title: 'NIS-code', description: 'NIS-code van de gemeente (Statbel), bv. "23027".' }),
    province: z
      .enum(provinces)
      .meta({ title: 'Provincie', description: 'Provincie van de gemeente.' }),
    text: example.text,
    contacts: example.contacts,
    links: example.links,
    status: example.status,
    reviewed: example.reviewed,
  });

  const evidence = field.evidence.unwrap().shape;

  return z.strictObject({
    id: slugSchema.meta({
      title: 'Id',
      description:
        'Vaste sleutel van de fiche: de bestandsnaam zonder .mdx en het laatste deel van haar webadres.',
    }),
    url: z
      .url()
      .meta({ title: 'Webadres', description: 'Volledig webadres van de pagina van de fiche.' }),
    title: field.title,
    summary: field.summary,
    category: names(vocabularies.categories).meta(docOf(['category'])),
    categorySlug: slugs(vocabularies.categories).meta(slugDoc('Categorie', false)),
    goals: field.goals,
    targetGroups: z
      .array(names(vocabularies.targetGroups))
      .min(1)
      .meta(docOf(['targetGroups'])),
    targetGroupSlugs: z.array(slugs(vocabularies.targetGroups)).min(1).meta(slugDoc('Doelgroep')),
    successFactors: field.successFactors,
    challenges: field.challenges,
    partners: field.partners,
    examples: z.array(exampleRecord).meta(docOf(['examples'])),
    policyDomains: z
      .array(names(vocabularies.policyDomains))
      .min(1)
      .meta(docOf(['policyDomains'])),
    policyDomainSlugs: z
      .array(slugs(vocabularies.policyDomains))
      .min(1)
      .meta(slugDoc('Beleidsdomein')),
    stage: names(vocabularies.stages)
      .optional()
      .meta(docOf(['stage'])),
    stageSlug: slugs(vocabularies.stages).optional().meta(slugDoc('Fase', false)),
    evidence: z
      .strictObject({
        level: names(vocabularies.evidenceLevels).meta(docOf(['evidence', 'level'])),
        levelSlug: slugs(vocabularies.evidenceLevels).meta(slugDoc('Onderbouwing', false)),
        report: evidence.report,
        year: evidence.year,
      })
      .optional()
      .meta(docOf(['evidence'])),
    cost: names(vocabularies.costBands)
      .optional()
      .meta(docOf(['cost'])),
    costSlug: slugs(vocabularies.costBands).optional().meta(slugDoc('Kostenklasse', false)),
    effort: names(vocabularies.effortBands)
      .optional()
      .meta(docOf(['effort'])),
    effortSlug: slugs(vocabularies.effortBands).optional().meta(slugDoc('Inzetklasse', false)),
    since: field.since,
    seeAlso: field.seeAlso,
    image: z
      .strictObject({
        src: image.src,
        url: z.url().meta({
          title: 'Webadres',
          description: 'Volledig webadres van de afbeelding zoals de site ze toont.',
        }),
        alt: image.alt,
        credit: image.credit,
      })
      .optional()
      .meta(docOf(['image'])),
    published: field.published,
    updated: field.updated,
    lastChanged: date.meta({
      title: 'Laatst gewijzigd',
      description:
        'Datum van de laatste wijziging van de fiche of haar afbeelding (JJJJ-MM-DD): de dag van de laatste commit in de geschiedenis van de databank, of "Bijgewerkt" (anders "Gepubliceerd") als die geschiedenis er niet is.',
    }),
    reviewed: field.reviewed,
    keywords: field.keywords,
    description: z.string().meta({
      title: 'Beschrijving',
      description:
        'De langere beschrijving van de praktijk, in Markdown: de tekst onder de velden van de fiche. Leeg als de fiche er geen heeft.',
    }),
    citation: z.string().min(1).meta({
      title: 'Bronvermelding',
      description:
        'Zo verwijs je naar deze versie van de fiche: organisatie, titel, databank, webadres en datum van de versie.',
    }),
    licence: z.url().meta({
      title: 'Licentie',
      description:
        'Webadres van de licentie waaronder je deze gegevens mag hergebruiken (met bronvermelding).',
    }),
  });
}

export type RecordSchema = ReturnType<typeof createRecordSchema>;
export type PracticeRecord = z.output<RecordSchema>;
export type ExampleRecord = PracticeRecord['examples'][number];

const licence = z.strictObject({
  name: z
    .string()
    .meta({ title: 'Licentie', description: 'Naam van de licentie, bv. "CC BY 4.0".' }),
  url: z
    .url()
    .meta({ title: 'Webadres van de licentie', description: 'Waar de licentietekst staat.' }),
});

/** The whole of /praktijken.json: the catalogue, its licence and every published sheet. */
export function createExportSchema(practice: PracticeSchema, vocabularies: Vocabularies) {
  return z.strictObject({
    $schema: z.url().meta({ description: 'Webadres van dit JSON Schema.' }),
    name: z.string().meta({ title: 'Databank', description: 'Naam van de databank.' }),
    url: z.url().meta({ title: 'Webadres', description: 'Webadres van de databank.' }),
    publisher: z
      .strictObject({ name: z.string(), fullName: z.string(), url: z.url() })
      .meta({ title: 'Uitgever', description: 'De organisatie die de databank uitgeeft.' }),
    licence: licence.meta({ title: 'Licentie', description: 'Licentie van deze gegevens.' }),
    citation: z.string().meta({
      title: 'Bronvermelding',
      description:
        'Hoe je de databank en een fiche vermeldt; elke fiche heeft haar eigen bronvermelding (citation).',
    }),
    modified: date.optional().meta({
      title: 'Laatst gewijzigd',
      description: 'De jongste datum "Laatst gewijzigd" van alle fiches.',
    }),
    count: z.int().min(0).meta({ title: 'Aantal', description: 'Aantal fiches in dit bestand.' }),
    practices: z
      .array(createRecordSchema(practice, vocabularies))
      .meta({ title: 'Fiches', description: 'Elke gepubliceerde fiche, op titel.' }),
  });
}

export type ExportSchema = ReturnType<typeof createExportSchema>;
export type ExportDocument = z.output<ExportSchema>;
