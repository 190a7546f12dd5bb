/**
 * npm run worklist on fixture catalogues written here: one sheet per kind of task (and a
 * server on 127.0.0.1 for the links), and a clean catalogue that must give nothing. The
 * outputs are read back with the tools that read them: a CSV parser, JSON.parse, and the
 * GitHub annotation syntax.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cmsConfig } from '../../src/lib/cms/config.ts';
import { loadVocabularyContext } from '../../src/lib/catalogue/catalogue-fs.ts';
import { formSpec } from '../../src/lib/contribute/form-spec.ts';
import { ui } from '../../src/i18n/nl.ts';
import {
  formatCsv,
  formatGithub,
  formatMarkdown,
  formatTable,
  markdownText,
  printable,
} from '../../src/lib/worklist/format.ts';
import {
  containedTitle,
  nearDuplicateTitles,
  similarTitles,
  titleKey,
} from '../../src/lib/worklist/duplicates.ts';
import { cmsCollection } from '../../src/lib/worklist/links.ts';
import { buildWorklist } from '../../src/lib/worklist/run-fs.ts';
import { isPlaceholderAlt, taskKinds, type Task } from '../../src/lib/worklist/tasks.ts';
import { makeCatalogue } from '../helpers/catalogue.ts';
import { contentRoot, fixtures, repoRoot } from '../helpers/paths.ts';
import { buildEnv } from '../helpers/site.ts';

const today = '2026-06-01';

/** A valid sheet with everything an editor wants, and the given changes to its front matter. */
function sheet(
  title: string,
  extra: { front?: string; examples?: string; body?: string; reviewed?: string } = {},
): string {
  const examples =
    extra.examples ??
    `examples:
  - municipality: Gent
    text: De stad koppelt elke nieuwkomer aan een buddy die wekelijks tijd maakt.
    contacts:
      - label: Dienst Samenleven
        email: samenleven@gent.example
`;
  return `---
title: ${title}
summary: Vrijwilligers begeleiden nieuwkomers tijdens hun eerste maanden in de gemeente.
category: Onthaal en integratie
goals:
  - Nieuwkomers sneller wegwijs maken.
targetGroups:
  - Nieuwkomers
${examples}policyDomains:
  - Integratie en inburgering
published: 2024-01-15
reviewed: ${extra.reviewed ?? '2026-01-10'}
${extra.front ?? ''}---
${extra.body ?? ''}`;
}

const clean = () => ({
  'buddyproject.mdx': sheet('Buddyproject voor nieuwkomers'),
  'taalcafe.mdx': sheet('Taalcafé in de bibliotheek', {
    front:
      'image:\n  src: images/taal.png\n  alt: Twee vrouwen praten aan een tafel in de bibliotheek\n',
    body: `\nMeer op [de site](${origin}/ok) en [elders](${origin}/moved).\n`,
  }),
  'wooncoach.mdx': sheet('Wooncoach voor huurders', {
    examples: `examples:
  - municipality: Halle
    text: Halle zette de wooncoach in 2019 op en doet dat nog altijd, met twee coaches.
    reviewed: 2026-02-01
    links:
      - label: Meer info
        url: ${origin}/ok
`,
  }),
  'concept.mdx': sheet('Een concept dat al lang ligt', {
    reviewed: '2024-01-15',
    front: 'status: draft\n',
  }),
});

let origin: string;
const server = createServer((request, response) => {
  const route = new URL(request.url ?? '/', 'http://x').pathname;
  if (route === '/ok') response.writeHead(200).end();
  else if (route === '/moved') response.writeHead(301, { location: '/ok' }).end();
  else if (route === '/missing') response.writeHead(404).end();
  else if (route === '/error') response.writeHead(500).end();
  // '/never' never answers.
  else if (route !== '/never') response.writeHead(404).end();
});

