/**
 * One published sheet as an open data record (src/schema/record.ts). Pure: the Astro side
 * (records.ts) gives it the sheet's data, its description and addresses. The JSON export,
 * the CSV files, the feeds, the structured data and the search page's download all start
 * from these records, so they cannot disagree.
 */
import type { PracticeData } from '../../schema/practice.ts';
import type { PracticeRecord } from '../../schema/record.ts';
import type { VocabularyKey } from '../../schema/vocabulary.ts';
import type { Vocabularies } from '../vocabulary/lookup.ts';

export interface RecordInput {
  id: string;
  data: PracticeData;
  /** The Markdown below the sheet's front matter, trimmed ("" if there is none). */
  description: string;
  /** Absolute address of the sheet's page. */
  url: string;
  /** Absolute address of the image as the site publishes it, if the sheet has one. */
  imageUrl?: string;
  dates: SheetDates;
  /** The citation line for this version of the sheet (openDataText.citation). */
  citation: string;
  /** Address of the data licence (content/site.yaml, licence.data). */
  licence: string;
}

/** A sheet's dates beyond those in its front matter (see sheetDates in records.ts). */
export interface SheetDates {
  /** "Laatst gewijzigd": the day of the last commit of the sheet or its image, else `updated ?? published`. */
  lastChanged: string;
}

function slugIn<T extends { name: string; slug: string }>(
  lookup: { get(name: string): T | undefined },
  what: string,
  name: string,
): T {
  const term = lookup.get(name);
  if (!term)
    throw new Error(
      `"${name}" is not in the ${what} vocabulary (the content loader should have rejected it)`,
    );
  return term;
}

export function toRecord(input: RecordInput, vocabularies: Vocabularies): PracticeRecord {
  const { data } = input;
  const term = (key: Exclude<VocabularyKey, 'municipalities'>, name: string) =>
    slugIn(vocabularies[key], key, name);
  /** A scale's level and its slug, or nothing when the sheet leaves the field out. */
  const level = <F extends 'stage' | 'cost' | 'effort'>(
    field: F,
    key: 'stages' | 'costBands' | 'effortBands',
  ) => {
    const name = data[field];
    return name ? { [field]: name, [`${field}Slug`]: term(key, name).slug } : {};
  };
  return {
    id: input.id,
    url: input.url,
    title: data.title,
    summary: data.summary,
    category: data.category,
    categorySlug: term('categories', data.category).slug,
    goals: data.goals,
    targetGroups: data.targetGroups,
    targetGroupSlugs: data.targetGroups.map((name) => term('targetGroups', name).slug),
    successFactors: data.successFactors,
    challenges: data.challenges,
    partners: data.partners,
    examples: data.examples.map((example) => {
      const municipality = slugIn(
        vocabularies.municipalities,
        'municipalities',
        example.municipality,
      );
      return {
        municipality: municipality.name,
        municipalitySlug: municipality.slug,
        nis: municipality.nis,
        province: municipality.province,
        text: example.text,
        contacts: example.contacts,
        links: example.links,
        status: example.status,
        ...(example.reviewed ? { reviewed: example.reviewed } : {}),
      };
    }),
    policyDomains: data.policyDomains,
    policyDomainSlugs: data.policyDomains.map((name) => term('policyDomains', name).slug),
    ...level('stage', 'stages'),
    ...(data.evidence
      ? {
          evidence: {
            level: data.evidence.level,
            levelSlug: term('evidenceLevels', data.evidence.level).slug,
            ...(data.evidence.report ? { report: data.evidence.report } : {}),
            ...(data.evidence.year ? { year: data.evidence.year } : {}),
          },
        }
      : {}),
    ...level('cost', 'costBands'),
    ...level('effort', 'effortBands'),
    ...(data.since ? { since: data.since } : {}),
    seeAlso: data.seeAlso,
    ...(data.image && input.imageUrl
      ? {
          image: {
            src: data.image.src,
            url: input.imageUrl,
            alt: data.image.alt,
            ...(data.image.credit ? { credit: data.image.credit } : {}),
          },
        }
      : {}),
    published: data.published,
    ...(data.updated ? { updated: data.updated } : {}),
    lastChanged: input.dates.lastChanged,
    ...(data.reviewed ? { reviewed: data.reviewed } : {}),
    keywords: data.keywords,
    description: input.description,
    citation: input.citation,
    licence: input.licence,
  };
}

/** Records newest first (last changed, then title): the order of the feeds. */
export function newestFirst(records: readonly PracticeRecord[]): PracticeRecord[] {
  return records
    .map((record, rank) => ({ record, rank }))
    .sort((a, b) => b.record.lastChanged.localeCompare(a.record.lastChanged) || a.rank - b.rank)
    .map(({ record }) => record);
}

/** The newest "last changed" date of some records (undefined for none). */
export const newestDate = (records: readonly PracticeRecord[]) =>
  records.reduce<string | undefined>(
    (newest, r) => (newest === undefined || r.lastChanged > newest ? r.lastChanged : newest),
    undefined,
  );
