import {
  vocabularyKeys,
  type MunicipalityRecord,
  type Term,
  type VocabularyKey,
} from '../../schema/vocabulary.ts';
import { suggest } from '../util/suggest.ts';
import { slugify } from '../util/text.ts';

export interface Municipality extends MunicipalityRecord {
  slug: string;
}

/** A term as a vocabulary file holds it, and as the site uses it (with a slug). */
type RecordOf<K extends VocabularyKey> = K extends 'municipalities' ? MunicipalityRecord : Term;
export type TermOf<K extends VocabularyKey> = K extends 'municipalities' ? Municipality : Term;

/** The raw vocabulary lists, as read from content/vocabularies/. Pure data: safe to ship to a browser. */
export type VocabularyData = { [K in VocabularyKey]: RecordOf<K>[] };

export type Resolution<T> =
  | { ok: true; term: T; formerName?: string }
  | {
      ok: false;
      /** Today's names closest to the input, best first. */
      suggestions: string[];
      /** For a suggestion found through a former name ("Kruibeek" → "Kruibeke"): that name, to say why. */
      formerNames: Record<string, string>;
    };

/** Looks names up in one vocabulary; a former name resolves to the term it became part of. */
export class Lookup<T extends { name: string; slug: string }> {
  readonly terms: readonly T[];
  private readonly byName = new Map<string, T>();
  private readonly bySlug = new Map<string, T>();
  private readonly byFormerName = new Map<string, T>();

  constructor(terms: readonly T[], formerNames: (term: T) => readonly string[] = () => []) {
    this.terms = terms;
    for (const term of terms) {
      this.byName.set(term.name, term);
      this.bySlug.set(term.slug, term);
      for (const former of formerNames(term)) this.byFormerName.set(former, term);
    }
  }

  resolve(name: string): Resolution<T> {
    const term = this.byName.get(name);
    if (term) return { ok: true, term };
    const merged = this.byFormerName.get(name);
    if (merged) return { ok: true, term: merged, formerName: name };
    // A typo of a former name suggests the municipality it is part of today, never the old name.
    const suggestions: string[] = [];
    const formerNames: Record<string, string> = {};
    for (const close of suggest(name, [...this.byName.keys(), ...this.byFormerName.keys()], 6)) {
      const today = this.byFormerName.get(close);
      const suggestion = today ? today.name : close;
      if (suggestions.includes(suggestion)) continue;
      suggestions.push(suggestion);
      if (today) formerNames[suggestion] = close;
    }
    return { ok: false, suggestions: suggestions.slice(0, 3), formerNames };
  }

  get(name: string): T | undefined {
    return this.byName.get(name);
  }

  fromSlug(slug: string): T | undefined {
    return this.bySlug.get(slug);
  }

  get names(): string[] {
    return [...this.byName.keys()];
  }
}

export type Vocabularies = { [K in VocabularyKey]: Lookup<TermOf<K>> };

/** Lookups over the lists; a term without a slug of its own (a municipality) gets one from its name. */
export function createVocabularies(data: VocabularyData): Vocabularies {
  const lookups = {} as Record<
    VocabularyKey,
    Lookup<{ name: string; slug: string; formerNames?: string[] }>
  >;
  for (const key of vocabularyKeys) {
    const terms = (data[key] as { name: string; slug?: string; formerNames?: string[] }[]).map(
      (term) => ({ ...term, slug: term.slug ?? slugify(term.name) }),
    );
    lookups[key] = new Lookup(terms, (term) => term.formerNames ?? []);
  }
  return lookups as unknown as Vocabularies;
}
