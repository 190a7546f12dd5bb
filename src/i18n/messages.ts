/**
 * Every message a contributor reads, in Dutch (nl-BE): `npm run validate` (and its GitHub
 * annotations), the build's content errors, the importer's report and the contribution form.
 * One catalogue, so the same mistake is worded the same way wherever it is found. Each message
 * ends with how to fix it. Pure and browser-safe: the form imports it too.
 *
 * Messages from the checks start in lower case: they follow `path:line:column: `. Field
 * phrases (`field.*`) are the end of a sentence that starts with the field
 * (`veld "summary" (Intro) is te kort: ...`); the form makes them a sentence of their own.
 */
import { quote } from '../lib/util/text.ts';

/** "a", "a of b", "a, b of c". */
export function ofList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} of ${items.at(-1)}`;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "3,0 MB": one decimal, with the Belgian decimal comma. */
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;

/** How a vocabulary's term is named in messages: "een categorie", "gemeenten". */
export interface Noun {
  one: string;
  many: string;
}

const nouns = {
  categories: { one: 'categorie', many: 'categorieën' },
  policyDomains: { one: 'beleidsdomein', many: 'beleidsdomeinen' },
  targetGroups: { one: 'doelgroep', many: 'doelgroepen' },
  municipalities: { one: 'gemeente', many: 'gemeenten' },
  stages: { one: 'fase', many: 'fasen' },
  evidenceLevels: { one: 'onderbouwingsniveau', many: 'onderbouwingsniveaus' },
  costBands: { one: 'kostenklasse', many: 'kostenklassen' },
  effortBands: { one: 'inzetklasse', many: 'inzetklassen' },
  goals: { one: 'doel', many: 'doelen' },
  successFactors: { one: 'succesfactor', many: 'succesfactoren' },
  challenges: { one: 'uitdaging', many: 'uitdagingen' },
  partners: { one: 'partner', many: 'partners' },
  contacts: { one: 'contact', many: 'contacten' },
  links: { one: 'link', many: 'links' },
  examples: { one: 'voorbeeld', many: 'voorbeelden' },
  keywords: { one: 'zoekwoord', many: 'zoekwoorden' },
  otherDatabanks: { one: 'link naar een andere databank', many: 'links naar andere databanken' },
} satisfies Record<string, Noun>;

/** The one wording of a suggestion: ` Bedoel je "a" of "b"?`, or nothing when there is none. */
function didYouMean(options: readonly string[], show: (option: string) => string = quote): string {
  return options.length ? ` Bedoel je ${ofList(options.map((option) => show(option)))}?` : '';
}

/** A suggested municipality found through a former name says why: it is part of that municipality now. */
const withFormerName =
  (formerNames: Readonly<Record<string, string>>) =>
  (option: string): string => {
    const former = formerNames[option];
    return former
      ? `${quote(option)} (${former} hoort sinds de fusie bij ${option})`
      : quote(option);
  };

const utf8Fix = (subject: string) =>
  `bewaar ${subject} als UTF-8 in je editor ("Opslaan met codering" → UTF-8)`;

/** What a field's value should be, by JSON type, for "moet ... zijn", with how to write it. */
const kinds: Record<string, string> = {
  string: 'tekst zijn',
  number: 'een getal zijn',
  boolean: 'true of false zijn',
  array: 'een lijst zijn (regels die beginnen met "- ")',
  object: 'een groep velden zijn (ingesprongen regels "naam: waarde")',
  date: 'een datum zijn (JJJJ-MM-DD)',
};

/** The end of a sentence that starts with a field ("veld "x" (Titel) ..."): the schema's own messages. */
const field = {
  expectedText: 'moet tekst zijn',
  notEmpty: 'mag niet leeg zijn: vul het in',
  tooShort: (min: number) => `is te kort: schrijf minstens ${min} tekens`,
  tooLong: (max: number) => `is te lang: hou het onder ${max} tekens`,
  url: 'is geen geldig webadres: schrijf het volledig, beginnend met https://',
  email: 'is geen geldig e-mailadres: schrijf het zoals naam@gemeente.be',
  phone: 'is geen geldig telefoonnummer: schrijf het zoals +32 2 211 55 00',
  date: 'is geen geldige datum: schrijf ze als JJJJ-MM-DD, bv. 2025-03-31',
  year: 'is geen jaartal: schrijf vier cijfers, bv. 2019',
  /** In YAML a year in quotes is text. */
  yearNotNumber: 'is geen jaartal: schrijf vier cijfers zonder aanhalingstekens, bv. 2019',
  yearOutOfRange: 'is geen jaartal dat deze praktijk kan hebben: schrijf vier cijfers, bv. 2019',
  futureYear: (now: number, value?: number) =>
    `${value === undefined ? '' : `(${value}) `}ligt in de toekomst: schrijf een jaar tot en met ${now}`,
  imageSrc:
    'moet een pad naast de fiche zijn, zoals "images/kansenpas.jpg" (jpg, png, webp of avif)',
  expectedTerm: (noun: Noun) => `moet de naam van een ${noun.one} zijn`,
  termMissing: (noun: Noun, file: string) =>
    `moet een ${noun.one} noemen: schrijf een naam uit ${file}`,
  unknownTerm: (
    noun: Noun,
    name: string,
    suggestions: readonly string[],
    file: string,
    formerNames: Readonly<Record<string, string>> = {},
  ) =>
    `noemt ${quote(name)}, maar die naam staat niet in de lijst van ${noun.many}.${didYouMean(suggestions, withFormerName(formerNames))} Gebruik een naam uit ${file}, of vraag de redactie om die naam daar toe te voegen.`,
  atLeast: (min: number, noun: Noun) =>
    `heeft minstens ${min === 1 ? `één ${noun.one}` : `${min} ${noun.many}`} nodig: voeg ${min === 1 ? 'er een' : 'ze'} toe`,
  atMost: (max: number, noun: Noun) =>
    `heeft meer dan ${max} ${noun.many}: hou de ${max} die het meest tellen`,
  duplicate: (value: string) => `noemt ${quote(value)} twee keer: verwijder er één`,
  duplicateExample: (municipality: string, first: number) =>
    `noemt ${quote(municipality)} een tweede keer (eerst in voorbeeld ${first}): voeg de twee voorbeelden samen`,
  oneOf: (values: readonly string[]) => `moet ${ofList(values.map((v) => `"${v}"`))} zijn`,
  updatedBeforePublished: (updated?: string, published?: string) =>
    `${updated ? `(${updated}) ` : ''}ligt vóór de publicatiedatum${published ? ` (${published})` : ''}: een fiche kan niet bijgewerkt zijn voor ze verscheen; kijk beide datums na`,
  reviewedBeforePublished: (reviewed?: string, published?: string) =>
    `${reviewed ? `(${reviewed}) ` : ''}ligt vóór de publicatiedatum${published ? ` (${published})` : ''}: een fiche kan niet nagekeken zijn voor ze verscheen; kijk beide datums na`,
  slug: 'moet bestaan uit kleine letters, cijfers en enkele koppeltekens, bv. "inclusieve-vrije-tijd"',
  nis: 'moet een NIS-code van vijf cijfers zijn, bv. "23003"',
  unknownFields: (keys: readonly string[]) =>
    `bevat ${keys.length === 1 ? 'het onbekende veld' : 'de onbekende velden'} ${ofList(keys.map((k) => `"${k}"`))}: verwijder ${keys.length === 1 ? 'het' : 'ze'} of verbeter de naam`,
  invalidFormat: 'heeft niet de juiste vorm: kijk het voorbeeld in docs/sheet-format.md na',
  invalid: 'klopt niet: kijk het na in docs/sheet-format.md',
  kind: (kind: string) => kinds[kind] ?? `${kind} zijn`,
};

/** What a value is, for "maar is ...". */
function kindOf(value: unknown): string {
  if (value === null) return 'een lege waarde';
  if (Array.isArray(value)) return 'een lijst';
  if (typeof value === 'object') return 'een groep velden';
  if (typeof value === 'string') return 'tekst';
  if (typeof value === 'number') return `het getal ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  return typeof value;
}

