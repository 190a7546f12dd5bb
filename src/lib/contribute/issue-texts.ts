/**
 * The Dutch words of the GitHub issue form path (issue-form.ts, issue-sheet.ts and
 * scripts/issue-sheet.ts) in one place: the form's own help texts, the problems found in a
 * submitted issue and the comment posted on it. Not site UI, so not in src/i18n/nl.ts;
 * field labels and help texts themselves come from the schema.
 */
export const issueTexts = {
  form: {
    name: 'Nieuwe praktijkfiche',
    description:
      'Stel een goede praktijk voor zonder git: vul dit formulier in, en er wordt automatisch een voorstel (pull request) voor de redactie van gemaakt.',
    issueTitle: 'Nieuwe praktijkfiche: ',
    intro: [
      'Met dit formulier stel je een nieuwe praktijkfiche voor. Na het versturen controleert een robot je fiche met dezelfde regels als de website, en zet hij een reactie onder dit issue: klopt alles, dan maakt hij een voorstel (pull request) dat de redactie nakijkt; klopt er iets niet, dan zegt hij wat je moet aanpassen.',
      'Verplichte velden hebben een rood sterretje. Wil je iets aanpassen na het versturen? Kies "Edit" bij je issue: de controle loopt dan opnieuw.',
      'Liever alles op één scherm, met controle terwijl je typt? Gebruik het formulier op de website (/bijdragen/).',
    ].join('\n\n'),
    onePerLine: 'Schrijf er één per regel.',
    chooseOrType: 'Schrijf de naam zoals in de lijst van de website.',
    oneNamePerLine: 'Schrijf één naam per regel, zoals in de lijst van de website.',
    groups: (item: string, first: string) =>
      `Beschrijf elke ${item} in een eigen blok. Begin elk blok met een regel "${first}: ...".`,
    groupLines: 'Schrijf daaronder, elk op een eigen regel:',
    nestedLine: (label: string, item: string, parts: string[]) =>
      `"${label}: ${parts.join(' | ')}" (één regel per ${item}; scheid de delen met |, laat weg wat je niet weet)`,
    plainLine: (label: string, required: boolean) =>
      `"${label}: ..."${required ? ' (verplicht)' : ''}`,
    choiceLine: (label: string, options: string[], fallback?: string) =>
      `"${label}: ..." met ${options.map((o) => `"${o}"`).join(' of ')}${fallback ? ` (zonder deze regel: "${fallback}")` : ''}`,
    continues: (labels: string[]) =>
      `${labels.map((l) => `"${l}"`).join(' en ')} mag over meer regels lopen; een lege regel begint een nieuwe alinea. De andere delen passen op één regel.`,
  },
  problems: {
    tooLarge: (max: number) =>
      `Het issue is te lang (meer dan ${max} tekens). Kort de teksten in, of mail de fiche naar de redactie.`,
    noSections:
      'In dit issue staan geen velden van het formulier. Maak een nieuw issue met het formulier "Nieuwe praktijkfiche".',
    noBlock: (line: number, first: string) =>
      `Regel ${line} hoort bij geen blok: begin een blok met "${first}: ...".`,
    unknownLine: (line: number, labels: string[]) =>
      `Regel ${line} begint niet met ${labels.map((l) => `"${l}:"`).join(', ')}: zet ze achter de regel waar ze bij hoort, of begin ze met een van die namen.`,
    tooManyParts: (label: string, max: number) =>
      `"${label}" heeft meer dan ${max} delen: scheid alleen de delen met |.`,
    block: (item: string, n: number) => `${item} ${n}`,
    exists: (fileName: string) =>
      `Er bestaat al een fiche met de bestandsnaam ${fileName}. Kies een andere titel, of vraag de redactie om die fiche aan te passen.`,
  },
  comment: {
    accepted: '### ✅ Je fiche is in orde',
    acceptedIntro: (fileName: string) =>
      `Bedankt! De controle vond geen fouten. We maken er een voorstel (pull request) van met het bestand \`${fileName}\`.`,
    rejected: '### ❌ Je fiche is nog niet in orde',
    rejectedIntro: (n: number) =>
      n === 1
        ? 'De controle vond 1 probleem. Er is nog geen voorstel gemaakt.'
        : `De controle vond ${n} problemen. Er is nog geen voorstel gemaakt.`,
    warnings: 'Opmerkingen (geen fouten, maar kijk ze even na):',
    problems: 'Problemen:',
    field: (label: string) => `Veld "${label}"`,
    line: (line: number) => `Regel ${line} van de fiche`,
    whatNext: '**Wat nu?**',
    fixIt:
      'Pas je issue aan: klik rechtsboven bij je bericht op "…" en kies "Edit". Verbeter de velden hierboven en bewaar. De controle loopt dan opnieuw en zet een nieuwe reactie onder dit issue.',
    review:
      'De redactie leest het voorstel na voor de fiche op de website verschijnt. Heeft ze vragen, dan reageert ze hier of bij het voorstel.',
    reviewLater:
      'Is je fiche in orde, dan maken we er een voorstel (pull request) van. De redactie leest dat na voor de fiche op de website verschijnt.',
    help: 'Lukt het niet? Reageer hieronder, of gebruik het formulier op de website (/bijdragen/).',
  },
};
