/**
 * Dutch building blocks for synthetic sheets. Sentences are assembled from these parts, and
 * compound nouns (Dutch glues nouns together: "vrijetijds" + "aanbod") are formed from
 * first and second parts, so a large catalogue has a realistically large vocabulary for
 * the search index rather than the same few hundred words.
 */

/** First parts of compound nouns. */
export const compoundHeads = [
  'vrijetijds', 'buurt', 'taal', 'sport', 'jeugd', 'onthaal', 'integratie', 'welzijns', 'armoede', 'gezins',
  'opvoedings', 'huiswerk', 'school', 'speel', 'cultuur', 'vrijwilligers', 'ontmoetings', 'wijk', 'dorps', 'zorg',
  'werk', 'opleidings', 'kinder', 'ouder', 'senioren', 'huurders', 'woon', 'energie', 'mobiliteits', 'fiets',
  'participatie', 'inspraak', 'burger', 'stads', 'gemeente', 'dienst', 'loket', 'netwerk', 'samenwerkings', 'project',
  'informatie', 'communicatie', 'computer', 'budget', 'schuld', 'voedsel', 'kleding', 'moestuin', 'kook',
  'verenigings', 'bibliotheek', 'muziek', 'toneel', 'zwem', 'natuur', 'vakantie', 'zomer', 'winter', 'week',
  'gezondheids', 'preventie', 'veiligheids', 'antidiscriminatie', 'diversiteits', 'inclusie', 'toegankelijkheids', 'doelgroep', 'coach', 'mentor',
  'buddy', 'tolk', 'vertaal', 'nieuwkomers', 'inburgerings', 'huisvestings', 'renovatie', 'kansen', 'drempel',
] as const;

/** Second parts of compound nouns. */
export const compoundTails = [
  'aanbod', 'werking', 'project', 'traject', 'netwerk', 'moment', 'café', 'pas', 'cheque', 'loket',
  'punt', 'huis', 'plan', 'team', 'raad', 'groep', 'dag', 'week', 'kaart', 'gids',
  'folder', 'brochure', 'campagne', 'actie', 'fonds', 'budget', 'premie', 'tegemoetkoming', 'begeleiding', 'ondersteuning',
  'coaching', 'opvolging', 'training', 'vorming', 'opleiding', 'sessie', 'workshop', 'cursus', 'les', 'atelier',
  'partner', 'vrijwilliger', 'medewerker', 'coördinator', 'consulent', 'ambtenaar', 'werker', 'coach', 'bemiddelaar', 'begeleider',
  'overleg', 'platform', 'forum', 'avond', 'namiddag', 'uitstap', 'kamp', 'festival', 'markt', 'tuin',
  'ruimte', 'lokaal', 'zaal', 'centrum', 'basis', 'kader', 'visie', 'strategie', 'methodiek', 'aanpak',
] as const;

/** Everyday nouns with their article, for sentence objects. */
export const objects = [
  'anderstalige ouders', 'lokale verenigingen', 'kwetsbare gezinnen', 'nieuwe inwoners', 'jongeren uit de wijk',
  'oudere inwoners', 'werkzoekenden met een migratieachtergrond', 'scholen en kinderopvang', 'het vrijetijdsaanbod',
  'de sociale dienst', 'het lokale middenveld', 'vrijwilligers uit de buurt', 'mensen in armoede', 'alleenstaande ouders',
  'kinderen in de lagere school', 'huurders van sociale woningen', 'lokale handelaars', 'de eigen medewerkers',
  'buurtbewoners', 'zelforganisaties', 'sportclubs', 'jeugdbewegingen', 'de bibliotheek', 'het woonzorgcentrum',
  'mensen met een beperking', 'anderstalige nieuwkomers', 'laaggeletterde volwassenen', 'tieners', 'grootouders',
  'de buurtwerking', 'het onthaalteam', 'de eerstelijnszone', 'de welzijnsraad', 'het schoolbestuur', 'de jeugdraad',
] as const;

