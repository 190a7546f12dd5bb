import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { siteSchema, type SiteConfig } from '../../schema/site.ts';
import { contentDir } from '../catalogue/content-dir.ts';

/**
 * The validated site settings, from site.yaml in the content folder (so a catalogue named by
 * PRAKTIJKBANK_CONTENT brings its own name, e-mail address and repository). SITE_URL and SITE_BASE override the file for one build
 * (tests build under a sub-path; a fork can deploy elsewhere without editing the file).
 */
export function loadSiteConfig(root = process.cwd(), dir = contentDir(root)): SiteConfig {
  const file = path.join(dir, 'site.yaml');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(
      `The site settings are missing: create ${path.relative(process.cwd(), file)} (see content/site.yaml in the repository for an example).`,
    );
  }
  const raw = parse(text) as Record<string, Record<string, unknown>>;
  if (process.env.SITE_URL) raw.site = { ...raw.site, url: process.env.SITE_URL };
  if (process.env.SITE_BASE) raw.site = { ...raw.site, base: process.env.SITE_BASE };
  const result = siteSchema.safeParse(raw);
  if (!result.success) {
    const lines = result.error.issues.map(
      (issue) => `${path.relative(process.cwd(), file)}: ${issue.path.join('.')}: ${issue.message}`,
    );
    throw new Error(`The site settings are not valid:\n${lines.join('\n')}`);
  }
  return result.data;
}
