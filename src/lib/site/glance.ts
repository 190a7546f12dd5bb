/**
 * "In één oogopslag": what a reader weighs first, the same items in the same order for
 * every sheet, so two sheets read the same way. One list for the sheet page's panel, the
 * cards (the first few items) and the compare page's data. A missing value is "Onbekend",
 * linked to the page that explains the scale; it is never guessed.
 */
import { ui, formatDate } from '../../i18n/nl.ts';
import { isScale, vocabularyRegistry, type ScaleKey } from '../../schema/vocabulary.ts';
import { practiceUrl, termUrl, url, vocabularies, type Practice } from './site-data.ts';

export const glanceKeys = [
  'stage',
  'evidence',
  'cost',
  'effort',
  'since',
  'municipalities',
  'reviewed',
] as const;
export type GlanceKey = (typeof glanceKeys)[number];

/** The items a card (a list, a search result) shows: the two or three that matter most. */
export const cardGlanceKeys = ['stage', 'evidence', 'cost'] as const satisfies readonly GlanceKey[];
export type CardGlanceKey = (typeof cardGlanceKeys)[number];

/** The scale behind each scale item. */
export const scaleOf = {
  stage: 'stages',
  evidence: 'evidenceLevels',
  cost: 'costBands',
  effort: 'effortBands',
} as const satisfies Partial<Record<GlanceKey, ScaleKey>>;

export interface GlanceValue {
  text: string;
  /** The value's explanation page (a scale level, or the scale for "Onbekend"), or where it is on the sheet. */
  href?: string;
  /** Words after the value, e.g. "in 2023" for an evaluation. */
  note?: string;
  /** A second link, e.g. the evaluation report. */
  link?: { text: string; href: string };
  /** Not given by the sheet. */
  unknown?: boolean;
}

export interface GlanceItem {
  key: GlanceKey;
  label: string;
  value: GlanceValue;
}

/** The scale's index page, which explains every level: where "Onbekend" leads. */
export const scaleUrl = (key: ScaleKey) => url(`${vocabularyRegistry[key].segment}/`);

function scaleValue(key: ScaleKey, name: string | undefined): GlanceValue {
  if (!isScale(key)) throw new Error(`${String(key)} is not a scale`);
  const level = name === undefined ? undefined : vocabularies[key].get(name);
  if (!level) return { text: ui.glance.unknown, href: scaleUrl(key), unknown: true };
  return { text: level.name, href: termUrl(key, level.slug) };
}

/**
 * The date a sheet was last reviewed, where the catalogue records one (the `reviewed`
 * field of sheets that have it); other sheets leave the item out rather than show a guess.
 */
function reviewedOf(practice: Practice): string | undefined {
  const reviewed = (practice.data as { reviewed?: unknown }).reviewed;
  return typeof reviewed === 'string' && reviewed ? reviewed : undefined;
}

/** Every item for one sheet, in glance order. `sheetAnchors`: link the municipality count to the sheet's own examples. */
export function glanceItems(practice: Practice, { sheetAnchors = false } = {}): GlanceItem[] {
  const { data } = practice;
  const items: GlanceItem[] = [];
  for (const key of glanceKeys) {
    const label = ui.glance[key];
    switch (key) {
      case 'stage':
      case 'cost':
      case 'effort':
        items.push({ key, label, value: scaleValue(scaleOf[key], data[key]) });
        break;
      case 'evidence': {
        const value = scaleValue(scaleOf.evidence, data.evidence?.level);
        if (data.evidence?.year) value.note = ui.glance.evaluatedIn(data.evidence.year);
        if (data.evidence?.report)
          value.link = { text: ui.glance.report, href: data.evidence.report };
        items.push({ key, label, value });
        break;
      }
      case 'since':
        items.push({
          key,
          label,
          value: data.since
            ? { text: String(data.since) }
            : { text: ui.glance.unknown, unknown: true },
        });
        break;
      case 'municipalities': {
        const count = new Set(data.examples.map((example) => example.municipality)).size;
        const href = count
          ? sheetAnchors
            ? '#voorbeelden'
            : `${practiceUrl(practice.id)}#voorbeelden`
          : undefined;
        items.push({
          key,
          label,
          value: { text: ui.glance.municipalityCount(count), ...(href ? { href } : {}) },
        });
        break;
      }
      case 'reviewed': {
        const reviewed = reviewedOf(practice);
        if (reviewed) items.push({ key, label, value: { text: formatDate(reviewed) } });
        break;
      }
    }
  }
  return items;
}

/** The items a card shows, by key. */
export function cardGlance(practice: Practice): GlanceItem[] {
  return glanceItems(practice).filter((item) =>
    (cardGlanceKeys as readonly string[]).includes(item.key),
  );
}
