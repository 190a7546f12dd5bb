/** Every string the site shows, in Dutch (nl-BE). Components take their words from here. */
export const ui = {
  lang: 'nl-BE',
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
  },
  search: {
    label: 'Zoek een praktijk',
    placeholder: 'bv. vrijetijdspas, nieuwkomers, Halle',
    submit: 'Zoeken',
  },
  searchPage: {
    title: 'Zoeken',
    description: 'Zoek in alle praktijkfiches en verfijn op categorie, beleidsdomein, doelgroep, gemeente en provincie.',
    filtersTitle: 'Verfijn',
    facets: {
      categorie: 'Categorie',
      beleidsdomein: 'Beleidsdomein',
      doelgroep: 'Doelgroep',
      gemeente: 'Gemeente',
      provincie: 'Provincie',
    },
    /** Read after a facet value's count by screen readers: "Halle, 3 praktijken". */
    countUnit: (n: number) => (n === 1 ? 'praktijk' : 'praktijken'),
    clearFilters: 'Wis alle filters',
    sortLabel: 'Sorteer op',
    sort: { relevantie: 'Relevantie', titel: 'Titel (A tot Z)', bijgewerkt: 'Laatst bijgewerkt' },
    resultsTitle: 'Resultaten',
    loading: 'De zoekfunctie wordt geladen…',
    status: (count: number, query: string, filters: number) => {
      const n = count === 1 ? '1 praktijk' : `${count} praktijken`;
      const withFilters = filters === 0 ? '' : filters === 1 ? 'met 1 filter' : `met ${filters} filters`;
      if (query) {
        if (count === 0)
          return `Geen praktijken gevonden voor “${query}”${withFilters ? ` ${withFilters}` : ''}. ${filters ? 'Wis een filter of probeer' : 'Probeer'} een ander woord.`;
        return `${n} gevonden voor “${query}”${withFilters ? `, ${withFilters}` : ''}.`;
      }
      if (count === 0) return 'Geen praktijken met deze filters. Wis een filter om meer te zien.';
      return withFilters ? `${n} ${withFilters}.` : `${n}: alle praktijken in de databank.`;
    },
    more: (shown: number, total: number) => `Toon meer praktijken (${shown} van ${total} getoond)`,
    ignored: (values: string) => `Deze filters bestaan niet (meer) en worden genegeerd: ${values}.`,
    noScript:
      'Zoeken en filteren werkt met JavaScript. Zonder JavaScript vind je alle praktijken in de lijst van alle praktijken en op de pagina’s per categorie, beleidsdomein, doelgroep en gemeente:',
    unavailable:
      'De zoekfunctie kon niet geladen worden. Je vindt alle praktijken ook in de lijst van alle praktijken en op de pagina’s per categorie, beleidsdomein, doelgroep en gemeente.',
  },
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
    updated: 'Laatst bijgewerkt',
    published: 'Gepubliceerd',
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
    togetherText: 'Deze databank bouwen we samen met jullie! Wil je een wijziging, foto, update of opmerking doorgeven? Mail',
    print: 'Afdrukken',
  },
  list: {
    title: 'Alle praktijken',
    count: (n: number) => (n === 1 ? '1 praktijk' : `${n} praktijken`),
    empty: 'Er zijn hier nog geen praktijken.',
    municipalities: 'Gemeenten',
  },
  taxonomy: {
    categories: { title: 'Categorieën', singular: 'Categorie', intro: 'Elke praktijk hoort bij één categorie.' },
    policyDomains: { title: 'Beleidsdomeinen', singular: 'Beleidsdomein', intro: 'De beleidsdomeinen waaronder praktijken vallen.' },
    targetGroups: { title: 'Doelgroepen', singular: 'Doelgroep', intro: 'Voor wie de praktijken bedoeld zijn.' },
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
    contact: 'Contact',
  },
  /** Text `npm run import` writes into a sheet where the legacy export has none (reported to the editor). */
  imported: {
    exampleText: (municipality: string) => `Deze praktijk loopt ook in ${municipality}.`,
    imageAlt: (title: string) => `Afbeelding bij de praktijk "${title}"`,
  },
} as const;

const dateFormat = new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "25 november 2026" from "2026-11-25". */
export function formatDate(iso: string): string {
  return dateFormat.format(new Date(`${iso}T00:00:00Z`));
}
