/**
 * The search page's strings: part of `ui` (nl.ts), in a module of their own so that the
 * browser's script carries only these.
 */
export const searchPage = {
  title: 'Zoeken',
  description:
    'Zoek in alle praktijkfiches en verfijn op categorie, beleidsdomein, doelgroep, gemeente, provincie, fase, onderbouwing, kosten en personeelsinzet.',
  filtersTitle: 'Verfijn',
  facets: {
    categorie: 'Categorie',
    beleidsdomein: 'Beleidsdomein',
    doelgroep: 'Doelgroep',
    gemeente: 'Gemeente',
    provincie: 'Provincie',
    fase: 'Fase',
    onderbouwing: 'Onderbouwing',
    kosten: 'Kosten per jaar',
    inzet: 'Personeelsinzet',
    actualiteit: 'Actualiteit',
  },
  /** Values of the "actualiteit" facet: whether a sheet was checked within the review cycle. */
  reviewValues: {
    'recent-nagekeken': 'Recent nagekeken',
    'aan-herziening-toe': 'Aan herziening toe',
  },
  /** Read after a facet value's count by screen readers: "Halle, 3 praktijken". */
  countUnit: (n: number) => (n === 1 ? 'praktijk' : 'praktijken'),
  clearFilters: 'Wis alle filters',
  sortLabel: 'Sorteer op',
  sort: {
    relevantie: 'Relevantie',
    titel: 'Titel (A tot Z)',
    bijgewerkt: 'Laatst gewijzigd',
    nagekeken: 'Laatst nagekeken',
  },
  resultsTitle: 'Resultaten',
  /** Link text in the result template until the search script puts the sheet's title in (so no link is ever empty). */
  resultPlaceholder: 'Praktijkfiche',
  loading: 'De zoekfunctie wordt geladen…',
  status: (count: number, query: string, filters: number) => {
    const n = count === 1 ? '1 praktijk' : `${count} praktijken`;
    const withFilters =
      filters === 0 ? '' : filters === 1 ? 'met 1 filter' : `met ${filters} filters`;
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
  /** "Download these results": the current result set as CSV (src/scripts/search/download.ts). */
  download: 'Download deze resultaten (CSV)',
  downloadBusy: 'De resultaten worden klaargemaakt…',
  downloaded: (n: number) =>
    n === 1 ? '1 praktijk gedownload als CSV.' : `${n} praktijken gedownload als CSV.`,
  downloadFailed:
    'Downloaden lukte niet. Probeer opnieuw, of download alle praktijken op de pagina Open data.',
  downloadFile: 'praktijken-zoekresultaten.csv',
  noScript:
    'Zoeken en filteren werkt met JavaScript. Zonder JavaScript vind je alle praktijken in de lijst van alle praktijken en op de pagina’s per categorie, beleidsdomein, doelgroep, gemeente, fase, onderbouwing, kosten en personeelsinzet:',
  unavailable:
    'De zoekfunctie kon niet geladen worden. Je vindt alle praktijken ook in de lijst van alle praktijken en op de pagina’s per categorie, beleidsdomein, doelgroep en gemeente.',
} as const;
