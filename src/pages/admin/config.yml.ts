/** /admin/config.yml: the Sveltia CMS configuration, generated from the practice schema at build time. */
import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { loadVocabularyContext } from '../../lib/catalogue/catalogue-fs.ts';
import { contentDir } from '../../lib/catalogue/content-dir.ts';
import { cmsConfig } from '../../lib/cms/config.ts';
import { formSpec } from '../../lib/contribute/form-spec.ts';
import { settings } from '../../lib/site/site-data.ts';

export const GET: APIRoute = () => {
  const { schema, data } = loadVocabularyContext(contentDir());
  const config = cmsConfig({ fields: formSpec(schema), vocabularies: data, site: settings });
  const header =
    '# Generated from src/schema/practice.ts and content/site.yaml at build time (src/lib/cms/config.ts). Do not edit.\n';
  return new Response(header + stringify(config, { lineWidth: 0 }), {
    headers: { 'content-type': 'text/yaml; charset=utf-8' },
  });
};
