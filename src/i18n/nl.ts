/**
 * Every string the site shows, in Dutch (nl-BE). Components take their words from here.
 *
 * The strings the browser's scripts use on the search, compare and sheet pages are in
 * nl-search.ts, nl-compare.ts, nl-shortlist.ts and nl-dates.ts, and are part of `ui` here: a
 * script that imported this file would carry every string of the site (docs/benchmarks.md,
 * the first search). The contribution form's script uses this file.
 */
import { messages } from './messages.ts';
import { compare, glance } from './nl-compare.ts';
import { formatDate, lang } from './nl-dates.ts';
import { searchPage } from './nl-search.ts';
import { shortlist } from './nl-shortlist.ts';

export { compare, formatDate, glance, lang, searchPage, shortlist };

export const contribute = {
  title: 'Een praktijk toevoegen',
  description:
    'Vul de fiche in en stel je praktijk voor aan de redactie, zonder iets te installeren.',
  intro:
    'Staat jouw praktijk nog niet in de databank? Vul dan deze fiche in. Het formulier controleert je fiche meteen, met dezelfde regels als de redactie. Daarna stuur je ze per e-mail naar de redactie (je hebt geen account nodig), of stel je ze voor op GitHub.',
  stepsTitle: 'Zo gaat het',
  steps: [
    'Vul de velden in. Velden met een * zijn verplicht; de rest mag leeg blijven.',
    'Klik op "Controleer de fiche". Klopt er iets niet, dan zie je bij elk veld wat je moet aanpassen.',
    'Bekijk hoe je fiche eruit zal zien en stuur ze door: per e-mail (download het bestand en voeg het toe als bijlage) of als voorstel op GitHub.',
    'De redactie leest je fiche na en publiceert ze. Heb je vragen, dan contacteren we je.',
  ],
  draftNote:
    'Wat je invult, bewaren we alleen in deze browser, zodat je later kan verdergaan. Er wordt niets verstuurd tot jij dat doet.',
  byMail: 'Liever per e-mail? Mail',
  changeExisting: (propose: string) =>
    `Wil je een bestaande fiche aanpassen? Gebruik "${propose}" op de fiche zelf:`,
  allPractices: 'zoek de fiche bij alle praktijken',
  noscript:
    'Dit formulier werkt alleen met JavaScript. Je kan je praktijk ook mailen naar de redactie: beschrijf wat ze wil bereiken, voor wie, wat ze doet slagen, waar je op moet letten, de partners, en per gemeente een korte beschrijving met een contactpersoon.',
  mailFallback: 'Mail de redactie',
  formLabel: 'Praktijkfiche',
  requiredMark: 'verplicht',
  optional: 'optioneel',
  requiredInGroup: 'nodig als je dit deel invult',
  forEditors: 'Voor de redactie',
  forEditorsHelp:
    'Deze velden vult de redactie in bij het publiceren. Je hoeft er niets aan te doen: het formulier zet de datum van vandaag.',
  limit: (max: number) => `maximaal ${max} tekens`,
  body: {
    title: 'Beschrijving',
    help: 'De langere beschrijving van de praktijk: hoe ze werkt, hoe ze ontstond, wat ze kost. Een lege regel begint een nieuwe alinea. Je mag Markdown gebruiken: **vet**, *cursief*, een lijstje met "- " aan het begin van elke regel, en ## voor een tussentitel.',
  },
  filter: 'Zoek in de lijst',
  filterCount: (shown: number, total: number) =>
    shown === total ? `${total} keuzes` : `${shown} van ${total} keuzes getoond`,
  noMatch: 'Geen keuzes gevonden. Wis de zoekterm om alles te zien.',
  municipalityHint: 'Begin te typen en kies een gemeente uit de lijst.',
  notGiven: 'Niet opgegeven',
  notGivenHelp: 'Kies dit als je het niet weet: de site toont dan "onbekend".',
  itemNames: {
    goals: 'Doel',
    successFactors: 'Succesfactor',
    challenges: 'Uitdaging',
    partners: 'Partner',
    examples: 'Gemeente',
    contacts: 'Contact',
    links: 'Link',
    keywords: 'Trefwoord',
    seeAlso: 'Andere databank',
  } as Record<string, string>,
  item: 'Item',
  add: (item: string) => `${item} toevoegen`,
  remove: (item: string) => `Verwijder ${item.toLowerCase()}`,
  added: (item: string) => `${item} toegevoegd.`,
  removed: (item: string) => `${item} verwijderd.`,
  choiceLabels: {
    published: 'Publiceren: de fiche verschijnt op de site',
    draft: 'Concept: de fiche blijft verborgen',
    lopend: 'Lopend: de gemeente doet dit nog',
    gestopt: 'Gestopt: de gemeente doet dit niet meer',
  } as Record<string, string>,
  image: {
    pick: 'Of kies de afbeelding op je computer',
    pickHelp:
      'We vullen dan het bestand hierboven in. De afbeelding zelf stuur je mee naar de redactie (zie onder).',
    tooBig: (mb: string) =>
      `Deze afbeelding is ${mb} MB: maak ze kleiner dan 2 MB (bv. 1600 pixels breed) en kies ze opnieuw.`,
    wrongType:
      'Dit is geen JPEG-, PNG-, WebP- of AVIF-afbeelding: bewaar ze in een van die formaten en kies ze opnieuw.',
    chosen: (name: string) => `Gekozen: ${name}. Vergeet niet ze mee te sturen.`,
  },
  check: 'Controleer de fiche',
  clear: 'Wis het formulier',
  clearConfirm: 'Alles wat je in dit formulier invulde wissen? Dit kan je niet ongedaan maken.',
  open: {
    label: 'Open een fiche',
    help: 'Voor de redactie: open een fiche die je per e-mail kreeg (een .mdx-bestand). Het formulier toont ze, controleert ze zoals bij publicatie, en je kan ze daarna doorsturen.',
    confirm: 'Wat nu in het formulier staat, vervangen door deze fiche?',
    opened: (fileName: string) => `${fileName} staat in het formulier en is gecontroleerd.`,
    failed: (fileName: string, line: number, message: string) =>
      `${fileName} kan niet geopend worden (regel ${line}): ${message}`,
    components:
      'Let op: de beschrijving van deze fiche gebruikt onderdelen zoals <Callout>. Het formulier toont ze als gewone tekst; bewerk zo een fiche in de redactieomgeving (CMS).',
  },
  cleared: 'Het formulier is leeggemaakt.',
  draftRestored: (when: string) =>
    `We hebben het concept teruggezet dat je op ${when} in deze browser bewaarde.`,
  errorSummaryTitle: (n: number) =>
    n === 1 ? 'Er is 1 probleem met de fiche' : `Er zijn ${n} problemen met de fiche`,
  errorSummaryIntro: 'Pas deze velden aan en klik dan opnieuw op "Controleer de fiche":',
  errorPrefix: 'Fout',
  bodyLine: (line: number) => `Regel ${line}`,
  duplicateSlug: (fileName: string) =>
    `Er bestaat al een fiche met de bestandsnaam ${fileName}. Kies een andere titel, of stel op die fiche een wijziging voor.`,
  /** The form's messages live in the one message catalogue, with validate's. */
  errors: messages.form,
  result: {
    title: 'Je fiche is klaar',
    intro:
      'De fiche is in orde. Kies hoe je ze doorstuurt; de redactie leest ze na voor ze verschijnt.',
    fileName: 'Bestandsnaam',
    warnings:
      'Let op: de fiche kan zo verstuurd worden, maar de redactie zal je hierover nog vragen stellen. Vul aan wat je kan:',
    preview: 'Zo ziet je fiche eruit',
    byMail: 'Per e-mail (je hebt geen account nodig)',
    byForge: 'Op GitHub (als je een GitHub-account hebt)',
    github: 'Stel voor op GitHub',
    githubHelp:
      'Opent de editor van GitHub met je fiche al ingevuld. Klik daar op "Commit changes…" en daarna op "Propose changes": zo maak je een voorstel (pull request) dat de redactie nakijkt.',
    githubTooLong:
      'Je fiche is te lang om in één link naar GitHub te sturen. Kopieer de tekst en plak ze in de lege editor die deze knop opent, of download het bestand en upload het.',
    githubUpload: 'Upload het bestand op GitHub',
    download: 'Download het bestand',
    downloadHelp:
      'Je computer bewaart de fiche als bestand (de naam eindigt op .mdx), meestal in de map Downloads.',
    copy: 'Kopieer de tekst',
    copied: 'De tekst van de fiche staat op je klembord.',
    copyFailed:
      'Kopiëren lukte niet: selecteer de tekst hieronder en kopieer ze zelf (Ctrl+C of Cmd+C).',
    mail: 'Open een e-mail aan de redactie',
    mailHelp:
      'Je e-mailprogramma opent een bericht aan de redactie met een korte samenvatting van je fiche.',
    mailSend: (fileName: string) =>
      `Voeg het bestand ${fileName} uit stap 1 toe als bijlage (en je afbeelding, als je er een koos) en verstuur de e-mail. De redactie leest je fiche na en laat je weten wanneer ze verschijnt.`,
    mailSubject: (title: string) => `Nieuwe praktijkfiche: ${title}`,
    mailBody: (sheet: {
      title: string;
      summary: string;
      category: string;
      municipalities: string[];
      fileName: string;
      image?: string;
    }) =>
      [
        'Beste redactie,',
        '',
        'Hierbij een nieuwe praktijkfiche, gemaakt met het formulier op de website.',
        '',
        `Titel: ${sheet.title}`,
        `Categorie: ${sheet.category}`,
        ...(sheet.municipalities.length ? [`Gemeenten: ${sheet.municipalities.join(', ')}`] : []),
        '',
        sheet.summary,
        '',
        `De fiche zelf zit in bijlage: ${sheet.fileName}.`,
        ...(sheet.image ? [`De afbeelding ook: ${sheet.image}.`] : []),
        '',
        'Met vriendelijke groeten',
      ].join('\n'),
    image: (src: string, file: string) =>
      `Je fiche verwijst naar de afbeelding "${src}". Stuur die mee: upload ze op GitHub als ${file}, of mail ze naar de redactie (JPEG, PNG, WebP of AVIF, hoogstens 2 MB, met toestemming van de maker).`,
    text: 'De tekst van de fiche',
    edit: 'Pas de fiche verder aan in het formulier hierboven; klik daarna opnieuw op "Controleer de fiche".',
  },
} as const;

