/**
 * Atom feeds of new and changed sheets (the `feed` library writes the XML): /feed.xml for
 * the whole catalogue, and one per category and per policy domain. Newest first, by the
 * date the sheet last changed; a feed holds the newest `feedSize` sheets.
 */
import { Feed } from 'feed';
import type { PracticeRecord } from '../../schema/record.ts';
import { newestFirst } from './record.ts';

/** Entries per feed: enough for a reader that checks weekly, small enough to fetch often. */
export const feedSize = 50;

/**
 * The library marks titles and summaries as HTML in CDATA sections, and closes a CDATA
 * section only once per text: text from contributors is escaped, so "<" stays text and
 * "]]>" can never end the section early.
 */
const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const atDate = (date: string) => new Date(`${date}T00:00:00Z`);

export interface FeedOptions {
  title: string;
  subtitle: string;
  /** Absolute address of the feed itself (also its id). */
  self: string;
  /** Absolute address of the page the feed belongs to. */
  page: string;
  /** The date of an empty feed (the newest date of the catalogue). */
  fallbackUpdated: string;
  publisher: { name: string; url: string };
  rights: string;
  /** Absolute address of the index of a vocabulary (/categorieen/), the scheme of the entries' categories. */
  scheme(kind: 'categories' | 'policyDomains'): string;
}

export function atomFeed(records: readonly PracticeRecord[], options: FeedOptions): string {
  const entries = newestFirst(records).slice(0, feedSize);
  const feed = new Feed({
    id: options.self,
    title: options.title,
    description: options.subtitle,
    link: options.page,
    feedLinks: { atom: options.self },
    updated: atDate(entries[0]?.lastChanged ?? options.fallbackUpdated),
    author: { name: options.publisher.name, link: options.publisher.url },
    copyright: options.rights,
    generator: false,
  });
  for (const record of entries) {
    feed.addItem({
      id: record.url,
      link: record.url,
      title: escapeHtml(record.title),
      description: escapeHtml(record.summary),
      date: atDate(record.lastChanged),
      published: atDate(record.published),
      category: [
        { term: record.categorySlug, name: record.category, scheme: options.scheme('categories') },
        ...record.policyDomains.map((name, index) => {
          const slug = record.policyDomainSlugs[index]!;
          return { term: slug, name, scheme: options.scheme('policyDomains') };
        }),
      ],
    });
  }
  return feed.atom1();
}
