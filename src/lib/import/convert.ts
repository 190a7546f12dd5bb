/**
 * A parsed export becomes the fields of a sheet: vocabulary names resolved (or added, or
 * reported), the intro as summary, partners split at their first comma, municipality
 * blocks as examples, and a note for everything an editor has to finish by hand.
 */
import { ui } from '../../i18n/nl.ts';
import { vocabularyRegistry, type Term, type VocabularyKey } from '../../schema/vocabulary.ts';
import { fold, orList, quote, slugify } from '../util/text.ts';
import type { Lookup, Vocabularies } from '../vocabulary/lookup.ts';
import { markdownBlocks, escapeMarkdown } from './markdown.ts';
import type { Note, ParsedExport, Sourced } from './parse.ts';

/** The old databank these exports come from, as recorded in every imported sheet's `source`. */
export const legacySystem = 'VVSG-databank goede praktijken';

/**
 * The vocabularies an export may add terms to: those the legacy format has a section for
 * (a municipality is never added; the scales, such as stage or cost, are not in the export).
 */
export type TermKey = Extract<VocabularyKey, 'categories' | 'policyDomains' | 'targetGroups'>;

const termWhat: Record<TermKey, string> = {
  categories: 'category',
  policyDomains: 'policy domain',
  targetGroups: 'target group',
};

/** The export's section heading for each vocabulary: the legacy format's words, not the site's. */
export const termHeading: Record<TermKey, string> = {
  categories: 'Categorie',
  policyDomains: 'Beleidsdomeinen',
  targetGroups: 'Doelgroep',
};

/** A vocabulary term the export uses and the list lacks, to be appended with --add-vocabulary. */
export interface VocabularyAddition {
  key: TermKey;
  name: string;
  slug: string;
  line: number;
}

export interface ConvertOptions {
  vocabularies: Vocabularies;
  /** The export's file name, kept in source.file. */
  fileName: string;
  title: string;
  published: string;
  addVocabulary: boolean;
  /** The image's path next to the sheet, when its file was found and will be copied. */
  imageSrc?: string;
  /** Why the image named in the export could not be used (absent: not found next to the export). */
  imageProblem?: string;
  /** True when `title` is the provisional one made from the intro: recorded in source.provisionalTitle for the worklist. */
  provisionalTitle?: boolean;
}

export interface Converted {
  /** The front matter, keys in the order they are written. */
  data: Record<string, unknown>;
  body: string;
  notes: Note[];
  additions: VocabularyAddition[];
  /** Which line of the export each field came from. */
  provenance: Provenance[];
}

export interface Provenance {
  field: (string | number)[];
  line: number;
}

export const maxTitle = 80;
const maxSummary = 1000;

/**
 * A title for a sheet the export gave none: the intro's first sentence, shortened to a
 * word boundary. Always reported as provisional.
 */
export function provisionalTitle(parsed: ParsedExport, fileName: string): string {
  const source =
    parsed.intro[0]?.text ?? parsed.sections.goals?.[0]?.text ?? fileName.replace(/\.[^.]+$/, '');
  let title = (/^(.+?[.!?])\s+(?=\p{Lu})/u.exec(source)?.[1] ?? source).replace(/[.!?:;,\s]+$/, '');
  if (title.length > maxTitle) {
    const cut = title.slice(0, maxTitle);
    title = `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 20)).replace(/[.!?:;,\s]+$/, '')}…`;
  }
  return title.length >= 5 ? title : `Praktijk ${title}`.trim();
}

/**
 * What the section converters share: the export, the options, and where they write the
 * sheet's fields, its body, the editors' notes and which line each field came from.
 */
interface Conversion {
  parsed: ParsedExport;
  options: ConvertOptions;
  data: Record<string, unknown>;
  bodyParts: string[];
  keywords: string[];
  notes: Note[];
  additions: VocabularyAddition[];
  provenance: Provenance[];
}

type NoteAt = (message: string, line?: number, field?: Note['field']) => void;

const noter =
  (c: Conversion, severity: Note['severity']): NoteAt =>
  (message, line, field) =>
    c.notes.push({ severity, message, line, field });
