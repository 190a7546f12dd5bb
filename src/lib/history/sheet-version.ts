/**
 * A sheet's version as the site shows it: the newest of the last commit that changed the
 * sheet's file and the last that changed its image, with the sheet's path in that commit
 * (for a permanent link). Pure: it reads a history from git-log-fs.ts.
 */
import type { GitHistory } from './git-log-fs.ts';
import { belgianDay, type IsoDay } from './review.ts';

export interface SheetVersion {
  sha: string;
  /** Committer date, ISO 8601. */
  committed: string;
  /** The Belgian calendar day of that commit: the sheet's "Laatst gewijzigd". */
  date: IsoDay;
  /** The sheet's file in that commit, relative to the repository root (for a permanent link). */
  repoPath: string;
  /** Whether the image, not the text, changed last. */
  byImage: boolean;
}

/**
 * `sheet` and `image` are paths below the sheets folder ("archief/buddy.mdx",
 * "archief/images/buddy.png"); undefined when the sheet has no commit yet (a new file not
 * committed), so the caller falls back to the sheet's own dates.
 */
export function sheetVersion(
  history: Pick<GitHistory, 'lastChange' | 'pathAt'>,
  sheet: string,
  image?: string,
): SheetVersion | undefined {
  const own = history.lastChange(sheet);
  if (!own) return undefined;
  const picture = image ? history.lastChange(image) : undefined;
  const newest = picture && picture.order < own.order ? picture : own;
  return {
    sha: newest.sha,
    committed: newest.committed,
    date: belgianDay(new Date(newest.committed)),
    repoPath: newest === own ? own.path : history.pathAt(sheet, newest.order),
    byImage: newest !== own,
  };
}