/** `veld "examples[0].text" (Beschrijving)`: the field's path and, where known, its Dutch title. */
const fieldRef = (name: string, title?: string) => `veld "${name}"${title ? ` (${title})` : ''}`;

/** A problem with one field of a sheet (or vocabulary entry). */
const fields = {
  ref: fieldRef,
  /** A phrase from `field` (or the schema) after the field. */
  says: (name: string, title: string | undefined, phrase: string) =>
    `${fieldRef(name, title)} ${phrase}`,
  unknown: ({
    field: key,
    parent,
    suggestions,
    known,
  }: {
    field: string;
    parent?: string;
    suggestions: readonly string[];
    known: readonly string[];
  }) =>
    `onbekend veld "${key}"${parent ? ` in "${parent}"` : ''}.${didYouMean(suggestions)} Gekende velden: ${known.join(', ')}`,
  missing: (name: string, title?: string) =>
    `verplicht ${fieldRef(name, title)} ontbreekt: voeg het toe aan de front matter`,
  empty: (name: string, title?: string) =>
    `${fieldRef(name, title)} is leeg: vul het in of verwijder de regel`,
  wrongKind: (name: string, title: string | undefined, expected: string, value: unknown) =>
    `${fieldRef(name, title)} moet ${field.kind(expected)}, maar is ${kindOf(value)}`,
  controlCharacter: (code: string) =>
    `bevat het onzichtbare stuurteken ${code}: verwijder het (schrijf de tekst gewoon uit)`,
  lineBreak: 'moet één regel tekst zijn: verwijder het regeleinde',
  bidiCharacter: (code: string) =>
    `bevat het onzichtbare teken ${code}, dat de richting van de tekst omkeert: verwijder het`,
  hugeList: (length: number) =>
    `is een lijst van ${length} items, veel meer dan een fiche kan bevatten: hou de paar die het meest tellen`,
  html: (tag: string) =>
    `bevat HTML (${tag}), die de site als gewone tekst toont: verwijder de tags (een lege regel begint een nieuwe alinea)`,
  formerMunicipality: (written: string, now: string) =>
    `noemt "${written}", dat nu deel is van ${now}: schrijf "${now}"`,
  contactWithoutAddress: (label: string) =>
    `("${label}") heeft geen e-mailadres, telefoonnummer of webadres: vul er een in zodat lezers contact kunnen opnemen`,
  /** A problem that names its own subject (a picture file), after the field. */
  wrong: (problem: string) => `klopt niet: ${problem}`,
  linkWithoutAddress: (label: string) =>
    `("${label}") heeft geen webadres: voeg url: https://... toe`,
};

