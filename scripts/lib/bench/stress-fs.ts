/**
 * How long the checker takes on each case of the stress corpus: the sheet check as validate
 * and the build run it (in a worker, with rendering), timed in this thread, best of three.
 */
import { loadVocabularyContext } from '../../../src/lib/catalogue/catalogue-fs.ts';
import { checkSheet } from '../../../src/lib/sheet/check.ts';
import { stressCorpus } from './stress-corpus.ts';

export interface StressTiming {
  name: string;
  what: string;
  bytes: number;
  ms: number;
  verdict: string;
}

export function timeStressCorpus(contentDir: string): StressTiming[] {
  const context = loadVocabularyContext(contentDir);
  return stressCorpus().map(({ name, what, text }) => {
    const bytes = new TextEncoder().encode(text);
    let best = Infinity;
    let verdict = '';
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      const result = checkSheet(`${name}.mdx`, bytes, { ...context, render: true });
      best = Math.min(best, performance.now() - started);
      verdict = result.data ? 'accepted' : (result.problems[0]?.message.split(':')[0] ?? 'refused');
    }
    return { name, what, bytes: bytes.length, ms: best, verdict };
  });
}

export function stressTable(timings: StressTiming[]): string {
  const worst = timings.reduce((a, b) => (b.ms > a.ms ? b : a));
  return [
    `Stress corpus (scripts/lib/bench/stress-corpus.ts), checked as validate checks a sheet: worst case ${worst.name} (${worst.what}), ${worst.ms.toFixed(0)} ms.`,
    '',
    '| case | size | check | verdict |',
    '| --- | ---: | ---: | --- |',
    ...timings.map(
      (t) =>
        `| ${t.what} | ${(t.bytes / 1024).toFixed(0)} KB | ${t.ms.toFixed(0)} ms | ${t.verdict} |`,
    ),
  ].join('\n');
}
