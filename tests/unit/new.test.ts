/**
 * npm run new: the scaffold has every field with guidance, fails validation until its
 * placeholders are filled in, passes once they are, and never overwrites a sheet.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { describe, expect, it } from 'vitest';
import { makeCatalogue } from '../helpers/catalogue.ts';
import { fixtures, repoRoot } from '../helpers/paths.ts';
import { buildEnv } from '../helpers/site.ts';

function run(script: string, args: string[], content: string) {
  return spawnSync(process.execPath, [path.join(repoRoot, 'scripts', script), ...args], {
    cwd: repoRoot,
    env: buildEnv({ PRAKTIJKBANK_CONTENT: content }),
    encoding: 'utf8',
  });
}

/** What a contributor would type for each placeholder, by field (list indexes left out). */
const fillings: Record<string, string | number> = {
  summary: 'Vrijwilligers begeleiden nieuwkomers tijdens hun eerste maanden in de gemeente.',
  category: 'Onthaal en integratie',
  goals: 'Nieuwkomers sneller wegwijs maken.',
  targetGroups: 'Nieuwkomers',
  successFactors: 'Een vaste coördinator die de koppels opvolgt.',
  challenges: 'Genoeg vrijwilligers vinden.',
  'partners.name': 'OCMW',
  'partners.description': 'Verwijst nieuwkomers door.',
  'partners.url': 'https://www.ocmw.example.be/',
  'examples.municipality': 'Gent',
  'examples.text': 'De bib koppelt elke nieuwkomer aan een buddy die één keer per week tijd maakt.',
  'examples.contacts.label': 'Dienst Samenleven',
  'examples.contacts.email': 'samenleven@gent.example',
  'examples.contacts.phone': '+32 9 266 00 00',
  'examples.contacts.url': 'https://stad.example/samenleven',
  'examples.links.label': 'Meer info',
  'examples.links.url': 'https://stad.example/buddy',
  'examples.reviewed': '2099-12-31',
  policyDomains: 'Integratie en inburgering',
  stage: 'Pilot',
  'evidence.level': 'Intern geëvalueerd',
  'evidence.report': 'https://www.gent.example/evaluatie-buddy.pdf',
  'evidence.year': 2024,
  cost: 'Minder dan € 5.000 per jaar',
  effort: 'Minder dan 0,1 VTE',
  since: 2022,
  'seeAlso.label': 'Movisie: Maatjesprojecten',
  'seeAlso.url': 'https://www.movisie.example/maatjes',
  'image.src': 'images/buddy.png',
  'image.alt': 'Een vrijwilliger en een nieuwkomer lezen samen in de bibliotheek.',
  'image.credit': 'Foto: Stad Gent',
  updated: '2099-12-31',
  reviewed: '2099-12-31',
  keywords: 'maatjesproject',
};

/** Replaces every "" in the front matter; fails on a placeholder this test has no value for. */
function fill(text: string): { text: string; filled: string[] } {
  const [, yaml, ...rest] = text.split(/^---$/m);
  const doc = parseDocument(yaml!);
  const filled: string[] = [];
  const walk = (node: Node | null, keys: string[]) => {
    if (isMap(node))
      for (const pair of node.items)
        walk(pair.value as Node, [...keys, String((pair.key as { value: unknown }).value)]);
    else if (isSeq(node)) node.items.forEach((item) => walk(item as Node, keys));
    else if (isScalar(node) && node.value === '') {
      const key = keys.join('.');
      if (!(key in fillings))
        throw new Error(
          `the scaffold has a placeholder for "${key}" that this test does not know how to fill`,
        );
      node.value = fillings[key];
      filled.push(key);
    }
  };
  walk(doc.contents, []);
  return { text: ['', `\n${doc.toString()}`, ...rest].join('---'), filled };
}

describe('npm run new', () => {
  it('scaffolds a sheet with every field and Dutch guidance, which validates once filled in', () => {
    const content = makeCatalogue();
    const created = run('new.ts', ['Buddyproject voor nieuwkomers'], content);
    expect(created.stderr).toContain('npm run validate');
    expect(created.status).toBe(0);
    const file = path.resolve(repoRoot, created.stdout.trim());
    expect(file).toBe(path.join(content, 'practices', 'buddyproject-voor-nieuwkomers.mdx'));
    const scaffold = readFileSync(file, 'utf8');

    // Every field, with its Dutch label and whether it is required; the import fields commented out.
    expect(scaffold).toContain('title: "Buddyproject voor nieuwkomers"');
    expect(scaffold).toMatch(/^# Intro \(verplicht, 20 tot 1000 tekens\): Twee à drie zinnen/m);
    expect(scaffold).toMatch(/^# Succesfactoren \(optioneel: vul in of verwijder\)/m);
    expect(scaffold.replace(/\n# /g, ' ')).toMatch(/Kies uit: Onthaal en integratie; Taal;/);
    expect(scaffold).toContain('content/vocabularies/municipalities.yaml');
    expect(scaffold).toMatch(/^published: \d{4}-\d{2}-\d{2}$/m);
    expect(scaffold).toMatch(/^# source:$/m);

    // Unfilled, it fails, and every error points at a line with a placeholder.
    const before = run('validate.ts', [file], content);
    expect(before.status).toBe(1);
    const lines = scaffold.split('\n');
    const errorLines = [...before.stdout.matchAll(/\.mdx:(\d+):\d+: (?!warning)/g)].map((m) =>
      Number(m[1]),
    );
    expect(errorLines.length).toBeGreaterThan(10);
    for (const line of errorLines) expect(lines[line - 1], `line ${line}`).toContain('""');

    // Filled in (the image delivered next to the sheet), it passes.
    const { text, filled } = fill(scaffold);
    expect(new Set(filled)).toEqual(new Set(Object.keys(fillings)));
    writeFileSync(file, text);
    mkdirSync(path.join(content, 'practices', 'images'), { recursive: true });
    copyFileSync(
      path.join(fixtures, 'contribute/buddy-in-de-bib.png'),
      path.join(content, 'practices', 'images', 'buddy.png'),
    );
    const after = run('validate.ts', [file], content);
    expect(after.stdout).toContain('1 fiche gecontroleerd: 0 fouten, 0 waarschuwingen');
    expect(after.status).toBe(0);
  });

  it('refuses to overwrite an existing sheet, also in a sub-folder', () => {
    const content = makeCatalogue({ 'archief/buddyproject.mdx': 'bestaand' });
    const result = run('new.ts', ['Buddyproject'], content);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'practices/archief/buddyproject.mdx bestaat al; er werd niets geschreven',
    );
    expect(readFileSync(path.join(content, 'practices/archief/buddyproject.mdx'), 'utf8')).toBe(
      'bestaand',
    );

    const first = run('new.ts', ['Tweede praktijk'], content);
    expect(first.status).toBe(0);
    writeFileSync(path.resolve(repoRoot, first.stdout.trim()), 'aangepast');
    const again = run('new.ts', ['Tweede praktijk'], content);
    expect(again.status).toBe(1);
    expect(readFileSync(path.join(content, 'practices/tweede-praktijk.mdx'), 'utf8')).toBe(
      'aangepast',
    );
  });

  it('explains what is wrong with a missing or too short title', () => {
    const content = makeCatalogue();
    const none = run('new.ts', [], content);
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('geef de titel van de praktijk');
    expect(none.stderr).toContain('npm run new -- "Titel van de praktijk"');
    const short = run('new.ts', ['Bib'], content);
    expect(short.status).toBe(1);
    expect(short.stderr).toContain('de titel "Bib" is te kort: schrijf minstens 5 tekens');
  });
});
