/**
 * When a sheet (or one of its municipal examples) was last checked by an editor, and whether
 * that is longer ago than the review cycle (`reviewCycleMonths` in content/site.yaml). Pure
 * date arithmetic on YYYY-MM-DD strings, so the sheet page, the search index and the
 * worklist agree to the day.
 */

export type IsoDay = string;

/** The date `months` calendar months after `day`; a day the target month lacks becomes its last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: IsoDay, months: number): IsoDay {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(targetYear, 4)}-${pad(targetMonth + 1)}-${pad(Math.min(date, lastDay))}`;
}

export interface ReviewState {
  /** The day the sheet counts as last checked. */
  checked: IsoDay;
  /** Where that day comes from: an explicit review, or the publication or last content update. */
  source: 'reviewed' | 'updated' | 'published';
  /** The last day the check is still within the cycle; from the day after, the sheet is due. */
  validUntil: IsoDay;
  /** True once `today` is past `validUntil`. */
  due: boolean;
}

interface Dated {
  reviewed?: IsoDay;
  updated?: IsoDay;
  published: IsoDay;
}

/**
 * A sheet counts as checked on the latest of its `reviewed`, `updated` and `published`
 * dates: publishing a sheet or rewriting its content is checking it too. It is due for
 * review once more than `cycleMonths` months have passed since: checked on 15 March 2023
 * with a 24-month cycle, it is still current on 15 March 2025 and due from 16 March 2025.
 */
export function reviewState(sheet: Dated, cycleMonths: number, today: IsoDay): ReviewState {
  // On a tie the explicit review wins: it is what the editor meant to record.
  let checked = sheet.published;
  let source: ReviewState['source'] = 'published';
  if (sheet.updated && sheet.updated > checked) [checked, source] = [sheet.updated, 'updated'];
  if (sheet.reviewed && sheet.reviewed >= checked) [checked, source] = [sheet.reviewed, 'reviewed'];
  const validUntil = addMonths(checked, cycleMonths);
  return { checked, source, validUntil, due: today > validUntil };
}

/** An example's own review, if it has one: due on the same rule as a sheet. */
export function exampleReviewDue(
  example: { reviewed?: IsoDay },
  cycleMonths: number,
  today: IsoDay,
): boolean {
  return example.reviewed !== undefined && today > addMonths(example.reviewed, cycleMonths);
}

// Made once: creating a DateTimeFormat costs far more than using one (10,000 sheets are dated per build).
const belgianCalendar = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day in Belgium at a moment: the day readers and editors would name. */
export function belgianDay(moment: Date): IsoDay {
  return belgianCalendar.format(moment);
}

/**
 * The day a build or worklist counts from: today in Belgium, or PRAKTIJKBANK_TODAY
 * (YYYY-MM-DD) to reproduce a build or a worklist of another day.
 */
export function reviewToday(env: Record<string, string | undefined> = process.env): IsoDay {
  const fixed = env.PRAKTIJKBANK_TODAY?.trim();
  if (fixed) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed) || Number.isNaN(Date.parse(`${fixed}T00:00:00Z`)))
      throw new Error(`PRAKTIJKBANK_TODAY must be a date written YYYY-MM-DD, not "${fixed}"`);
    return fixed;
  }
  return belgianDay(new Date());
}
