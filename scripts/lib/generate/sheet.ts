/**
 * One synthetic sheet: front matter that uses every field of the schema, a Markdown body
 * with the allowed components, and Dutch-looking text of realistic length. Every value is
 * drawn from the seeded generator, and every vocabulary name from the catalogue's own
 * vocabularies, so each generated sheet passes `npm run validate` without warnings.
 */
import { sheetText } from '../../../src/lib/sheet/write.ts';
import type { Term } from '../../../src/schema/vocabulary.ts';
import { slugify } from '../../../src/lib/util/text.ts';
import type { VocabularyData } from '../../../src/lib/vocabulary/lookup.ts';
import { Random, Weighted, zipf } from './random.ts';
import * as words from './words.ts';

/** The centrumsteden and other large municipalities: far more examples come from them. */
const bigCities: Record<string, number> = {
  Antwerpen: 40,
  Gent: 32,
  Brugge: 14,
  Leuven: 14,
  Mechelen: 12,
  Aalst: 10,
  Kortrijk: 10,
  Hasselt: 10,
  'Sint-Niklaas': 9,
  Oostende: 9,
  Genk: 9,
  Roeselare: 7,
  Turnhout: 7,
  'Beveren-Kruibeke-Zwijndrecht': 6,
  Lokeren: 5,
};

export interface GeneratedSheet {
  slug: string;
  /** The .mdx file's text. */
  text: string;
  /** Set when the sheet has an image: the path below practices/ and the seed for its pixels. */
  image?: { src: string; seed: string };
}

/** Weighted pick-lists made once per catalogue from its vocabularies. */
export interface Distributions {
  categories: Weighted<string>;
  policyDomains: Weighted<string>;
  targetGroups: Weighted<string>;
  municipalities: Weighted<string>;
  targetGroupNames: readonly string[];
  /** Each scale's levels, weighted like a real catalogue: most practices run, few are proven. */
  stages: Weighted<string>;
  evidenceLevels: Weighted<string>;
  costBands: Weighted<string>;
  effortBands: Weighted<string>;
}

/** Weights for the levels of a scale, first level first; a longer scale repeats the last weight. */
function scaleWeights(terms: readonly Term[], weights: readonly number[]): [string, number][] {
  return terms.map((term, index) => [term.name, weights[Math.min(index, weights.length - 1)]!]);
}

export function createDistributions(vocabularies: VocabularyData, seed: string): Distributions {
  const names = (terms: readonly Term[]) => terms.map((t) => t.name);
  // The order of popularity among the ordinary municipalities depends on the seed.
  const random = new Random(`${seed}:municipalities`);
  const others = random.shuffle(
    vocabularies.municipalities.map((m) => m.name).filter((name) => !(name in bigCities)),
  );
  const municipalityWeights: [string, number][] = [
    ...vocabularies.municipalities
      .filter((m) => m.name in bigCities)
      .map((m) => [m.name, bigCities[m.name]!] as [string, number]),
    ...others.map((name, rank) => [name, 3 / (1 + rank / 25)] as [string, number]),
  ];
  return {
    categories: new Weighted(zipf(names(vocabularies.categories), 1)),
    policyDomains: new Weighted(zipf(names(vocabularies.policyDomains), 0.8)),
    targetGroups: new Weighted(zipf(names(vocabularies.targetGroups), 0.7)),
    municipalities: new Weighted(municipalityWeights),
    targetGroupNames: names(vocabularies.targetGroups),
    stages: new Weighted(scaleWeights(vocabularies.stages, [1, 3, 8, 2, 1])),
    evidenceLevels: new Weighted(scaleWeights(vocabularies.evidenceLevels, [5, 6, 2, 1])),
    costBands: new Weighted(scaleWeights(vocabularies.costBands, [6, 5, 2, 1])),
    effortBands: new Weighted(scaleWeights(vocabularies.effortBands, [5, 6, 2, 1])),
  };
}

const capitalize = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);
const lowerFirst = (value: string) =>
  /^[A-Z][a-z]/.test(value) && !/^(OCMW|CAW)/.test(value)
    ? value.charAt(0).toLowerCase() + value.slice(1)
    : value;
const isVowel = (c: string) => 'aeiouy'.includes(c);

