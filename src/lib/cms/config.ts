/**
 * The Sveltia CMS configuration (Decap-compatible config.yml) for /admin/, generated from
 * the practice schema at build time: every field of a sheet, with its Dutch label and
 * help text, whether it is required, its length limits and, for vocabulary fields, the
 * names editors may choose from. The repository and branch come from content/site.yaml.
 */
import type { SiteConfig } from '../../schema/site.ts';
import { maxImageBytes } from '../sheet/image-check.ts';
import { imageMimeTypes } from '../sheet/image-types.ts';
import type { FieldSpec } from '../contribute/form-spec.ts';
import { maxSlugLength } from '../sheet/write.ts';
import type { VocabularyData } from '../vocabulary/lookup.ts';
import { ui } from '../../i18n/nl.ts';

export type CmsField = Record<string, unknown> & {
  name: string;
  label: string;
  widget: string;
  required: boolean;
};
export type CmsCollection = Record<string, unknown> & { name: string; fields: CmsField[] };
export type CmsConfig = Record<string, unknown> & { collections: CmsCollection[] };

/** Folder of a sheet's images, relative to the sheet (image.src is written relative to the sheet). */
export const imageFolder = 'images';

/** The CMS backend for the repository in content/site.yaml. */
export function cmsBackend(repository: SiteConfig['repository']): Record<string, unknown> {
  let url: URL;
  try {
    url = new URL(repository.url);
  } catch {
    throw new Error(
      `content/site.yaml: repository.url "${repository.url}" is not a web address: write it like https://github.com/owner/name`,
    );
  }
  const repo = url.pathname.replace(/^\/+|\/+$/g, '').replace(/\.git$/, '');
  const host = url.hostname.toLowerCase();
  const common = { repo, branch: repository.branch };
  if (host === 'github.com') return { name: 'github', ...common };
  if (host === 'gitlab.com') return { name: 'gitlab', ...common };
  if (host.includes('gitlab'))
    return { name: 'gitlab', ...common, api_root: `${url.origin}/api/v4`, base_url: url.origin };
  if (host === 'codeberg.org' || host.includes('gitea') || host.includes('forgejo'))
    return { name: 'gitea', ...common, api_root: `${url.origin}/api/v1`, base_url: url.origin };
  throw new Error(
    `content/site.yaml: repository.url "${repository.url}" is not on GitHub, GitLab or Gitea/Forgejo, the forges the CMS at /admin/ can work with: move the repository or remove /admin/`,
  );
}

