import { describe, expect, it } from 'vitest';
import {
  addMonths,
  belgianDay,
  exampleReviewDue,
  reviewState,
  reviewToday,
} from '../../src/lib/history/review.ts';

describe('adding months to a day', () => {
  it('keeps the day of the month, and clamps it to the last day of a shorter month', () => {
    expect(addMonths('2023-03-15', 24)).toBe('2025-03-15');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2023-11-30', 3)).toBe('2024-02-29');
    expect(addMonths('2023-12-15', 1)).toBe('2024-01-15');
  });
});

describe('the review of a sheet', () => {
  const sheet = { published: '2020-05-01', reviewed: '2023-03-15' };

  it('is due exactly from the day after the cycle has passed', () => {
    expect(reviewState(sheet, 24, '2025-03-14').due).toBe(false);
    expect(reviewState(sheet, 24, '2025-03-15')).toEqual({
      checked: '2023-03-15',
      source: 'reviewed',
      validUntil: '2025-03-15',
      due: false,
    });
    expect(reviewState(sheet, 24, '2025-03-16').due).toBe(true);
  });

  it('follows the cycle set for the site', () => {
    expect(reviewState(sheet, 6, '2023-09-15').due).toBe(false);
    expect(reviewState(sheet, 6, '2023-09-16').due).toBe(true);
    expect(reviewState(sheet, 36, '2026-03-15').due).toBe(false);
    expect(reviewState(sheet, 36, '2026-03-16').due).toBe(true);
  });

  it('counts from the latest of reviewed, updated and published', () => {
    expect(reviewState({ published: '2024-01-10' }, 24, '2026-01-10')).toMatchObject({
      checked: '2024-01-10',
      source: 'published',
      due: false,
    });
    expect(reviewState({ published: '2024-01-10' }, 24, '2026-01-11').due).toBe(true);
    expect(
      reviewState({ published: '2020-01-10', updated: '2024-06-01' }, 24, '2026-01-11'),
    ).toMatchObject({ checked: '2024-06-01', source: 'updated', due: false });
    expect(
      reviewState(
        { published: '2020-01-10', updated: '2024-06-01', reviewed: '2022-01-01' },
        24,
        '2026-06-02',
      ),
    ).toMatchObject({ checked: '2024-06-01', source: 'updated', due: true });
    expect(
      reviewState(
        { published: '2020-01-10', updated: '2024-06-01', reviewed: '2024-06-01' },
        24,
        '2026-06-01',
      ),
    ).toMatchObject({ source: 'reviewed', due: false });
  });
});

describe('the review of a municipal example', () => {
  it('is due only when the example has a review date older than the cycle', () => {
    expect(exampleReviewDue({}, 24, '2099-01-01')).toBe(false);
    expect(exampleReviewDue({ reviewed: '2023-03-15' }, 24, '2025-03-15')).toBe(false);
    expect(exampleReviewDue({ reviewed: '2023-03-15' }, 24, '2025-03-16')).toBe(true);
  });
});

describe('the day the build counts from', () => {
  it('is the Belgian calendar day, or PRAKTIJKBANK_TODAY', () => {
    // 23:30 UTC on 31 December is already New Year's Day in Brussels.
    expect(belgianDay(new Date('2024-12-31T23:30:00Z'))).toBe('2025-01-01');
    expect(belgianDay(new Date('2024-07-01T21:59:00Z'))).toBe('2024-07-01');
    expect(reviewToday({ PRAKTIJKBANK_TODAY: '2030-02-03' })).toBe('2030-02-03');
    expect(reviewToday({})).toBe(belgianDay(new Date()));
    expect(() => reviewToday({ PRAKTIJKBANK_TODAY: 'morgen' })).toThrow(/YYYY-MM-DD/);
  });
});