export const subjects = [
  'De gemeente', 'Het lokaal bestuur', 'De stad', 'De dienst welzijn', 'Het OCMW', 'Een vaste coördinator',
  'Een team van vrijwilligers', 'Het buurtwerk', 'De jeugddienst', 'De sportdienst', 'De cultuurdienst',
  'De integratiedienst', 'Het Huis van het Kind', 'De bibliotheek', 'Het sociaal huis', 'Een werkgroep van inwoners',
  'De dienst burgerzaken', 'Het welzijnsloket', 'De buurtcoach', 'Een partnerorganisatie',
] as const;

export const verbs = [
  'organiseert', 'ondersteunt', 'begeleidt', 'bereikt', 'informeert', 'betrekt', 'verbindt', 'zoekt actief',
  'contacteert', 'verwelkomt', 'coacht', 'brengt samen', 'nodigt uit', 'volgt op', 'leidt toe', 'versterkt',
  'motiveert', 'bevraagt', 'vormt', 'ontmoet',
] as const;

export const complements = [
  'in samenwerking met het OCMW', 'via een laagdrempelig aanbod', 'op maat van elke deelnemer',
  'zodat niemand uit de boot valt', 'met extra aandacht voor kwetsbare gezinnen', 'in elke deelgemeente',
  'tijdens de schoolvakanties', 'op vaste momenten in de week', 'met de steun van de provincie',
  'in een vertrouwde omgeving', 'samen met lokale partners', 'in eenvoudige taal', 'via huisbezoeken',
  'op woensdagnamiddag', 'met een duidelijke folder in verschillende talen', 'zonder lange wachtlijsten',
  'in de buurt waar mensen wonen', 'na een kort intakegesprek', 'met een kleine financiële bijdrage',
  'op basis van een grondige behoeftenanalyse', 'binnen het lokaal sociaal beleid', 'gedurende het hele schooljaar',
] as const;

/** Openers that make a text read less mechanically. */
export const openers = [
  '', '', '', 'Daarom ', 'Daarnaast ', 'Bovendien ', 'Sinds vorig jaar ', 'Concreet ', 'Op die manier ', 'Tegelijk ',
  'In de praktijk ', 'Elke maand ', 'Waar nodig ',
] as const;

/** Goal phrases: an object and an infinitive ("... verlagen"). */
export const goalObjects = [
  'De financiële drempel voor', 'De toegang tot', 'Het bereik van', 'De deelname aan', 'De kennis over',
  'Het sociaal netwerk rond', 'De zichtbaarheid van', 'De samenwerking rond', 'Het vertrouwen in', 'De kwaliteit van',
] as const;

export const goalVerbs = [
  'verlagen', 'vergroten', 'verbeteren', 'versterken', 'verhogen', 'uitbreiden', 'duurzaam verankeren', 'zichtbaar maken',
] as const;

export const successOpeners = [
  'Werk samen met', 'Bouw een breed netwerk uit met', 'Maak goede afspraken met', 'Betrek van bij de start',
  'Investeer in de relatie met', 'Communiceer helder naar', 'Zorg voor een vast aanspreekpunt voor', 'Luister naar',
] as const;

export const challengeOpeners = [
  'Het is niet eenvoudig om', 'Het vraagt tijd om', 'Het blijft een uitdaging om', 'Het kost moeite om',
  'Er is extra personeel nodig om', 'Het is belangrijk om blijvend',
] as const;

export const challengeActions = [
  'de doelgroep te bereiken', 'vrijwilligers te vinden en te houden', 'de werking financieel rond te krijgen',
  'het aanbod bekend te maken', 'de resultaten zichtbaar te maken', 'alle partners mee te krijgen',
  'mensen op te volgen na de eerste stap', 'de drempel laag te houden', 'de privacy van deelnemers te bewaken',
] as const;

