/**
 * What the descriptions of the open data (DCAT at /catalogus.jsonld, the schema.org Dataset
 * on /open-data/) say about the catalogue: its name, publisher, licences, files and dates.
 * Pure data, filled in by records.ts, so the description builders can be tested alone.
 */
import type { Licence } from '../../schema/site.ts';

export interface OpenDataFile {
  /** Absolute address of the file. */
  url: string;
  /** Absolute IRI of the file as a DCAT distribution (a fragment of the open data page). */
  id: string;
  title: string;
  description: string;
  mediaType: 'application/json' | 'text/csv';
  /** The file type in the EU's file-type vocabulary: JSON or CSV. */
  fileType: 'JSON' | 'CSV';
  /** Absolute address of the JSON Schema the file follows, if any. */
  conformsTo?: string;
}

export interface CatalogueInfo {
  name: string;
  description: string;
  /** Absolute address of the site's home page. */
  home: string;
  /** Absolute address of /open-data/. */
  page: string;
  /** Absolute IRIs of the DCAT catalogue and of the dataset of all sheets. */
  catalogueId: string;
  datasetId: string;
  datasetTitle: string;
  datasetDescription: string;
  publisher: { name: string; fullName: string; url: string };
  /** The editors' address, the contact point of the dataset. */
  email: string;
  licence: { content: Licence; data: Licence };
  keywords: string[];
  /** The first "published" and the newest "last changed" of the sheets (absent in an empty catalogue). */
  issued?: string;
  modified?: string;
  files: OpenDataFile[];
}