let problems: string;
let tasks: Task[];
let worklist: Awaited<ReturnType<typeof buildWorklist>>;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  problems = makeCatalogue({
    // Last checked on 31 May 2024: with a 24-month cycle still current on 31 May 2026, due on 1 June.
    'te-herzien.mdx': sheet('Burgerbudget voor buurtprojecten', {
      reviewed: '2024-05-31',
      examples: `examples:
  - municipality: Gent
    text: Gent verdeelt elk jaar een budget over projecten die buurtbewoners zelf kiezen.
    reviewed: 2024-03-01
    contacts:
      - label: Dienst Participatie
        email: participatie@gent.example
`,
    }),
    'net-niet-te-herzien.mdx': sheet('Diversiteitsplan voor het eigen personeel', {
      reviewed: '2024-06-01',
    }),
    'veel-lokale-besturen-werken-met-een-kansenpas.mdx': sheet(
      'Veel lokale besturen werken met een kansenpas',
      {
        front: `image:\n  src: images/kansenpas.png\n  alt: ${ui.imported.imageAlt('Veel lokale besturen werken met een kansenpas')}\nsource:\n  system: VVSG-databank goede praktijken\n  file: 000_1.txt\n  provisionalTitle: Veel lokale besturen werken met een kansenpas\n`,
      },
    ),
    'titel-herschreven.mdx': sheet('Kansenpas voor iedereen in de regio', {
      front:
        'source:\n  system: VVSG-databank goede praktijken\n  file: 000_2.txt\n  provisionalTitle: Een andere titel die de import ooit gaf\n',
    }),
    'zonder-adres.mdx': sheet('Sportaanbod op maat voor kwetsbare jongeren', {
      examples: `examples:
  - municipality: Halle
    text: Halle biedt sportkampen aan met een sportcoach die jongeren opvolgt.
    links:
      - label: Meer info
    contacts:
      - label: Contact sportdienst
`,
    }),
    'zonder-afbeelding.mdx': sheet('Huiswerkbegeleiding in de brede school', {
      front: 'source:\n  system: VVSG-databank goede praktijken\n  image: 12 - 3.jpg\n',
    }),
    'zonder-voorbeelden.mdx': sheet('Jobcoaching voor anderstalige werkzoekenden', {
      examples: '',
    }),
    'gestopt.mdx': sheet('Buurtrestaurant als ontmoetingsplek', {
      examples: `examples:
  - municipality: Halle
    text: Halle hield het buurtrestaurant open tot eind 2024; daarna viel de subsidie weg.
    status: gestopt
  - municipality: Gent
    text: Gent serveert elke middag een maaltijd aan sociaal tarief in drie buurten.
    contacts:
      - label: Dienst Welzijn
        email: welzijn@gent.example
`,
    }),
    'alles-gestopt.mdx': sheet('Onthaalbrochure in eenvoudige taal', {
      examples: `examples:
  - municipality: Eeklo
    text: Eeklo maakte de brochure in 2018 en bracht ze sindsdien niet meer uit.
    status: gestopt
`,
    }),
    'buddyproject-voor-nieuwkomers.mdx': sheet('Buddyproject voor nieuwkomers'),
    'buddy-project-voor-nieuwkomers.mdx': sheet('Buddy-project voor nieuwkomers!'),
    'kapot.mdx': sheet('Een fiche met een fout', { front: 'category: Bestaat niet\n' }).replace(
      'category: Onthaal en integratie\n',
      '',
    ),
    'links.mdx': sheet('Wooncoach voor huurders met een laag inkomen', {
      front: `partners:\n  - name: OCMW\n    url: ${origin}/missing\n  - name: CAW\n    url: ${origin}/moved\n`,
      body: `\nLees [het verslag](${origin}/error) en [de handleiding](${origin}/never), of [de startpagina](${origin}/ok).\n`,
    }),
  });
  mkdirSync(path.join(problems, 'practices/images'), { recursive: true });
  copyFileSync(
    path.join(fixtures, 'images/buddy.png'),
    path.join(problems, 'practices/images/kansenpas.png'),
  );
  // Time limits generous enough for a busy machine, short enough to keep the test bounded.
  worklist = await buildWorklist(problems, {
    today,
    checkLinks: true,
    linkOptions: { timeout: 2000, concurrency: 4 },
  });
  tasks = worklist.report.tasks;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const of = (file: string) =>
  tasks.filter((task) => task.file.endsWith(`/${file}`)).map((task) => [task.kind, task.line]);

