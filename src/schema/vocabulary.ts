import { z } from 'zod';

/** URL-safe identifier used in page addresses: lower case, digits and single hyphens. */
export const slugSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'use lower-case letters, digits and single hyphens, e.g. "inclusieve-vrije-tijd"',
  );

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
    .regex(/^[1-9]\d{4}$/, 'a NIS code has five digits, e.g. "23003"')
    .describe('NIS-code (Statbel).'),
  province: z.enum(provinces).describe('Provincie.'),
  formerNames: z
    .array(z.string().trim().min(2))
    .optional()
    .describe(
      'Vroegere gemeenten die in deze gemeente zijn opgegaan; een fiche mag die oude naam nog gebruiken.',
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
    namesIn: (sheet: SheetTerms) => [sheet.category],
  },
  policyDomains: {
    file: 'policy-domains.yaml',
    schema: termSchema,
    segment: 'beleidsdomeinen',
    facet: 'beleidsdomein',
    namesIn: (sheet: SheetTerms) => sheet.policyDomains,
  },
  targetGroups: {
    file: 'target-groups.yaml',
    schema: termSchema,
    segment: 'doelgroepen',
    facet: 'doelgroep',
    namesIn: (sheet: SheetTerms) => sheet.targetGroups,
  },
  municipalities: {
    file: 'municipalities.yaml',
    schema: municipalitySchema,
    segment: 'gemeenten',
    facet: 'gemeente',
    namesIn: (sheet: SheetTerms) => sheet.examples.map((example) => example.municipality),
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
  /** The names a sheet carries from this vocabulary, in the sheet's order. */
  namesIn: (sheet: SheetTerms) => string[];
}

/** The fields of a sheet that name vocabulary terms. */
export interface SheetTerms {
  category: string;
  policyDomains: string[];
  targetGroups: string[];
  examples: { municipality: string }[];
}

export type VocabularyKey = keyof typeof vocabularyRegistry;
export const vocabularyKeys = Object.keys(vocabularyRegistry) as VocabularyKey[];

/** A vocabulary file as contributors' messages name it, e.g. "content/vocabularies/categories.yaml". */
export const vocabularyPath = (key: VocabularyKey) =>
  `content/vocabularies/${vocabularyRegistry[key].file}`;
