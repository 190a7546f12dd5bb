/** /feed.xml: Atom feed of new and changed sheets of the whole catalogue, newest first (src/lib/open-data/feed.ts). */
import type { APIRoute } from 'astro';
import { ui } from '../i18n/nl.ts';
import { feedResponse, getRecords, openDataPaths } from '../lib/open-data/records.ts';
import { settings } from '../lib/site-data.ts';

export const GET: APIRoute = async () =>
  feedResponse({
    records: await getRecords(),
    title: ui.openData.feedTitle(settings.name),
    subtitle: ui.openData.feedSubtitle,
    page: 'praktijken/',
    feed: openDataPaths.feed,
  });