const errorNote = (c: Conversion) => noter(c, 'error');
const attentionNote = (c: Conversion) => noter(c, 'attention');
const infoNote = (c: Conversion) => noter(c, 'info');
const from = (c: Conversion, field: Provenance['field'], line: number) =>
  c.provenance.push({ field, line });

function missing(c: Conversion, heading: string, what: string) {
  errorNote(c)(
    `the export has no "${heading}" section: a sheet needs ${what}. Add the section to the export (see tests/fixtures/seed-export.txt for the layout)`,
  );
}

function textList(c: Conversion, items: Sourced[], field: string): string[] {
  return items.map((item, index) => {
    from(c, [field, index], item.line);
    return item.text;
  });
}

/** A vocabulary name from the export: as the list spells it, added (--add-vocabulary), or reported. */
function resolveTerm(
  c: Conversion,
  key: TermKey,
  item: Sourced,
  field: Note['field'],
): string | undefined {
  const lookup: Lookup<Term> = c.options.vocabularies[key];
  const found = lookup.resolve(item.text);
  if (found.ok) return found.term.name;
  const same =
    found.suggestions.find((s) => fold(s) === fold(item.text)) ??
    lookup.fromSlug(slugify(item.text))?.name;
  if (same) {
    infoNote(c)(
      `${termWhat[key]} "${item.text}" is written "${same}" in the list; the sheet uses that spelling`,
      item.line,
      field,
    );
    return same;
  }
  const hint = found.suggestions.length
    ? ` Did you mean ${orList(found.suggestions.map((s) => quote(s)))}?`
    : '';
  if (item.text.length > 60 || /[.!?:;]$/.test(item.text) || item.text.length < 2) {
    // Never add a sentence to a vocabulary: most likely text that strayed into this section.
    errorNote(c)(
      `${quote(item.text)} under "${termHeading[key]}" is not the name of a ${termWhat[key]} (it reads like a sentence).${hint} Move the text out of that section in the export, or correct the name`,
      item.line,
      field,
    );
    return undefined;
  }
  if (c.options.addVocabulary) {
    if (!c.additions.some((a) => a.key === key && a.name === item.text)) {
      c.additions.push({ key, name: item.text, slug: slugify(item.text), line: item.line });
      attentionNote(c)(
        `new ${termWhat[key]} "${item.text}" added to vocabularies/${vocabularyRegistry[key].file}: check its spelling and add a description`,
        item.line,
        field,
      );
    }
    return item.text;
  }
  errorNote(c)(
    `unknown ${termWhat[key]} "${item.text}".${hint} Correct it in the export, add it to vocabularies/${vocabularyRegistry[key].file}, or import again with --add-vocabulary to add it`,
    item.line,
    field,
  );
  return undefined;
}

/** A list of vocabulary names, each once. */
function termList(c: Conversion, key: TermKey, items: Sourced[], field: string): string[] {
  const names: string[] = [];
  for (const item of items) {
    const name = resolveTerm(c, key, item, [field, names.length]);
    if (name === undefined) continue;
    if (names.includes(name))
      infoNote(c)(
        `${termWhat[key]} "${item.text}" is listed twice; the sheet names it once`,
        item.line,
        [field],
      );
    else {
      from(c, [field, names.length], item.line);
      names.push(name);
    }
  }
  return names;
}

/** Summary: the intro. More paragraphs, or one too long for a summary, continue in the description. */
function convertIntro(c: Conversion) {
  const [first, ...moreIntro] = c.parsed.intro;
  if (!first) {
    errorNote(c)(
      'the export has no intro paragraph before "Categorie": a sheet needs a summary. Add the intro to the export',
    );
  } else if (first.text.length > maxSummary) {
    c.data.summary = shorten(first.text, maxSummary);
    c.bodyParts.push(escapeMarkdown(first.text));
    attentionNote(c)(
      `the intro is longer than ${maxSummary} characters: the summary holds its first sentences and the whole intro starts the description. Write a shorter summary`,
      first.line,
      ['summary'],
    );
  } else c.data.summary = first.text;
  if (first) from(c, ['summary'], first.line);
  if (moreIntro.length) {
    c.bodyParts.push(...moreIntro.map((p) => escapeMarkdown(p.text)));
    attentionNote(c)(
      `the intro has ${c.parsed.intro.length} paragraphs: the first is the summary, the others start the description. Check that this reads well`,
      moreIntro[0]!.line,
    );
  }
}

