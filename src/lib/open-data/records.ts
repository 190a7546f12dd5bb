/**
 * The open data of a build: every published sheet as a record (record.ts), computed once
 * per build and shared by /praktijken.json, the CSV files, the feeds, the structured data
 * on the pages and the DCAT description; and what those need from the site settings,
 * with every address absolute and under the site's base path (paths.ts names the files).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { formatDate, openDataText } from '../../i18n/nl.ts';
import {
  createExportSchema,
  createRecordSchema,
  type ExportDocument,
  type PracticeRecord,
} from '../../schema/record.ts';
import { decodeSheet, splitSheet } from '../sheet/frontmatter.ts';
import { publishedImage } from '../sheet-files.ts';
import {
  getPracticesByTitle,
  lastUpdated,
  practiceSchema,
  practiceUrl,
  settings,
  taxonomies,
  termUrl,
  url,
  vocabularies,
  type Practice,
} from '../site/site-data.ts';
import type { CatalogueInfo, OpenDataFile } from './catalogue-info.ts';
import { atomFeed } from './feed.ts';
import { openDataPaths, type FeedTaxonomy } from './paths.ts';
import { newestDate, toRecord, type SheetDates } from './record.ts';
import type { SheetContext } from './schema-org.ts';

export { openDataPaths, termFeedPath, type FeedTaxonomy } from './paths.ts';

/** The absolute address of a site path, with the base path: absoluteUrl('feed.xml'). */
export const absoluteUrl = (sitePath = '') => new URL(url(sitePath), settings.site.url).href;

/** The absolute address of a path that already has the base path (practiceUrl(id), termUrl(...)). */
export const absolute = (pathWithBase: string) => new URL(pathWithBase, settings.site.url).href;

/** A sheet's dates beyond its front matter: "Laatst gewijzigd", as its page shows it (site-data's lastUpdated). */
export function sheetDates(practice: Practice): SheetDates {
  return { lastChanged: lastUpdated(practice) };
}

/**
 * The sheet's Markdown description. The content store keeps the rendered HTML, not the
 * source (src/content/practices-loader.ts), so the body is read again from the sheet file,
 * which the build has just checked.
 */
export function sheetDescription(practice: Practice): string {
  if (!practice.filePath)
    throw new Error(`sheet ${practice.id}: the content store does not say which file it came from`);
  const file = path.resolve(process.cwd(), practice.filePath);
  const text = decodeSheet(readFileSync(file));
  const split = text.ok ? splitSheet(text.value) : undefined;
  if (!split?.ok)
    throw new Error(
      `${file}: cannot read the sheet again for the open data export (it changed during the build?)`,
    );
  return split.value.body.trim();
}

export function citationOf(title: string, pageUrl: string, lastChanged: string): string {
  return openDataText.citation({
    organisation: settings.organisation.name,
    title,
    catalogue: settings.name,
    url: pageUrl,
    date: formatDate(lastChanged),
  });
}

function imageUrlOf(practice: Practice): string | undefined {
  const image = publishedImage(practice);
  return image ? absolute(image.url) : undefined;
}

export function recordOf(practice: Practice): PracticeRecord {
  const pageUrl = absolute(practiceUrl(practice.id));
  const dates = sheetDates(practice);
  return toRecord(
    {
      id: practice.id,
      data: practice.data,
      description: sheetDescription(practice),
      url: pageUrl,
      imageUrl: imageUrlOf(practice),
      dates,
      citation: citationOf(practice.data.title, pageUrl, dates.lastChanged),
      licence: settings.licence.data.url,
    },
    vocabularies,
  );
}

let recordsCache: Promise<PracticeRecord[]> | undefined;

/** Every published sheet as a record, by title (the order of /praktijken.json and the CSV files). */
export function getRecords(): Promise<PracticeRecord[]> {
  recordsCache ??= getPracticesByTitle().then((practices) => {
    const started = performance.now();
    const records = practices.map(recordOf);
    // Read by npm run bench (scripts/bench.ts): what the open data adds to a build.
    console.log(
      `[open-data] ${records.length} records made in ${Math.round(performance.now() - started)} ms`,
    );
    return records;
  });
  return recordsCache;
}

/** The zod schema of one record and of the whole JSON export, for this build's vocabularies. */
export const recordSchema = createRecordSchema(practiceSchema, vocabularies);
export const exportSchema = createExportSchema(practiceSchema, vocabularies);

