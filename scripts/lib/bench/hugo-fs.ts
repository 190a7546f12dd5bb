/**
 * The same catalogue as a Hugo site, for the benchmark's comparison (docs/benchmarks.md): the
 * sheets become Hugo pages with the same taxonomies, list pages of 50, three related sheets
 * per page and the same Pagefind attributes, rendered by the templates in ./hugo/. Hugo is
 * Debian's package (`apt-get install hugo`); without it the comparison is left out.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { loadVocabularyData } from '../../../src/lib/vocabulary/load-fs.ts';

const templates = path.join(path.dirname(fileURLToPath(import.meta.url)), 'hugo');

export function hugoVersion(): string | undefined {
  try {
    return /v[\d.]+/.exec(execFileSync('hugo', ['version'], { encoding: 'utf8' }))?.[0];
  } catch {
    return undefined;
  }
}

export interface HugoSiteOptions {
  /** A generated content folder (npm run generate). */
  content: string;
  /** Where to write the Hugo site. */
  out: string;
  /**
   * Related-content tuning as a Hugo user would do it at this size (cardinalityThreshold);
   * Hugo's defaults compare every page with every other.
   */
  tuned: boolean;
}

/** Writes the Hugo site (config, content, layouts); `hugo -s <out>` builds it into <out>/public. */
export function writeHugoSite({ content, out, tuned }: HugoSiteOptions): void {
  const { data } = loadVocabularyData(content);
  const provinceOf = new Map<string, string>();
  for (const m of data.municipalities) {
    provinceOf.set(m.name, m.province);
    for (const former of m.formerNames ?? []) provinceOf.set(former, m.province);
  }
  const index = (name: string, weight: number) => ({
    name,
    weight,
    ...(tuned ? { cardinalityThreshold: 10 } : {}),
  });
  const config = {
    baseURL: 'https://praktijkbank.example/',
    languageCode: 'nl-BE',
    title: 'Praktijkbank',
    params: { organisation: 'VVSG' },
    paginate: 50,
    disableKinds: ['RSS', 'sitemap', 'robotsTXT'],
    taxonomies: {
      categorie: 'categorieen',
      beleidsdomein: 'beleidsdomeinen',
      doelgroep: 'doelgroepen',
      gemeente: 'gemeenten',
    },
    related: {
      includeNewer: true,
      threshold: 1,
      toLower: false,
      indices: [index('categorieen', 3), index('beleidsdomeinen', 1), index('doelgroepen', 1)],
    },
    markup: { goldmark: { renderer: { unsafe: false } } },
  };
  mkdirSync(path.join(out, 'content/praktijken'), { recursive: true });
  writeFileSync(path.join(out, 'hugo.yaml'), stringify(config));
  cpSync(path.join(templates, 'layouts'), path.join(out, 'layouts'), { recursive: true });
  writeFileSync(
    path.join(out, 'content/praktijken/_index.md'),
    '---\ntitle: Alle praktijken\n---\n',
  );

  const sheets = path.join(content, 'practices');
  for (const name of readdirSync(sheets)) {
    if (!name.endsWith('.mdx')) continue;
    const text = readFileSync(path.join(sheets, name), 'utf8');
    const end = text.indexOf('\n---\n', 4);
    const sheet = parse(text.slice(4, end)) as Record<string, unknown> & {
      category: string;
      examples?: { municipality: string }[];
      published: string;
      updated?: string;
      status?: string;
    };
    if (sheet.status === 'draft') continue;
    const municipalities = (sheet.examples ?? []).map((e) => e.municipality);
    const front = {
      ...sheet,
      date: sheet.published,
      lastmod: sheet.updated ?? sheet.published,
      categorieen: [sheet.category],
      beleidsdomeinen: sheet.policyDomains,
      doelgroepen: sheet.targetGroups,
      gemeenten: municipalities,
      provincies: [...new Set(municipalities.map((m) => provinceOf.get(m)).filter(Boolean))],
    };
    writeFileSync(
      path.join(out, 'content/praktijken', name.replace(/\.mdx$/, '.md')),
      `---\n${stringify(front)}---\n${text.slice(end + 5)}`,
    );
  }
}
