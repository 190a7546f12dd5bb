/**
 * The sheets of a content folder as the worklist needs them: the front matter checked
 * against the schema (with the line of every field) and, for the link check, the web
 * addresses in the fields and the text. Lighter than `npm run validate`: the text is parsed
 * only when its links are wanted, and never rendered. A sheet that does not pass gets one
 * task, to fix it first; `validate` says what is wrong.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { visit } from 'unist-util-visit';
import type { PracticeData } from '../../schema/practice.ts';
import { listSheetFiles, loadVocabularyContext } from '../catalogue/catalogue-fs.ts';
import { practicesDir } from '../catalogue/content-dir.ts';
import { parseBody } from '../sheet/body-parse.ts';
import {
  decodeSheet,
  findControlCharacter,
  parseFrontmatter,
  splitSheet,
} from '../sheet/frontmatter.ts';
import { maxSheetBytes } from '../sheet/check.ts';
import type { FieldPath, WorkSheet } from './tasks.ts';

/** A web address in a sheet, with where it stands. */
export interface ExternalLink {
  url: string;
  /** The front matter field that holds it; absent for a link in the text. */
  field?: FieldPath;
  line?: number;
}

export interface ReadSheet extends WorkSheet {
  /** The sheet's path below the sheets folder ("archief/buddy.mdx"), for links to the forge and the CMS. */
  pathInFolder: string;
  links: ExternalLink[];
}

export interface ReadOptions {
  /** Collect the web addresses (for --check-links); otherwise the text is not parsed. */
  links?: boolean;
}

export function readWorkSheets(dir: string, options: ReadOptions = {}): ReadSheet[] {
  const { schema } = loadVocabularyContext(dir);
  const root = practicesDir(dir);
  return listSheetFiles(root).sheets.map((file) => {
    const sheet: ReadSheet = {
      slug: path.basename(file, '.mdx'),
      file: path.relative(process.cwd(), file),
      pathInFolder: path.relative(root, file).split(path.sep).join('/'),
      links: [],
    };
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch {
      return { ...sheet, errors: 1 };
    }
    const decoded = bytes.length <= maxSheetBytes ? decodeSheet(bytes) : undefined;
    if (!decoded?.ok || findControlCharacter(decoded.value)) return { ...sheet, errors: 1 };
    const split = splitSheet(decoded.value);
    if (!split.ok) return { ...sheet, errors: 1 };
    const frontmatter = parseFrontmatter(split.value);
    if (frontmatter.errors.length) return { ...sheet, errors: frontmatter.errors.length };
    const raw = frontmatter.data;
    const rawTitle =
      raw && typeof raw === 'object' && typeof (raw as { title?: unknown }).title === 'string'
        ? (raw as { title: string }).title
        : undefined;
    const parsed = schema.safeParse(raw ?? {});
    if (!parsed.success) return { ...sheet, rawTitle, errors: parsed.error.issues.length };
    const data: PracticeData = parsed.data;
    const locate = (field: FieldPath) => frontmatter.locate(field).line;
    const result: ReadSheet = { ...sheet, data, locate };
    if (options.links) {
      const add = (url: string | undefined, field: FieldPath) => {
        if (url) result.links.push({ url, field, line: locate(field) });
      };
      data.partners.forEach((partner, p) => add(partner.url, ['partners', p, 'url']));
      data.examples.forEach((example, e) => {
        example.contacts.forEach((contact, c) =>
          add(contact.url, ['examples', e, 'contacts', c, 'url']),
        );
        example.links.forEach((link, l) => add(link.url, ['examples', e, 'links', l, 'url']));
      });
      const offset = split.value.bodyLine - 1;
      const body = parseBody(split.value.body, offset);
      if (body.ok)
        visit(body.tree, (node) => {
          if (
            (node.type === 'link' || node.type === 'definition') &&
            /^https?:\/\//i.test(node.url)
          )
            result.links.push({ url: node.url, line: (node.position?.start.line ?? 1) + offset });
        });
    }
    return result;
  });
}
