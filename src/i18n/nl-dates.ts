/** The site's language and how it writes a date (used by nl.ts and by the search page's script). */

/** The language of every page (`<html lang>`) and of the form's outputs. */
export const lang = 'nl-BE';

const dateFormat = new Intl.DateTimeFormat(lang, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "25 november 2026" from "2026-11-25". */
export function formatDate(iso: string): string {
  return dateFormat.format(new Date(`${iso}T00:00:00Z`));
}