describe('the worklist of a catalogue with work to do', () => {
  it('finds every kind of task', () => {
    expect(new Set(tasks.map((task) => task.kind))).toEqual(new Set(taskKinds));
  });

  it('marks a review as due exactly past the cycle, and an example whose own review is old', () => {
    expect(of('te-herzien.mdx')).toEqual([
      ['review-overdue', 12],
      ['review-overdue', 19],
    ]);
    expect(tasks.find((t) => t.file.endsWith('te-herzien.mdx') && t.line === 19)?.message).toBe(
      ui.worklist.reviewOverdue('31 mei 2024', 24),
    );
    expect(of('net-niet-te-herzien.mdx')).toEqual([]);
  });

  it('finds a provisional title while it is unchanged, and the placeholder alt text', () => {
    expect(of('veel-lokale-besturen-werken-met-een-kansenpas.mdx')).toEqual([
      ['provisional-title', 2],
      ['placeholder-alt', 21],
    ]);
    expect(of('titel-herschreven.mdx')).toEqual([]);
  });

  it('finds contacts and links without an address, and an image the import lacked', () => {
    expect(of('zonder-adres.mdx')).toEqual([
      ['missing-address', 13],
      ['missing-address', 15],
    ]);
    expect(of('zonder-afbeelding.mdx')).toEqual([['missing-image', 21]]);
  });

  it('finds sheets without examples, and stopped examples (saying when none runs anymore)', () => {
    expect(of('zonder-voorbeelden.mdx')).toEqual([['no-examples', 2]]);
    expect(of('gestopt.mdx')).toEqual([['stopped-example', 12]]);
    const all = tasks.find((t) => t.file.endsWith('alles-gestopt.mdx'))!;
    expect(all.message).toBe(ui.worklist.stoppedExample('Eeklo', true));
  });

  it('pairs near-duplicate titles, each naming the other', () => {
    expect(of('buddyproject-voor-nieuwkomers.mdx')).toEqual([['near-duplicate', 2]]);
    expect(
      tasks.find((t) => t.file.endsWith('buddyproject-voor-nieuwkomers.mdx'))?.message,
    ).toContain('"Buddy-project voor nieuwkomers!" (');
    // "Wooncoach voor huurders met een laag inkomen" is no near-duplicate of anything here.
    expect(tasks.filter((t) => t.kind === 'near-duplicate')).toHaveLength(2);
  });

  it('reports a sheet that does not validate once, and nothing else about it', () => {
    expect(of('kapot.mdx')).toEqual([['invalid-sheet', undefined]]);
  });

  it('finds the links that fail, on their lines, and not those that work after a redirect', () => {
    const broken = tasks.filter((t) => t.kind === 'broken-link');
    expect(broken.map((t) => [t.line, t.message])).toEqual([
      [21, ui.worklist.brokenLink(`${origin}/missing`, 'de pagina bestaat niet (meer) (HTTP 404)')],
      [26, ui.worklist.brokenLink(`${origin}/error`, 'de server geeft een fout (HTTP 500)')],
      [26, ui.worklist.brokenLink(`${origin}/never`, 'geen antwoord binnen 2 s')],
    ]);
    expect(worklist.report.links).toEqual({ checked: 5, broken: 3 });
    expect(worklist.linkResults?.get(`${origin}/moved`)).toMatchObject({ ok: true, redirects: 1 });
  });
});

describe('the worklist of a clean catalogue', () => {
  it('is empty, links checked too', async () => {
    const dir = makeCatalogue(clean());
    mkdirSync(path.join(dir, 'practices/images'), { recursive: true });
    copyFileSync(
      path.join(fixtures, 'images/buddy.png'),
      path.join(dir, 'practices/images/taal.png'),
    );
    const list = await buildWorklist(dir, {
      today,
      checkLinks: true,
      linkOptions: { timeout: 2000 },
    });
    expect(list.report.tasks).toEqual([]);
    expect(list.report.links).toEqual({ checked: 2, broken: 0 });
    expect(formatTable(list.report)).toContain(ui.worklist.summary(0, 0));
    expect(formatCsv(list.report, list.linksOf).trim().split('\n')).toHaveLength(1);
  });
});

