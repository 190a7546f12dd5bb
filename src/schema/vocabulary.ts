import { z } from 'zod';
import { messages } from '../i18n/messages.ts';

/** URL-safe identifier used in page addresses: lower case, digits and single hyphens. */
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, messages.field.slug);

/** A term of a simple vocabulary (categories, policy domains, target groups). */
export const termSchema = z.strictObject({
  name: z.string().trim().min(2).describe('Naam zoals ze op de site en in de fiches staat.'),
  slug: slugSchema.describe('Deel van het webadres van de pagina van deze term.'),
  description: z
    .string()
    .trim()
    .min(1)
    .optional()
    .describe('Korte uitleg, getoond op de pagina van deze term.'),
});

export const provinces = [
  'Antwerpen',
  'Limburg',
  'Oost-Vlaanderen',
  'Vlaams-Brabant',
  'West-Vlaanderen',
] as const;

export const municipalitySchema = z.strictObject({
  name: z.string().trim().min(2).describe('Officiële naam van de gemeente.'),
  nis: z
    .string()
    .regex(/^[1-9]\d{4}$/, messages.field.nis)
    .describe('NIS-code (Statbel).'),
  province: z.enum(provinces).describe('Provincie.'),
  formerNames: z
    .array(z.string().trim().min(2))
    .optional()
    .describe(
      'Vroegere gemeenten die in deze gemeente zijn opgegaan; een fiche mag die oude naam nog gebruiken.',
    ),
});

/**
 * A level of a scale (stages, evidence levels, cost and effort bands): like a term, but its
 * explanation is required, because readers compare sheets by it. The order of the levels is
 * the order of the file, from the first (least) to the last.
 */
export const scaleLevelSchema = termSchema.extend({
  description: z
    .string()
    .trim()
    .min(1)
    .describe(
      'Korte uitleg van dit niveau, getoond waar het niveau op de site staat en op de uitlegpagina van de schaal.',
    ),
});

export type Term = z.infer<typeof termSchema>;
export type MunicipalityRecord = z.infer<typeof municipalitySchema>;

/**
 * Every vocabulary, in one place: its file in content/vocabularies/, the schema of its
 * entries, the first path segment of its pages
 * (/categorieen/<slug>/), its search facet (the URL parameter and Pagefind filter) and where
 * a sheet names its terms. A new vocabulary is one entry here (plus its Dutch page texts in
 * src/i18n/nl.ts).
 */
export const vocabularyRegistry = {
  categories: {
    file: 'categories.yaml',
    schema: termSchema,
    segment: 'categorieen',
    facet: 'categorie',
    noun: 'category',
    emptyTermPages: true,
    namesIn: (sheet: SheetTerms) => [sheet.category],
  },
  policyDomains: {
    file: 'policy-domains.yaml',
    schema: termSchema,
    segment: 'beleidsdomeinen',
    facet: 'beleidsdomein',
    noun: 'policy domain',
    emptyTermPages: true,
    namesIn: (sheet: SheetTerms) => sheet.policyDomains,
  },
  targetGroups: {
    file: 'target-groups.yaml',
    schema: termSchema,
    segment: 'doelgroepen',
    facet: 'doelgroep',
    noun: 'target group',
    emptyTermPages: true,
    namesIn: (sheet: SheetTerms) => sheet.targetGroups,
  },
  municipalities: {
    file: 'municipalities.yaml',
    schema: municipalitySchema,
    segment: 'gemeenten',
    facet: 'gemeente',
    noun: 'municipality',
    // 285 municipalities: a page only for those with an example.
    emptyTermPages: false,
    namesIn: (sheet: SheetTerms) => sheet.examples.map((example) => example.municipality),
  },
  // The scales a sheet is read by at a glance (src/lib/site/glance.ts). Each level's page
  // explains the level and lists the sheets at that level; the index page explains the scale.
  stages: {
    file: 'stages.yaml',
    schema: scaleLevelSchema,
    segment: 'fasen',
    facet: 'fase',
    noun: 'stage',
    emptyTermPages: true,
    scale: true,
    namesIn: (sheet: SheetTerms) => (sheet.stage ? [sheet.stage] : []),
  },
  evidenceLevels: {
    file: 'evidence-levels.yaml',
    schema: scaleLevelSchema,
    segment: 'onderbouwing',
    facet: 'onderbouwing',
    noun: 'evidence level',
    emptyTermPages: true,
    scale: true,
    namesIn: (sheet: SheetTerms) => (sheet.evidence ? [sheet.evidence.level] : []),
  },
  costBands: {
    file: 'cost-bands.yaml',
    schema: scaleLevelSchema,
    segment: 'kosten',
    facet: 'kosten',
    noun: 'cost band',
    emptyTermPages: true,
    scale: true,
    namesIn: (sheet: SheetTerms) => (sheet.cost ? [sheet.cost] : []),
  },
  effortBands: {
    file: 'effort-bands.yaml',
    schema: scaleLevelSchema,
    segment: 'inzet',
    facet: 'inzet',
    noun: 'effort band',
    emptyTermPages: true,
    scale: true,
    namesIn: (sheet: SheetTerms) => (sheet.effort ? [sheet.effort] : []),
  },
} as const satisfies Record<string, VocabularySpec>;

export interface VocabularySpec {
  /** File name in content/vocabularies/. */
  file: string;
  schema: z.ZodType;
  /** First path segment of the vocabulary's pages. */
  segment: string;
  /** The search facet: URL parameter and Pagefind filter name. */
  facet: string;
  /** What one term is called in contributors' messages and the format reference: "category". */
  noun: string;
  /** Whether a term no published sheet carries still gets its page (false: only terms in use). */
  emptyTermPages: boolean;
  /**
   * An ordered scale with an explanation per level (stages, evidence, cost, effort): its
   * pages show the whole scale, and the sheet page shows its value "at a glance".
   */
  scale?: boolean;
  /** The names a sheet carries from this vocabulary, in the sheet's order. */
  namesIn: (sheet: SheetTerms) => string[];
}

/** The fields of a sheet that name vocabulary terms. */
export interface SheetTerms {
  category: string;
  policyDomains: string[];
  targetGroups: string[];
  examples: { municipality: string }[];
  stage?: string | undefined;
  evidence?: { level: string } | undefined;
  cost?: string | undefined;
  effort?: string | undefined;
}

export type VocabularyKey = keyof typeof vocabularyRegistry;
export const vocabularyKeys = Object.keys(vocabularyRegistry) as VocabularyKey[];

/** The vocabularies that are scales, in the registry's order (the order of the at-a-glance panel). */
export type ScaleKey = {
  [K in VocabularyKey]: (typeof vocabularyRegistry)[K] extends { scale: true } ? K : never;
}[VocabularyKey];
export const scaleKeys = vocabularyKeys.filter(
  (key): key is ScaleKey =>
    'scale' in vocabularyRegistry[key] && vocabularyRegistry[key].scale === true,
);
export const isScale = (key: VocabularyKey): key is ScaleKey =>
  (scaleKeys as VocabularyKey[]).includes(key);

/** A vocabulary file as contributors' messages name it, e.g. "content/vocabularies/categories.yaml". */
export const vocabularyPath = (key: VocabularyKey) =>
  `content/vocabularies/${vocabularyRegistry[key].file}`;
