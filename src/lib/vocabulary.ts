import type { MunicipalityRecord, Term } from '../schema/vocabulary.ts';
import { suggest } from './suggest.ts';
import { slugify } from './text.ts';

export interface Municipality extends MunicipalityRecord {
  slug: string;
}

/** The raw vocabulary lists, as read from content/vocabularies/. Pure data: safe to ship to a browser. */
export interface VocabularyData {
  categories: Term[];
  policyDomains: Term[];
  targetGroups: Term[];
  municipalities: MunicipalityRecord[];
}

export type Resolution<T> =
  | { ok: true; term: T; formerName?: string }
  | { ok: false; suggestions: string[] };

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
    return { ok: false, suggestions: suggest(name, [...this.byName.keys(), ...this.byFormerName.keys()]) };
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

export interface Vocabularies {
  categories: Lookup<Term>;
  policyDomains: Lookup<Term>;
  targetGroups: Lookup<Term>;
  municipalities: Lookup<Municipality>;
}

export function createVocabularies(data: VocabularyData): Vocabularies {
  const municipalities = data.municipalities.map((m) => ({ ...m, slug: slugify(m.name) }));
  return {
    categories: new Lookup(data.categories),
    policyDomains: new Lookup(data.policyDomains),
    targetGroups: new Lookup(data.targetGroups),
    municipalities: new Lookup(municipalities, (m) => m.formerNames ?? []),
  };
}