/** The file as a whole: its name, size, encoding and the lines around the front matter. */
const sheet = {
  fileName: (name: string) =>
    `de bestandsnaam "${name}" wordt het webadres van de pagina: gebruik kleine letters, cijfers en koppeltekens, zoals "vrijetijdspas-voor-iedereen.mdx"`,
  tooLarge: (bytes: number, maxKb: number) =>
    `het bestand is ${megabytes(bytes)}, groter dan een fiche mag zijn (${maxKb} KB): hou de tekst bij wat een lezer nodig heeft en verwijs naar langere teksten met een link`,
  utf16: (subject = 'het bestand') =>
    `${subject} is bewaard als UTF-16 ("Unicode"), niet als UTF-8: ${utf8Fix(subject)}`,
  notUtf8: (byte: string, offset: number, subject = 'het bestand') =>
    `${subject} is geen geldige UTF-8 (byte 0x${byte} op positie ${offset}): ${utf8Fix(subject)}`,
  controlCharacter: (code: string) =>
    `het bestand bevat het onzichtbare stuurteken ${code}: het is geen gewoon tekstbestand of het werd beschadigd; verwijder het teken, of kopieer de tekst naar een nieuw bestand dat je als UTF-8 bewaart`,
  empty:
    'het bestand is leeg: een fiche begint met haar velden (title, summary, ...) tussen twee regels "---" (`npm run new -- "Titel"` maakt een sjabloon)',
  noStart:
    'de fiche moet beginnen met een regel "---", dan de velden (title, summary, ...), dan nog een regel "---"',
  notClosed: 'de front matter is niet afgesloten: zet een regel "---" na het laatste veld',
  notFields:
    'de front matter moet velden bevatten zoals "title: ...", één per regel, geen lijst of losse waarde',
  tooManyProblems: (n: number) =>
    `en nog ${count(n, 'ander probleem', 'andere problemen')} vanaf hier: los eerst de problemen hierboven op en controleer de fiche dan opnieuw`,
  cannotRender: (detail: string) =>
    `de tekst kan geen pagina worden (${detail}): maak hem eenvoudiger, en laat de redactie weten om welke fiche het ging`,
  cannotCheck: (detail: string) =>
    `deze fiche kon niet gecontroleerd worden (${detail}): laat de redactie weten om welke fiche het ging; maak ze intussen eenvoudiger`,
  checkTooSlow: (seconds: number) =>
    `de tekst is te ingewikkeld om te controleren: de controle duurde langer dan ${seconds.toLocaleString('nl-BE')} s, waar een fiche ruim minder dan één seconde nodig heeft: maak hem korter of splits hem in eenvoudigere delen`,
  unreadable: 'het bestand kan niet gelezen worden: controleer of het bestaat',
};

/** The YAML between the two "---" lines. */
const yaml = {
  tooComplex: (reason: string) => `de front matter is te ingewikkeld om te controleren: ${reason}`,
  tooManyFields: (max: number) =>
    `ze heeft meer dan ${max} velden; een fiche heeft er enkele tientallen nodig, dus verwijder wat er niet bij hoort`,
  tooDeep: (max: number) =>
    `ze nest lijsten of groepen meer dan ${max} niveaus diep: een fiche heeft er drie of vier nodig`,
  tooManyItems: (max: number) =>
    `haar lijsten hebben samen meer dan ${max} items; een fiche heeft er enkele tientallen nodig, dus hou wat het meest telt`,
  tooIndented: (n: number) =>
    `een regel springt ${n} tekens in: een fiche heeft maar enkele niveaus nodig`,
  unreadable: (detail: string) =>
    `de front matter kan niet gelezen worden: ${detail} (schrijf elke waarde volledig uit)`,
  alias: (name: string) =>
    `de front matter gebruikt de YAML-alias "*${name}", die niet mag in een fiche: schrijf de waarde volledig uit`,
  anchor: (name: string) =>
    `de front matter gebruikt het YAML-anker "&${name}", dat niet mag in een fiche: verwijder het en schrijf elke waarde volledig uit`,
  tag: (tag: string) =>
    `de front matter gebruikt de YAML-tag "${tag}", die niet mag in een fiche: verwijder hem en schrijf een gewone waarde (zet tekst tussen aanhalingstekens)`,
  times: (message: string, n: number) => `${message} (${n} keer gebruikt)`,
  /**
   * A known mistake in Dutch, with its fix; otherwise the YAML library's own (English) detail,
   * with the fix a non-developer most likely needs.
   */
  invalid: (detail: string, code: string) =>
    Object.hasOwn(yamlHints, code)
      ? `de front matter is geen geldige YAML: ${yamlHints[code]}`
      : `de front matter is geen geldige YAML: ${detail} (zet tekst die ":" of "#" bevat tussen aanhalingstekens)`,
};

