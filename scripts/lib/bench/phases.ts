/** Seconds spent in each phase of a build, read from its log. */
import { readFileSync } from 'node:fs';

export interface Phases {
  load?: number;
  vite?: number;
  pages?: number;
  pagefind?: number;
}

function seconds(text: string): number {
  const m = /(?:(\d+)m\s*)?([\d.]+)\s*(ms|s)/.exec(text);
  if (!m) return Number.NaN;
  return Number(m[1] ?? 0) * 60 + Number(m[2]) / (m[3] === 'ms' ? 1000 : 1);
}

export function phasesOf(logFile: string): Phases {
  // eslint-disable-next-line no-control-regex
  const log = readFileSync(logFile, 'utf8').replace(/\x1b\[[0-9;]*m/g, '');
  const load = /sheets loaded in ([\d.]+ s)/.exec(log)?.[1];
  const vite = [...log.matchAll(/\[vite\] ✓ built in ([\dms. ]+)/g)].reduce(
    (sum, m) => sum + seconds(m[1]!),
    0,
  );
  const pages = /generating static routes[\s\S]*?✓ Completed in ([\dms. ]+)\./.exec(log)?.[1];
  const pagefind = /indexed \d+ sheet\(s\) in (\d+ ms)/.exec(log)?.[1];
  return {
    load: load ? seconds(load) : undefined,
    vite: vite || undefined,
    pages: pages ? seconds(pages) : undefined,
    pagefind: pagefind ? seconds(pagefind) : undefined,
  };
}

/** From a build log: how long making the open data records took, and the time Astro reports for each open data file. */
export function openDataTimes(logFile: string): {
  records?: number;
  files: { file: string; seconds: number }[];
} {
  // eslint-disable-next-line no-control-regex
  const log = readFileSync(logFile, 'utf8').replace(/\x1b\[[0-9;]*m/g, '');
  const records = /\[open-data\] \d+ records made in (\d+) ms/.exec(log)?.[1];
  const files = [
    ...log.matchAll(
      /─ \/(praktijken\.json|praktijken\.schema\.json|praktijken\.csv|voorbeelden\.csv|catalogus\.jsonld|feed\.xml) \(\+([\dms. ]+)\)/g,
    ),
  ].map((m) => ({
    file: m[1]!,
    seconds: seconds(m[2]!),
  }));
  return { records: records ? Number(records) / 1000 : undefined, files };
}
