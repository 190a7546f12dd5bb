/**
 * The issue form path for contributors without git: the template generated from the form
 * spec, a submitted issue read back into a sheet (and checked like `npm run validate`), the
 * comment posted on the issue, and the workflow that runs it without an injection hole.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadCatalogue, loadVocabularyContext } from '../../src/lib/catalogue/catalogue-fs.ts';
import { formSpec, type FieldSpec } from '../../src/lib/contribute/form-spec.ts';
import { escapeMarkdown, issueComment } from '../../src/lib/contribute/issue-comment.ts';
import {
  issueFormModel,
  issueFormYaml,
  issueLabel,
  notInIssueForm,
} from '../../src/lib/contribute/issue-form.ts';
import {
  maxIssueChars,
  parseIssueSheet,
  splitChoices,
} from '../../src/lib/contribute/issue-sheet.ts';
import { makeCatalogue } from '../helpers/catalogue.ts';
import { contentRoot, fixtures, repoRoot } from '../helpers/paths.ts';

const { schema, data } = loadVocabularyContext(contentRoot);
const fields = formSpec(schema);
const today = '2026-12-04';
const issue = (name: string) => readFileSync(path.join(fixtures, 'issues', name), 'utf8');
const parseIssue = (body: string) =>
  parseIssueSheet(body, { schema, fields, vocabularies: data, today });

interface FormElement {
  type: string;
  id?: string;
  attributes: {
    label?: string;
    description?: string;
    options?: string[];
    multiple?: boolean;
    value?: string;
  };
  validations?: { required?: boolean };
}
const templateFile = path.join(repoRoot, '.github/ISSUE_TEMPLATE/praktijkfiche.yml');
// YAML 1.1, as GitHub reads it ("yes" would be a boolean there).
const template = parse(readFileSync(templateFile, 'utf8'), { version: '1.1' }) as {
  name: string;
  description: string;
  title: string;
  labels: string[];
  body: FormElement[];
};

describe('the issue form template', () => {
  it('is up to date with the schema (run `npm run docs` after changing src/schema/practice.ts)', () => {
    expect(readFileSync(templateFile, 'utf8')).toBe(issueFormYaml(fields, data));
  });

  it('is an issue form with a name, a description, a title and the label the workflow reacts to', () => {
    expect(template.name).toBeTruthy();
    expect(template.description).toBeTruthy();
    expect(template.title).toBeTruthy();
    expect(template.labels).toEqual([issueLabel]);
    expect(template.body[0]!.type).toBe('markdown');
    for (const element of template.body.slice(1)) {
      expect(['input', 'textarea', 'dropdown']).toContain(element.type);
      expect(element.id).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(element.attributes.label).toBeTruthy();
      // GitHub's rules for issue forms: no empty text, no boolean or "None" option.
      if (element.attributes.description !== undefined)
        expect(element.attributes.description.trim()).not.toBe('');
      if (element.type === 'dropdown') {
        expect(element.attributes.options!.length).toBeGreaterThan(0);
        for (const option of element.attributes.options!) {
          expect(typeof option).toBe('string');
          expect(option.toLowerCase()).not.toBe('none');
        }
        expect(new Set(element.attributes.options).size).toBe(element.attributes.options!.length);
      }
    }
    const ids = template.body.slice(1).map((element) => element.id);
    const labels = template.body.slice(1).map((element) => element.attributes.label);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it("has the schema's fields, with their Dutch titles, help texts and required marks, except the editors'", () => {
    const byId = new Map(template.body.map((element) => [element.id, element]));
    for (const field of fields) {
      if (field.key in notInIssueForm) {
        expect(byId.has(field.key)).toBe(false);
        continue;
      }
      const parts: [string, FieldSpec, boolean][] =
        field.kind === 'group'
          ? field.fields.map((sub) => [
              `${field.key}-${sub.key}`,
              sub,
              field.required && sub.required,
            ])
          : [[field.key, field, field.required]];
      for (const [id, spec, required] of parts) {
        const element = byId.get(id);
        expect(element, id).toBeDefined();
        expect(element!.attributes.label).toContain(
          field.kind === 'group' ? field.title : spec.title,
        );
        expect(element!.attributes.description).toContain(spec.description);
        expect(element!.validations?.required ?? false, id).toBe(required);
      }
    }
    for (const key of ['status', 'published', 'updated', 'reviewed', 'source'])
      expect(byId.has(key)).toBe(false);
    expect(byId.has('body')).toBe(true);
  });

  it('makes short vocabularies dropdowns (several choices for a list) and lets the long one be typed', () => {
    const byId = new Map(template.body.map((element) => [element.id, element]));
    expect(byId.get('category')!.type).toBe('dropdown');
    expect(byId.get('category')!.attributes.options).toEqual(data.categories.map((t) => t.name));
    expect(byId.get('targetGroups')!.attributes.multiple).toBe(true);
    expect(byId.get('policyDomains')!.attributes.multiple).toBe(true);
    expect(byId.get('goals')!.type).toBe('textarea');
    // The municipalities are typed in the examples' blocks, explained in Dutch.
    const examples = byId.get('examples')!;
    expect(examples.type).toBe('textarea');
    expect(examples.attributes.description).toContain('"Gemeente: ..."');
    expect(examples.attributes.description).toContain('Contact: label | e-mailadres');
    expect(JSON.stringify(template)).not.toContain(data.municipalities[100]!.name);
  });
});

describe('reading an issue back', () => {
  it('turns the sample issue into the sheet it describes, which passes the real check', () => {
    const result = parseIssue(issue('valid.md'));
    expect(result.problems).toEqual([]);
    expect(result.sheet!.fileName).toBe(
      'kansenpas-of-vrijetijdscheque-voor-mensen-met-een-beperkt-budget.mdx',
    );
    const sheet = parse(result.sheet!.mdx.split('---\n')[1]!) as Record<string, unknown>;
    expect(sheet).toMatchObject({
      category: 'Inclusieve vrije tijd',
      targetGroups: ['Mensen met een beperkt budget'],
      policyDomains: ['Sociaal beleid', 'Vrije tijd'],
      effort: '0,1 tot 0,5 VTE',
      since: 2019,
      published: today,
      keywords: ['UiTPAS', 'Kom!pas'],
    });
    expect(sheet.goals).toHaveLength(3);
    expect(sheet.partners).toHaveLength(5);
    expect((sheet.partners as object[])[1]).toEqual({
      name: 'UiTPAS',
      description:
        'een vrijetijdspas waarmee inwoners voordelig aan tal van cultuur-, sport-, en jeugdactiviteiten kunt deelnemen.',
    });
    const examples = sheet.examples as Record<string, unknown>[];
    expect(examples.map((example) => example.municipality)).toEqual([
      'Beersel',
      'Halle',
      'Oostende',
    ]);
    expect(examples[0]!.contacts).toEqual([
      { label: 'Contact integratieambtenaar', email: 'integratie@beersel.be' },
    ]);
    expect(examples[1]!.text).toContain('aanbieders.\n\nDe vrijetijdsaanbieders');
    expect(examples[1]!.links).toEqual([
      { label: 'Meer info', url: 'https://www.halle.be/kompas' },
    ]);
    expect(examples[1]!.contacts).toEqual([
      { label: 'Contact projectmedewerker samenleven', phone: '+32 2 365 95 10' },
    ]);
    expect(sheet).not.toHaveProperty('evidence');
    expect(result.sheet!.mdx).toContain('\n\nEen kansenpas werkt het best als **veel aanbieders**');

    const dir = makeCatalogue({ [result.sheet!.fileName]: result.sheet!.mdx });
    const catalogue = loadCatalogue(dir);
    expect(catalogue.problems).toEqual([]);
    expect(catalogue.sheets[0]!.data).toBeDefined();
  });

  it('reports an unknown category and a missing goal in Dutch, by field', () => {
    const result = parseIssue(issue('invalid.md'));
    expect(result.sheet).toBeUndefined();
    expect(result.problems).toEqual([
      {
        field: 'Categorie',
        message: '"Sport en spel" staat niet in de lijst. Kies een naam uit de lijst.',
      },
      { field: 'Doelen', message: 'Voeg er minstens één toe.' },
    ]);
  });

  it('keeps hostile text literal: nothing is evaluated, "<" and "{" stay escaped, a long field is refused', () => {
    const result = parseIssue(issue('hostile.md'));
    expect(result.sheet).toBeUndefined();
    expect(result.problems.map((problem) => problem.field)).toEqual([
      'Categorie',
      'Doelen, Doel 2',
    ]);
    expect(result.problems[1]!.message).toBe('Dit is te lang: hou het onder 600 tekens.');

    // The same issue with a valid category and goal: the sheet shows the text as typed.
    const fixed = issue('hostile.md')
      .replace(/^<img .*$/m, 'Inclusieve vrije tijd')
      .replace(
        /^- (Nieuwkomers laten kennismaken met het vrijetijdsaanbod\. )+$/m,
        '- Nieuwkomers',
      );
    const sheet = parseIssue(fixed).sheet!;
    expect(sheet.mdx).toContain('\\<script>alert(document.cookie)\\</script>');
    expect(sheet.mdx).toContain('\\{process.exit()\\}');
    expect(sheet.mdx).toContain('&#105;mport fs');
    expect(sheet.mdx).not.toMatch(/^import|^export/m);
    const dir = makeCatalogue({ [sheet.fileName]: sheet.mdx });
    expect(loadCatalogue(dir).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('refuses an issue over the size limit, and one that was not made with the form', () => {
    const huge = `### Titel\n\n${'x'.repeat(maxIssueChars)}`;
    expect(parseIssue(huge).problems).toEqual([
      { message: expect.stringContaining('te lang') as string },
    ]);
    expect(parseIssue('Hallo, hier is mijn praktijk.').problems).toEqual([
      { message: expect.stringContaining('geen velden') as string },
    ]);
  });

  it('survives pathological lines quickly (no regular expression backtracking)', () => {
    const started = performance.now();
    const spaces = ' '.repeat(60000);
    parseIssue(`### Titel\n\n${spaces}x\n\n### Partners\n\n${spaces}\n### Doelen\n\n${spaces}:x`);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('names the block and part of a problem in a list of groups, and reports stray lines', () => {
    const body = issue('valid.md')
      .replace('integratie@beersel.be', 'integratie-at-beersel')
      .replace('Gemeente: Oostende', 'Gemeente: Oostende\nLopend of gestopt: Gestopt')
      .replace(
        'Naam: Buurtwerk',
        'Naam: Buurtwerk\nWebadres: https://buurtwerk.example\nhttps://los.example',
      )
      .replace('Naam: OCMW', 'Zomaar een regel\nNaam: OCMW');
    const result = parseIssue(body);
    expect(result.problems).toEqual([
      {
        field: 'Partners',
        message: expect.stringMatching(/^Regel 1 hoort bij geen blok/) as string,
      },
      {
        field: 'Partners',
        message: expect.stringMatching(
          /^Regel \d+ begint niet met "Naam:", "Toelichting:"/,
        ) as string,
      },
      {
        field: 'Deze praktijk in, Gemeente 1, Contact 1, E-mailadres',
        message: 'Dit is geen geldig e-mailadres: schrijf het zoals naam@gemeente.be.',
      },
    ]);
    const examples = result.values.examples as Record<string, unknown>[];
    expect(examples[2]!.status).toBe('gestopt');
  });

  it('reads "None", GitHub\'s empty choice of an optional dropdown, as nothing chosen', () => {
    const body = issue('valid.md').replace('### Fase\n\nLopend', '### Fase\n\nNone');
    const result = parseIssue(body);
    expect(result.problems).toEqual([]);
    expect(result.sheet!.mdx).not.toContain('stage:');
  });

  it('splits the choices of a dropdown even when an option holds a comma', () => {
    const options = ['Minder dan 0,1 VTE', '0,1 tot 0,5 VTE', 'Meer dan 1 VTE'];
    expect(splitChoices('0,1 tot 0,5 VTE, Meer dan 1 VTE', options)).toEqual([
      '0,1 tot 0,5 VTE',
      'Meer dan 1 VTE',
    ]);
    expect(splitChoices('Onbekend', options)).toEqual(['Onbekend']);
  });

  it('has one label per element, so the sections of an issue are never ambiguous', () => {
    const labels = issueFormModel(fields, data).map((element) => element.label);
    expect(new Set(labels).size).toBe(labels.length);
  });
});

describe('the comment on the issue', () => {
  it('escapes quoted text: no mention, no HTML, no code fence', () => {
    const text = escapeMarkdown('<img src=x onerror=alert(1)> @maintainers ``` #1 [x](y)\nnext');
    expect(text).not.toMatch(/<|```|@\w|#\d|\n/);
    expect(text).toContain('&lt;img');
    expect(text).toContain('\\`\\`\\`');
  });

  it('says what to do next when a field is wrong', () => {
    const comment = issueComment({
      fieldProblems: [{ field: 'Categorie', message: '"@x" staat niet in de lijst.' }],
      fileProblems: [],
    });
    expect(comment).toContain('nog niet in orde');
    expect(comment).toContain('**Veld "Categorie"**');
    expect(comment).toContain('@\u200bx');
    expect(comment).toContain('Edit');
    expect(comment).toContain('redactie');
  });
});

describe('scripts/issue-sheet.ts', () => {
  const run = (fixture: string, content: string, out: string) =>
    spawnSync(
      process.execPath,
      [
        path.join(repoRoot, 'scripts/issue-sheet.ts'),
        path.join(fixtures, 'issues', fixture),
        '--content',
        content,
        '--out',
        out,
        '--today',
        today,
      ],
      { cwd: repoRoot, encoding: 'utf8' },
    );

  it('writes a valid sheet into the content folder and a Dutch comment, exit 0', () => {
    const content = makeCatalogue();
    const out = path.join(content, 'out');
    const result = run('valid.md', content, out);
    expect(result.status, result.stderr).toBe(0);
    const name = 'kansenpas-of-vrijetijdscheque-voor-mensen-met-een-beperkt-budget.mdx';
    expect(readdirSync(path.join(content, 'practices'))).toEqual([name]);
    const comment = readFileSync(path.join(out, 'comment.md'), 'utf8');
    expect(comment).toContain('Je fiche is in orde');
    expect(comment).toContain(`\`${name}\``);
    expect(comment).toContain('De redactie leest het voorstel na');
    expect(JSON.parse(readFileSync(path.join(out, 'result.json'), 'utf8'))).toMatchObject({
      valid: true,
      fileName: name,
    });
    // The same issue again (e.g. after the sheet was merged): the name is taken.
    const again = run('valid.md', content, path.join(content, 'out2'));
    expect(again.status).toBe(1);
    expect(readFileSync(path.join(content, 'out2', 'comment.md'), 'utf8')).toContain(
      'Er bestaat al een fiche',
    );
  });

  it('writes no sheet for an invalid issue, and lists each problem in the comment, exit 1', () => {
    const content = makeCatalogue();
    const out = path.join(content, 'out');
    const result = run('invalid.md', content, out);
    expect(result.status, result.stderr).toBe(1);
    expect(readdirSync(path.join(content, 'practices'))).toEqual([]);
    const comment = readFileSync(path.join(out, 'comment.md'), 'utf8');
    expect(comment).toContain('De controle vond 2 problemen');
    expect(comment).toContain('- **Veld "Categorie"**: "Sport en spel" staat niet in de lijst.');
    expect(comment).toContain('- **Veld "Doelen"**: Voeg er minstens één toe.');
    expect(comment).toContain('**Wat nu?**');
  });

  it('quotes hostile text in the comment harmlessly', () => {
    const content = makeCatalogue();
    const out = path.join(content, 'out');
    expect(run('hostile.md', content, out).status).toBe(1);
    const comment = readFileSync(path.join(out, 'comment.md'), 'utf8');
    expect(comment).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;');
    expect(comment).not.toMatch(/<img|```|@maintainers/);
    expect(comment).toContain('@\u200bmaintainers');
  });

  it('checks the written file with the sheet check, reports its warnings by line, reads stdin', () => {
    const content = makeCatalogue();
    const out = path.join(content, 'out');
    // HTML in a goal passes the schema; the file check warns that the site shows it as text.
    const body = issue('valid.md').replace(
      '- Nieuwkomers laten kennismaken met het vrijetijdsaanbod.',
      '- Nieuwkomers <b>welkom</b> heten.',
    );
    const result = spawnSync(
      process.execPath,
      [path.join(repoRoot, 'scripts/issue-sheet.ts'), '-', '--content', content, '--out', out],
      { cwd: repoRoot, encoding: 'utf8', input: body },
    );
    expect(result.status, result.stderr).toBe(0);
    const comment = readFileSync(path.join(out, 'comment.md'), 'utf8');
    expect(comment).toContain('Opmerkingen');
    expect(comment).toMatch(/\*\*Regel \d+ van de fiche\*\*: .*&lt;b&gt;/);
    const { file } = JSON.parse(readFileSync(path.join(out, 'result.json'), 'utf8')) as {
      file: string;
    };
    expect(existsSync(path.resolve(repoRoot, file))).toBe(true);
  });

  it('exits 2 on wrong usage', () => {
    const result = spawnSync(
      process.execPath,
      [path.join(repoRoot, 'scripts/issue-sheet.ts'), '--bogus'],
      { cwd: repoRoot, encoding: 'utf8' },
    );
    expect(result.status).toBe(2);
  });
});

describe('the issue-sheet workflow', () => {
  interface Step {
    run?: string;
    uses?: string;
    if?: string;
    with?: Record<string, unknown>;
    env?: Record<string, string>;
  }
  const text = readFileSync(path.join(repoRoot, '.github/workflows/issue-sheet.yml'), 'utf8');
  const workflow = parse(text) as {
    on: { issues: { types: string[] } };
    permissions: Record<string, string>;
    jobs: Record<string, { if: string; permissions: Record<string, string>; steps: Step[] }>;
  };
  const job = Object.values(workflow.jobs)[0]!;

  it('runs on opened and edited issues with the form label', () => {
    expect(workflow.on.issues.types.sort()).toEqual(['edited', 'opened']);
    expect(job.if).toContain(`'${issueLabel}'`);
  });

  it('never puts issue text into a shell line (injection): it comes in through env', () => {
    for (const step of job.steps) {
      expect(step.run ?? '').not.toContain('${{');
    }
    expect(text).not.toMatch(/run:[^\n]*\$\{\{\s*github\.event\.issue/);
    const save = job.steps.find((step) => step.env?.ISSUE_BODY)!;
    expect(save.env!.ISSUE_BODY).toBe('${{ github.event.issue.body }}');
    expect(save.run).toContain('"$ISSUE_BODY"');
  });

  it('has no permissions by default, and the job only what it needs', () => {
    expect(workflow.permissions).toEqual({});
    expect(job.permissions).toEqual({
      contents: 'write',
      'pull-requests': 'write',
      issues: 'write',
    });
  });

  it('runs the script, proposes a valid sheet as a pull request, and comments', () => {
    const runs = job.steps.map((step) => step.run ?? '');
    expect(runs.some((run) => run.includes('scripts/issue-sheet.ts'))).toBe(true);
    const pr = job.steps.find((step) => step.uses?.startsWith('peter-evans/create-pull-request'))!;
    expect(pr.if).toContain('valid');
    expect(pr.with!['add-paths']).toBe('content/practices/*.mdx');
    expect(
      runs.some((run) => run.includes('gh issue comment') && run.includes('--body-file')),
    ).toBe(true);
  });
});
