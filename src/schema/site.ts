import { z } from 'zod';

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
  reviewCycleMonths: z
    .number()
    .int('must be a whole number of months')
    .min(1, 'must be at least 1 month')
    .max(120, 'must be at most 120 months (10 years)')
    .default(24)
    .describe('A sheet not reviewed for this many months is shown as due for review ("aan herziening toe").'),
  site: z.strictObject({
    url: z.url().describe('Public address of the catalogue, without the sub-path.'),
    base: z
      .string()
      .regex(/^\/([a-z0-9._-]+\/?)*$/i, 'must be "/" or a sub-path like "/praktijkbank"')
      .describe('Sub-path the site is served under: "/" or e.g. "/praktijkbank" on GitHub Pages.'),
  }),
});

export type SiteConfig = z.infer<typeof siteSchema>;
