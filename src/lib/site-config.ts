import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { siteSchema, type SiteConfig } from '../schema/site.ts';

/**
 * The validated site settings. SITE_URL and SITE_BASE override the file for one build
 * (tests build under a sub-path; a fork can deploy elsewhere without editing the file).
 */
export function loadSiteConfig(root = process.cwd()): SiteConfig {
  const file = path.join(root, 'content', 'site.yaml');
  const raw = parse(readFileSync(file, 'utf8')) as Record<string, Record<string, unknown>>;
  if (process.env.SITE_URL) raw.site = { ...raw.site, url: process.env.SITE_URL };
  if (process.env.SITE_BASE) raw.site = { ...raw.site, base: process.env.SITE_BASE };
  const result = siteSchema.safeParse(raw);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `${path.relative(process.cwd(), file)}: ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`The site settings are not valid:\n${lines.join('\n')}`);
  }
  return result.data;
}