const yamlHints: Record<string, string> = {
  DUPLICATE_KEY: 'een veld staat er twee keer: hou er één',
  BAD_INDENT:
    'kijk de inspringing na: items van een lijst beginnen met "  - " en geneste velden staan onder elkaar',
  MISSING_CHAR: 'een aanhalingsteken of haakje is niet gesloten: sluit het',
  BLOCK_AS_IMPLICIT_KEY:
    'een regel springt verkeerd in, of een waarde met ": " moet tussen aanhalingstekens',
  MULTILINE_IMPLICIT_KEY: 'een waarde die ": " bevat moet tussen aanhalingstekens',
  TAB_AS_INDENT: 'spring in met spaties, niet met tabs',
  MULTIPLE_DOCS:
    'de front matter eindigt bij de tweede regel "---": verwijder elke regel "---" of "..." tussen de velden',
  BAD_DIRECTIVE: 'verwijder de regel die met "%" begint',
  MISSING_CHAR_DIRECTIVE: 'verwijder de regel die met "%" begint',
};

const picture = 'zet de afbeelding in het veld "image" van de fiche (met haar alternatieve tekst)';

/** The Markdown text under the front matter. */
const body = {
  tooDeep: (levels: string) =>
    `de tekst is te diep genest (${levels} niveaus van lijsten, citaten of tags in elkaar): hou het bij enkele niveaus`,
  moreThan: (n: number) => `meer dan ${n}`,
  budget: {
    headingLines: 'titels (of regels met alleen "=" of "-")',
    emphasisMarks: 'de tekens * en _',
    brackets: 'het teken [',
    footnoteReferences: 'voetnootverwijzingen [^…]',
    backticks: 'het teken `',
    listItems: 'lijstitems',
  },
  tooComplex: (what: string, max: number) =>
    `de tekst is te ingewikkeld om te controleren: hij gebruikt ${what} meer dan ${max} keer: splits hem op, maak hem korter, of zet een backslash voor tekens die als tekst bedoeld zijn`,
  notClosed: (name: string) =>
    `<${name}> is niet gesloten: zet </${name}> op een eigen regel na de tekst (of schrijf <${name} … /> als er geen tekst in staat)`,
  autolink: (url: string) =>
    `adressen tussen < en > worden niet ondersteund: schrijf het adres zonder (${url}) of als link [tekst](${url})`,
  autolinkGeneric:
    'adressen tussen < en > worden niet ondersteund: schrijf het adres zoals het is (https://…) of als link [tekst](https://…)',
  htmlComment:
    'HTML-commentaar <!-- … --> wordt niet ondersteund: schrijf commentaar als {/* … */}, of verwijder het',
  /** The MDX parser's own reason is English (from the library). */
  syntax: (reason: string) =>
    `de tekst kan niet als MDX gelezen worden: ${reason}. Om <, >, { of } als gewone tekst te schrijven, zet je er een backslash voor (\\<, \\{, \\})`,
  line: (line: number) => ` (regel ${line})`,
  tooIndented: (spaces: number) =>
    `de regel springt ${spaces} spaties in, waardoor hij te diep genest is: begin hem hoogstens enkele spaties naar binnen`,
  tooManyBrackets: (max: number) =>
    `meer dan ${max} "[" in elkaar: om een vierkant haakje als tekst te schrijven, zet je er een backslash voor: \\[`,
  url: {
    empty: 'heeft geen adres: schrijf [tekst](https://…)',
    dangerous: (scheme: string) =>
      `een adres met "${scheme}:" kan code uitvoeren of inhoud verbergen en mag niet: verwijder het`,
    scheme: (scheme: string) =>
      `adressen met "${scheme}:" mogen niet: gebruik https://, mailto: of tel:`,
    notFull: 'is geen volledig adres: schrijf het volledig uit, beginnend met https://',
  },
  link: (url: string, reason: string) => `link naar ${url}: ${reason}`,
  linkWithout: (reason: string) => `link ${reason}`,
  image: (url: string, reason: string) => `afbeelding ${url}: ${reason}`,
  imageInText: `afbeeldingen in de tekst worden niet ondersteund: ${picture}`,
  secondFrontmatter: 'een tweede blok velden mag niet: zet elk veld in de front matter bovenaan',
  esm: (found: string, components: string) =>
    `import- en export-regels mogen niet in een fiche (gevonden: ${found}): verwijder de regel; gebruik alleen Markdown en de componenten ${components}`,
  expression: (found: string) =>
    `uitdrukkingen tussen accolades mogen niet (gevonden: {${found}}): om een accolade als tekst te schrijven, zet je er een backslash voor: \\{`,
  rawHtml: 'HTML mag niet: gebruik Markdown',
  unsupported: (type: string) =>
    `dit soort tekst ("${type}") wordt niet ondersteund in een fiche: gebruik gewone Markdown (zie docs/sheet-format.md)`,
  emptyTag: 'lege tags <> … </> mogen niet: verwijder ze',
  dangerousElement: (name: string, alternative?: string) =>
    `het element <${name}> mag niet in een fiche (het kan code uitvoeren, inhoud van elders laden of de pagina veranderen): ${alternative ?? 'verwijder het'}`,
  htmlElement: (name: string, alternative: string) =>
    `het HTML-element <${name}> mag niet in een fiche: ${alternative}`,
  unknownElement: (name: string, suggestions: readonly string[], components: string) =>
    `onbekende component of onbekend element <${name}>.${didYouMean(suggestions, (n) => `<${n}>`)} Gebruik Markdown, of een van de componenten ${components} (zie docs/safe-content.md)`,
  block: (name: string) =>
    `<${name}> is een blok: zet <${name} …> en </${name}> elk op een eigen regel, met de tekst ertussen`,
  spread: (name: string, value: string) =>
    `<${name}> heeft een spread-attribuut {${value}}, dat niet mag: schrijf elk attribuut als naam="waarde"`,
  eventHandler: (name: string, attribute: string) =>
    `<${name}> heeft het event-attribuut "${attribute}", dat code zou uitvoeren: verwijder het`,
  attributeExpression: (name: string, attribute: string) =>
    `<${name} ${attribute}={…}> gebruikt een uitdrukking: schrijf een gewone waarde tussen aanhalingstekens, zoals ${attribute}="…"`,
  unknownAttribute: (name: string, attribute: string, allowed: readonly string[]) =>
    `<${name}> heeft geen attribuut "${attribute}": ${allowed.length ? `gebruik ${ofList(allowed.map((a) => `"${a}"`))}` : 'verwijder het'}`,
  noValue: (name: string, attribute: string) =>
    `<${name} ${attribute}> heeft geen waarde: schrijf ${attribute}="…"`,
  unknownValue: (name: string, attribute: string, value: string, values: readonly string[]) =>
    `<${name} ${attribute}="${value}"> is geen gekende waarde: gebruik ${ofList(values.map((v) => `"${v}"`))}`,
  requiredAttribute: (name: string, attribute: string, description: string) =>
    `<${name}> heeft het attribuut ${attribute}="…" nodig (${description})`,
  /** What to write instead of an HTML element people know from e-mail or web editors. */
  alternatives: {
    a: 'schrijf een link in Markdown: [tekst](https://…)',
    img: picture,
    picture,
    b: 'schrijf **vet** in Markdown',
    strong: 'schrijf **vet** in Markdown',
    i: 'schrijf *cursief* in Markdown',
    em: 'schrijf *cursief* in Markdown',
    p: 'laat het weg: een lege regel begint een nieuwe alinea',
    div: 'laat het weg: een lege regel begint een nieuwe alinea',
    span: 'laat het weg',
    u: 'laat het weg (onderlijnde tekst lijkt op een link): gebruik **vet** om een woord te benadrukken',
    font: 'laat het weg: de site kiest de lettertypes en kleuren',
    center: 'laat het weg: de site kiest de opmaak',
    ul: 'schrijf een lijst in Markdown, één item per regel, beginnend met "- "',
    ol: 'schrijf een genummerde lijst in Markdown, één item per regel, beginnend met "1. "',
    li: 'schrijf een lijst in Markdown, één item per regel, beginnend met "- "',
    h1: 'schrijf een titel in Markdown: "## Titel" op een eigen regel',
    h2: 'schrijf een titel in Markdown: "## Titel" op een eigen regel',
    h3: 'schrijf een titel in Markdown: "### Titel" op een eigen regel',
    h4: 'schrijf een titel in Markdown: "#### Titel" op een eigen regel',
    table: 'schrijf een tabel in Markdown (| kolom | kolom |)',
    blockquote: 'gebruik <Quote by="…"> voor een citaat, of begin de regels met "> "',
    hr: 'schrijf "---" op een eigen regel, met lege regels errond',
  } as Record<string, string>,
};