export const ui = {
  lang,
  skipLink: 'Naar de inhoud',
  nav: {
    label: 'Hoofdmenu',
    home: 'Start',
    practices: 'Alle praktijken',
    categories: 'Categorieën',
    policyDomains: 'Beleidsdomeinen',
    targetGroups: 'Doelgroepen',
    municipalities: 'Gemeenten',
    contribute: 'Praktijk toevoegen',
    about: 'Over',
    /** The menu button on a phone, and the page section it names while the menu is closed. */
    menu: 'Menu',
    menuCurrent: ', je bent bij: ',
  },
  search: {
    label: 'Zoek een praktijk',
    placeholder: 'bv. vrijetijdspas, nieuwkomers, Halle',
    submit: 'Zoeken',
  },
  searchPage,
  home: {
    intro:
      'Lokale besturen leren van elkaar. Hier vind je praktijkfiches: aanpakken die in Vlaamse steden en gemeenten werken, met doelen, succesfactoren, uitdagingen en contactpersonen.',
    categoriesTitle: 'Ontdek per categorie',
    recentTitle: 'Recent bijgewerkt',
    allPractices: 'Bekijk alle praktijken',
    browseTitle: 'Blader verder',
  },
  practice: {
    category: 'Categorie',
    goals: 'Doelen',
    targetGroups: 'Doelgroep',
    description: 'Beschrijving',
    successFactors: 'Succesfactoren',
    challenges: 'Uitdagingen',
    partners: 'Partners',
    examplesIn: 'Deze praktijk in',
    policyDomains: 'Beleidsdomeinen',
    contact: 'Contact',
    moreInfo: 'Meer info',
    noAddress: 'adres volgt',
    noAddressTitle: 'De redactie heeft hiervoor nog geen adres: mail ons als je het kent.',
    updated: 'Laatst gewijzigd',
    published: 'Gepubliceerd',
    reviewed: 'Laatst nagekeken',
    /** Link to every change of the sheet on the forge. */
    history: 'Alle wijzigingen',
    /** Permanent link to the version of the sheet shown (a commit), to cite the sheet as it was. */
    version: (sha: string) => `Vaste link naar deze versie (${sha})`,
    /** Shown, calmly, on a sheet whose last review is longer ago than the review cycle. */
    reviewDue: (date: string) =>
      `Deze fiche werd het laatst nagekeken op ${date}; de informatie kan verouderd zijn.`,
    reviewDueAsk: 'Weet je hoe het nu zit?',
    reviewDueMail: 'Laat het de redactie weten',
    reviewDueSubject: (title: string) => `Update voor de praktijkfiche "${title}"`,
    exampleStopped: 'gestopt',
    exampleStoppedText: (municipality: string) =>
      `${municipality} doet dit niet meer. Het voorbeeld blijft staan omdat je eruit kan leren.`,
    exampleReviewed: (date: string) => `Nagekeken op ${date}.`,
    related: 'Verwante praktijken',
    onThisPage: 'Op deze pagina',
    aboutSheet: 'Over deze fiche',
    imageCredit: 'Beeld',
    propose: 'Wijziging voorstellen',
    proposeMail: 'Mail de redactie',
    proposeEdit: 'Bewerk de fiche',
    proposeSubject: (title: string) => `Wijziging voor de praktijkfiche "${title}"`,
    missingTitle: 'Staat jouw praktijk nog niet in de databank?',
    missingText: 'Vul dan deze fiche in.',
    togetherText:
      'Deze databank bouwen we samen met jullie! Wil je een wijziging, foto, update of opmerking doorgeven? Mail',
    print: 'Afdrukken',
  },
  glance,
  shortlist,
  compare,
  list: {
    title: 'Alle praktijken',
    count: (n: number) => (n === 1 ? '1 praktijk' : `${n} praktijken`),
    empty: 'Er zijn hier nog geen praktijken.',
    municipalities: 'Gemeenten',
    /** Which part of a long list a page shows. */
    range: (from: number, to: number, total: number) => `Praktijken ${from} tot ${to} van ${total}`,
    /** After the count on /praktijken/: "12 praktijken, alfabetisch. Zoek of filter op de zoekpagina." */
    order: 'alfabetisch',
    searchHint: 'Zoek of filter op de',
    searchLink: 'zoekpagina',
  },
  /** Said after a link that opens in a new window, for screen-reader users. */
  newWindow: ' (opent in een nieuw venster)',
  pagination: {
    label: 'Paginering',
    previous: 'Vorige',
    next: 'Volgende',
    previousLabel: 'Vorige pagina',
    nextLabel: 'Volgende pagina',
    page: (n: number) => `Pagina ${n}`,
    /** Added to the title of every page after the first, so each page has its own title. */
    titleSuffix: (n: number, pages: number) => ` (pagina ${n} van ${pages})`,
  },
  taxonomy: {
    categories: {
      title: 'Categorieën',
      singular: 'Categorie',
      intro: 'Elke praktijk hoort bij één categorie.',
    },
    stages: {
      title: 'Fasen',
      singular: 'Fase',
      intro:
        'Hoe ver een praktijk staat: van een idee dat nog nergens liep tot een vaste werking, of gestopt. Elke fiche toont haar fase bovenaan, in "In één oogopslag".',
      missing: 'geven geen fase op (onbekend)',
    },
    evidenceLevels: {
      title: 'Onderbouwing',
      singular: 'Onderbouwing',
      intro:
        'Of en hoe een praktijk geëvalueerd werd, van niet geëvalueerd tot een onderzoek naar het effect. Staat er een evaluatierapport bij, dan vind je de link op de fiche.',
      missing: 'geven niet op of ze geëvalueerd werden (onbekend)',
    },
    costBands: {
      title: 'Kosten per jaar',
      singular: 'Kosten per jaar',
      intro:
        'Wat een praktijk het lokaal bestuur per jaar kost aan werking, zonder het eigen personeel (dat staat bij personeelsinzet). Het gaat om een grootteorde, geen exacte prijs.',
      missing: 'geven geen kosten op (onbekend)',
    },
    effortBands: {
      title: 'Personeelsinzet',
      singular: 'Personeelsinzet',
      intro:
        'Hoeveel personeel van het lokaal bestuur een praktijk vraagt, in voltijdse equivalenten (VTE). 1 VTE is één voltijdse medewerker; 0,1 VTE is ongeveer een halve dag per week.',
      missing: 'geven geen personeelsinzet op (onbekend)',
    },
    /** The list of a scale's levels on its pages. */
    scaleTitle: (title: string) => `De schaal: ${title.toLowerCase()}`,
    scaleCurrent: 'deze pagina',
    levelPractices: 'Praktijken op dit niveau',
    policyDomains: {
      title: 'Beleidsdomeinen',
      singular: 'Beleidsdomein',
      intro: 'De beleidsdomeinen waaronder praktijken vallen.',
    },
    targetGroups: {
      title: 'Doelgroepen',
      singular: 'Doelgroep',
      intro: 'Voor wie de praktijken bedoeld zijn.',
    },
    municipalities: {
      title: 'Gemeenten',
      singular: 'Gemeente',
      intro: 'Gemeenten met minstens één voorbeeld in de databank, per provincie.',
    },
    practicesIn: (name: string) => `Praktijken in ${name}`,
    practicesFor: (name: string) => `Praktijken: ${name}`,
    exampleIn: (name: string) => `Voorbeeld in ${name}`,
    province: 'Provincie',
    nis: 'NIS-code',
    formerNames: 'Voorheen ook',
  },
  /** The CMS at /admin/ (src/lib/cms/config.ts): its title, collection and commit messages. */
  cms: {
    appTitle: (site: string) => `${site} · redactie`,
    collection: 'Praktijkfiches',
    collectionSingular: 'Praktijkfiche',
    collectionDescription:
      'De goede praktijken in de databank. Elke fiche is één bestand; de bestandsnaam wordt het webadres.',
    commitMessages: {
      create: 'Nieuwe praktijkfiche: {{slug}}',
      update: 'Praktijkfiche bijgewerkt: {{slug}}',
      delete: 'Praktijkfiche verwijderd: {{slug}}',
      uploadMedia: 'Afbeelding toegevoegd: {{path}}',
      deleteMedia: 'Afbeelding verwijderd: {{path}}',
    },
  },
  contribute,
  admin: {
    noscript:
      'De redactieomgeving werkt alleen met JavaScript. Zet JavaScript aan in je browser en laad de pagina opnieuw.',
  },
  breadcrumbs: 'Kruimelpad',
  notFound: {
    title: 'Pagina niet gevonden',
    text: 'Deze pagina bestaat niet (meer). Misschien is de fiche verhuisd of van naam veranderd.',
    home: 'Naar de startpagina',
    search: 'Zoek een praktijk',
  },
  footer: {
    madeBy: (org: string) => `Een databank van ${org}, samen met de lokale besturen.`,
    accessibility: 'Toegankelijkheid',
    about: 'Over deze databank',
    openData: 'Open data',
    contact: 'Contact',
  },
  /** Words the sheet renderer (src/lib/sheet/) adds to a sheet's text. */
  sheetText: {
    callout: { info: 'Info', tip: 'Tip', 'let-op': 'Let op' },
    footnotes: 'Voetnoten',
    footnoteBack: 'Terug naar de tekst',
  },
  /** The editors' worklist: `npm run worklist` on the terminal, in its CSV/JSON/annotations, on /redactie/ and in the forge issue. */
  worklist: {
    title: 'Werklijst van de redactie',
    kinds: {
      'invalid-sheet': 'Fout in de fiche',
      'review-overdue': 'Herziening',
      'provisional-title': 'Voorlopige titel',
      'missing-address': 'Adres ontbreekt',
      'missing-image': 'Afbeelding ontbreekt',
      'placeholder-alt': 'Alt-tekst',
      'no-examples': 'Geen voorbeelden',
      'stopped-example': 'Gestopt voorbeeld',
      'near-duplicate': 'Dubbele titel?',
      'broken-link': 'Kapotte link',
    },
    invalidSheet: (errors: number) =>
      `De fiche voldoet niet aan het formaat (${errors === 1 ? '1 fout' : `${errors} fouten`}): los dat eerst op, npm run validate zegt wat er mis is.`,
    reviewOverdue: (date: string, months: number) =>
      `Laatst nagekeken op ${date}, meer dan ${months} maanden geleden: ga na of alles nog klopt en zet "reviewed" op de datum waarop je dat deed.`,
    exampleReviewOverdue: (municipality: string, date: string) =>
      `Het voorbeeld in ${municipality} werd het laatst nagekeken op ${date}: vraag na of ${municipality} dit nog doet, en pas "reviewed" (of "status: gestopt") aan.`,
    provisionalTitle: (title: string) =>
      `De titel "${title}" is voorlopig: de import maakte hem uit de intro. Schrijf een korte titel.`,
    contactWithoutAddress: (municipality: string, label: string) =>
      `${municipality}: het contact "${label}" heeft geen e-mailadres, telefoonnummer of webadres. Vul er een in.`,
    linkWithoutAddress: (municipality: string, label: string) =>
      `${municipality}: de link "${label}" heeft geen webadres. Vul "url" in.`,
    missingImage: (name: string) =>
      `De oude databank had een afbeelding ("${name}") die bij de import ontbrak: voeg ze toe (image: src en alt), of verwijder source.image.`,
    placeholderAlt:
      'De alternatieve tekst van de afbeelding is nog die van de import: beschrijf wat er op de afbeelding te zien is.',
    noExamples:
      'De fiche heeft geen voorbeelden uit gemeenten ("Deze praktijk in"): voeg minstens één gemeente toe waar de praktijk loopt.',
    stoppedExample: (municipality: string, allStopped: boolean) =>
      allStopped
        ? `${municipality} is gestopt met deze praktijk, en geen enkele gemeente op de fiche doet ze nog: zoek een gemeente waar ze loopt, of beslis of de fiche blijft.`
        : `${municipality} is gestopt met deze praktijk: ga na of het voorbeeld nog iets bijbrengt, of haal het weg.`,
    nearDuplicate: (others: { title: string; file: string }[], more: number) =>
      `De titel lijkt sterk op die van ${others.map((o) => `"${o.title}" (${o.file})`).join(', ')}${more ? ` en nog ${more} andere` : ''}: beschrijven die fiches dezelfde praktijk? Voeg ze dan samen.`,
    brokenLink: (url: string, reason: string) =>
      `De link ${url} werkt niet: ${reason}. Verbeter of verwijder hem.`,
    linkReasons: {
      status: (status: number) =>
        status === 404 || status === 410
          ? `de pagina bestaat niet (meer) (HTTP ${status})`
          : status >= 500
            ? `de server geeft een fout (HTTP ${status})`
            : `de server weigert (HTTP ${status})`,
      timeout: (seconds: number) => `geen antwoord binnen ${seconds.toLocaleString('nl-BE')} s`,
      redirects: (n: number) => `meer dan ${n} doorverwijzingen na elkaar`,
      network: (detail: string) => `de server is niet bereikbaar (${detail})`,
    },
    summary: (tasks: number, sheets: number) =>
      tasks === 0
        ? 'Niets te doen: geen enkele fiche heeft nog werk.'
        : `${tasks === 1 ? '1 taak' : `${tasks} taken`} in ${sheets === 1 ? '1 fiche' : `${sheets} fiches`}.`,
    countedFrom: (today: string, months: number) =>
      `Herzieningstermijn ${months} maanden, geteld tot ${today}.`,
    linksChecked: (n: number, broken: number) =>
      `${n === 1 ? '1 externe link' : `${n} externe links`} gecontroleerd, ${broken === 1 ? '1 werkt' : `${broken} werken`} niet.`,
    linksNotChecked:
      'Externe links niet gecontroleerd (dat doet npm run worklist -- --check-links).',
    columns: {
      sheet: 'Fiche',
      title: 'Titel',
      line: 'Regel',
      kind: 'Soort',
      task: 'Wat te doen',
      edit: 'Bewerken',
      cms: 'Redactieomgeving',
      forge: (forge: string) => `Op ${forge}`,
    },
    editInCms: 'in de redactieomgeving',
    editOnForge: (forge: string) => `op ${forge}`,
    truncated: (shown: number, total: number) =>
      `Hier staan ${shown} van de ${total} taken; de volledige lijst staat in het CSV- en JSON-bestand bij de workflow, en op /redactie/.`,
    issueTitle: 'Werklijst van de redactie',
    issueIntro:
      'Deze lijst wordt elke maand bijgewerkt door de workflow "Werklijst". Wat hier staat, vond `npm run worklist -- --check-links` in de fiches zelf; los het op in de fiche, en de taak verdwijnt bij de volgende keer.',
    page: {
      description:
        'Wat de redactie nog moet doen aan de fiches: herzieningen, voorlopige titels, ontbrekende adressen en afbeeldingen, gestopte voorbeelden en titels die op elkaar lijken.',
      intro:
        'Deze lijst is gemaakt bij het bouwen van de site, uit de fiches zelf. Dezelfde lijst, ook met een controle van de externe links, geeft npm run worklist.',
      none: 'Er is niets te doen: alle fiches zijn in orde.',
      draft: 'concept',
    },
  },
  /** Text `npm run import` writes into a sheet where the legacy export has none (reported to the editor). */
  imported: {
    exampleText: (municipality: string) => `Deze praktijk loopt ook in ${municipality}.`,
    imageAlt: (title: string) => `Afbeelding bij de praktijk "${title}"`,
  },
} as const;