/** A Dutch compound noun: "buurt" + "werking" = "buurtwerking", "energie" + "aanbod" = "energie-aanbod". */
function compound(random: Random): string {
  const head = random.pick(words.compoundHeads);
  const tail = random.pick(words.compoundTails);
  return isVowel(head.at(-1)!) && isVowel(tail[0]!) ? `${head}-${tail}` : `${head}${tail}`;
}

const verbs: [string, string][] = words.verbs.map((verb) => {
  const [finite, ...particle] = verb.split(' ');
  return [finite!, particle.length ? ` ${particle.join(' ')}` : ''];
});

/** One main clause, with verb-second word order after an opener ("Daarom organiseert de gemeente ..."). */
function clause(
  random: Random,
  subject: string = random.pick(words.subjects),
  opener: string = random.pick(words.openers),
): string {
  const [finite, particle] = random.pick(verbs);
  const object = random.pick(words.objects);
  const complement = random.chance(0.6) ? ` ${random.pick(words.complements)}` : '';
  return opener
    ? `${opener}${finite} ${lowerFirst(subject)} ${object}${particle}${complement}.`
    : `${subject} ${finite} ${object}${particle}${complement}.`;
}

function sentence(random: Random, place?: string): string {
  const c = compound(random);
  const subject =
    place && random.chance(0.5)
      ? `${random.pick(['Stad', 'Gemeente'])} ${place}`
      : random.pick(words.subjects);
  switch (random.int(0, 9)) {
    case 0:
      return `Met een ${c} ${random.pick(verbs)[0]} ${lowerFirst(subject)} ${random.pick(words.objects)} ${random.pick(words.complements)}.`;
    case 1:
      return `${subject} werkte een ${c} uit, ${random.pick(words.complements)}.`;
    case 2:
      return `Wie deelneemt, krijgt toegang tot een ${c} en een ${compound(random)}.`;
    case 3:
      return `Een ${c} kost ${random.int(5, 60)} euro per jaar; wie recht heeft op een verhoogde tegemoetkoming betaalt ${random.int(1, 4)} euro.`;
    case 4:
      return `In ${random.int(2016, 2025)} bereikte de werking ${random.int(12, 900)} deelnemers, onder wie ${random.int(3, 80)} ${random.pick(words.objects).replace(/^(de|het) /, '')}.`;
    case 5:
      return `De ${c} loopt ${random.pick(['elke week', 'twee keer per maand', 'het hele jaar door', 'in de zomer', 'op zaterdag'])} en is gratis voor ${random.pick(words.objects)}.`;
    default:
      return clause(random, subject);
  }
}

function paragraph(random: Random, sentences: number, place?: string): string {
  return Array.from({ length: sentences }, () => sentence(random, place)).join(' ');
}

function date(random: Random, from: number, to: number): string {
  const day = new Date(from + Math.floor(random.next() * (to - from)));
  return day.toISOString().slice(0, 10);
}

const dayMs = 86_400_000;
const first = Date.UTC(2018, 0, 1);
const last = Date.UTC(2026, 5, 30);

function host(name: string): string {
  return `www.${slugify(name)}.be`;
}

function phone(random: Random): string {
  return `+32 ${random.pick(['2', '3', '9', '11', '16', '50', '53', '56', '59'])} ${random.int(200, 899)} ${String(random.int(0, 99)).padStart(2, '0')} ${String(random.int(0, 99)).padStart(2, '0')}`;
}

function titleFor(random: Random, targetGroup: string): string {
  const noun = capitalize(compound(random));
  const qualifier = random.pick([
    `voor ${targetGroup.toLowerCase()}`,
    'in de wijk',
    'met vrijwilligers',
    'op school',
    'als hefboom voor participatie',
    'in kleine gemeenten',
    `en ${compound(random)}`,
    'voor het hele gezin',
    'in de centrumstad',
    'op het platteland',
  ]);
  return `${noun} ${qualifier}`;
}

