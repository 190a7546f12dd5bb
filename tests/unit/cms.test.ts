/**
 * The Sveltia CMS config generated from the schema: valid for Sveltia, every schema field
 * editable, required fields required, pick-lists from the vocabularies, repository and
 * branch from the site settings; plus the /admin/ page's own CSP and its Dutch start-up.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { loadVocabularyContext } from '../../src/lib/catalogue/catalogue-fs.ts';
import { cmsFonts, localeScript, sveltiaBundle, sveltiaVersion } from '../../src/lib/cms/assets.ts';
import { bodyField, cmsBackend, cmsConfig, type CmsField } from '../../src/lib/cms/config.ts';
import { adminCsp } from '../../src/lib/cms/csp.ts';
import { formSpec } from '../../src/lib/contribute/form-spec.ts';
import { loadSiteConfig } from '../../src/lib/site/site-config-fs.ts';
import {
  fieldsOf,
  isRequired,
  kindOf,
  toJsonSchema,
  vocabularyOf,
  type JsonSchema,
} from '../../src/schema/json-schema.ts';
import { repoRoot } from '../helpers/paths.ts';

const context = loadVocabularyContext(path.join(repoRoot, 'content'));
const site = loadSiteConfig(repoRoot);
const config = cmsConfig({ fields: formSpec(context.schema), vocabularies: context.data, site });
const collection = config.collections[0]!;

const require = createRequire(import.meta.url);
const sveltiaDir = path.dirname(path.dirname(require.resolve('@sveltia/cms')));

/** Widgets Sveltia CMS has (its JSON schema lets an unknown widget through as a custom one). */
const builtInWidgets = [
  'boolean',
  'code',
  'color',
  'compute',
  'datetime',
  'file',
  'hidden',
  'image',
  'keyvalue',
  'list',
  'map',
  'markdown',
  'number',
  'object',
  'relation',
  'richtext',
  'select',
  'string',
  'text',
  'uuid',
];