/** The picture a sheet names, or a picture in the sheets folder. */
const image = {
  folder: (shown: string) =>
    `de afbeelding "${shown}" is een map, geen afbeelding: noem het bestand zelf, zoals "images/foto.jpg"`,
  tooLarge: (shown: string, bytes: number) =>
    `de afbeelding "${shown}" is te groot (${megabytes(bytes)}): verklein ze tot hoogstens 2 MB, bv. 1600 px breed`,
  unreadable: (shown: string) =>
    `de afbeelding "${shown}" kan niet gelezen worden: controleer of het bestand niet beschadigd of vergrendeld is`,
  notAType: (shown: string, types: readonly string[]) =>
    `de afbeelding "${shown}" is geen ${ofList(types)}-afbeelding: exporteer ze opnieuw in een van die formaten`,
  damaged: (shown: string, format: string) =>
    `de afbeelding "${shown}" begint als een ${format}-afbeelding maar kan niet gelezen worden (beschadigd, of een ander soort bestand): exporteer de afbeelding opnieuw`,
  wrongExtension: (shown: string, format: string, extension: string) =>
    `de afbeelding "${shown}" is een ${format.toUpperCase()}-afbeelding maar haar naam eindigt op "${extension}": hernoem ze zodat ze eindigt op ".${format}"`,
  missing: (src: string, lookedFor: string) =>
    `de afbeelding "${src}" staat niet naast de fiche (gezocht: ${lookedFor}): voeg het bestand toe of verbeter het pad`,
  link: (src: string) =>
    `de afbeelding "${src}" is een koppeling naar een ander bestand: zet de afbeelding zelf naast de fiche`,
  altEmpty: 'is leeg: beschrijf wat er op de afbeelding te zien is',
  altFileName: (value: string) =>
    `is een bestandsnaam (${value}): beschrijf in de plaats wat er op de afbeelding te zien is`,
  altMeaningless: (value: string) =>
    `(${value}) zegt niets over de afbeelding: beschrijf wat er te zien is`,
};

