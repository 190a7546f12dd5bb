/**
 * What is in a content folder: the sheets, the pictures, and everything that has no place
 * there. Only sheets, the vocabularies, the site settings and pictures may be in it: any
 * other file (a script, a note, a file whose name hides a query like "foto.js?raw.jpg") is an
 * error, so nothing a pull request adds can slip past the check into the build.
 */
import { readdirSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { vocabularyKeys, vocabularyRegistry } from '../../schema/vocabulary.ts';
import { hasImageExtension } from '../sheet/image-types.ts';
import type { Problem } from '../util/problems.ts';
import { quote } from '../util/text.ts';
import { messages } from '../../i18n/messages.ts';

/** Characters a file name may not hold: URL syntax (a bundler reads "?raw" or "#x" as such), control characters, line breaks. */
// eslint-disable-next-line no-control-regex
const unsafeName = /[?#%\\\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** Files that version control may keep in any folder, and the mark `npm run generate` leaves on a catalogue it wrote. */
const harmless = new Set(['.gitkeep', '.gitignore', '.gitattributes', '.praktijkbank-generated']);

export interface SheetFolder {
  sheets: string[];
  images: string[];
  problems: Problem[];
}

const shownPath = (file: string) => path.relative(process.cwd(), file) || '.';

function problemAt(
  file: string,
  message: string,
  severity: Problem['severity'] = 'error',
): Problem {
  return { file: shownPath(file), line: 1, column: 1, severity, message };
}

/** Why a file (or folder) name cannot be in the content folder, or undefined when it can. */
export function nameProblem(name: string): string | undefined {
  const bad = unsafeName.exec(name)?.[0];
  if (!bad) return undefined;
  const shown = /[?#%\\]/.test(bad)
    ? `"${bad}"`
    : messages.catalogue.invisibleInName(
        `U+${bad.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
      );
  return messages.catalogue.badName(quote(name), shown);
}

/** A name that is unsafe, or a link (never followed: it could point outside the folder). */
function unsafeEntry(file: string, entry: Dirent): Problem | undefined {
  const badName = nameProblem(entry.name);
  if (badName) return problemAt(file, badName);
  if (entry.isSymbolicLink()) return problemAt(file, messages.catalogue.symlink);
  return undefined;
}

/** A folder's entries, each with its path and what makes it unsafe (none for a missing folder). */
function entriesOf(folder: string): { entry: Dirent; file: string; unsafe?: Problem }[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.map((entry) => {
    const file = path.join(folder, entry.name);
    const unsafe = unsafeEntry(file, entry);
    return unsafe ? { entry, file, unsafe } : { entry, file };
  });
}

/**
 * Every sheet (.mdx) and picture below a sheets folder, and a problem for each other file,
 * each link (never followed: it could point outside the folder) and each unsafe name.
 */
export function listSheetFiles(dir: string): SheetFolder {
  const found: SheetFolder = { sheets: [], images: [], problems: [] };
  // Walked by hand: readdir's own recursion descends into linked folders.
  const walk = (folder: string) => {
    for (const { entry, file, unsafe } of entriesOf(folder)) {
      if (unsafe) found.problems.push(unsafe);
      else if (entry.isDirectory()) walk(file);
      else if (!entry.isFile()) found.problems.push(problemAt(file, messages.catalogue.notRegular));
      else if (entry.name.endsWith('.mdx')) found.sheets.push(file);
      else if (hasImageExtension(entry.name)) found.images.push(file);
      else if (!harmless.has(entry.name))
        found.problems.push(problemAt(file, strayMessage(entry.name)));
    }
  };
  walk(dir);
  found.sheets.sort();
  found.images.sort();
  return found;
}

function strayMessage(name: string): string {
  if (/\.(md|markdown|txt)$/i.test(name)) return messages.catalogue.notMdx;
  if (/\.(gif|svg|bmp|tiff?|heic|pdf)$/i.test(name)) return messages.catalogue.notPicture;
  return messages.catalogue.notSheetOrPicture;
}

/**
 * The content folder beside the sheets: site.yaml, the vocabularies of the registry and the
 * practices folder. Anything else there is an error too.
 */
export function contentFolderProblems(dir: string, practices: string): Problem[] {
  const problems: Problem[] = [];
  const vocabularyFiles = new Set<string>(
    vocabularyKeys.map((key) => vocabularyRegistry[key].file),
  );
  const check = (folder: string, allowed: (name: string, isDirectory: boolean) => boolean) => {
    for (const { entry, file, unsafe } of entriesOf(folder)) {
      if (unsafe) problems.push(unsafe);
      else if (!allowed(entry.name, entry.isDirectory()) && !harmless.has(entry.name))
        problems.push(
          problemAt(
            file,
            folder === dir
              ? messages.catalogue.noPlace
              : messages.catalogue.notAVocabulary([...vocabularyFiles]),
          ),
        );
    }
  };
  // A content folder may be a repository of its own (its history dates the sheets).
  check(dir, (name, isDirectory) =>
    isDirectory
      ? name === 'vocabularies' || name === '.git' || path.join(dir, name) === practices
      : name === 'site.yaml',
  );
  check(
    path.join(dir, 'vocabularies'),
    (name, isDirectory) => !isDirectory && vocabularyFiles.has(name),
  );
  return problems;
}
