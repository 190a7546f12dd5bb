/**
 * docs/sheet-format.md, generated from the practice schema and the component allowlist,
 * so the reference can never disagree with what `npm run validate` accepts.
 */
import type { z } from 'zod';
import { components } from '../sheet/components.ts';
import { choicesOf, elementOf, fieldsOf, formatOf, isOptional, kindOf, metaOf, schemaAt, vocabularyOf } from '../../schema/introspect.ts';
import { vocabularyPath, type PracticeSchema } from '../../schema/practice.ts';
import type { VocabularyData } from '../vocabulary.ts';

type AnySchema = z.core.$ZodType;

const kindLabel: Record<ReturnType<typeof kindOf>, string> = {
  text: 'text',
  list: 'list',
  group: 'group of fields',
  choice: 'one of',
  other: 'value',
};

function describeType(schema: AnySchema): string {
  const vocabulary = vocabularyOf(schema);
  const kind = kindOf(schema);
  if (kind === 'list') {
    const element = elementOf(schema)!;
    if (vocabulary) return `list of names from \`${vocabularyPath[vocabulary]}\``;
    return kindOf(element) === 'group' ? 'list of groups (see below)' : `list of ${kindLabel[kindOf(element)]}`;
  }
  if (vocabulary) return `a name from \`${vocabularyPath[vocabulary]}\``;
  if (kind === 'choice') return choicesOf(schema).map((c) => `\`${c}\``).join(' or ');
  const format = formatOf(schema);
  if (format && formats[format]) return formats[format];
  return kindLabel[kind];
}

const formats: Record<string, string> = {
  email: 'e-mail address',
  url: 'web address (https://...)',
  date: 'date (YYYY-MM-DD)',
};

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function fieldTable(schema: AnySchema, prefix: string): { table: string; nested: [string, AnySchema][] } {
  const nested: [string, AnySchema][] = [];
  const rows = fieldsOf(schema).map((name) => {
    const field = schemaAt(schema, [name]);
    const meta = metaOf(field);
    const kind = kindOf(field);
    const element = kind === 'list' ? elementOf(field) : undefined;
    if (kind === 'group') nested.push([`${prefix}${name}`, field]);
    if (element && kindOf(element) === 'group') nested.push([`${prefix}${name}[]`, field]);
    const example = meta.examples?.length ? ` Example: \`${String(meta.examples[0])}\`.` : '';
    return `| \`${name}\` | ${cell(meta.title ?? '')} | ${isOptional(field) ? 'no' : '**yes**'} | ${describeType(field)} | ${cell(meta.description ?? '')}${example} |`;
  });
  return {
    table: ['| field | label on the site | required | value | help text |', '| --- | --- | --- | --- | --- |', ...rows].join('\n'),
    nested,
  };
}

export function renderSheetFormat(schema: PracticeSchema, vocabularies: VocabularyData): string {
  const out: string[] = [
    '<!-- Generated from src/schema/practice.ts by `npm run docs`. Do not edit by hand. -->',
    '# Sheet format',
    '',
    'A practice sheet ("praktijkfiche") is one file `content/practices/<slug>.mdx`. The file name is',
    'the page address (`/praktijken/<slug>/`): lower-case letters, digits and hyphens. The file starts',
    'with front matter (YAML between two `---` lines) holding the structured fields below; the',
    'longer description ("Beschrijving") follows as Markdown. `npm run validate` checks a sheet',
    'against exactly these rules.',
    '',
    'Help texts are in Dutch because contributors see them in the contribution form.',
    '',
    '## Fields',
    '',
  ];
  const queue: [string, AnySchema][] = [['', schema]];
  while (queue.length) {
    const [name, group] = queue.shift()!;
    if (name) out.push(`### \`${name}\``, '', metaOf(group).description ?? '', '');
    // A list of groups is documented by its item's fields.
    const fields = name.endsWith('[]') ? elementOf(group)! : group;
    const { table, nested } = fieldTable(fields, name ? `${name}.` : '');
    out.push(table, '');
    queue.push(...nested);
  }

  out.push(
    '## Vocabularies',
    '',
    'Fields that name a category, policy domain, target group or municipality take a name from',
    'these lists. A name that is not on the list is an error, with the closest names as a',
    'suggestion; editors add new terms to the list itself.',
    '',
    `- Categories (\`${vocabularyPath.categories}\`): ${vocabularies.categories.map((t) => t.name).join(', ')}.`,
    `- Policy domains (\`${vocabularyPath.policyDomains}\`): ${vocabularies.policyDomains.map((t) => t.name).join(', ')}.`,
    `- Target groups (\`${vocabularyPath.targetGroups}\`): ${vocabularies.targetGroups.map((t) => t.name).join(', ')}.`,
    `- Municipalities (\`${vocabularyPath.municipalities}\`): the ${vocabularies.municipalities.length} Flemish municipalities since 1 January 2025. A former municipality name (for example ${vocabularies.municipalities.find((m) => m.formerNames?.length)?.formerNames?.[0] ?? 'Kortessem'}) is accepted and mapped to the municipality it became part of, with a warning.`,
    '',
    '## Keeping a sheet current',
    '',
    'In plain Dutch, for contributors and editors:',
    '',
    '- **Laatst nagekeken** (`reviewed`): de dag waarop de redactie de hele fiche naliep en ze nog',
    '  klopte. Heeft een fiche die datum niet, dan telt de datum van publicatie (`published`) of van',
    '  de laatste inhoudelijke wijziging (`updated`), de jongste van de drie. Is die dag langer',
    '  geleden dan de termijn in `content/site.yaml` (`reviewCycleMonths`, standaard 24 maanden), dan',
    '  zegt de fiche op de website rustig dat de informatie verouderd kan zijn, en staat ze op de',
    '  werklijst van de redactie (`npm run worklist`, `/redactie/`). Zet `reviewed` op de dag waarop',
    '  je alles naging; ook als er niets te veranderen viel.',
    '- **Per gemeente** (`examples[].reviewed`): de dag waarop je naging of die gemeente de praktijk',
    '  nog zo doet. Doet ze het niet meer, zet dan `status: gestopt` bij dat voorbeeld. Het voorbeeld',
    '  blijft op de fiche staan, met de vermelding "gestopt": andere besturen leren er ook uit.',
    '- **Laatst gewijzigd** schrijf je niet zelf: de website haalt die datum uit de geschiedenis van',
    '  het bestand (de laatste keer dat de fiche of haar afbeelding veranderde), en linkt naar alle',
    '  wijzigingen en naar precies de versie die je ziet.',
    '- **Voorlopige titel** (`source.provisionalTitle`): schrijft alleen `npm run import`. Zolang de',
    '  titel van de fiche gelijk is aan die voorlopige titel, staat de fiche op de werklijst.',
    '',
    '## The text below the front matter',
    '',
    'Write Markdown: paragraphs, `**bold**`, `*italic*`, lists, `## headings`, links',
    '`[text](https://...)`, tables. To write `<`, `{` or `}` as ordinary text, put a backslash',
    'before it. Code, imports, expressions, scripts and HTML that can run or embed code are',
    'rejected. These components are allowed:',
    '',
  );
  for (const [name, spec] of Object.entries(components)) {
    out.push(`### \`<${name}>\``, '', spec.description, '');
    for (const [attribute, a] of Object.entries(spec.attributes))
      out.push(`- \`${attribute}\`${a.required ? ' (required)' : ''}: ${a.description}${a.values ? ` Values: ${a.values.map((v) => `\`${v}\``).join(', ')}.` : ''}`);
    out.push('', '```mdx', spec.example, '```', '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