function convertCategory(c: Conversion) {
  const categories = c.parsed.sections.category ?? [];
  if (!c.parsed.sections.category) return missing(c, 'Categorie', 'a category');
  if (!categories.length)
    return errorNote(c)(
      'the "Categorie" section is empty: write the category under it',
      c.parsed.headings.category,
    );
  if (categories.length > 1)
    errorNote(c)(
      `the export names ${categories.length} categories (lines ${categories.map((x) => x.line).join(', ')}), but a sheet has exactly one: keep the one that fits best in the export`,
      categories[1]!.line,
    );
  const name = resolveTerm(c, 'categories', categories[0]!, ['category']);
  from(c, ['category'], categories[0]!.line);
  if (name !== undefined) c.data.category = name;
}

function convertGoalsAndTargetGroups(c: Conversion) {
  const { goals, targetGroups } = c.parsed.sections;
  if (!goals?.length) missing(c, 'Doelen', 'at least one goal');
  else c.data.goals = textList(c, goals, 'goals');
  if (!targetGroups?.length) missing(c, 'Doelgroep', 'at least one target group');
  else c.data.targetGroups = termList(c, 'targetGroups', targetGroups, 'targetGroups');
}

/** Beschrijving, Succesfactoren, Uitdagingen, Partners. */
function convertDescription(c: Conversion) {
  const { parsed, data } = c;
  if (parsed.description.length) c.bodyParts.push(markdownBlocks(parsed.description));
  if (parsed.sections.successFactors?.length)
    data.successFactors = textList(c, parsed.sections.successFactors, 'successFactors');
  if (parsed.sections.challenges?.length)
    data.challenges = textList(c, parsed.sections.challenges, 'challenges');
  if (parsed.partners.length)
    data.partners = parsed.partners.map((p, index) => {
      from(c, ['partners', index], p.line);
      return { name: p.name, ...(p.description ? { description: p.description } : {}) };
    });
}

/** "Deze praktijk in ...": one example per municipality; a former municipality is kept as a keyword. */
function convertExamples(c: Conversion) {
  const examples: Record<string, unknown>[] = [];
  const attention = attentionNote(c);
  for (const part of c.parsed.examples) {
    if (!part.municipality) continue; // reported by the parser
    const where = ['examples', examples.length];
    const written = part.written.text;
    from(c, [...where, 'municipality'], part.written.line);
    if (part.paragraphs[0]) from(c, [...where, 'text'], part.paragraphs[0].line);
    part.links.forEach((l, i) => from(c, [...where, 'links', i], l.line));
    part.contacts.forEach((x, i) => from(c, [...where, 'contacts', i], x.line));
    if (written !== part.municipality) {
      if (fold(written) === fold(part.municipality))
        infoNote(c)(
          `municipality "${written}" is written "${part.municipality}" in the list; the sheet uses that spelling`,
          part.written.line,
          [...where, 'municipality'],
        );
      else {
        if (!c.keywords.includes(written)) c.keywords.push(written);
        attention(
          `${written} is now part of ${part.municipality}: the example is filed under ${part.municipality}, and "${written}" is kept as a search keyword. Check the text still reads right`,
          part.written.line,
          [...where, 'municipality'],
        );
      }
    }
    const fallback = ui.imported.exampleText(part.municipality);
    let text = part.paragraphs.map((p) => p.text).join('\n\n');
    if (!text) {
      text = fallback;
      attention(
        `${part.municipality} has no text in the export, only links: the sheet says "${fallback}". Write what ${part.municipality} does`,
        part.written.line,
        [...where, 'text'],
      );
    } else if (text.length < 20) {
      text = `${fallback}\n\n${text}`;
      attention(
        `the text for ${part.municipality} is very short; "${fallback}" was put before it. Write what ${part.municipality} does`,
        part.paragraphs[0]!.line,
        [...where, 'text'],
      );
    }
    const example: Record<string, unknown> = { municipality: part.municipality, text };
    if (part.links.length) example.links = part.links.map((l) => ({ label: l.text }));
    if (part.contacts.length) example.contacts = part.contacts.map((x) => ({ label: x.text }));
    part.links.forEach((l, i) =>
      attention(
        `${part.municipality}: the link "${l.text}" has no address (the export lost it): add url: https://...`,
        l.line,
        [...where, 'links', i],
      ),
    );
    part.contacts.forEach((x, i) =>
      attention(
        `${part.municipality}: "${x.text}" has no address (the export lost it): add an email, phone or url`,
        x.line,
        [...where, 'contacts', i],
      ),
    );
    examples.push(example);
  }
  if (examples.length) c.data.examples = examples;
}