/** /praktijken.json. */
export async function exportDocument(): Promise<ExportDocument> {
  const records = await getRecords();
  const modified = newestDate(records);
  return {
    $schema: absoluteUrl(openDataPaths.jsonSchema),
    name: settings.name,
    url: absoluteUrl(),
    publisher: {
      name: settings.organisation.name,
      fullName: settings.organisation.fullName,
      url: settings.organisation.url,
    },
    licence: { name: settings.licence.data.name, url: settings.licence.data.url },
    citation: openDataText.catalogueCitation({
      organisation: settings.organisation.name,
      catalogue: settings.name,
      url: absoluteUrl(),
      licence: settings.licence.data.name,
    }),
    ...(modified ? { modified } : {}),
    count: records.length,
    practices: records,
  };
}

/** The records of a category or policy domain. */
export function recordsOfTerm(
  records: readonly PracticeRecord[],
  key: FeedTaxonomy,
  slug: string,
): PracticeRecord[] {
  return records.filter((record) =>
    key === 'categories' ? record.categorySlug === slug : record.policyDomainSlugs.includes(slug),
  );
}

/** An Atom feed of some records, for a page of the site (site paths without the base). */
export async function feedResponse(options: {
  records: readonly PracticeRecord[];
  title: string;
  subtitle: string;
  page: string;
  feed: string;
}): Promise<Response> {
  const xml = atomFeed(options.records, {
    title: options.title,
    subtitle: options.subtitle,
    self: absoluteUrl(options.feed),
    page: absoluteUrl(options.page),
    fallbackUpdated: newestDate(await getRecords()) ?? '1970-01-01',
    publisher: { name: settings.organisation.fullName, url: settings.organisation.url },
    rights: openDataText.rights(settings.licence.content.name, settings.licence.content.url),
    scheme: (key) => absoluteUrl(`${taxonomies[key].segment}/`),
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
}

/** What the DCAT description and the schema.org Dataset say about the catalogue (catalogue-info.ts). */
export async function catalogueInfo(): Promise<CatalogueInfo> {
  const records = await getRecords();
  const page = absoluteUrl(openDataPaths.page);
  const files = openDataText.files;
  const file = (
    key: 'json' | 'practicesCsv' | 'examplesCsv',
    mediaType: OpenDataFile['mediaType'],
    conformsTo?: string,
  ): OpenDataFile => ({
    url: absoluteUrl(openDataPaths[key]),
    id: `${page}#${files[key].anchor}`,
    title: files[key].title,
    description: files[key].description,
    mediaType,
    fileType: mediaType === 'text/csv' ? 'CSV' : 'JSON',
    ...(conformsTo ? { conformsTo } : {}),
  });
  const issued = records.reduce<string | undefined>(
    (first, r) => (first === undefined || r.published < first ? r.published : first),
    undefined,
  );
  const modified = newestDate(records);
  return {
    name: settings.name,
    description: settings.tagline,
    home: absoluteUrl(),
    page,
    catalogueId: `${page}#catalogus`,
    datasetId: sheetJsonLdContext.datasetId,
    datasetTitle: openDataText.datasetTitle(settings.name),
    datasetDescription: openDataText.datasetDescription(settings.organisation.name),
    publisher: settings.organisation,
    email: settings.editorsEmail,
    licence: settings.licence,
    keywords: [...openDataText.keywords, ...vocabularies.categories.terms.map((term) => term.name)],
    ...(issued ? { issued } : {}),
    ...(modified ? { modified } : {}),
    files: [
      file('json', 'application/json', absoluteUrl(openDataPaths.jsonSchema)),
      file('practicesCsv', 'text/csv'),
      file('examplesCsv', 'text/csv'),
    ],
  };
}

let byId: Promise<Map<string, PracticeRecord>> | undefined;

/** The record of one published sheet (for its page's structured data and licence box). */
export async function recordById(id: string): Promise<PracticeRecord> {
  byId ??= getRecords().then((records) => new Map(records.map((record) => [record.id, record])));
  const record = (await byId).get(id);
  if (!record) throw new Error(`no published sheet "${id}"`);
  return record;
}

/** What a sheet page's schema.org data needs besides the record. */
export const sheetJsonLdContext: SheetContext = {
  publisher: settings.organisation,
  licence: settings.licence.content.url,
  datasetId: `${absoluteUrl(openDataPaths.page)}#praktijken`,
  termPage: (kind, slug) => absolute(termUrl(kind, slug)),
  termIndex: (kind) => absoluteUrl(`${taxonomies[kind].segment}/`),
};