/** The content folder: which files may be where. */
const catalogue = {
  symlink:
    'is een symbolische koppeling, die niet gevolgd wordt: zet het bestand zelf hier (of verwijder de koppeling)',
  noSheets: 'hier staan geen fiches (.mdx-bestanden)',
  unusedImage:
    'geen enkele fiche gebruikt deze afbeelding, dus de site publiceert ze niet: noem ze in het veld image van een fiche, of verwijder ze',
  sameSlug: (slug: string, other: string) =>
    `heeft dezelfde naam "${slug}" als ${other}, zodat beide het adres /praktijken/${slug}/ zouden krijgen: hernoem er een`,
  invisibleInName: (code: string) => `het onzichtbare teken ${code}`,
  badName: (name: string, what: string) =>
    `de naam ${name} bevat ${what}, wat een bestandsnaam in de catalogus niet mag bevatten: hernoem het met letters, cijfers, koppeltekens en punten`,
  notRegular: 'is geen gewoon bestand: verwijder het',
  notMdx:
    'fiches moeten de extensie .mdx hebben: hernoem het, of importeer een tekstexport met `npm run import`',
  notPicture:
    'is geen afbeelding die een fiche kan gebruiken: exporteer ze als JPEG, PNG, WebP of AVIF (of verwijder ze)',
  notSheetOrPicture:
    'is geen fiche of afbeelding, en alleen die mogen in de map met fiches staan: verplaats het uit de contentmap',
  noPlace:
    'hoort niet in de contentmap, die alleen site.yaml, vocabularies/ en de map met fiches bevat: verplaats het',
  notAVocabulary: (files: readonly string[]) =>
    `is geen van de lijsten (${files.join(', ')}): verplaats het uit de map, of vraag een ontwikkelaar om de lijst toe te voegen`,
};

/** The vocabulary files under content/vocabularies/. */
const vocabulary = {
  missing: (shown: string) => `de lijst ontbreekt: maak ${shown} aan`,
  duplicate: (name: string, first: number) =>
    `"${name}" staat twee keer in de lijst (ook in item ${first}): elke naam en slug moet uniek zijn; verwijder of hernoem er een`,
};

/** `npm run validate`'s last line and the build's content error. */
const validate = {
  summary: (sheets: number, errors: number, warnings: number) =>
    `${count(sheets, 'fiche', 'fiches')} gecontroleerd: ${count(errors, 'fout', 'fouten')}, ${count(warnings, 'waarschuwing', 'waarschuwingen')}`,
  buildFailed: (errors: number, lines: string) =>
    `${count(errors, 'probleem', 'problemen')} in de inhoud:\n${lines}\nLos ze op (npm run validate toont dezelfde problemen) en bouw opnieuw.`,
  /** The dev server, after a change that broke the content. */
  untilFixed: "Tot dan tonen de pagina's de inhoud zoals ze was vóór deze wijziging.",
};

