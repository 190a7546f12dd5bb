/**
 * What the compare page knows of one sheet: /vergelijk/<slug>.json, written at build time
 * (src/lib/site/compare.ts) and read in the browser (app.ts). Everything is display-ready:
 * texts, and addresses on this site or checked by the schema (http/https).
 */
import type { GlanceItem } from '../../lib/site/glance.ts';

export interface CompareLink {
  text: string;
  href: string;
}

export interface CompareSheet {
  id: string;
  title: string;
  url: string;
  summary: string;
  category: CompareLink;
  /** The at-a-glance items, in the sheet page's order. */
  glance: GlanceItem[];
  goals: string[];
  targetGroups: CompareLink[];
  successFactors: string[];
  challenges: string[];
  municipalities: CompareLink[];
}

/** The rows after the at-a-glance items, in the table's order. */
export const listRows = [
  'goals',
  'targetGroups',
  'successFactors',
  'challenges',
  'municipalities',
] as const;
