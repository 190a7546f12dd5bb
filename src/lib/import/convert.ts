/**
 * A parsed export becomes the fields of a sheet: vocabulary names resolved (or added, or
 * reported), the intro as summary, partners split at their first comma, municipality
 * blocks as examples, and a note for everything an editor has to finish by hand.
 */
import { ui } from '../../i18n/nl.ts';
import type { Term } from '../../schema/vocabulary.ts';
import { fold, orList, quote, slugify } from '../text.ts';
import type { Lookup, Vocabularies } from '../vocabulary.ts';
import { markdownBlocks, escapeMarkdown } from './markdown.ts';
import type { Note, ParsedExport, Sourced } from './parse.ts';

/** The old databank these exports come from, as recorded in every imported sheet's `source`. */
export const legacySystem = 'VVSG-databank goede praktijken';

export type TermKey = 'categories' | 'policyDomains' | 'targetGroups';

export const termFiles: Record<TermKey, string> = {
  categories: 'categories.yaml',
  policyDomains: 'policy-domains.yaml',
  targetGroups: 'target-groups.yaml',
};

const termWhat: Record<TermKey, string> = { categories: 'category', policyDomains: 'policy domain', targetGroups: 'target group' };
const termHeading: Record<TermKey, string> = { categories: 'Categorie', policyDomains: 'Beleidsdomeinen', targetGroups: 'Doelgroep' };

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
  const source = parsed.intro[0]?.text ?? parsed.sections.goals?.[0]?.text ?? fileName.replace(/\.[^.]+$/, '');
  let title = (/^(.+?[.!?])\s+(?=\p{Lu})/u.exec(source)?.[1] ?? source).replace(/[.!?:;,\s]+$/, '');
  if (title.length > maxTitle) {
    const cut = title.slice(0, maxTitle);
    title = `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 20)).replace(/[.!?:;,\s]+$/, '')}…`;
  }
  return title.length >= 5 ? title : `Praktijk ${title}`.trim();
}

/** The page address for a title, cut between words to at most max characters (a provisional title makes a long one). */
export function slugForTitle(title: string, max = 60): string {
  const slug = slugify(title) || 'praktijk';
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : max).replace(/-+$/, '');
}