describe('the CMS config', () => {
  it('is valid according to the JSON schema Sveltia CMS ships', () => {
    const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
    const validate = ajv.compile(
      JSON.parse(readFileSync(path.join(sveltiaDir, 'schema', 'sveltia-cms.json'), 'utf8')),
    );
    expect(validate(config), JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true);
    // The schema is strict enough to catch a misspelt option.
    expect(validate({ ...config, colections: [] })).toBe(false);
  });

  it('makes every field of the schema editable, with the same required fields and limits', () => {
    const seen: string[] = [];
    const compare = (group: JsonSchema, cmsFields: CmsField[], prefix: string) => {
      const keys = fieldsOf(group);
      expect(
        cmsFields.map((f) => f.name).filter((n) => !(prefix === '' && n === bodyField)),
      ).toEqual(keys);
      for (const key of keys) {
        const name = `${prefix}${key}`;
        seen.push(name);
        const field = group.properties![key]!;
        const cms = cmsFields.find((f) => f.name === key)!;
        expect(builtInWidgets, name).toContain(cms.widget);
        expect(typeof cms.label === 'string' && cms.label.length > 0, name).toBe(true);
        const [min, max] =
          kindOf(field) === 'list'
            ? [field.minItems, field.maxItems]
            : [field.minLength, field.maxLength];
        if (kindOf(field) === 'list') {
          // A list is required when it needs at least one item, and then says how many.
          expect(cms.required, name).toBe((min ?? 0) > 0);
          if (min) expect(cms.min, name).toBe(min);
          const element = field.items!;
          if (kindOf(element) === 'group') compare(element, cms.fields as CmsField[], `${name}[].`);
          else if (!vocabularyOf(field))
            expect((cms.field as CmsField).widget, name).toMatch(/^(string|text)$/);
        } else {
          expect(cms.required, name).toBe(isRequired(group, key));
          if (kindOf(field) === 'group') compare(field, cms.fields as CmsField[], `${name}.`);
          if (cms.widget === 'string' || cms.widget === 'text') {
            expect(cms.maxlength, name).toBe(max);
            if (min && min > 1) expect(cms.minlength, name).toBe(min);
          }
        }
      }
    };
    compare(toJsonSchema(context.schema), collection.fields, '');
    expect(seen).toContain('examples[].contacts[].email');
    expect(seen).toContain('source.imageCaption');
    expect(seen).toEqual(
      expect.arrayContaining([
        'reviewed',
        'examples[].reviewed',
        'examples[].status',
        'source.provisionalTitle',
      ]),
    );
    expect(collection.fields.at(-1)).toMatchObject({
      name: 'body',
      widget: 'markdown',
      required: false,
      editor_components: [],
    });
  });

  it('offers exactly the vocabulary names in the pick-lists', () => {
    const byName = (name: string) => collection.fields.find((f) => f.name === name)!;
    expect(byName('category')).toMatchObject({
      widget: 'select',
      options: context.data.categories.map((t) => t.name),
    });
    expect(byName('targetGroups')).toMatchObject({
      widget: 'select',
      multiple: true,
      min: 1,
      options: context.data.targetGroups.map((t) => t.name),
    });
    expect(byName('policyDomains')).toMatchObject({
      multiple: true,
      options: context.data.policyDomains.map((t) => t.name),
    });
    const examples = byName('examples').fields as CmsField[];
    expect((examples.find((f) => f.name === 'municipality')!.options as string[]).length).toBe(
      context.data.municipalities.length,
    );
    const example = (name: string) =>
      (byName('examples').fields as CmsField[]).find((f) => f.name === name)!;
    expect(example('status')).toMatchObject({
      widget: 'select',
      required: false,
      default: 'lopend',
      options: [
        expect.objectContaining({ value: 'lopend' }),
        expect.objectContaining({ value: 'gestopt' }),
      ],
    });
    expect(example('reviewed')).toMatchObject({
      widget: 'datetime',
      type: 'date',
      required: false,
      label: 'Laatst nagekeken',
    });
    expect(byName('reviewed')).toMatchObject({
      widget: 'datetime',
      type: 'date',
      required: false,
      label: 'Laatst nagekeken',
    });
    expect(byName('status')).toMatchObject({
      widget: 'select',
      default: 'published',
      options: [
        expect.objectContaining({ value: 'published' }),
        expect.objectContaining({ value: 'draft' }),
      ],
    });
    expect(byName('published')).toMatchObject({
      widget: 'datetime',
      type: 'date',
      format: 'YYYY-MM-DD',
    });
  });

  it('offers the scales in their order, optional, and the years as whole numbers', () => {
    const byName = (name: string) => collection.fields.find((f) => f.name === name)!;
    expect(byName('stage')).toMatchObject({
      widget: 'select',
      required: false,
      options: context.data.stages.map((t) => t.name),
    });
    expect(byName('cost')).toMatchObject({
      widget: 'select',
      required: false,
      options: context.data.costBands.map((t) => t.name),
    });
    expect(byName('effort')).toMatchObject({
      widget: 'select',
      required: false,
      options: context.data.effortBands.map((t) => t.name),
    });
    expect(byName('since')).toMatchObject({
      widget: 'number',
      value_type: 'int',
      min: 1900,
      max: 2100,
      required: false,
    });
    const evidence = byName('evidence');
    expect(evidence).toMatchObject({ widget: 'object', required: false });
    expect((evidence.fields as CmsField[]).map((f) => [f.name, f.widget, f.required])).toEqual([
      ['level', 'select', true],
      ['report', 'string', false],
      ['year', 'number', false],
    ]);
    expect((evidence.fields as CmsField[])[0]!.options).toEqual(
      context.data.evidenceLevels.map((t) => t.name),
    );
    expect(byName('seeAlso')).toMatchObject({ widget: 'list', required: false });
    expect((byName('seeAlso').fields as CmsField[]).map((f) => [f.name, f.required])).toEqual([
      ['label', true],
      ['url', true],
    ]);
    // The fields sit in the schema's order, after the policy domains.
    const names = collection.fields.map((f) => f.name);
    expect(names.slice(names.indexOf('policyDomains'), names.indexOf('policyDomains') + 7)).toEqual(
      ['policyDomains', 'stage', 'evidence', 'cost', 'effort', 'since', 'seeAlso'],
    );
  });

  it('stores sheets and their images where the validator and the site look for them', () => {
    expect(collection).toMatchObject({
      folder: site.repository.contentDir,
      extension: 'mdx',
      format: 'yaml-frontmatter',
      media_folder: 'images',
      public_folder: 'images',
    });
    const image = collection.fields.find((f) => f.name === 'image')!.fields as CmsField[];
    expect(image.find((f) => f.name === 'src')).toMatchObject({
      widget: 'image',
      media_folder: 'images',
      public_folder: 'images',
    });
    expect(config).toMatchObject({
      output: { omit_empty_optional_fields: true },
      media_libraries: { default: { config: { max_file_size: 2 * 1024 * 1024 } } },
    });
  });

  it('takes the repository and branch from the site settings', () => {
    expect(config.backend).toMatchObject({
      name: 'github',
      repo: 'vvsg/praktijkbank',
      branch: site.repository.branch,
    });
    const other = cmsConfig({
      fields: [],
      vocabularies: context.data,
      site: {
        ...site,
        repository: {
          url: 'https://github.com/stad-gent/goede-praktijken.git',
          branch: 'publicatie',
          contentDir: 'fiches',
        },
      },
    });
    expect(other.backend).toMatchObject({
      name: 'github',
      repo: 'stad-gent/goede-praktijken',
      branch: 'publicatie',
    });
    expect(other.collections[0]).toMatchObject({ folder: 'fiches' });
    expect(
      cmsBackend({ url: 'https://gitlab.com/vvsg/praktijkbank', branch: 'main', contentDir: 'x' }),
    ).toMatchObject({ name: 'gitlab', repo: 'vvsg/praktijkbank' });
    expect(() =>
      cmsBackend({ url: 'https://example.org/vvsg/praktijkbank', branch: 'main', contentDir: 'x' }),
    ).toThrow(/content\/site.yaml: repository.url .* GitHub, GitLab or Gitea/);
  });
});