describe('the outputs', () => {
  it('CSV: one row per task, read back by a CSV parser, with formulas defused', () => {
    const rows = parseCsv<Record<string, string>>(formatCsv(worklist.report, worklist.linksOf), {
      columns: true,
    });
    expect(rows).toHaveLength(tasks.length);
    const first = rows.find((row) => row[ui.worklist.columns.sheet]!.endsWith('zonder-adres.mdx'))!;
    expect(first).toMatchObject({
      [ui.worklist.columns.line]: '13',
      [ui.worklist.columns.kind]: 'Adres ontbreekt',
    });
    expect(first[ui.worklist.columns.cms]).toBe(
      'https://praktijkbank.vvsg.be/admin/#/collections/practices/entries/zonder-adres',
    );
    expect(first[ui.worklist.columns.forge('GitHub')]).toBe(
      'https://github.com/vvsg/praktijkbank/edit/main/content/practices/zonder-adres.mdx',
    );
    const evil = formatCsv(
      {
        ...worklist.report,
        tasks: [{ ...tasks[0]!, title: '=HYPERLINK("https://evil.example")' }],
      },
      worklist.linksOf,
    );
    expect(
      parseCsv<Record<string, string>>(evil, { columns: true })[0]![ui.worklist.columns.title],
    ).toBe('\'=HYPERLINK("https://evil.example")');
  });

  it('JSON, GitHub annotations and Markdown from the command line', () => {
    const run = (format: string) =>
      spawnSync(
        process.execPath,
        [path.join(repoRoot, 'scripts/worklist.ts'), '--format', format, '--today', today],
        { cwd: repoRoot, env: buildEnv({ PRAKTIJKBANK_CONTENT: problems }), encoding: 'utf8' },
      );
    const json = run('json');
    expect(json.status, json.stderr).toBe(0);
    const data = JSON.parse(json.stdout) as {
      today: string;
      summary: { tasks: number; sheets: number };
      tasks: (Task & { kindLabel: string })[];
    };
    // Without --check-links: every task but the broken links.
    expect(data.summary.tasks).toBe(tasks.filter((t) => t.kind !== 'broken-link').length);
    expect(data.today).toBe(today);
    expect(data.tasks[0]).toMatchObject({
      kind: expect.any(String),
      kindLabel: expect.any(String),
      file: expect.stringMatching(/\.mdx$/),
    });

    const github = run('github');
    const lines = github.stdout.trim().split('\n');
    expect(lines).toHaveLength(data.summary.tasks);
    for (const line of lines)
      expect(line).toMatch(/^::warning file=[^,]+\.mdx,line=\d+,col=1::[^\n]+$/);

    const table = run('table');
    expect(table.stdout).toContain('Werklijst van de redactie');
    expect(table.stdout).toContain(ui.worklist.summary(data.summary.tasks, data.summary.sheets));
    expect(run('xml').status).toBe(2);
  });

  it("keeps contributors' text from doing harm in each form", () => {
    const evil = {
      ...tasks[0]!,
      title: 'Kwaad \u001b[2J\u202e @iedereen [klik](https://evil.example) | #1',
      message: 'x',
    };
    const report = { ...worklist.report, tasks: [evil] };
    expect(formatTable(report)).not.toContain('\u001b');
    expect(formatTable(report)).not.toContain('\u202e');
    expect(formatGithub(report)).not.toContain('\u001b');
    expect(markdownText(evil.title)).toBe(
      'Kwaad ?\\[2J? \\@iedereen \\[klik\\]\\(https\\://evil.example\\) \\| \\#1',
    );
    expect(formatMarkdown(report, worklist.linksOf)).toContain(`### ${markdownText(evil.title)}`);
    expect(printable('a\u0007b')).toBe('a?b');
  });

  it("cuts a long Markdown list below the forge's limit and says so", () => {
    const many = Array.from({ length: 400 }, (_, i) => ({
      ...tasks[0]!,
      file: `content/practices/fiche-${String(i).padStart(3, '0')}.mdx`,
    }));
    const text = formatMarkdown({ ...worklist.report, tasks: many }, worklist.linksOf, 20_000);
    expect(text.length).toBeLessThanOrEqual(20_000);
    expect(text).toMatch(/Hier staan \d+ van de 400 taken/);
  });
});

describe('recognising what the importer left', () => {
  it('finds near-duplicate titles exactly as comparing every title with every other would', () => {
    const words = [
      'buddy',
      'project',
      'nieuwkomers',
      'taal',
      'café',
      'bibliotheek',
      'wooncoach',
      'huurders',
      'laag',
      'inkomen',
      'sport',
      'jongeren',
      'kansen',
      'pas',
      'buurt',
      'restaurant',
    ];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const titles = Array.from({ length: 300 }, () =>
      Array.from(
        { length: 2 + Math.floor(random() * 5) },
        () => words[Math.floor(random() * words.length)],
      ).join(' '),
    );
    const trigrams = (key: string) =>
      new Set(
        key.length < 3
          ? [key]
          : Array.from({ length: key.length - 2 }, (_, i) => key.slice(i, i + 3)),
      );
    const sets = titles.map((title) => trigrams(titleKey(title)));
    const expected: string[] = [];
    for (let a = 0; a < titles.length; a++)
      for (let b = a + 1; b < titles.length; b++) {
        const shared = [...sets[a]!].filter((g) => sets[b]!.has(g)).length;
        const [lo, hi] = [
          Math.min(sets[a]!.size, sets[b]!.size),
          Math.max(sets[a]!.size, sets[b]!.size),
        ];
        if (
          shared / (sets[a]!.size + sets[b]!.size - shared) >= similarTitles ||
          (lo >= 12 && hi <= 3 * lo && shared / lo >= containedTitle)
        )
          expected.push(`${a}:${b}`);
      }
    expect(expected.length).toBeGreaterThan(50);
    expect(
      nearDuplicateTitles(titles)
        .map((pair) => `${pair.a}:${pair.b}`)
        .sort(),
    ).toEqual(expected.sort());
  });

  it("tells the importer's alt text from a real description", () => {
    expect(isPlaceholderAlt(ui.imported.imageAlt('Wat dan ook'))).toBe(true);
    expect(isPlaceholderAlt('Twee mensen wandelen samen door het centrum')).toBe(false);
  });

  it('links to the CMS collection the CMS config defines', () => {
    const context = loadVocabularyContext(contentRoot);
    const config = cmsConfig({
      fields: formSpec(context.schema),
      vocabularies: context.data,
      site: worklist.settings,
    });
    expect(config.collections[0]!.name).toBe(cmsCollection);
  });
});
