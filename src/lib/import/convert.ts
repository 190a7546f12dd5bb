/**
 * A parsed export becomes the fields of a sheet: vocabulary names resolved (or added, or
 * reported), the intro as summary, partners split at their first comma, municipality
 * blocks as examples, and a note for everything an editor has to finish by hand.
 */
import { ui } from '../../i18n/nl.ts';
import { vocabularyRegistry, type Term, type VocabularyKey } from '../../schema/vocabulary.ts';
import { fold, quote, slugify } from '../util/text.ts';
import { messages, type Noun } from '../../i18n/messages.ts';
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

const m = messages.import;
const termWhat: Record<TermKey, Noun> = {
  categories: messages.nouns.categories,
  policyDomains: messages.nouns.policyDomains,
  targetGroups: messages.nouns.targetGroups,
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
  errorNote(c)(m.missingSection(heading, what));
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
    infoNote(c)(m.spelledInList(termWhat[key], item.text, same), item.line, field);
    return same;
  }
  if (item.text.length > 60 || /[.!?:;]$/.test(item.text) || item.text.length < 2) {
    // Never add a sentence to a vocabulary: most likely text that strayed into this section.
    errorNote(c)(
      m.sentenceAsTerm(quote(item.text), termHeading[key], termWhat[key], found.suggestions),
      item.line,
      field,
    );
    return undefined;
  }
  if (c.options.addVocabulary) {
    if (!c.additions.some((a) => a.key === key && a.name === item.text)) {
      c.additions.push({ key, name: item.text, slug: slugify(item.text), line: item.line });
      attentionNote(c)(
        m.termAdded(termWhat[key], item.text, vocabularyRegistry[key].file),
        item.line,
        field,
      );
    }
    return item.text;
  }
  errorNote(c)(
    m.unknownTerm(termWhat[key], item.text, found.suggestions, vocabularyRegistry[key].file),
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
      infoNote(c)(m.termTwice(termWhat[key], item.text), item.line, [field]);
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
    errorNote(c)(m.noIntro);
  } else if (first.text.length > maxSummary) {
    c.data.summary = shorten(first.text, maxSummary);
    c.bodyParts.push(escapeMarkdown(first.text));
    attentionNote(c)(m.longIntro(maxSummary), first.line, ['summary']);
  } else c.data.summary = first.text;
  if (first) from(c, ['summary'], first.line);
  if (moreIntro.length) {
    c.bodyParts.push(...moreIntro.map((p) => escapeMarkdown(p.text)));
    attentionNote(c)(m.introParagraphs(c.parsed.intro.length), moreIntro[0]!.line);
  }
}

function convertCategory(c: Conversion) {
  const categories = c.parsed.sections.category ?? [];
  if (!c.parsed.sections.category) return missing(c, 'Categorie', m.needs.category);
  if (!categories.length) return errorNote(c)(m.emptyCategory, c.parsed.headings.category);
  if (categories.length > 1)
    errorNote(c)(
      m.manyCategories(categories.length, categories.map((x) => x.line).join(', ')),
      categories[1]!.line,
    );
  const name = resolveTerm(c, 'categories', categories[0]!, ['category']);
  from(c, ['category'], categories[0]!.line);
  if (name !== undefined) c.data.category = name;
}

function convertGoalsAndTargetGroups(c: Conversion) {
  const { goals, targetGroups } = c.parsed.sections;
  if (!goals?.length) missing(c, 'Doelen', m.needs.goals);
  else c.data.goals = textList(c, goals, 'goals');
  if (!targetGroups?.length) missing(c, 'Doelgroep', m.needs.targetGroups);
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
        infoNote(c)(m.municipalitySpelling(written, part.municipality), part.written.line, [
          ...where,
          'municipality',
        ]);
      else {
        if (!c.keywords.includes(written)) c.keywords.push(written);
        attention(m.formerMunicipality(written, part.municipality), part.written.line, [
          ...where,
          'municipality',
        ]);
      }
    }
    const fallback = ui.imported.exampleText(part.municipality);
    let text = part.paragraphs.map((p) => p.text).join('\n\n');
    if (!text) {
      text = fallback;
      attention(m.onlyLinks(part.municipality, fallback), part.written.line, [...where, 'text']);
    } else if (text.length < 20) {
      text = `${fallback}\n\n${text}`;
      attention(m.shortText(part.municipality, fallback), part.paragraphs[0]!.line, [
        ...where,
        'text',
      ]);
    }
    const example: Record<string, unknown> = { municipality: part.municipality, text };
    if (part.links.length) example.links = part.links.map((l) => ({ label: l.text }));
    if (part.contacts.length) example.contacts = part.contacts.map((x) => ({ label: x.text }));
    const municipality = part.municipality;
    part.links.forEach((l, i) =>
      attention(m.linkLost(municipality, l.text), l.line, [...where, 'links', i]),
    );
    part.contacts.forEach((x, i) =>
      attention(m.contactLost(municipality, x.text), x.line, [...where, 'contacts', i]),
    );
    examples.push(example);
  }
  if (examples.length) c.data.examples = examples;
}

function convertPolicyDomains(c: Conversion) {
  const policyDomains = c.parsed.sections.policyDomains;
  if (!policyDomains?.length) missing(c, 'Beleidsdomeinen', m.needs.policyDomains);
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
  attentionNote(c)(m.imageCopied(parsed.image.text, options.imageSrc), parsed.image.line, [
    'image',
    'alt',
  ]);
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
  attentionNote(c)(m.imageLost(options.imageProblem ?? m.imageNotFound(lost.text)), lost.line, [
    'source',
    'image',
  ]);
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