function convertPolicyDomains(c: Conversion) {
  const policyDomains = c.parsed.sections.policyDomains;
  if (!policyDomains?.length) missing(c, 'Beleidsdomeinen', 'at least one policy domain');
  else c.data.policyDomains = termList(c, 'policyDomains', policyDomains, 'policyDomains');
}

/** The image, when its file was found; otherwise its name in `source`, for an editor to add later. */
function convertImage(c: Conversion) {
  const { parsed, options, data } = c;
  if (!parsed.image || !options.imageSrc) return;
  data.image = {
    src: options.imageSrc,
    alt: ui.imported.imageAlt(options.title),
    ...(parsed.caption ? { credit: parsed.caption.text } : {}),
  };
  from(c, ['image'], parsed.image.line);
  attentionNote(c)(
    `the image "${parsed.image.text}" was copied to ${options.imageSrc}: write its alt text (what the picture shows); the sheet has a placeholder`,
    parsed.image.line,
    ['image', 'alt'],
  );
}

function convertSource(c: Conversion) {
  const { parsed, options } = c;
  const lost = parsed.image && !options.imageSrc ? parsed.image : undefined;
  c.data.source = {
    system: legacySystem,
    file: options.fileName,
    ...(lost ? { image: lost.text } : {}),
    ...(parsed.caption && lost ? { imageCaption: parsed.caption.text } : {}),
    // The sheet itself cannot tell a provisional title from a chosen one: this marker can,
    // and it stops counting once an editor writes another title (npm run worklist).
    ...(options.provisionalTitle ? { provisionalTitle: options.title } : {}),
  };
  if (!lost) return;
  from(c, ['source', 'image'], lost.line);
  attentionNote(c)(
    `${options.imageProblem ?? `the image "${lost.text}" is not next to the export`}: its name is kept in source.image and the site shows no image. Add the picture to the sheet (image: src, alt) when you have it`,
    lost.line,
    ['source', 'image'],
  );
}

/** A parsed export as a sheet: its fields in the order they are written, its body, and the notes for the editors. */
export function convertExport(parsed: ParsedExport, options: ConvertOptions): Converted {
  const c: Conversion = {
    parsed,
    options,
    data: { title: options.title },
    bodyParts: [],
    keywords: [],
    notes: [],
    additions: [],
    provenance: [],
  };
  convertIntro(c);
  convertCategory(c);
  convertGoalsAndTargetGroups(c);
  convertDescription(c);
  convertExamples(c);
  convertPolicyDomains(c);
  convertImage(c);
  c.data.published = options.published;
  if (c.keywords.length) c.data.keywords = c.keywords;
  convertSource(c);
  return {
    data: c.data,
    body: c.bodyParts.join('\n\n'),
    notes: [...parsed.notes, ...c.notes],
    additions: c.additions,
    provenance: c.provenance,
  };
}

/** The first sentences of a text that fit in max characters (or its first words, with "…"). */
function shorten(text: string, max: number): string {
  const sentences = text.match(/[^.!?]+[.!?]+(\s+|$)/g) ?? [];
  let out = '';
  for (const sentence of sentences) {
    if ((out + sentence).trim().length > max) break;
    out += sentence;
  }
  if (out.trim().length >= 20) return out.trim();
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
