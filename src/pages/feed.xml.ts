/** /feed.xml: Atom feed of new and changed sheets of the whole catalogue, newest first (src/lib/open-data/feed.ts). */
import type { APIRoute } from 'astro';
import { openDataText } from '../i18n/nl.ts';
import { feedResponse, getRecords, openDataPaths } from '../lib/open-data/records.ts';
import { settings } from '../lib/site/site-data.ts';

export const GET: APIRoute = async () =>
  feedResponse({
    records: await getRecords(),
    title: openDataText.feedTitle(settings.name),
    subtitle: openDataText.feedSubtitle,
    page: 'praktijken/',
    feed: openDataPaths.feed,
  });
