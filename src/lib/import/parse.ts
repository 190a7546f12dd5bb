/**
 * Reads one legacy text export (the old databank's "praktijkfiche" as plain text) into a
 * structure that remembers, for every line, what it became. Structure only: vocabulary
 * names are resolved later (convert.ts), except municipalities, which are needed to tell
 * a municipality's name from a paragraph in "Deze praktijk in".
 *
 * The format, top to bottom: an image file name and a caption line; the intro paragraph;
 * labelled sections (Categorie, Doelen, Doelgroep, Beschrijving with Succesfactoren,
 * Uitdagingen and Partners, "Deze praktijk in" with one block per municipality,
 * Beleidsdomeinen); then the databank's footer, which is not part of the sheet.
 */
import { looksLikePicture } from '../sheet/image-types.ts';
import type { Lookup, Municipality } from '../vocabulary/lookup.ts';
import { fold } from '../util/text.ts';
import { messages } from '../../i18n/messages.ts';

export type SectionKey =
  | 'category'
  | 'goals'
  | 'targetGroups'
  | 'description'
  | 'successFactors'
  | 'challenges'
  | 'partners'
  | 'examples'
  | 'policyDomains';

/** The section headings of the export, as written there (compared without case or a trailing colon). */
export const sectionHeadings: Record<SectionKey, readonly string[]> = {
  category: ['Categorie', 'Categorieën'],
  goals: ['Doelen', 'Doel'],
  targetGroups: ['Doelgroep', 'Doelgroepen'],
  description: ['Beschrijving'],
  successFactors: ['Succesfactoren'],
  challenges: ['Uitdagingen'],
  partners: ['Partners'],
  examples: ['Deze praktijk in'],
  policyDomains: ['Beleidsdomeinen', 'Beleidsdomein'],
};

/** The databank's own footer under every export: a call to submit a sheet, and the correction e-mail. */
const footerPatterns = [
  /^staat (jouw|uw) praktijk (er )?nog niet in (de|deze|onze) databank\b/i,
  /^deze databank bouwen we samen met (jullie|u)\b/i,
];

export type LineRole =
  | 'blank'
  | 'image'
  | 'caption'
  | 'intro'
  | 'heading'
  | 'item'
  | 'description'
  | 'partner'
  | 'municipality'
  | 'paragraph'
  | 'contact'
  | 'link'
  | 'footer'
  | 'unread';

/** What one line of the export became. */
export interface LineInfo {
  /** 1-based line number in the export. */
  line: number;
  /** The line as read: non-breaking spaces made ordinary, white space collapsed, trimmed. */
  text: string;
  role: LineRole;
  section?: SectionKey;
}

/** A piece of text and the line it came from. */
export interface Sourced {
  text: string;
  line: number;
}

export interface ExamplePart {
  /** The municipality as written in the export. */
  written: Sourced;
  /** Today's municipality, when the name is known (directly or as a former name). */
  municipality?: string;
  paragraphs: Sourced[];
  contacts: Sourced[];
  links: Sourced[];
}

export interface PartnerPart {
  name: string;
  description?: string;
  line: number;
}

export type DescriptionBlock =
  { kind: 'paragraph'; item: Sourced } | { kind: 'list'; items: Sourced[] };

export interface Note {
  severity: 'error' | 'attention' | 'info';
  message: string;
  /** Line in the export this is about. */
  line?: number;
  /** Field of the sheet this is about, so the report can point into the written sheet. */
  field?: (string | number)[];
}

export interface ParsedExport {
  image?: Sourced;
  caption?: Sourced;
  intro: Sourced[];
  /** Every section that occurs, with its items; absent sections are absent keys. */
  sections: Partial<
    Record<Exclude<SectionKey, 'description' | 'partners' | 'examples'>, Sourced[]>
  >;
  /** Where each section heading stands (the first time, if repeated). */
  headings: Partial<Record<SectionKey, number>>;
  description: DescriptionBlock[];
  partners: PartnerPart[];
  examples: ExamplePart[];
  footer: Sourced[];
  lines: LineInfo[];
  notes: Note[];
}