export function convertExport(parsed: ParsedExport, options: ConvertOptions): Converted {
  const notes: Note[] = [];
  const additions: VocabularyAddition[] = [];
  const provenance: Provenance[] = [];
  const from = (field: Provenance['field'], line: number) => provenance.push({ field, line });
  const textList = (items: Sourced[], field: string) =>
    items.map((item, index) => {
      from([field, index], item.line);
      return item.text;
    });
  const error = (message: string, line?: number, field?: Note['field']) => notes.push({ severity: 'error', message, line, field });
  const attention = (message: string, line?: number, field?: Note['field']) => notes.push({ severity: 'attention', message, line, field });
  const info = (message: string, line?: number, field?: Note['field']) => notes.push({ severity: 'info', message, line, field });
  const headingLine = (key: keyof ParsedExport['headings']) => parsed.headings[key];
  const missing = (heading: string, what: string) =>
    error(`the export has no "${heading}" section: a sheet needs ${what}. Add the section to the export (see tests/fixtures/seed-export.txt for the layout)`);

  const resolveTerm = (key: TermKey, item: Sourced, field: Note['field']): string | undefined => {
    const lookup: Lookup<Term> = options.vocabularies[key];
    const found = lookup.resolve(item.text);
    if (found.ok) return found.term.name;
    const same = found.suggestions.find((s) => fold(s) === fold(item.text)) ?? lookup.fromSlug(slugify(item.text))?.name;
    if (same) {
      info(`${termWhat[key]} "${item.text}" is written "${same}" in the list; the sheet uses that spelling`, item.line, field);
      return same;
    }
    const pending = additions.find((a) => a.key === key && a.name === item.text);
    if (item.text.length > 60 || /[.!?:;]$/.test(item.text) || item.text.length < 2) {
      // Never add a sentence to a vocabulary: most likely text that strayed into this section.
      const hint = found.suggestions.length ? ` Did you mean ${orList(found.suggestions.map((s) => quote(s)))}?` : '';
      error(`${quote(item.text)} under "${termHeading[key]}" is not the name of a ${termWhat[key]} (it reads like a sentence).${hint} Move the text out of that section in the export, or correct the name`, item.line, field);
      return undefined;
    }
    if (options.addVocabulary) {
      if (!pending) {
        additions.push({ key, name: item.text, slug: slugify(item.text), line: item.line });
        attention(`new ${termWhat[key]} "${item.text}" added to vocabularies/${termFiles[key]}: check its spelling and add a description`, item.line, field);
      }
      return item.text;
    }
    const hint = found.suggestions.length ? ` Did you mean ${orList(found.suggestions.map((s) => quote(s)))}?` : '';
    error(
      `unknown ${termWhat[key]} "${item.text}".${hint} Correct it in the export, add it to vocabularies/${termFiles[key]}, or import again with --add-vocabulary to add it`,
      item.line,
      field,
    );
    return undefined;
  };

  /** A list of vocabulary names, each once. */
  const termList = (key: TermKey, items: Sourced[], field: string): string[] => {
    const names: string[] = [];
    for (const item of items) {
      const name = resolveTerm(key, item, [field, names.length]);
      if (name === undefined) continue;
      if (names.includes(name)) info(`${termWhat[key]} "${item.text}" is listed twice; the sheet names it once`, item.line, [field]);
      else {
        from([field, names.length], item.line);
        names.push(name);
      }
    }
    return names;
  };

  const data: Record<string, unknown> = {};
  data.title = options.title;

  // Summary: the intro. More paragraphs, or one too long for a summary, continue in the description.
  const bodyParts: string[] = [];
  const [first, ...moreIntro] = parsed.intro;
  if (!first) {
    error('the export has no intro paragraph before "Categorie": a sheet needs a summary. Add the intro to the export');
  } else if (first.text.length > maxSummary) {
    data.summary = shorten(first.text, maxSummary);
    bodyParts.push(escapeMarkdown(first.text));
    attention(`the intro is longer than ${maxSummary} characters: the summary holds its first sentences and the whole intro starts the description. Write a shorter summary`, first.line, ['summary']);
  } else data.summary = first.text;
  if (first) from(['summary'], first.line);
  if (moreIntro.length) {
    bodyParts.push(...moreIntro.map((p) => escapeMarkdown(p.text)));
    attention(`the intro has ${parsed.intro.length} paragraphs: the first is the summary, the others start the description. Check that this reads well`, moreIntro[0]!.line);
  }

  const categories = parsed.sections.category ?? [];
  if (!parsed.sections.category) missing('Categorie', 'a category');
  else if (!categories.length) error('the "Categorie" section is empty: write the category under it', headingLine('category'));
  else {
    if (categories.length > 1)
      error(
        `the export names ${categories.length} categories (lines ${categories.map((c) => c.line).join(', ')}), but a sheet has exactly one: keep the one that fits best in the export`,
        categories[1]!.line,
      );
    const name = resolveTerm('categories', categories[0]!, ['category']);
    from(['category'], categories[0]!.line);
    if (name !== undefined) data.category = name;
  }

  const goals = parsed.sections.goals;
  if (!goals?.length) missing('Doelen', 'at least one goal');
  else data.goals = textList(goals, 'goals');

  const targetGroups = parsed.sections.targetGroups;
  if (!targetGroups?.length) missing('Doelgroep', 'at least one target group');
  else data.targetGroups = termList('targetGroups', targetGroups, 'targetGroups');

  if (parsed.description.length) bodyParts.push(markdownBlocks(parsed.description));
  if (parsed.sections.successFactors?.length) data.successFactors = textList(parsed.sections.successFactors, 'successFactors');
  if (parsed.sections.challenges?.length) data.challenges = textList(parsed.sections.challenges, 'challenges');
  if (parsed.partners.length)
    data.partners = parsed.partners.map((p, index) => {
      from(['partners', index], p.line);
      return { name: p.name, ...(p.description ? { description: p.description } : {}) };
    });

  const keywords: string[] = [];
  const examples: Record<string, unknown>[] = [];
  for (const part of parsed.examples) {
    if (!part.municipality) continue; // reported by the parser
    const index = examples.length;
    const where = ['examples', index];
    const written = part.written.text;
    from([...where, 'municipality'], part.written.line);
    if (part.paragraphs[0]) from([...where, 'text'], part.paragraphs[0].line);
    part.links.forEach((l, i) => from([...where, 'links', i], l.line));
    part.contacts.forEach((c, i) => from([...where, 'contacts', i], c.line));
    if (written !== part.municipality) {
      if (fold(written) === fold(part.municipality))
        info(`municipality "${written}" is written "${part.municipality}" in the list; the sheet uses that spelling`, part.written.line, [...where, 'municipality']);
      else {
        if (!keywords.includes(written)) keywords.push(written);
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
      attention(`${part.municipality} has no text in the export, only links: the sheet says "${fallback}". Write what ${part.municipality} does`, part.written.line, [...where, 'text']);
    } else if (text.length < 20) {
      text = `${fallback}\n\n${text}`;
      attention(`the text for ${part.municipality} is very short; "${fallback}" was put before it. Write what ${part.municipality} does`, part.paragraphs[0]!.line, [...where, 'text']);
    }
    const example: Record<string, unknown> = { municipality: part.municipality, text };
    if (part.links.length) example.links = part.links.map((l) => ({ label: l.text }));
    if (part.contacts.length) example.contacts = part.contacts.map((c) => ({ label: c.text }));
    part.links.forEach((l, i) =>
      attention(`${part.municipality}: the link "${l.text}" has no address (the export lost it): add url: https://...`, l.line, [...where, 'links', i]),
    );
    part.contacts.forEach((c, i) =>
      attention(`${part.municipality}: "${c.text}" has no address (the export lost it): add an email, phone or url`, c.line, [...where, 'contacts', i]),
    );
    examples.push(example);
  }
  if (examples.length) data.examples = examples;

  const policyDomains = parsed.sections.policyDomains;
  if (!policyDomains?.length) missing('Beleidsdomeinen', 'at least one policy domain');
  else data.policyDomains = termList('policyDomains', policyDomains, 'policyDomains');

  if (parsed.image && options.imageSrc) {
    data.image = {
      src: options.imageSrc,
      alt: ui.imported.imageAlt(options.title),
      ...(parsed.caption ? { credit: parsed.caption.text } : {}),
    };
    from(['image'], parsed.image.line);
    attention(`the image "${parsed.image.text}" was copied to ${options.imageSrc}: write its alt text (what the picture shows); the sheet has a placeholder`, parsed.image.line, ['image', 'alt']);
  }
  data.published = options.published;
  if (keywords.length) data.keywords = keywords;
  data.source = {
    system: legacySystem,
    file: options.fileName,
    ...(parsed.image && !options.imageSrc ? { image: parsed.image.text } : {}),
    ...(parsed.caption && !options.imageSrc ? { imageCaption: parsed.caption.text } : {}),
    // The sheet itself cannot tell a provisional title from a chosen one: this marker can,
    // and it stops counting once an editor writes another title (npm run worklist).
    ...(options.provisionalTitle ? { provisionalTitle: options.title } : {}),
  };
  if (parsed.image && !options.imageSrc) from(['source', 'image'], parsed.image.line);
  if (parsed.image && !options.imageSrc)
    attention(
      `${options.imageProblem ?? `the image "${parsed.image.text}" is not next to the export`}: its name is kept in source.image and the site shows no image. Add the picture to the sheet (image: src, alt) when you have it`,
      parsed.image.line,
      ['source', 'image'],
    );

  return { data, body: bodyParts.join('\n\n'), notes: [...parsed.notes, ...notes], additions, provenance };
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