export const partners = [
  'OCMW', 'CAW', 'Huis van het Kind', 'VDAB', 'Agentschap Integratie en Inburgering', 'Buurtwerk', 'Sportdienst',
  'Bibliotheek', 'Lokale scholen', 'Jeugdwerk', 'Opgroeien', 'UiTPAS', 'Vrijwilligerscentrum', 'Welzijnsschakels',
  'Samenlevingsopbouw', 'Centrum voor Basiseducatie', 'Ligo', 'Lokale politie', 'Sociaal verhuurkantoor', 'Huurdersbond',
  'Wijkgezondheidscentrum', 'Kinderopvang', 'Mutualiteit', 'Zelforganisaties', 'Verenigingen waar armen het woord nemen',
  'Eerstelijnszone', 'Cultuurcentrum', 'Academie voor muziek en woord', 'Lokale ondernemers', 'Provincie',
] as const;

export const partnerRoles = [
  'zorgt voor de toeleiding van deelnemers', 'stelt gratis een ruimte ter beschikking', 'levert vrijwilligers',
  'financiert een deel van de werking', 'denkt mee over de aanpak', 'verzorgt de opleiding van begeleiders',
  'brengt expertise over de doelgroep in', 'helpt bij de bekendmaking',
] as const;

export const contactLabels = [
  'Contact integratieambtenaar', 'Contact projectmedewerker samenleven', 'Dienst welzijn', 'Sociaal huis',
  'Jeugddienst', 'Sportdienst', 'Cultuurdienst', 'Buurtcoach', 'Onthaalbalie', 'Coördinator vrijwilligerswerk',
] as const;

export const linkLabels = ['Meer info', 'Website van de gemeente', 'Projectpagina', 'Folder (pdf)', 'Verslag', 'Inschrijven'] as const;

export const keywords = [
  'laagdrempelig', 'vrijwilligers', 'netwerk', 'kansentarief', 'UiTPAS', 'buddy', 'taalcoaching', 'NT2',
  'huiswerkklas', 'vakantiewerking', 'onthaalbureau', 'wijkwerking', 'samenlevingsopbouw', 'schuldhulp',
  'energiesnoei', 'voedselbank', 'sociale kruidenier', 'doorverwijzing', 'intake', 'meertaligheid', 'diversiteit',
  'antiracisme', 'participatietraject', 'burgerbudget', 'dorpsraad', 'speelstraat', 'repaircafé', 'deeleconomie',
] as const;

export const headings = ['Aanpak', 'Hoe begin je eraan?', 'Wat werkt', 'Resultaten', 'Financiering', 'Tips voor andere gemeenten', 'Tijdlijn'] as const;

export const abbreviations = [
  ['OCMW', 'Openbaar Centrum voor Maatschappelijk Welzijn'],
  ['CAW', 'Centrum Algemeen Welzijnswerk'],
  ['VDAB', 'Vlaamse Dienst voor Arbeidsbemiddeling en Beroepsopleiding'],
  ['NT2', 'Nederlands als tweede taal'],
] as const;

export const quoteAuthors = [
  'een deelnemer', 'een vrijwilliger', 'de buurtcoach', 'een ouder', 'de schepen van welzijn', 'een medewerker van het OCMW',
] as const;

export const imageAlts = [
  'Vrijwilligers en deelnemers rond een tafel tijdens een ontmoetingsmoment',
  'Kinderen spelen op een pleintje in de wijk',
  'Een medewerker legt een folder uit aan een bezoeker aan de balie',
  'Een groep inwoners wandelt samen door het park',
  'Deelnemers van een taalcafé praten met elkaar bij een kop koffie',
] as const;

export const importSystems = ['VVSG-databank goede praktijken', 'Inspiratiebank lokaal sociaal beleid'] as const;

/** Other databanks a sheet may point to (seeAlso), with the address of their practice pages. */
export const otherDatabanks = [
  ['Loket Gezond Leven', 'https://www.gezondleven.be/projecten'],
  ['Movisie', 'https://www.movisie.nl/interventie'],
  ['Databank Effectieve Sociale Interventies', 'https://www.movisie.nl/databank-effectieve-sociale-interventies'],
  ['Kenniscentrum Vlaamse Steden', 'https://www.kenniscentrumvlaamsesteden.be/praktijken'],
] as const;

/** Who evaluates a practice, for the address of a report. */
export const evaluators = ['www.hogent.be', 'www.kuleuven.be', 'www.uantwerpen.be', 'www.vub.be', 'www.odisee.be', 'www.vvsg.be'] as const;