/** `npm run import`: its notes per export, and the report an editor reads. */
const importer = {
  tooManyTitles: (n: number) =>
    `--title geeft één export een titel, maar er werden ${n} exports opgegeven: importeer die export apart`,
  noSuchPath: 'dat bestand of die map bestaat niet: controleer het pad',
  subfolder:
    'mappen in een map worden niet doorzocht: noem ook deze map om haar exports te importeren',
  notTxt:
    'geen .txt-bestand, dus niet als export genomen: noem het bestand zelf om het toch te importeren',
  noExports: 'deze map bevat geen .txt-exports: kies de map met de exports',
  unreadable: 'het bestand kan niet gelezen worden: controleer de toegangsrechten',
  /** Subject for decodeSheet's encoding messages. */
  theExport: 'de export',
  provisionalTitle: (title: string) =>
    `de export heeft geen titel, dus de fiche kreeg een voorlopige titel uit de intro ("${title}"): schrijf een korte titel (de bestandsnaam blijft)`,
  differs: (file: string, isImage: boolean) =>
    `${file} bestaat al en verschilt van wat deze import zou schrijven (misschien paste de redactie het aan): er werd niets geschreven. Importeer opnieuw met --force om het te vervangen${isImage ? ', of verplaats die afbeelding' : ''}`,
  otherAddress: (slug: string, file: string) =>
    `${slug}.mdx bevat al een andere praktijk, dus deze fiche is ${file}: een andere titel geeft ze een beter adres (--title)`,
  imageType: (name: string, type: string) =>
    `de afbeelding "${name}" is een ${type}-bestand, dat de site niet kan tonen: zet ze om naar JPEG of PNG`,
  wouldNotValidate: (message: string) => `de fiche zou de controle niet doorstaan: ${message}`,
  notAnExport: (headings: string) =>
    `dit is geen export van de oude databank: geen van haar sectietitels (${headings}) komt erin voor. Controleer of je het juiste bestand koos`,
  headingTwice: (heading: string, first: number) =>
    `de titel "${heading}" komt een tweede keer voor (eerst op regel ${first}); beide delen werden samen geïmporteerd`,
  municipalityTwice: (name: string, first: number) =>
    `${name} staat een tweede keer onder "Deze praktijk in" (eerst op regel ${first}); de tekst en links werden bij het eerste blok gevoegd`,
  unknownMunicipality: (name: string, why: string, suggestions: readonly string[]) =>
    `onbekende gemeente "${name}" onder "Deze praktijk in" (${why}).${didYouMean(suggestions, (s) => `"${s}"`)} Verbeter de naam in de export naar een naam uit content/vocabularies/municipalities.yaml`,
  why: {
    firstLine: 'de eerste regel van de sectie moet de gemeente noemen',
    looksLikeName: 'het lijkt op de naam van een gemeente',
    paragraphFollows: 'er volgt een alinea op, dus ze moet een nieuwe gemeente beginnen',
  },
  introText:
    'tekst onder "Deze praktijk in" vóór de eerste gemeente werd bij de beschrijving (de tekst van de fiche) gezet: kijk na waar hij hoort',
  strayParagraph: (name: string) =>
    `een alinea volgt op de links van ${name} zonder gemeentenaam ervoor; ze werd bij de tekst van ${name} gezet: kijk na of ze daar hoort`,
  missingSection: (heading: string, what: string) =>
    `de export heeft geen sectie "${heading}": een fiche heeft ${what} nodig. Voeg de sectie toe aan de export (zie tests/fixtures/seed-export.txt voor de opbouw)`,
  needs: {
    category: 'een categorie',
    goals: 'minstens één doel',
    targetGroups: 'minstens één doelgroep',
    policyDomains: 'minstens één beleidsdomein',
  },
  spelledInList: (noun: Noun, written: string, listed: string) =>
    `${noun.one} "${written}" staat als "${listed}" in de lijst; de fiche gebruikt die schrijfwijze`,
  sentenceAsTerm: (text: string, heading: string, noun: Noun, suggestions: readonly string[]) =>
    `${text} onder "${heading}" is geen naam van een ${noun.one} (het leest als een zin).${didYouMean(suggestions)} Haal de tekst uit die sectie in de export, of verbeter de naam`,
  termAdded: (noun: Noun, name: string, file: string) =>
    `nieuwe ${noun.one} "${name}" toegevoegd aan vocabularies/${file}: kijk de spelling na en voeg een beschrijving toe`,
  unknownTerm: (noun: Noun, name: string, suggestions: readonly string[], file: string) =>
    `"${name}" staat niet in de lijst van ${noun.many}.${didYouMean(suggestions)} Verbeter de naam in de export, voeg hem toe aan vocabularies/${file}, of importeer opnieuw met --add-vocabulary om hem toe te voegen`,
  termTwice: (noun: Noun, name: string) =>
    `${noun.one} "${name}" staat er twee keer; de fiche noemt hem één keer`,
  noIntro:
    'de export heeft geen inleidende alinea vóór "Categorie": een fiche heeft een intro nodig. Voeg de inleiding toe aan de export',
  longIntro: (max: number) =>
    `de inleiding is langer dan ${max} tekens: de intro bevat haar eerste zinnen en de hele inleiding begint de beschrijving. Schrijf een kortere intro`,
  introParagraphs: (n: number) =>
    `de inleiding heeft ${n} alinea's: de eerste is de intro, de andere beginnen de beschrijving. Kijk na of dat goed leest`,
  emptyCategory: 'de sectie "Categorie" is leeg: schrijf de categorie eronder',
  manyCategories: (n: number, lines: string) =>
    `de export noemt ${n} categorieën (regels ${lines}), maar een fiche heeft er precies één: hou in de export de categorie die het best past`,
  municipalitySpelling: (written: string, listed: string) =>
    `gemeente "${written}" staat als "${listed}" in de lijst; de fiche gebruikt die schrijfwijze`,
  formerMunicipality: (written: string, now: string) =>
    `${written} is nu deel van ${now}: het voorbeeld staat onder ${now}, en "${written}" blijft als zoekwoord. Kijk na of de tekst nog klopt`,
  onlyLinks: (municipality: string, fallback: string) =>
    `${municipality} heeft in de export geen tekst, alleen links: de fiche zegt "${fallback}". Schrijf wat ${municipality} doet`,
  shortText: (municipality: string, fallback: string) =>
    `de tekst bij ${municipality} is erg kort; "${fallback}" werd ervoor gezet. Schrijf wat ${municipality} doet`,
  linkLost: (municipality: string, label: string) =>
    `${municipality}: de link "${label}" heeft geen adres (de export verloor het): voeg url: https://... toe`,
  contactLost: (municipality: string, label: string) =>
    `${municipality}: "${label}" heeft geen adres (de export verloor het): voeg een email, phone of url toe`,
  imageCopied: (name: string, src: string) =>
    `de afbeelding "${name}" werd gekopieerd naar ${src}: schrijf haar alternatieve tekst (wat er op de afbeelding te zien is); de fiche heeft een tijdelijke tekst`,
  imageNotFound: (name: string) => `de afbeelding "${name}" staat niet naast de export`,
  imageLost: (problem: string) =>
    `${problem}: haar naam staat in source.image en de site toont geen afbeelding. Voeg de afbeelding toe aan de fiche (image: src, alt) zodra je ze hebt`,
  vocabularyComment: (file: string) =>
    `Toegevoegd door \`npm run import\` uit ${file}: kijk de naam na en voeg een beschrijving toe.`,
  /** The command line, before and around the report. */
  cli: {
    noInputs: 'Noem minstens één exportbestand of map.',
    badDate: (date: string) =>
      `--date "${date}" is geen datum: schrijf ze als JJJJ-MM-DD, bv. 2025-03-31, of "today"`,
    badTitle: (length: number) =>
      `--title moet 5 tot 120 tekens lang zijn (nu ${length}): pas de titel aan`,
    importing: (out: string, vocabularies: string) =>
      `Importeren in ${out} (lijsten: ${vocabularies})\n`,
    vocabularyErrors:
      '\n✗ De lijsten bevatten fouten, dus er werd niets geïmporteerd: los ze eerst op (npm run validate toont ze).',
  },
  /** The report. */
  report: {
    publishedFrom: {
      option: 'ingesteld met --date',
      'existing sheet': 'overgenomen uit de bestaande fiche',
      'file date': 'de datum van het exportbestand; kies een andere met --date',
    },
    exportLine: (line: number) => ` (exportregel ${line})`,
    skipped: (file: string, reasons: string) => `- ${file}: overgeslagen, ${reasons}`,
    failed: (file: string) => `✗ ${file}: niet geïmporteerd`,
    noReason: '    (geen reden genoteerd)',
    wrote: 'schreef',
    unchanged: 'ongewijzigd (al geïmporteerd)',
    and: 'en',
    published: (date: string, from: string) => `    gepubliceerd: ${date} (${from})`,
    attention: (n: number) => `  Voor de redactie (${n}):`,
    done: '  Al gedaan:',
    summary: (o: {
      failed: number;
      imported: number;
      exports: number;
      unchanged: number;
      todo: number;
      terms: readonly string[];
    }) =>
      `${o.failed ? '✗' : '✓'} ${o.imported} van ${count(o.exports, 'export', 'exports')} geïmporteerd` +
      `${o.unchanged ? ` (${o.unchanged} ongewijzigd)` : ''}${o.failed ? `, ${o.failed} niet geïmporteerd` : ''}; ` +
      `${count(o.todo, 'punt', 'punten')} voor de redactie` +
      `${o.terms.length ? `; ${count(o.terms.length, 'term', 'termen')} toegevoegd aan de lijsten (${o.terms.map((t) => `"${t}"`).join(', ')})` : ''}.`,
    fixFailed:
      'Los op wat onder ✗ staat (in de export, of met de opties van `npm run import -- --help`) en importeer die bestanden opnieuw.',
  },
};

