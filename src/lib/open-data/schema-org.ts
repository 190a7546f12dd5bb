/**
 * schema.org structured data (JSON-LD) for search engines: a sheet page describes the sheet
 * as a CreativeWork about its category and policy domains, for its target groups, with its
 * municipalities as places, its dates, publisher and licence; the open data page describes
 * the catalogue's files as a Dataset with its distributions.
 */
import type { PracticeRecord } from '../../schema/record.ts';
import type { CatalogueInfo } from './catalogue-info.ts';

export interface SheetContext {
  publisher: CatalogueInfo['publisher'];
  /** The content licence's address. */
  licence: string;
  datasetId: string;
  /** Absolute addresses of a term's page and of a vocabulary's index. */
  termPage(kind: 'categories' | 'policyDomains' | 'municipalities', slug: string): string;
  termIndex(kind: 'categories' | 'policyDomains'): string;
}

const organisation = (publisher: CatalogueInfo['publisher']) => ({
  '@type': 'Organization',
  name: publisher.fullName,
  alternateName: publisher.name,
  url: publisher.url,
});

export function sheetJsonLd(
  record: PracticeRecord,
  context: SheetContext,
): Record<string, unknown> {
  const term = (kind: 'categories' | 'policyDomains', name: string, slug: string) => ({
    '@type': 'DefinedTerm',
    name,
    termCode: slug,
    url: context.termPage(kind, slug),
    inDefinedTermSet: context.termIndex(kind),
  });
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    '@id': record.url,
    url: record.url,
    name: record.title,
    headline: record.title,
    abstract: record.summary,
    description: record.summary,
    about: [
      term('categories', record.category, record.categorySlug),
      ...record.policyDomains.map((name, index) =>
        term('policyDomains', name, record.policyDomainSlugs[index]!),
      ),
    ],
    audience: record.targetGroups.map((name) => ({ '@type': 'Audience', audienceType: name })),
    ...(record.examples.length
      ? {
          spatialCoverage: record.examples.map((example) => ({
            '@type': 'AdministrativeArea',
            name: example.municipality,
            identifier: { '@type': 'PropertyValue', propertyID: 'NIS', value: example.nis },
            url: context.termPage('municipalities', example.municipalitySlug),
            containedInPlace: { '@type': 'AdministrativeArea', name: example.province },
          })),
        }
      : {}),
    ...(record.keywords.length ? { keywords: record.keywords.join(', ') } : {}),
    ...(record.image
      ? {
          image: {
            '@type': 'ImageObject',
            contentUrl: record.image.url,
            description: record.image.alt,
          },
        }
      : {}),
    datePublished: record.published,
    dateModified: record.lastChanged,
    inLanguage: 'nl-BE',
    publisher: organisation(context.publisher),
    license: context.licence,
    isAccessibleForFree: true,
    isPartOf: { '@type': 'Dataset', '@id': context.datasetId },
  };
}

export function datasetJsonLd(info: CatalogueInfo): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': info.datasetId,
    name: info.datasetTitle,
    description: info.datasetDescription,
    url: info.page,
    license: info.licence.data.url,
    creator: organisation(info.publisher),
    publisher: organisation(info.publisher),
    inLanguage: 'nl-BE',
    keywords: info.keywords,
    isAccessibleForFree: true,
    spatialCoverage: { '@type': 'Place', name: 'Vlaanderen' },
    ...(info.issued ? { datePublished: info.issued } : {}),
    ...(info.modified ? { dateModified: info.modified } : {}),
    includedInDataCatalog: { '@type': 'DataCatalog', name: info.name, url: info.home },
    distribution: info.files.map((file) => ({
      '@type': 'DataDownload',
      name: file.title,
      description: file.description,
      contentUrl: file.url,
      encodingFormat: file.mediaType,
      ...(file.conformsTo ? { schemaVersion: file.conformsTo } : {}),
    })),
  };
}

/**
 * JSON for a <script type="application/ld+json"> element: "<", ">" and "&" are written as
 * \u escapes (the same JSON), so text from a sheet can never close the element or open a
 * comment in it.
 */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
