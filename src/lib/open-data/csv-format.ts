/**
 * The CSV files (/praktijken.csv, /voorbeelden.csv): their columns, made from the records,
 * and how they are written. Pure and free of Node APIs: the search page's "download these
 * results" (src/scripts/search/download.ts) writes its file with exactly these columns and
 * options, from /praktijken.json, in the browser.
 *
 * The format, for spreadsheets in Flanders first:
 * - UTF-8 with a byte-order mark, so a spreadsheet opened by double-click shows "é" right;
 * - `;` between cells (what a Belgian or Dutch spreadsheet expects on double-click; a comma
 *   would put a whole row in one cell), CRLF line ends, cells quoted where needed (RFC 4180);
 * - a list in one cell: its items separated by " | ", and in an item "\" written as "\\" and
 *   "|" as "\|" (splitList reads it back);
 * - a cell that starts with = + - @, a tab or a carriage return gets an apostrophe in front,
 *   so a spreadsheet never runs it as a formula: cell text comes from contributors.
 */
import type { ExampleRecord, PracticeRecord } from '../../schema/record.ts';

/** Options for csv-stringify (its Node and browser builds take the same). */
export const csvOptions = {
  bom: true,
  delimiter: ';',
  record_delimiter: 'windows',
  escape_formulas: true,
} as const;

export const listSeparator = ' | ';

const escapeItem = (item: string) => item.replace(/\\/g, '\\\\').replace(/\|/g, '\\|');

/** The items of a list in one cell. */
export function joinList(items: readonly (string | undefined)[]): string {
  return items.map((item) => escapeItem(item ?? '')).join(listSeparator);
}

/** The items of a list cell (see joinList); an empty cell is an empty list. */
export function splitList(cell: string): string[] {
  if (cell === '') return [];
  const items: string[] = [];
  let current = '';
  for (let index = 0; index < cell.length; index++) {
    const char = cell[index]!;
    if (char === '\\' && index + 1 < cell.length) current += cell[++index];
    else if (char === '|') {
      items.push(current.trim());
      current = '';
    } else current += char;
  }
  items.push(current.trim());
  return items;
}

type Cell = string | readonly (string | undefined)[] | undefined;

export interface Column<T> {
  name: string;
  /** The record field the column holds (for its documentation), e.g. ['examples', 'municipality']. */
  field: readonly string[];
  /** True when the cell holds a list (joinList). */
  list: boolean;
  value(row: T): Cell;
}

const column = <T>(name: string, field: readonly string[], value: (row: T) => Cell): Column<T> => ({
  name,
  field,
  list: false,
  value,
});
const listColumn = <T>(
  name: string,
  field: readonly string[],
  value: (row: T) => Cell,
): Column<T> => ({ name, field, list: true, value });

/** /praktijken.csv: one row per sheet. Lists of groups become lists side by side (the n-th item of each belongs together). */
export const practiceColumns: Column<PracticeRecord>[] = [
  column('id', ['id'], (r) => r.id),
  column('url', ['url'], (r) => r.url),
  column('title', ['title'], (r) => r.title),
  column('summary', ['summary'], (r) => r.summary),
  column('category', ['category'], (r) => r.category),
  column('categorySlug', ['categorySlug'], (r) => r.categorySlug),
  listColumn('goals', ['goals'], (r) => r.goals),
  listColumn('targetGroups', ['targetGroups'], (r) => r.targetGroups),
  listColumn('targetGroupSlugs', ['targetGroupSlugs'], (r) => r.targetGroupSlugs),
  listColumn('successFactors', ['successFactors'], (r) => r.successFactors),
  listColumn('challenges', ['challenges'], (r) => r.challenges),
  listColumn('partners', ['partners', 'name'], (r) => r.partners.map((p) => p.name)),
  listColumn('partnerDescriptions', ['partners', 'description'], (r) =>
    r.partners.map((p) => p.description),
  ),
  listColumn('partnerUrls', ['partners', 'url'], (r) => r.partners.map((p) => p.url)),
  listColumn('municipalities', ['examples', 'municipality'], (r) =>
    r.examples.map((e) => e.municipality),
  ),
  listColumn('municipalitySlugs', ['examples', 'municipalitySlug'], (r) =>
    r.examples.map((e) => e.municipalitySlug),
  ),
  listColumn('nis', ['examples', 'nis'], (r) => r.examples.map((e) => e.nis)),
  listColumn('provinces', ['examples', 'province'], (r) => r.examples.map((e) => e.province)),
  listColumn('policyDomains', ['policyDomains'], (r) => r.policyDomains),
  listColumn('policyDomainSlugs', ['policyDomainSlugs'], (r) => r.policyDomainSlugs),
  column('stage', ['stage'], (r) => r.stage),
  column('stageSlug', ['stageSlug'], (r) => r.stageSlug),
  column('evidenceLevel', ['evidence', 'level'], (r) => r.evidence?.level),
  column('evidenceLevelSlug', ['evidence', 'levelSlug'], (r) => r.evidence?.levelSlug),
  column('evidenceReport', ['evidence', 'report'], (r) => r.evidence?.report),
  column('evidenceYear', ['evidence', 'year'], (r) => r.evidence?.year?.toString()),
  column('cost', ['cost'], (r) => r.cost),
  column('costSlug', ['costSlug'], (r) => r.costSlug),
  column('effort', ['effort'], (r) => r.effort),
  column('effortSlug', ['effortSlug'], (r) => r.effortSlug),
  column('since', ['since'], (r) => r.since?.toString()),
  listColumn('seeAlso', ['seeAlso', 'label'], (r) => r.seeAlso.map((s) => s.label)),
  listColumn('seeAlsoUrls', ['seeAlso', 'url'], (r) => r.seeAlso.map((s) => s.url)),
  column('imageSrc', ['image', 'src'], (r) => r.image?.src),
  column('imageUrl', ['image', 'url'], (r) => r.image?.url),
  column('imageAlt', ['image', 'alt'], (r) => r.image?.alt),
  column('imageCredit', ['image', 'credit'], (r) => r.image?.credit),
  column('published', ['published'], (r) => r.published),
  column('updated', ['updated'], (r) => r.updated),
  column('lastChanged', ['lastChanged'], (r) => r.lastChanged),
  column('reviewed', ['reviewed'], (r) => r.reviewed),
  listColumn('keywords', ['keywords'], (r) => r.keywords),
  column('description', ['description'], (r) => r.description),
  column('citation', ['citation'], (r) => r.citation),
  column('licence', ['licence'], (r) => r.licence),
];