/** `npm run new -- "Titel"`, which scaffolds a sheet. */
const scaffold = {
  noTitle: 'geef de titel van de praktijk, bv. npm run new -- "Buddywerking voor nieuwkomers".',
  badTitle: (title: string, phrase: string) => `de titel "${title}" ${phrase}.`,
  exists: (file: string) =>
    `${file} bestaat al; er werd niets geschreven. Bewerk die fiche, of kies een andere titel.`,
  fillIn: (file: string) =>
    `Vul elke "" in (of verwijder de velden die niet verplicht zijn) en controleer dan de fiche: npm run validate -- ${file}`,
};

/**
 * The contribution form: one short sentence under a field whose label stands next to it.
 * Phrases shared with `field` make the form and `npm run validate` say the same thing.
 */
const sentence = (phrase: string) => `Dit ${phrase}.`;
const form = {
  required: 'Vul dit veld in.',
  requiredItem: 'Vul dit in, of verwijder het.',
  chooseOne: 'Kies er één uit de lijst.',
  tooShort: (min: number) => sentence(field.tooShort(min)),
  tooLong: (max: number) => sentence(field.tooLong(max)),
  chooseAtLeast: (min: number) =>
    min === 1 ? 'Kies er minstens één.' : `Kies er minstens ${min}.`,
  addAtLeast: (min: number) =>
    min === 1 ? 'Voeg er minstens één toe.' : `Voeg er minstens ${min} toe.`,
  tooMany: (max: number) => `Te veel: hou de ${max} die het meest tellen.`,
  email: sentence(field.email),
  url: sentence(field.url),
  date: sentence(field.date),
  phone: sentence(field.phone),
  year: sentence(field.year),
  futureYear: (now: number) => `Dit jaar ${field.futureYear(now)}.`,
  // The form asks for the file itself; the path is what it names in the sheet.
  imagePath:
    'Geef de naam van het bestand naast de fiche, bv. "images/foto.jpg" (jpg, png, webp of avif).',
  unknownTerm: (
    name: string,
    suggestions: readonly string[],
    formerNames: Readonly<Record<string, string>> = {},
  ) =>
    `"${name}" staat niet in de lijst.${didYouMean(suggestions, withFormerName(formerNames))} Kies een naam uit de lijst.`,
  choose: (options: readonly string[]) => `Kies ${ofList(options.map((o) => `"${o}"`))}.`,
  duplicate: (name: string) => `"${name}" staat er twee keer in: verwijder er één.`,
  duplicateExample: (name: string, first: number) =>
    `${name} staat al bij gemeente ${first}: voeg de twee voorbeelden samen.`,
  updatedBeforePublished: `Deze datum ${field.updatedBeforePublished()}.`,
  reviewedBeforePublished: `Deze datum ${field.reviewedBeforePublished()}.`,
  invalid: 'Deze waarde klopt niet: kijk ze na.',
};

export const messages = {
  nouns,
  didYouMean,
  field,
  fields,
  sheet,
  yaml,
  body,
  image,
  catalogue,
  vocabulary,
  validate,
  scaffold,
  import: importer,
  form,
};
