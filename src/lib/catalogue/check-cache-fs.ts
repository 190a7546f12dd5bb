/**
 * Remembering sheet checks between runs. A sheet's check depends on its bytes, where it
 * lies, the checking code (and the libraries it uses), the vocabularies and the image it
 * names: the digests below cover all of these but the image, which is looked at again.
 * The build keeps its results in Astro's content store (src/content/practices-loader.ts);
 * `npm run validate` keeps them in node_modules/.cache/praktijkbank/ (ValidateCache).
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import type { Problem } from '../util/problems.ts';
import type { CheckedSheet } from '../sheet/check.ts';
import { checkImageFile } from '../sheet/images-fs.ts';

/**
 * The code a sheet's check runs: the checker and what it imports. Pages, the importer and
 * the scripts are left out, so editing them keeps the checked sheets.
 */
export const checkerFolders = [
  'src/lib/catalogue',
  'src/lib/sheet',
  'src/lib/vocabulary',
  'src/lib/util',
  'src/schema',
  'src/content',
  'src/i18n',
];

/** What every sheet's check depends on besides the sheet itself; any change re-checks all. */
export function environmentDigest(root: string, dir: string): string {
  const hash = createHash('sha256');
  const addTree = (folder: string) => {
    let entries: string[];
    try {
      entries = readdirSync(folder, { recursive: true }) as string[];
    } catch {
      return;
    }
    for (const entry of entries.sort()) {
      const file = path.join(folder, entry);
      try {
        hash.update(`${file}\0`).update(readFileSync(file)).update('\0');
      } catch {
        /* a folder */
      }
    }
  };
  for (const folder of checkerFolders) addTree(path.join(root, folder));
  addTree(path.join(dir, 'vocabularies'));
  for (const file of [path.join(root, 'package-lock.json'), path.join(dir, 'site.yaml')]) {
    try {
      hash.update(readFileSync(file));
    } catch {
      /* absent */
    }
  }
  return hash.update(`${process.cwd()}\0${dir}`).digest('hex');
}

/** One sheet file's digest within an environment. */
export function sheetDigest(environment: string, file: string, bytes: Uint8Array): string {
  return createHash('sha256')
    .update(environment)
    .update(file)
    .update('\0')
    .update(bytes)
    .digest('hex')
    .slice(0, 32);
}

export const slugOf = (file: string) => path.basename(file).replace(/\.mdx?$/i, '');

/** The image a sheet names still passes its check (the one input outside the digest). */
/** Whether the picture a sheet names is still there, still acceptable and (when known) still the same file. */
export function imageStillFine(
  file: string,
  image: { src: string; hash?: string } | undefined,
): boolean {
  if (!image) return true;
  const checked = checkImageFile(file, image.src);
  return checked.ok && (!image.hash || checked.image.hash === image.hash);
}

interface ValidateEntry {
  digest: string;
  problems: Problem[];
  image?: { src: string };
}

/**
 * The problems `npm run validate` found in each sheet last time, so an unchanged sheet is
 * not parsed again. The cache is only an accelerator: unreadable or missing, it is ignored.
 */
export class ValidateCache {
  private readonly file: string;
  private readonly environment: string;
  private readonly previous: Record<string, ValidateEntry>;
  private readonly digests = new Map<string, string>();
  private readonly fresh: Record<string, ValidateEntry> = {};
  reused = 0;

  constructor(root: string, dir: string) {
    this.environment = environmentDigest(root, dir);
    const key = createHash('sha256').update(dir).digest('hex').slice(0, 16);
    this.file = path.join(root, 'node_modules', '.cache', 'praktijkbank', `validate-${key}.json`);
    let previous: Record<string, ValidateEntry> = {};
    try {
      const stored = JSON.parse(readFileSync(this.file, 'utf8')) as {
        environment: string;
        sheets: Record<string, ValidateEntry>;
      };
      if (stored.environment === this.environment) previous = stored.sheets;
    } catch {
      /* no cache yet */
    }
    this.previous = previous;
  }

  /** For loadCatalogueParallel's `reuse`: the sheet's earlier result when nothing it depends on changed. */
  reuse = (file: string, bytes: Uint8Array): CheckedSheet | undefined => {
    const digest = sheetDigest(this.environment, file, bytes);
    this.digests.set(file, digest);
    const entry = this.previous[file];
    if (!entry || entry.digest !== digest || !imageStillFine(file, entry.image)) return undefined;
    this.reused++;
    return {
      file,
      slug: slugOf(file),
      problems: entry.problems.map((problem) => ({ ...problem })),
      ...(entry.image ? { image: path.resolve(path.dirname(file), entry.image.src) } : {}),
    };
  };

  /** For loadCatalogueParallel's `checked`: remember a freshly checked sheet without errors. */
  record = (sheet: CheckedSheet): void => {
    const digest = this.digests.get(sheet.file);
    // Sheets with errors are checked again each time: they are the ones being fixed.
    if (!digest || !sheet.data) return;
    this.fresh[sheet.file] = {
      digest,
      problems: sheet.problems.map((problem) => ({ ...problem })),
      ...(sheet.data.image ? { image: { src: sheet.data.image.src } } : {}),
    };
  };

  /** Writes the results of this run (and the earlier ones still valid) for the next run. */
  save(): void {
    // Sheets not looked at this time (validate of a single file) keep their entry while they exist.
    const stored: Record<string, ValidateEntry> = Object.fromEntries(
      Object.entries(this.previous).filter(([file]) => !this.digests.has(file) && existsSync(file)),
    );
    for (const [file, digest] of this.digests) {
      const entry = this.fresh[file] ?? this.previous[file];
      if (entry?.digest === digest) stored[file] = entry;
    }
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      // Caches of catalogues not validated for a week (temporary test folders) are dropped.
      for (const name of readdirSync(path.dirname(this.file))) {
        const other = path.join(path.dirname(this.file), name);
        if (
          name.startsWith('validate-') &&
          Date.now() - statSync(other).mtimeMs > 7 * 24 * 3600 * 1000
        )
          rmSync(other, { force: true });
      }
      const temporary = `${this.file}.${process.pid}`;
      writeFileSync(temporary, JSON.stringify({ environment: this.environment, sheets: stored }));
      renameSync(temporary, this.file);
    } catch {
      /* read-only node_modules: no cache */
    }
  }
}
