/**
 * The compare page's strings, and those of the sheet's "In één oogopslag" panel it repeats:
 * part of `ui` (nl.ts), in a module of their own so that the browser's script carries only
 * these.
 */

/** "In één oogopslag": the same items, in the same order, on every sheet (src/lib/site/glance.ts). */
export const glance = {
  title: 'In één oogopslag',
  stage: 'Fase',
  evidence: 'Onderbouwing',
  cost: 'Kosten per jaar',
  effort: 'Personeelsinzet',
  since: 'Loopt sinds',
  municipalities: 'Gemeenten',
  reviewed: 'Laatst nagekeken',
  unknown: 'Onbekend',
  report: 'Evaluatierapport',
  evaluatedIn: (year: number) => `in ${year}`,
  municipalityCount: (n: number) =>
    n === 0 ? 'Nog geen voorbeeld' : n === 1 ? '1 gemeente' : `${n} gemeenten`,
  seeAlso: 'In andere databanken',
} as const;

export const compare = {
  title: 'Praktijken vergelijken',
  description:
    'Zet twee tot vier praktijken naast elkaar: fase, onderbouwing, kosten, personeelsinzet, doelen, doelgroepen, succesfactoren, uitdagingen en gemeenten.',
  intro:
    'Vink "Vergelijk" aan bij twee tot vier praktijken, op hun fiche, in een lijst of in de zoekresultaten. Je lijst blijft in deze browser bewaard. Het webadres van deze pagina toont dezelfde vergelijking aan wie je het doorstuurt.',
  noScript:
    'Deze vergelijking wordt in je browser opgebouwd met JavaScript, en dat staat uit of werkt niet. Elke fiche begint met hetzelfde overzicht "In één oogopslag" (fase, onderbouwing, kosten, personeelsinzet, sinds wanneer en in hoeveel gemeenten), zodat je fiches ook zonder deze pagina naast elkaar kan leggen. De namen van de fiches staan in het webadres van deze pagina, telkens na "p="; je vindt ze bij alle praktijken:',
  loading: 'De vergelijking wordt geladen…',
  empty: 'Je hebt nog geen praktijken gekozen om te vergelijken.',
  emptyHelp:
    'Vink "Vergelijk" aan bij twee tot vier praktijken, bijvoorbeeld in de lijst van alle praktijken of in de zoekresultaten.',
  one: 'Kies nog minstens één praktijk om mee te vergelijken.',
  status: (n: number) => (n === 1 ? '1 praktijk.' : `${n} praktijken naast elkaar.`),
  caption: (n: number) => (n === 1 ? 'Eén praktijk' : `Vergelijking van ${n} praktijken`),
  missing: (slugs: string) => `Deze fiches bestaan niet (meer) en worden niet getoond: ${slugs}.`,
  tooMany: (max: number, dropped: number) =>
    `Je kan ${max} praktijken naast elkaar zetten; ${dropped === 1 ? 'de laatste wordt' : `de laatste ${dropped} worden`} niet getoond.`,
  failed:
    'De gegevens van de fiches konden niet geladen worden. Probeer het later opnieuw, of open de fiches zelf.',
  remove: 'Verwijder',
  removeFrom: ' uit de vergelijking',
  copy: 'Kopieer de link',
  copied: 'De link naar deze vergelijking staat op je klembord.',
  copyFailed: 'Kopiëren lukte niet. Kopieer het webadres hieronder:',
  linkLabel: 'Webadres van deze vergelijking',
  print: 'Afdrukken',
  keep: 'Bewaar deze praktijken op mijn vergelijkingslijst',
  kept: 'Deze praktijken staan nu op je vergelijkingslijst.',
  feature: 'Kenmerk',
  none: 'Geen',
  rows: {
    category: 'Categorie',
    summary: 'Intro',
    goals: 'Doelen',
    targetGroups: 'Doelgroep',
    successFactors: 'Succesfactoren',
    challenges: 'Uitdagingen',
    municipalities: 'Gemeenten',
  },
  browse: 'Bekijk alle praktijken',
  search: 'Zoek een praktijk',
} as const;
