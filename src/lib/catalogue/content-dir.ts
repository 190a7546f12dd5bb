/**
 * Where the content folder is. A module of its own so that the Astro config, the pages and
 * the scripts can find the folder without loading the sheet checker.
 */
import path from 'node:path';

/** The content folder: PRAKTIJKBANK_CONTENT points a build or a test at another catalogue. */
export function contentDir(root = process.cwd()): string {
  return path.resolve(root, process.env.PRAKTIJKBANK_CONTENT ?? 'content');
}

export const practicesDir = (dir: string) => path.join(dir, 'practices');