function body(random: Random, title: string): string {
  if (random.chance(0.25)) return '';
  const parts: string[] = [paragraph(random, random.int(2, 4))];
  const sections = random.int(1, 3);
  for (const heading of random.sample(words.headings, sections)) {
    parts.push(`## ${heading}`);
    parts.push(paragraph(random, random.int(2, 5)));
    if (random.chance(0.5))
      parts.push(
        Array.from({ length: random.int(3, 5) }, () => `- ${sentence(random)}`).join('\n'),
      );
    if (random.chance(0.3)) {
      const [short, full] = random.pick(words.abbreviations);
      parts.push(
        `Het <abbr title="${full}">${short}</abbr> ${random.pick(verbs)[0]} **${compound(random)}** ${random.pick(words.complements)}.`,
      );
    }
    if (random.chance(0.3))
      parts.push(
        `Lees ook [het verslag over ${title.toLowerCase()}](https://www.vvsg.be/kennisitems/${slugify(title)}) en de [handleiding](https://www.vvsg.be/handleidingen/${compound(random)}).`,
      );
  }
  if (random.chance(0.3))
    parts.push(
      `<Callout type="${random.pick(['info', 'tip', 'let-op'])}" title="${capitalize(compound(random))}">\n${paragraph(random, 2)}\n</Callout>`,
    );
  if (random.chance(0.2))
    parts.push(
      `<Quote by="${capitalize(random.pick(words.quoteAuthors))}">\n${sentence(random)}\n</Quote>`,
    );
  return `\n${parts.join('\n\n')}\n`;
}

/** Builds the sheet with index `index` of a catalogue; `taken` holds the slugs already used. */
export function generateSheet(
  seed: string,
  index: number,
  d: Distributions,
  taken: Set<string>,
): GeneratedSheet {
  const random = new Random(`${seed}:sheet:${index}`);
  const category = d.categories.pick(random);
  const targetGroups = d.targetGroups.pickDistinct(random, random.pick([1, 1, 1, 2, 2, 3]));
  const policyDomains = d.policyDomains.pickDistinct(random, random.pick([1, 2, 2, 2, 3, 4]));
  const title = titleFor(random, random.pick(d.targetGroupNames));
  let slug = slugify(title).slice(0, 80).replace(/-+$/, '');
  for (let n = 2; taken.has(slug); n++)
    slug = `${slugify(title).slice(0, 76).replace(/-+$/, '')}-${n}`;
  taken.add(slug);

  const exampleCount = random.pick([0, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5, 7]);
  const places = d.municipalities.pickDistinct(random, exampleCount);
  const examples = places.map((place) => {
    const paragraphs = random.pick([1, 1, 1, 2, 2, 3]);
    const text = Array.from({ length: paragraphs }, (_, i) => {
      const rest = paragraph(random, random.int(i === 0 ? 1 : 2, 4), place);
      return i === 0
        ? `${clause(random, random.pick(words.subjects), `In ${place} `)} ${rest}`
        : rest;
    }).join('\n\n');
    const example: Record<string, unknown> = { municipality: place, text };
    if (random.chance(0.6)) {
      example.contacts = Array.from({ length: random.int(1, 2) }, () => {
        const contact: Record<string, string> = { label: random.pick(words.contactLabels) };
        const kind = random.int(0, 3);
        if (kind !== 1)
          contact.email = `${random.pick(['welzijn', 'info', 'samenleven', 'jeugd', 'sport', 'integratie'])}@${slugify(place)}.be`;
        if (kind !== 0) contact.phone = phone(random);
        if (kind === 3) contact.url = `https://${host(place)}/contact`;
        return contact;
      });
    }
    if (random.chance(0.5))
      example.links = Array.from({ length: random.int(1, 2) }, (_, i) => ({
        label: random.pick(words.linkLabels),
        url: `https://${host(place)}/${slug}${i ? `/${i + 1}` : ''}`,
      }));
    return example;
  });

  const published = date(random, first, last - 30 * dayMs);
  const data: Record<string, unknown> = {
    title,
    summary: paragraph(random, random.int(2, 3)),
    category,
    goals: Array.from(
      { length: random.int(1, 5) },
      () =>
        `${random.pick(words.goalObjects)} ${random.pick(words.objects)} ${random.pick(words.goalVerbs)}.`,
    ),
    targetGroups,
  };
  if (random.chance(0.85))
    data.successFactors = Array.from(
      { length: random.int(1, 5) },
      () =>
        `${random.pick(words.successOpeners)} ${random.pick(words.objects)}, ${random.pick(words.complements)}.`,
    );
  if (random.chance(0.75))
    data.challenges = Array.from(
      { length: random.int(1, 4) },
      () => `${random.pick(words.challengeOpeners)} ${random.pick(words.challengeActions)}.`,
    );
  if (random.chance(0.8))
    data.partners = random.sample(words.partners, random.int(1, 6)).map((name) => {
      const partner: Record<string, string> = { name };
      if (random.chance(0.4))
        partner.description = `${random.pick(words.partnerRoles)} en ${random.pick(words.partnerRoles)}.`;
      if (random.chance(0.3)) partner.url = `https://${host(name)}/`;
      return partner;
    });
  if (examples.length) data.examples = examples;
  data.policyDomains = policyDomains;
  Object.assign(
    data,
    atAGlance(new Random(`${seed}:glance:${index}`), d, Number(published.slice(0, 4)), slug),
  );
  let image: GeneratedSheet['image'];
  if (random.chance(0.1)) {
    image = { src: `images/${slug}.png`, seed: `${seed}:image:${index}` };
    data.image = { src: image.src, alt: random.pick(words.imageAlts) };
    if (random.chance(0.6))
      (data.image as Record<string, string>).credit =
        `Foto: ${random.pick(['Stad', 'Gemeente'])} ${places[0] ?? 'Gent'}`;
  }
  data.published = published;
  if (random.chance(0.5)) data.updated = date(random, Date.parse(published), last);
  // Review dates and stopped examples draw from a stream of their own, so the rest of a
  // generated sheet is what it was before these fields existed.
  const review = new Random(`${seed}:review:${index}`);
  if (review.chance(0.4))
    data.reviewed = date(
      review,
      Date.parse(String((data.updated as string | undefined) ?? published)),
      last,
    );
  for (const example of examples) {
    if (review.chance(0.05)) example.status = 'gestopt';
    if (review.chance(0.3)) example.reviewed = date(review, Date.parse(published), last);
  }
  const status = random.next();
  if (status < 0.03) data.status = 'draft';
  else if (status < 0.13) data.status = 'published';
  if (random.chance(0.5)) data.keywords = random.sample(words.keywords, random.int(1, 4));
  if (random.chance(0.4)) {
    data.source = { system: random.pick(words.importSystems), file: `000_${hex(random, 16)}.txt` };
    if (random.chance(0.5))
      Object.assign(data.source as object, {
        image: `${random.int(1, 99)} - 1.jpg`,
        imageCaption: 'Provider image',
      });
    if (review.chance(0.2)) Object.assign(data.source as object, { provisionalTitle: title });
  }

  const text = sheetText(data, body(random, title).replace(/^\n+|\n+$/g, ''));
  return { slug, text, ...(image ? { image } : {}) };
}

