/**
 * npx node scripts/site-settings.ts: the publishing settings from content/site.yaml as
 * key=value lines, for a CI job to append to $GITHUB_OUTPUT (.github/workflows/publish.yml).
 * The branch, address and base path are configured there, not in the workflow.
 */
import { loadSiteConfig } from '../src/lib/site/site-config-fs.ts';

function siteSettingsLines(settings: ReturnType<typeof loadSiteConfig>): string[] {
  const values: Record<string, string> = {
    branch: settings.repository.branch,
    site_url: settings.site.url,
    site_base: settings.site.base,
    repository: settings.repository.url,
  };
  for (const [key, value] of Object.entries(values))
    if (/[\r\n]/.test(value))
      throw new Error(`content/site.yaml: the ${key} setting must be on one line`);
  return Object.entries(values).map(([key, value]) => `${key}=${value}`);
}

try {
  console.log(siteSettingsLines(loadSiteConfig()).join('\n'));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
