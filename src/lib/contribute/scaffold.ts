/**
 * The text of a new, empty sheet for `npm run new`: every field of the schema, each with
 * a Dutch comment (label, required or optional, help text, the choices where there are
 * few) and a "" placeholder. The placeholders fail validation until they are filled in
 * or, for optional fields, removed, so an unfinished sheet is never mistaken for a done one.
 */
import type { VocabularyData } from '../vocabulary/lookup.ts';
import { vocabularyPath } from '../../schema/vocabulary.ts';
import type { FieldSpec } from './form-spec.ts';
import { notInForm } from './form-spec.ts';

export interface ScaffoldOptions {
  title: string;
  /** YYYY-MM-DD, for "published". */
  today: string;
  vocabularies: VocabularyData;
}

/** Vocabularies short enough to list in a comment; longer ones point to their file. */
const maxListedChoices = 25;

function wrap(text: string, indent: string, width = 100): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + 2 + line.length + 1 + word.length > width) {
      lines.push(`${indent}# ${line}`);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(`${indent}# ${line}`);
  return lines;
}

function describe(field: FieldSpec, options: ScaffoldOptions): string {
  const need = field.required ? 'verplicht' : 'optioneel: vul in of verwijder';
  const limits: string[] = [];
  if (field.kind === 'number' && field.examples?.length)
    limits.push(`een getal, bv. ${String(field.examples[0])}`);
  if (field.kind === 'text' && field.maxLength)
    limits.push(
      `${field.minLength && field.minLength > 1 ? `${field.minLength} tot ` : 'tot '}${field.maxLength} tekens`,
    );
  let choices = '';
  if (field.kind === 'term' || field.kind === 'terms') {
    const names = options.vocabularies[field.vocabulary].map((term) => term.name);
    choices =
      names.length <= maxListedChoices
        ? ` Kies uit: ${names.join('; ')}.`
        : ` Een naam uit ${vocabularyPath(field.vocabulary)}.`;
  }
  if (field.kind === 'choice') choices = ` Kies uit: ${field.options.join(', ')}.`;
  const extra = limits.length ? `, ${limits.join(', ')}` : '';
  return `${field.title} (${need}${extra}): ${field.description}${choices}`;
}

function placeholder(field: FieldSpec, options: ScaffoldOptions): string {
  if (field.key === 'title') return JSON.stringify(options.title);
  if (field.key === 'published') return options.today;
  if (field.kind === 'choice') return field.default ?? field.options[0] ?? '""';
  return '""';
}

function emitFields(
  fields: readonly FieldSpec[],
  options: ScaffoldOptions,
  indent: string,
  firstPrefix?: string,
): string[] {
  const out: string[] = [];
  fields.forEach((field, index) => {
    // The first key of a list item sits after "- "; its comment goes above that line.
    const lead = index === 0 && firstPrefix !== undefined ? firstPrefix : indent;
    out.push(
      ...wrap(
        describe(field, options),
        index === 0 && firstPrefix !== undefined ? firstPrefix.replace('- ', '') : indent,
      ),
    );
    const key = `${lead}${field.key}:`;
    switch (field.kind) {
      case 'text':
      case 'number':
      case 'choice':
      case 'term':
        out.push(`${key} ${placeholder(field, options)}`);
        break;
      case 'texts':
      case 'terms':
        out.push(key, `${indent}  - ""`);
        break;
      case 'group':
        out.push(key, ...emitFields(field.fields, options, `${indent}  `));
        break;
      case 'groups':
        out.push(key, ...emitFields(field.fields, options, `${indent}    `, `${indent}  - `));
        break;
    }
  });
  return out;
}

export function scaffoldSheet(fields: readonly FieldSpec[], options: ScaffoldOptions): string {
  const shown = fields.filter((field) => !(field.key in notInForm));
  const hidden = fields.filter((field) => field.key in notInForm);
  const lines = [
    '---',
    '# Nieuwe praktijkfiche. Vul elk "" in. Velden met "optioneel" mag je ook weglaten: verwijder dan',
    '# de regel (of het hele blok eronder). Een lijst krijgt een extra item met een nieuwe regel "- ...".',
    '# Alle velden staan beschreven in docs/sheet-format.md. Controleer de fiche met: npm run validate',
    '',
    ...emitFields(shown, options, ''),
  ];
  for (const field of hidden) {
    lines.push(
      '',
      ...wrap(
        `${field.title}: ${field.description} Alleen voor geïmporteerde fiches; laat dit weg.`,
        '',
      ),
    );
    lines.push(
      ...emitFields([field], options, '')
        .filter((line) => !line.trimStart().startsWith('#'))
        .map((line) => `# ${line}`),
    );
  }
  lines.push(
    '',
    '# Onder de volgende "---" komt de langere beschrijving van de praktijk, als gewone tekst of Markdown',
    '# (een lege regel begint een nieuwe alinea). Mag leeg blijven.',
    '---',
    '',
  );
  return lines.join('\n');
}
