import { z } from 'zod';

/**
 * Kinds of licence from the ADMS licence-type vocabulary (http://purl.org/adms/licencetype/):
 * DCAT-AP Vlaanderen asks for a licence that is not one of the Flemish model licences to be
 * typed with them.
 */
export const licenceTypes = [
  'Attribution',
  'ShareAlike',
  'NonCommercialUseOnly',
  'NoDerivativeWork',
  'PublicDomain',
  'RoyaltiesRequired',
  'ReservedNames',
  'ViralEffect',
  'KnownPatentEncumbrance',
  'UnknownIPR',
] as const;

const licenceSchema = z.strictObject({
  name: z
    .string()
    .min(2)
    .describe('Short name shown on the site and in the exports, e.g. "CC BY 4.0".'),
  url: z
    .url()
    .describe('Address of the licence text; also its identifier in the open data descriptions.'),
  types: z
    .array(z.enum(licenceTypes))
    .min(1)
    .default(['Attribution'])
    .describe(
      'What the licence asks of a re-user, as ADMS licence types (CC BY 4.0: Attribution).',
    ),
});

const ccBy = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  types: ['Attribution' as const],
};

/** content/site.yaml: the settings an organisation changes to run its own catalogue. */
export const siteSchema = z.strictObject({
  name: z.string().min(2).describe('Name of the catalogue, shown in the header and page titles.'),
  tagline: z.string().min(2).describe('One line under the name on the home page.'),
  organisation: z.strictObject({
    name: z.string().min(2).describe('Short name of the organisation that runs the catalogue.'),
    fullName: z.string().min(2).describe('Full name of the organisation.'),
    url: z.url().describe('Website of the organisation.'),
  }),
  editorsEmail: z.email().describe('Where readers send corrections and new sheets.'),
  repository: z.strictObject({
    url: z.url().describe('Web address of the Git repository holding the content.'),
    branch: z.string().min(1).describe('Branch that is published.'),
    contentDir: z.string().min(1).describe('Folder of the sheets inside the repository.'),
  }),
  licence: z
    .strictObject({
      content: licenceSchema
        .default(ccBy)
        .describe('Licence of the sheets as they are shown on the site.'),
      data: licenceSchema
        .default(ccBy)
        .describe('Licence of the open data files (JSON, CSV, feeds).'),
    })
    .default({ content: ccBy, data: ccBy })
    .describe('Under which licence others may reuse the catalogue (default CC BY 4.0 for both).'),
  reviewCycleMonths: z
    .number()
    .int('must be a whole number of months')
    .min(1, 'must be at least 1 month')
    .max(120, 'must be at most 120 months (10 years)')
    .default(24)
    .describe(
      'A sheet not reviewed for this many months is shown as due for review ("aan herziening toe").',
    ),
  site: z.strictObject({
    url: z.url().describe('Public address of the catalogue, without the sub-path.'),
    base: z
      .string()
      .regex(/^\/([a-z0-9._-]+\/?)*$/i, 'must be "/" or a sub-path like "/praktijkbank"')
      .describe('Sub-path the site is served under: "/" or e.g. "/praktijkbank" on GitHub Pages.'),
  }),
});

export type SiteConfig = z.infer<typeof siteSchema>;
export type Licence = SiteConfig['licence']['data'];