describe('the /admin/ page', () => {
  it("has its own policy: scripts and fonts only from the site, no eval, only the forge's API outside", () => {
    const csp = adminCsp(site.repository);
    const directives = Object.fromEntries(
      csp.split('; ').map((d): [string, string[]] => [d.split(' ')[0]!, d.split(' ').slice(1)]),
    );
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['font-src']).toEqual(["'self'"]);
    expect(csp).not.toContain('unsafe-eval');
    expect(directives['connect-src']).toContain('https://api.github.com');
    expect(directives['object-src']).toEqual(["'none'"]);
  });

  it('serves the bundle of the installed package, with its fonts from the site instead of a CDN', () => {
    const bundle = sveltiaBundle('/praktijkbank/admin/fonts/');
    expect(bundle.length).toBeGreaterThan(500_000);
    expect(bundle).toContain(`version:\`${sveltiaVersion()}\``);
    expect(bundle).not.toMatch(/sourceMappingURL/);
    expect(bundle).not.toContain('cdn.jsdelivr.net');
    const fonts = cmsFonts();
    expect(fonts.map((f) => f.file).sort()).toEqual([
      'material-symbols-outlined-latin-wght-normal.woff2',
      'noto-mono-latin-400-normal.woff2',
      'source-sans-3-latin-wght-normal.woff2',
    ]);
    for (const font of fonts) {
      expect(bundle).toContain(`/praktijkbank/admin/fonts/${font.file}`);
      expect(readFileSync(font.path).subarray(0, 4).toString('latin1')).toBe('wOF2');
    }
  });

  it('starts the CMS in Dutch from the strings the package ships, unless the editor chose another language', () => {
    const store = new Map<string, string>();
    const localStorage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    };
    runInNewContext(localeScript(), { window: { localStorage }, JSON });
    expect(JSON.parse(store.get('sveltia-cms.prefs')!)).toEqual({ locale: 'nl' });
    const cache = JSON.parse(store.get('sveltia-cms.locale')!);
    expect(cache).toMatchObject({ _locale: 'nl', _version: sveltiaVersion() });
    expect(JSON.stringify(cache)).toContain('Inloggen met {$service}');

    store.clear();
    store.set('sveltia-cms.prefs', JSON.stringify({ locale: 'fr', theme: 'dark' }));
    runInNewContext(localeScript(), { window: { localStorage }, JSON });
    expect(JSON.parse(store.get('sveltia-cms.prefs')!)).toEqual({ locale: 'fr', theme: 'dark' });
    expect(store.has('sveltia-cms.locale')).toBe(false);
  });
});