function field(spec: FieldSpec, vocabularies: VocabularyData): CmsField {
  /** What one item of a list is called: "Doel", "Gemeente", ... */
  const singular = ui.contribute.itemNames[spec.key] ?? ui.contribute.item;
  const minItems = 'minItems' in spec && spec.minItems ? { min: spec.minItems } : {};
  const base = {
    name: spec.key,
    label: spec.title,
    required: spec.required,
    ...(spec.description ? { hint: spec.description } : {}),
  };
  switch (spec.kind) {
    case 'text': {
      const limits = {
        ...(spec.minLength && spec.minLength > 1 ? { minlength: spec.minLength } : {}),
        ...(spec.maxLength ? { maxlength: spec.maxLength } : {}),
      };
      if (spec.input === 'date')
        return { ...base, widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' };
      if (spec.key === 'src')
        return {
          ...base,
          widget: 'image',
          media_folder: imageFolder,
          public_folder: imageFolder,
          accept: imageMimeTypes,
          choose_url: false,
        };
      if (spec.input === 'textarea') return { ...base, widget: 'text', ...limits };
      const type = spec.input === 'email' || spec.input === 'url' ? { type: spec.input } : {};
      return { ...base, widget: 'string', ...type, ...limits };
    }
    case 'number':
      return {
        ...base,
        widget: 'number',
        value_type: 'int',
        ...(spec.minimum !== undefined ? { min: spec.minimum } : {}),
        ...(spec.maximum !== undefined ? { max: spec.maximum } : {}),
      };
    case 'choice':
      return {
        ...base,
        widget: 'select',
        options: spec.options.map((value) => ({
          label: ui.contribute.choiceLabels[value] ?? value,
          value,
        })),
        ...(spec.default ? { default: spec.default } : {}),
      };
    case 'term':
      return {
        ...base,
        widget: 'select',
        options: vocabularies[spec.vocabulary].map((term) => term.name),
      };
    case 'terms':
      return {
        ...base,
        widget: 'select',
        multiple: true,
        options: vocabularies[spec.vocabulary].map((term) => term.name),
        ...minItems,
      };
    case 'texts':
      return {
        ...base,
        widget: 'list',
        label_singular: singular,
        field: { ...field(spec.item, vocabularies), name: 'item', label: singular },
        ...minItems,
      };
    case 'group':
      return {
        ...base,
        widget: 'object',
        collapsed: !spec.required,
        fields: spec.fields.map((f) => field(f, vocabularies)),
      };
    case 'groups': {
      const first = spec.fields.find((f) => f.required) ?? spec.fields[0];
      return {
        ...base,
        widget: 'list',
        label_singular: singular,
        ...(first ? { summary: `{{fields.${first.key}}}` } : {}),
        fields: spec.fields.map((f) => field(f, vocabularies)),
        ...minItems,
      };
    }
  }
}

export interface CmsConfigOptions {
  fields: readonly FieldSpec[];
  vocabularies: VocabularyData;
  site: SiteConfig;
}

/** Fields the CMS gets that are not in the schema: the sheet's Markdown body. */
export const bodyField = 'body';

export function cmsConfig({ fields, vocabularies, site }: CmsConfigOptions): CmsConfig {
  const siteUrl = `${site.site.url.replace(/\/+$/, '')}${site.site.base === '/' ? '' : site.site.base.replace(/\/+$/, '')}/`;
  return {
    backend: { ...cmsBackend(site.repository), commit_messages: ui.cms.commitMessages },
    // Saving commits to the branch, and .github/workflows/publish.yml validates before it deploys.
    // (Sveltia CMS does not support the editorial workflow, changes as pull requests, yet.)
    app_title: ui.cms.appTitle(site.name),
    site_url: siteUrl,
    logo: { src: `${site.site.base.replace(/\/+$/, '')}/favicon.svg` },
    media_folder: `${site.repository.contentDir}/${imageFolder}`,
    public_folder: `/${imageFolder}`,
    media_libraries: { default: { config: { max_file_size: maxImageBytes } } },
    slug: {
      encoding: 'ascii',
      clean_accents: true,
      lowercase: true,
      sanitize_replacement: '-',
      maxlength: maxSlugLength,
    },
    output: { omit_empty_optional_fields: true },
    editor: { preview: false },
    collections: [
      {
        name: 'practices',
        label: ui.cms.collection,
        label_singular: ui.cms.collectionSingular,
        description: ui.cms.collectionDescription,
        folder: site.repository.contentDir,
        extension: 'mdx',
        format: 'yaml-frontmatter',
        create: true,
        delete: true,
        slug: '{{title}}',
        identifier_field: 'title',
        summary: '{{title}}',
        sortable_fields: ['title', 'published', 'updated'],
        media_folder: imageFolder,
        public_folder: imageFolder,
        fields: [
          ...fields.map((f) => field(f, vocabularies)),
          {
            name: bodyField,
            label: ui.contribute.body.title,
            hint: ui.contribute.body.help,
            widget: 'markdown',
            required: false,
            // Only what a sheet's body may hold (src/lib/sheet/body-check.ts): no images, code or embeds.
            buttons: [
              'bold',
              'italic',
              'link',
              'heading-two',
              'heading-three',
              'quote',
              'bulleted-list',
              'numbered-list',
            ],
            editor_components: [],
            linked_images: false,
          },
        ],
      },
    ],
  };
}
