/**
 * The strings of the "Vergelijk" box on sheet pages and cards: part of `ui` (nl.ts), in a
 * module of their own so that the browser's script carries only these.
 */

/** Marking sheets for comparison (src/scripts/shortlist/) and the compare page /vergelijk/. */
export const shortlist = {
  mark: 'Vergelijk',
  markSheet: 'Vergelijk deze praktijk met andere',
  link: 'Vergelijk',
  added: (n: number, max: number) => `Op je vergelijkingslijst: ${n} van ${max}.`,
  removed: (n: number) =>
    n === 0
      ? 'Je vergelijkingslijst is leeg.'
      : `Van je vergelijkingslijst gehaald. Er staan er nog ${n} op.`,
  full: (max: number) =>
    `Je vergelijkingslijst is vol: je kan ${max} praktijken naast elkaar zetten. Haal er eerst een af.`,
  compareNow: 'Vergelijk nu',
} as const;
