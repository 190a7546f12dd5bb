/**
 * The worklist of a content folder: the sheets read (read-fs.ts), their tasks found
 * (tasks.ts) and, when asked, their web addresses checked (link-check-fs.ts). What
 * `npm run worklist` prints, in any of its formats.
 */
import path from 'node:path';
import { ui } from '../../i18n/nl.ts';
import type { SiteConfig } from '../../schema/site.ts';
import { forgeName } from '../history/forge.ts';
import { reviewToday } from '../history/review.ts';
import { loadSiteConfig } from '../site/site-config-fs.ts';
import type { WorklistReport } from './format.ts';
import { checkLinks, type LinkCheckOptions, type LinkResult } from './link-check-fs.ts';
import { editLinks, siteRootUrl } from './links.ts';
import { readWorkSheets } from './read-fs.ts';
import { findTasks, sortTasks, type Task } from './tasks.ts';

export interface WorklistOptions {
  /** Check the web addresses in the sheets (network). */
  checkLinks?: boolean;
  linkOptions?: LinkCheckOptions;
  /** The day to count review cycles to (default: today in Belgium, or PRAKTIJKBANK_TODAY). */
  today?: string;
}

export interface Worklist {
  report: WorklistReport;
  settings: SiteConfig;
  /** Every link checked, when links were checked. */
  linkResults?: Map<string, LinkResult>;
  linksOf: (task: Task) => ReturnType<typeof editLinks> | undefined;
}

/** Why a link failed, in Dutch. */
export function linkReason(result: LinkResult, timeout: number): string {
  const reasons = ui.worklist.linkReasons;
  if (result.error === 'timeout') return reasons.timeout(timeout / 1000);
  if (result.error === 'redirects') return reasons.redirects(result.redirects);
  if (result.error === 'network') return reasons.network(result.detail ?? '?');
  return reasons.status(result.status ?? 0);
}

export async function buildWorklist(dir: string, options: WorklistOptions = {}): Promise<Worklist> {
  const settings = loadSiteConfig(process.cwd(), dir);
  const today = options.today ?? reviewToday();
  const sheets = readWorkSheets(dir, { links: options.checkLinks });
  const tasks = findTasks(sheets, { cycleMonths: settings.reviewCycleMonths, today });
  let links: WorklistReport['links'];
  let linkResults: Map<string, LinkResult> | undefined;
  if (options.checkLinks) {
    linkResults = await checkLinks(
      sheets.flatMap((sheet) => sheet.links.map((link) => link.url)),
      options.linkOptions,
    );
    const timeout = options.linkOptions?.timeout ?? 10_000;
    for (const sheet of sheets)
      for (const link of sheet.links) {
        const result = linkResults.get(link.url);
        if (!result || result.ok) continue;
        tasks.push({
          kind: 'broken-link',
          sheet: sheet.slug,
          file: sheet.file,
          pathInFolder: sheet.pathInFolder,
          title: sheet.data?.title ?? sheet.slug,
          message: ui.worklist.brokenLink(link.url, linkReason(result, timeout)),
          ...(link.field ? { field: link.field } : {}),
          ...(link.line ? { line: link.line } : {}),
        });
      }
    links = {
      checked: linkResults.size,
      broken: [...linkResults.values()].filter((result) => !result.ok).length,
    };
    sortTasks(tasks);
  }
  const root = siteRootUrl(settings);
  return {
    report: {
      today,
      cycleMonths: settings.reviewCycleMonths,
      tasks,
      forge: forgeName(settings.repository),
      ...(links ? { links } : {}),
    },
    settings,
    linkResults,
    linksOf: (task) =>
      task.pathInFolder ? editLinks(settings, root, task.pathInFolder) : undefined,
  };
}

/** Where `npm run worklist` keeps link results for a day. */
export const linkCacheFile = (root = process.cwd()) =>
  path.join(root, 'node_modules/.cache/praktijkbank/links.json');
