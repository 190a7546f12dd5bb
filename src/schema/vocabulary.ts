import { z } from 'zod';

/** URL-safe identifier used in page addresses: lower case, digits and single hyphens. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens, e.g. "inclusieve-vrije-tijd"');

/** A term of a simple vocabulary (categories, policy domains, target groups). */
export const termSchema = z.strictObject({
  name: z.string().trim().min(2).describe('Naam zoals ze op de site en in de fiches staat.'),
  slug: slugSchema.describe('Deel van het webadres van de pagina van deze term.'),
  description: z.string().trim().min(1).optional().describe('Korte uitleg, getoond op de pagina van deze term.'),
});

export const provinces = ['Antwerpen', 'Limburg', 'Oost-Vlaanderen', 'Vlaams-Brabant', 'West-Vlaanderen'] as const;

export const municipalitySchema = z.strictObject({
  name: z.string().trim().min(2).describe('Officiële naam van de gemeente.'),
  nis: z.string().regex(/^[1-9]\d{4}$/, 'a NIS code has five digits, e.g. "23003"').describe('NIS-code (Statbel).'),
  province: z.enum(provinces).describe('Provincie.'),
  formerNames: z
    .array(z.string().trim().min(2))
    .optional()
    .describe('Vroegere gemeenten die in deze gemeente zijn opgegaan; een fiche mag die oude naam nog gebruiken.'),
});

export type Term = z.infer<typeof termSchema>;
export type MunicipalityRecord = z.infer<typeof municipalitySchema>;

export const vocabularyFiles = {
  categories: { file: 'categories.yaml', schema: termSchema, label: 'category' },
  policyDomains: { file: 'policy-domains.yaml', schema: termSchema, label: 'policy domain' },
  targetGroups: { file: 'target-groups.yaml', schema: termSchema, label: 'target group' },
  municipalities: { file: 'municipalities.yaml', schema: municipalitySchema, label: 'municipality' },
} as const;

export type VocabularyKey = keyof typeof vocabularyFiles;
