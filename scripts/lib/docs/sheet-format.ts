/**
 * docs/sheet-format.md, generated from the practice schema and the component allowlist,
 * so the reference can never disagree with what `npm run validate` accepts.
 */
import { components } from '../../../src/lib/sheet/components.ts';
import {
  fieldsOf,
  isRequired,
  kindOf,
  toJsonSchema,
  vocabularyOf,
  type JsonSchema,
  type NodeKind,
} from '../../../src/schema/json-schema.ts';
import type { PracticeSchema } from '../../../src/schema/practice.ts';
import { scaleKeys, vocabularyPath, vocabularyRegistry } from '../../../src/schema/vocabulary.ts';
import type { VocabularyData } from '../../../src/lib/vocabulary/lookup.ts';

const kindLabel: Record<NodeKind, string> = {
  text: 'text',
  number: 'whole number',
  list: 'list',
  group: 'group of fields',
  choice: 'one of',
  other: 'value',
};

function describeType(node: JsonSchema): string {
  const vocabulary = vocabularyOf(node);
  const kind = kindOf(node);
  if (kind === 'list') {
    const element = node.items ?? {};
    if (vocabulary) return `list of names from \`${vocabularyPath(vocabulary)}\``;
    return kindOf(element) === 'group'
      ? 'list of groups (see below)'
      : `list of ${kindLabel[kindOf(element)]}`;
  }
  if (vocabulary) return `a name from \`${vocabularyPath(vocabulary)}\``;
  if (kind === 'choice') return (node.enum ?? []).map((c) => `\`${String(c)}\``).join(' or ');
  const format = node.format;
  if (format && formats[format]) return formats[format];
  if (kind === 'number' && node.minimum !== undefined && node.maximum !== undefined)
    return `whole number, ${node.minimum} to ${node.maximum}`;
  return kindLabel[kind];
}

const formats: Record<string, string> = {
  email: 'e-mail address',
  uri: 'web address (https://...)',
  date: 'date (YYYY-MM-DD)',
};

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function fieldTable(
  group: JsonSchema,
  prefix: string,
): { table: string; nested: [string, JsonSchema][] } {
  const nested: [string, JsonSchema][] = [];
  const rows = fieldsOf(group).map((name) => {
    const field = group.properties![name]!;
    const kind = kindOf(field);
    const element = kind === 'list' ? field.items : undefined;
    if (kind === 'group') nested.push([`${prefix}${name}`, field]);
    if (element && kindOf(element) === 'group') nested.push([`${prefix}${name}[]`, field]);
    const example = field.examples?.length ? ` Example: \`${String(field.examples[0])}\`.` : '';
    return `| \`${name}\` | ${cell(field.title ?? '')} | ${isRequired(group, name) ? '**yes**' : 'no'} | ${describeType(field)} | ${cell(field.description ?? '')}${example} |`;
  });
  return {
    table: [
      '| field | label on the site | required | value | help text |',
      '| --- | --- | --- | --- | --- |',
      ...rows,
    ].join('\n'),
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
  const queue: [string, JsonSchema][] = [['', toJsonSchema(schema)]];
  while (queue.length) {
    const [name, group] = queue.shift()!;
    if (name) out.push(`### \`${name}\``, '', group.description ?? '', '');
    // A list of groups is documented by its item's fields.
    const fields = name.endsWith('[]') ? (group.items ?? {}) : group;
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
    `- Categories (\`${vocabularyPath('categories')}\`): ${vocabularies.categories.map((t) => t.name).join(', ')}.`,
    `- Policy domains (\`${vocabularyPath('policyDomains')}\`): ${vocabularies.policyDomains.map((t) => t.name).join(', ')}.`,
    `- Target groups (\`${vocabularyPath('targetGroups')}\`): ${vocabularies.targetGroups.map((t) => t.name).join(', ')}.`,
    `- Municipalities (\`${vocabularyPath('municipalities')}\`): the ${vocabularies.municipalities.length} Flemish municipalities since 1 January 2025. A former municipality name (for example ${vocabularies.municipalities.find((m) => m.formerNames?.length)?.formerNames?.[0] ?? 'Kortessem'}) is accepted and mapped to the municipality it became part of, with a warning.`,
    '',
    '### Scales',
    '',
    'Stage, evidence, cost and effort take a level from a scale: a list whose order is the order of',
    'the scale (from the first level to the last) and whose every level has an explanation, shown',
    'on the site wherever the level is. A sheet without such a field is shown as "onbekend"',
    '(unknown); leave a field out rather than guess.',
    '',
    ...scaleKeys.map(
      (key) =>
        `- ${vocabularyRegistry[key].noun.charAt(0).toUpperCase()}${vocabularyRegistry[key].noun.slice(1)}s (\`${vocabularyPath(key)}\`): ${vocabularies[key].map((t) => t.name).join('; ')}.`,
    ),
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
      out.push(
        `- \`${attribute}\`${a.required ? ' (required)' : ''}: ${a.description}${a.values ? ` Values: ${a.values.map((v) => `\`${v}\``).join(', ')}.` : ''}`,
      );
    out.push('', '```mdx', spec.example, '```', '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