/**
 * Stage, evidence, cost, effort, start year and links to other databanks, each left out
 * now and then as in a real catalogue (a missing value is shown as unknown). Drawn from a
 * stream of their own, so the rest of a sheet is the same as before these fields existed.
 */
function atAGlance(
  random: Random,
  d: Distributions,
  publishedYear: number,
  slug: string,
): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  if (random.chance(0.8)) fields.stage = d.stages.pick(random);
  if (random.chance(0.6)) {
    const level = d.evidenceLevels.pick(random);
    const evidence: Record<string, unknown> = { level };
    // Only an evaluation that happened has a report and a year.
    if (level !== d.evidenceLevels.items[0] && random.chance(0.7)) {
      evidence.year = random.int(publishedYear - 4, publishedYear);
      if (random.chance(0.6))
        evidence.report = `https://${random.pick(words.evaluators)}/evaluaties/${slug}.pdf`;
    }
    fields.evidence = evidence;
  }
  if (random.chance(0.6)) fields.cost = d.costBands.pick(random);
  if (random.chance(0.6)) fields.effort = d.effortBands.pick(random);
  if (random.chance(0.7)) fields.since = random.int(publishedYear - 12, publishedYear);
  if (random.chance(0.15))
    fields.seeAlso = random
      .sample(words.otherDatabanks, random.int(1, 2))
      .map(([name, address]) => ({
        label: `${name}: ${capitalize(compound(random))}`,
        url: `${address}/${slug}`,
      }));
  return fields;
}

function hex(random: Random, length: number): string {
  return Array.from({ length }, () => random.int(0, 15).toString(16)).join('');
}