/**
 * Licence, citation and open data: the sheet page's licence box, the exports, the feeds and
 * /open-data/. Apart from `ui` because only the build uses them: the contribution form's
 * script, which imports `ui`, does not carry them.
 */
export const openDataText = {
  /** How to cite one version of a sheet; also the `citation` of each record in the exports. */
  citation: (p: {
    organisation: string;
    title: string;
    catalogue: string;
    url: string;
    date: string;
  }) => `${p.organisation}. “${p.title}”. ${p.catalogue}, versie van ${p.date}. ${p.url}`,
  /** How to cite the catalogue as a whole (the JSON export's `citation`). */
  catalogueCitation: (p: {
    organisation: string;
    catalogue: string;
    url: string;
    licence: string;
  }) =>
    `Vermeld bij hergebruik de bron: ${p.organisation}, ${p.catalogue}, ${p.url} (licentie ${p.licence}). Verwijs naar één fiche met haar eigen bronvermelding (citation).`,
  /** The `rights` of the feeds. */
  rights: (licence: string, url: string) =>
    `Licentie ${licence} (${url}). Vermeld de bron bij hergebruik.`,
  jsonSchemaTitle: (catalogue: string) => `${catalogue}: praktijkfiches als open data`,
  jsonSchemaDescription: (page: string) =>
    `JSON Schema van praktijken.json. Uitleg bij elk veld en elk bestand: ${page}`,
  feedTitle: (catalogue: string) => `${catalogue}: nieuwe en gewijzigde praktijken`,
  feedSubtitle:
    'De praktijkfiches die het laatst verschenen of bijgewerkt werden, de nieuwste eerst.',
  termFeedTitle: (term: string, catalogue: string) =>
    `${term}: nieuwe en gewijzigde praktijken | ${catalogue}`,
  termFeedSubtitle: (kind: string, term: string) =>
    `Praktijkfiches met ${kind} “${term}” die het laatst verschenen of bijgewerkt werden, de nieuwste eerst.`,
  datasetTitle: (catalogue: string) => `Praktijkfiches van ${catalogue}`,
  datasetDescription: (organisation: string) =>
    `Goede praktijken van Vlaamse steden en gemeenten, als open data: per praktijk de doelen, doelgroepen, succesfactoren, uitdagingen, partners en beleidsdomeinen, en per gemeente waar ze loopt een beschrijving met contactpersonen en links. Bijgehouden door ${organisation} samen met de lokale besturen.`,
  keywords: ['goede praktijken', 'lokale besturen', 'gemeenten', 'Vlaanderen'],
  files: {
    json: {
      anchor: 'json',
      title: 'Alle praktijkfiches (JSON)',
      description:
        'Elke gepubliceerde fiche met al haar velden, de beschrijving in Markdown, de data en de bronvermelding.',
    },
    jsonSchema: {
      anchor: 'json-schema',
      title: 'JSON Schema van praktijken.json',
      description:
        'De beschrijving van elk veld van praktijken.json, om het bestand te controleren (JSON Schema 2020-12).',
    },
    practicesCsv: {
      anchor: 'csv-praktijken',
      title: 'Alle praktijkfiches (CSV)',
      description: 'Eén rij per fiche, om te openen in een rekenblad.',
    },
    examplesCsv: {
      anchor: 'csv-voorbeelden',
      title: 'Voorbeelden per gemeente (CSV)',
      description:
        'Eén rij per gemeente waar een praktijk loopt, met de NIS-code en de provincie van de gemeente.',
    },
    dcat: {
      anchor: 'dcat',
      title: 'Beschrijving voor open dataportalen (DCAT-AP, JSON-LD)',
      description:
        'De catalogus en zijn bestanden volgens DCAT-AP Vlaanderen, om te oogsten door een open dataportaal.',
    },
    feed: {
      anchor: 'feeds',
      title: 'Nieuwe en gewijzigde praktijken (Atom-feed)',
      description:
        'De 50 fiches die het laatst verschenen of bijgewerkt werden. Elke categorie en elk beleidsdomein heeft ook een eigen feed.',
    },
    sitemap: {
      anchor: 'sitemap',
      title: 'Sitemap',
      description: 'Alle openbare pagina’s, voor zoekmachines.',
    },
  },
  /** Link text and title of a term page's feed. */
  followTerm: (term: string) => `Volg nieuwe praktijken over “${term}” (Atom-feed)`,
  feedLinkTitle: (title: string) => title,
  /** Kinds of value in the field reference of /open-data/ (src/lib/open-data/fields.ts). */
  types: {
    text: 'tekst',
    date: 'datum (JJJJ-MM-DD)',
    url: 'webadres',
    email: 'e-mailadres',
    value: 'waarde',
    group: 'groep van velden (zie verder)',
    groupList: 'lijst van groepen (zie verder)',
    listOf: (item: string) => `lijst: ${item}`,
    oneOf: (choices: string[]) => `één van: ${choices.join(', ')}`,
    nameFrom: (list: string) => `naam uit de lijst van ${list}`,
    slugFrom: (list: string) => `slug uit de lijst van ${list}`,
    vocabularies: {
      categories: 'categorieën',
      policyDomains: 'beleidsdomeinen',
      targetGroups: 'doelgroepen',
      municipalities: 'gemeenten',
    },
  },
  /** The page /open-data/. */
  page: {
    title: 'Open data',
    description:
      'Alle praktijkfiches als open data: JSON, CSV, feeds en een DCAT-beschrijving, met hun velden, woordenlijsten en licentie.',
    intro: (count: string, licence: string) =>
      `Alle ${count} van de databank zijn open data. Je mag ze gebruiken in je eigen site, een rekenblad, een onderzoek of een andere databank, onder de licentie ${licence}. Vermeld wel de bron.`,
    filesTitle: 'Bestanden',
    filesIntro:
      'De bestanden worden bij elke publicatie van de site opnieuw gemaakt, dus ze zijn altijd even actueel als de site. Hun adressen blijven dezelfde.',
    format: 'Formaat',
    address: 'Adres',
    licenceTitle: 'Licentie en bronvermelding',
    contentLicence: 'De fiches zelf (de tekst op de site) vallen onder de licentie',
    dataLicence: 'De bestanden op deze pagina vallen onder de licentie',
    citeIntro:
      'Vermeld bij hergebruik de bron: de organisatie, de titel van de fiche, de databank, de datum van de versie en het webadres. Elke fiche toont haar bronvermelding, en elke fiche in de bestanden heeft ze in het veld citation. Bijvoorbeeld:',
    fieldsTitle: 'Velden',
    fieldsIntro:
      'Deze lijst komt rechtstreeks uit het schema van een fiche. Verplichte velden zijn er altijd; de andere alleen als de fiche ze invult.',
    jsonFields: 'Velden van een fiche in praktijken.json',
    jsonTop: (schema: string) =>
      `praktijken.json bevat de naam van de databank, de uitgever, de licentie, de bronvermelding, de datum van de laatste wijziging (modified), het aantal fiches (count) en in practices de fiches, op titel. Het veld $schema verwijst naar het JSON Schema (${schema}), waarmee je het bestand kan controleren.`,
    group: (path: string) => `In ${path}`,
    required: 'verplicht',
    optional: 'optioneel',
    csvTitle: 'Kolommen van de CSV-bestanden',
    csvIntro:
      'De CSV-bestanden zijn UTF-8 (met byte order mark), met een puntkomma tussen de cellen, zodat een rekenblad ze met een dubbelklik juist opent. Een cel met een lijst scheidt de items met " | "; in een item staat een \\ als \\\\ en een | als \\|. Lijsten die bij elkaar horen (bv. partners en partnerUrls) hebben evenveel items: het zoveelste item van de ene hoort bij het zoveelste van de andere. Een cel die begint met =, +, -, @ of een tab krijgt een apostrof vooraan, zodat een rekenblad ze nooit als formule uitvoert.',
    practicesCsv: 'praktijken.csv: één rij per fiche',
    examplesCsv: 'voorbeelden.csv: één rij per gemeente waar een praktijk loopt',
    fromField: (field: string) => `uit het veld ${field}`,
    list: 'lijst',
    vocabulariesTitle: 'Woordenlijsten',
    vocabulariesIntro:
      'Categorieën, beleidsdomeinen, doelgroepen en gemeenten komen uit vaste lijsten. In de bestanden staat naast elke naam ook de slug: het laatste deel van het adres van de pagina van die term, en de waarde die de zoekpagina in haar adres gebruikt.',
    municipalitiesNote: (count: number) =>
      `De ${count} Vlaamse gemeenten sinds 1 januari 2025, met hun NIS-code en provincie: zie de pagina Gemeenten en voorbeelden.csv.`,
    name: 'Naam',
    slug: 'Slug',
    examplesTitle: 'Zo gebruik je de bestanden',
    spreadsheetTitle: 'In een rekenblad',
    spreadsheetSteps: [
      'Download praktijken.csv of voorbeelden.csv.',
      'Open het bestand met een dubbelklik: Excel en LibreOffice tonen elke kolom apart, met de juiste tekens.',
      'Filter bijvoorbeeld op de kolom province in voorbeelden.csv om de praktijken in jouw provincie te zien.',
      'In Google Spreadsheets: Bestand, Importeren, Uploaden; kies als scheidingsteken "puntkomma".',
    ],
    scriptTitle: 'In een script',
    scriptIntro:
      'Dit Python-script toont de titel en het adres van elke praktijk die in een gemeente loopt:',
    script: (jsonUrl: string) =>
      [
        'import json',
        'from urllib.request import urlopen',
        '',
        `with urlopen("${jsonUrl}") as response:`,
        '    data = json.load(response)',
        '',
        'for practice in data["practices"]:',
        '    gemeenten = [example["municipality"] for example in practice["examples"]]',
        '    if "Gent" in gemeenten:',
        '        print(practice["title"], practice["url"])',
      ].join('\n'),
    followTitle: 'Volgen en oogsten',
    feedsIntro:
      'Met een feedlezer volg je nieuwe en bijgewerkte fiches: van de hele databank, of van één categorie of beleidsdomein (de link staat onderaan de pagina van elke categorie en elk beleidsdomein).',
    dcatIntro:
      'Open dataportalen, zoals dat van de Vlaamse overheid, oogsten de beschrijving van de databank en haar bestanden volgens DCAT-AP Vlaanderen:',
    sitemapIntro: 'Zoekmachines vinden alle openbare pagina’s in de sitemap:',
  },
  /** The licence box on a sheet page. */
  sheet: {
    title: 'Hergebruik',
    licence: 'Je mag deze fiche hergebruiken onder de licentie',
    cite: 'Vermeld de bron, bijvoorbeeld:',
    openData: 'Alle fiches als open data',
  },
} as const;