export interface ExampleRow {
  practice: PracticeRecord;
  example: ExampleRecord;
}

/** /voorbeelden.csv: one row per municipal example ("Deze praktijk in ..."), sheets by title. */
export const exampleColumns: Column<ExampleRow>[] = [
  column('practiceId', ['id'], (r) => r.practice.id),
  column('practiceTitle', ['title'], (r) => r.practice.title),
  column('practiceUrl', ['url'], (r) => r.practice.url),
  column('municipality', ['examples', 'municipality'], (r) => r.example.municipality),
  column('municipalitySlug', ['examples', 'municipalitySlug'], (r) => r.example.municipalitySlug),
  column('nis', ['examples', 'nis'], (r) => r.example.nis),
  column('province', ['examples', 'province'], (r) => r.example.province),
  column('text', ['examples', 'text'], (r) => r.example.text),
  listColumn('contacts', ['examples', 'contacts', 'label'], (r) =>
    r.example.contacts.map((c) => c.label),
  ),
  listColumn('contactEmails', ['examples', 'contacts', 'email'], (r) =>
    r.example.contacts.map((c) => c.email),
  ),
  listColumn('contactPhones', ['examples', 'contacts', 'phone'], (r) =>
    r.example.contacts.map((c) => c.phone),
  ),
  listColumn('contactUrls', ['examples', 'contacts', 'url'], (r) =>
    r.example.contacts.map((c) => c.url),
  ),
  listColumn('links', ['examples', 'links', 'label'], (r) => r.example.links.map((l) => l.label)),
  listColumn('linkUrls', ['examples', 'links', 'url'], (r) => r.example.links.map((l) => l.url)),
  column('status', ['examples', 'status'], (r) => r.example.status),
  column('reviewed', ['examples', 'reviewed'], (r) => r.example.reviewed),
  column('lastChanged', ['lastChanged'], (r) => r.practice.lastChanged),
  column('citation', ['citation'], (r) => r.practice.citation),
  column('licence', ['licence'], (r) => r.practice.licence),
];

export const exampleRows = (records: readonly PracticeRecord[]): ExampleRow[] =>
  records.flatMap((practice) => practice.examples.map((example) => ({ practice, example })));

/** Rows of cells (header first) for csv-stringify. */
export function csvRows<T>(columns: readonly Column<T>[], rows: readonly T[]): string[][] {
  const cells = rows.map((row) =>
    columns.map((col) => {
      const value = col.value(row);
      if (value === undefined) return '';
      return typeof value === 'string' ? value : joinList(value);
    }),
  );
  return [columns.map((col) => col.name), ...cells];
}

/** What csv-stringify's sync API looks like in both builds. */
export type Stringify = (rows: string[][], options: typeof csvOptions) => string;

/** A CSV file with the project's options; `stringify` is csv-stringify's sync API (Node or browser build). */
export function toCsv<T>(
  stringify: Stringify,
  columns: readonly Column<T>[],
  rows: readonly T[],
): string {
  return stringify(csvRows(columns, rows), csvOptions);
}