/** Ordinary spaces for the Unicode ones the export uses (no-break, narrow, figure), no invisible ones, single spaces. */
export function normaliseLine(raw: string): string {
  return raw
    .replace(/\u200b|\u200c|\u200d|\u2060|\ufeff/g, '')
    .replace(/[\s\u00a0\u2007\u202f]+/g, ' ')
    .trim();
}

const imageName = {
  test: (line: string) => /^[^\\/:*?"<>|]+\.[a-z]+$/i.test(line) && looksLikePicture(line),
};
const bullet = /^(?:[•·▪◦‣●○■□]\s*|[-*–]\s+)/;

export function stripBullet(text: string): { text: string; bulleted: boolean } {
  const match = bullet.exec(text);
  return match
    ? { text: text.slice(match[0].length).trim(), bulleted: true }
    : { text, bulleted: false };
}

const headingKey = (text: string) => fold(text.replace(/\s*:$/, ''));
const headingIndex = new Map<string, SectionKey>(
  (Object.entries(sectionHeadings) as [SectionKey, readonly string[]][]).flatMap(([key, names]) =>
    names.map((name) => [fold(name), key] as const),
  ),
);

export function sectionOf(text: string): SectionKey | undefined {
  return headingIndex.get(headingKey(text));
}

export const isFooter = (text: string) => footerPatterns.some((pattern) => pattern.test(text));

/** A line that reads as a label, not a sentence: short, and not ending like a sentence does. */
function labelShaped(text: string): boolean {
  return text.length <= 80 && text.split(' ').length <= 10 && !/[.!?:;,]$/.test(text);
}

/** "Contact integratieambtenaar": a contact whose address the export lost. */
export const isContactLabel = (text: string) => labelShaped(text) && /^contact/i.test(text);

/** "Meer info", "Website", ...: a link whose address the export lost. */
export const isLinkLabel = (text: string) =>
  labelShaped(text) &&
  /^(meer info(rmatie)?|info|website|webpagina|webstek|lees meer|link|download|bekijk|brochure|folder|flyer|reglement|formulier|aanvraagformulier|inschrijven|video|filmpje)\b/i.test(
    text,
  );

/** Could this line be a place name: a few capitalised words, no digits, no sentence punctuation. */
function nameShaped(text: string): boolean {
  if (text.length > 40 || /\d/.test(text) || /[.!?:;,()"]/.test(text)) return false;
  const words = text.split(/[ -]/).filter(Boolean);
  return (
    words.length <= 4 &&
    words.every(
      (w) =>
        /^\p{Lu}/u.test(w) || /^(de|den|der|het|aan|op|ten|ter|in|bij|over|sur|la|le)$/i.test(w),
    )
  );
}

export interface ParseOptions {
  municipalities: Lookup<Municipality>;
}

/**
 * Today's municipality for a name in the export: the exact name, a former name (Kortessem
 * is now Hasselt), or the same name in other capitals or without accents.
 */
export function resolveMunicipality(lookup: Lookup<Municipality>, written: string) {
  const found = lookup.resolve(written);
  if (found.ok) return { ok: true as const, name: found.term.name, formerName: found.formerName };
  const same = [...found.suggestions, ...Object.values(found.formerNames)].find(
    (s) => fold(s) === fold(written),
  );
  if (same) {
    const again = lookup.resolve(same);
    if (again.ok)
      return {
        ok: true as const,
        name: again.term.name,
        formerName: again.formerName,
        spelling: same,
      };
  }
  return { ok: false as const, suggestions: found.suggestions };
}

/** Parses the text of one export (already decoded: no byte-order mark, "\n" line ends). */
export function parseExport(text: string, options: ParseOptions): ParsedExport {
  const result: ParsedExport = {
    intro: [],
    sections: {},
    headings: {},
    description: [],
    partners: [],
    examples: [],
    footer: [],
    lines: [],
    notes: [],
  };
  const lines: LineInfo[] = text
    .split('\n')
    .map((raw, index) => ({ line: index + 1, text: normaliseLine(raw), role: 'unread' }));
  result.lines = lines;
  // A trailing newline is not a line of its own.
  if (lines.length > 1 && lines.at(-1)!.text === '' && text.endsWith('\n')) lines.pop();
  for (const info of lines) if (!info.text) info.role = 'blank';

  const firstHeading = lines.findIndex((info) => info.text && sectionOf(info.text));
  if (firstHeading === -1) {
    const names = Object.values(sectionHeadings)
      .map((n) => `"${n[0]}"`)
      .join(', ');
    result.notes.push({
      severity: 'error',
      line: 1,
      message: messages.import.notAnExport(names),
    });
    return result;
  }

  readHead(lines.slice(0, firstHeading), result);

  let section: SectionKey | undefined;
  const bodyLines: LineInfo[] = [];
  const flush = () => {
    if (section) readSection(section, bodyLines.splice(0), result, options);
  };
  for (const info of lines.slice(firstHeading)) {
    if (info.role === 'blank') {
      bodyLines.push(info);
      continue;
    }
    if (takeFooter(info, result)) continue;
    const key = sectionOf(info.text);
    if (key) {
      flush();
      info.role = 'heading';
      info.section = key;
      if (result.headings[key] !== undefined)
        result.notes.push({
          severity: 'info',
          line: info.line,
          message: messages.import.headingTwice(info.text, result.headings[key]),
        });
      else result.headings[key] = info.line;
      section = key;
      continue;
    }
    info.section = section;
    bodyLines.push(info);
  }
  flush();
  return result;
}

/** The databank's footer is recorded (so the report can account for it) but not imported. */
function takeFooter(info: LineInfo, result: ParsedExport): boolean {
  if (!isFooter(info.text)) return false;
  info.role = 'footer';
  result.footer.push({ text: info.text, line: info.line });
  return true;
}

/** Image line, caption, intro: everything before the first heading. */
function readHead(lines: LineInfo[], result: ParsedExport) {
  const content = lines.filter((info) => info.role !== 'blank');
  let rest = content;
  const first = content[0];
  if (first && imageName.test(first.text)) {
    first.role = 'image';
    result.image = { text: first.text, line: first.line };
    rest = content.slice(1);
    // The caption is the line right under the image name (no blank line between), if it is short.
    const next = lines[lines.indexOf(first) + 1];
    if (next && next.role !== 'blank' && next.text.length <= 200 && !isFooter(next.text)) {
      next.role = 'caption';
      result.caption = { text: next.text, line: next.line };
      rest = content.slice(2);
    }
  }
  for (const info of rest) {
    if (takeFooter(info, result)) continue;
    info.role = 'intro';
    result.intro.push({ text: info.text, line: info.line });
  }
}

function readSection(
  section: SectionKey,
  lines: LineInfo[],
  result: ParsedExport,
  options: ParseOptions,
) {
  const content = lines.filter((info) => info.role !== 'blank');
  switch (section) {
    case 'description':
      return readDescription(lines, result);
    case 'partners':
      for (const info of content) {
        info.role = 'partner';
        const { text } = stripBullet(info.text);
        const comma = text.indexOf(',');
        const name = (comma === -1 ? text : text.slice(0, comma)).trim();
        const description = comma === -1 ? undefined : text.slice(comma + 1).trim() || undefined;
        result.partners.push({ name, ...(description ? { description } : {}), line: info.line });
      }
      return;
    case 'examples':
      return readExamples(content, result, options);
    default: {
      const items = (result.sections[section] ??= []);
      for (const info of content) {
        info.role = 'item';
        items.push({ text: stripBullet(info.text).text, line: info.line });
      }
    }
  }
}

/** Prose under "Beschrijving" (before its sub-sections): paragraphs, and bullets as lists. */
function readDescription(lines: LineInfo[], result: ParsedExport) {
  let list: Sourced[] | undefined;
  for (const info of lines) {
    if (info.role === 'blank') continue;
    info.role = 'description';
    const { text, bulleted } = stripBullet(info.text);
    if (!bulleted) {
      list = undefined;
      result.description.push({ kind: 'paragraph', item: { text, line: info.line } });
      continue;
    }
    // Bullets on consecutive lines (blank lines between them allowed) make one list.
    if (!list) {
      list = [];
      result.description.push({ kind: 'list', items: list });
    }
    list.push({ text, line: info.line });
  }
}

/**
 * "Deze praktijk in": per municipality its name, one or more paragraphs, then link labels
 * whose addresses the export lost. Whether a line names a municipality is decided from the
 * municipality list (with former names); a line that only looks like a name is reported
 * as an unknown municipality when the list knows something close to it, or when a
 * paragraph follows it where only a new municipality could start.
 */
function readExamples(content: LineInfo[], result: ParsedExport, options: ParseOptions) {
  let current: ExamplePart | undefined;
  let last: 'municipality' | 'paragraph' | 'label' | undefined;
  /** A label-shaped line that is neither a contact nor a known link label: a link, unless a paragraph follows. */
  let genericLabel: LineInfo | undefined;

  const start = (info: LineInfo, municipality?: string): ExamplePart => {
    info.role = 'municipality';
    const existing = municipality
      ? result.examples.find((e) => e.municipality === municipality)
      : undefined;
    if (existing) {
      result.notes.push({
        severity: 'info',
        line: info.line,
        message: messages.import.municipalityTwice(info.text, existing.written.line),
      });
      current = existing;
    } else {
      current = {
        written: { text: info.text, line: info.line },
        ...(municipality ? { municipality } : {}),
        paragraphs: [],
        contacts: [],
        links: [],
      };
      result.examples.push(current);
    }
    last = 'municipality';
    genericLabel = undefined;
    return current;
  };
  const unknown = (info: LineInfo, suggestions: readonly string[], why: string) => {
    result.notes.push({
      severity: 'error',
      line: info.line,
      message: messages.import.unknownMunicipality(info.text, why, suggestions),
    });
  };

  for (const info of content) {
    const found = resolveMunicipality(options.municipalities, info.text);
    if (found.ok) {
      start(info, found.name);
      continue;
    }
    if (!current && !nameShaped(info.text) && !found.suggestions.length) {
      // An introductory sentence ("In deze gemeenten loopt de praktijk:"): it belongs to no municipality.
      info.role = 'description';
      result.description.push({ kind: 'paragraph', item: { text: info.text, line: info.line } });
      result.notes.push({
        severity: 'attention',
        line: info.line,
        message: messages.import.introText,
      });
      continue;
    }
    if (!current) {
      unknown(info, found.suggestions, messages.import.why.firstLine);
      start(info);
      continue;
    }
    const block: ExamplePart = current;
    if (isContactLabel(info.text) || isLinkLabel(info.text)) {
      info.role = isContactLabel(info.text) ? 'contact' : 'link';
      (info.role === 'contact' ? block.contacts : block.links).push({
        text: info.text,
        line: info.line,
      });
      last = 'label';
      genericLabel = undefined;
      continue;
    }
    if (last !== 'municipality' && nameShaped(info.text) && found.suggestions.length) {
      unknown(info, found.suggestions, messages.import.why.looksLikeName);
      start(info);
      continue;
    }
    if (last !== 'municipality' && labelShaped(info.text)) {
      // A short line after the text: a link label the databank did not mark as such.
      info.role = 'link';
      block.links.push({ text: info.text, line: info.line });
      last = 'label';
      genericLabel = info;
      continue;
    }
    let target = block;
    if (last === 'label') {
      const label = genericLabel;
      if (label) {
        block.links = block.links.filter((l) => l.line !== label.line);
        if (nameShaped(label.text)) {
          // Only a new municipality can start with a paragraph after the links: the short
          // line before it must be a municipality the list does not know.
          unknown(label, [], messages.import.why.paragraphFollows);
          target = start(label);
        } else {
          // A short line of text, not a label after all.
          label.role = 'paragraph';
          block.paragraphs.push({ text: label.text, line: label.line });
        }
      } else {
        const name = block.municipality ?? block.written.text;
        result.notes.push({
          severity: 'attention',
          line: info.line,
          message: messages.import.strayParagraph(name),
        });
      }
    }
    info.role = 'paragraph';
    target.paragraphs.push({ text: info.text, line: info.line });
    last = 'paragraph';
    genericLabel = undefined;
  }
}
