/**
 * The contribution form's messages. The rules stay in the zod schema (the same one
 * `npm run validate` uses), and the wording in the message catalogue (src/i18n/messages.ts),
 * so the form and validate say the same thing; this only picks the message by issue code and
 * parameters, and falls back to a generic sentence rather than English.
 */
import type { z } from 'zod';
import { messages } from '../../i18n/messages.ts';
import { ui } from '../../i18n/nl.ts';
import { valueAt } from '../sheet/issues.ts';
import type { FieldSpec } from './form-spec.ts';

const t = messages.form;

/**
 * One issue as a Dutch sentence. `input` is what was validated (to tell an empty list
 * item from a short text); `spec` is the field the issue is about, when known.
 */
export function dutchMessage(issue: z.core.$ZodIssue, input: unknown, spec?: FieldSpec): string {
  const value = valueAt(input, issue.path);
  // An item of a list that has more items than it needs may be removed instead of filled in.
  const list = valueAt(input, issue.path.slice(0, -1));
  const inList =
    typeof issue.path.at(-1) === 'number' &&
    !(
      spec &&
      (spec.kind === 'texts' || spec.kind === 'groups') &&
      Array.isArray(list) &&
      list.length <= spec.minItems
    );
  if (
    spec?.kind === 'term' &&
    (value === undefined || value === '') &&
    (issue.code === 'invalid_type' || issue.code === 'too_small')
  )
    return t.chooseOne;
  const params = (issue as { params?: Record<string, unknown> }).params ?? {};
  if (spec?.kind === 'number' && value !== undefined && value !== '') {
    if (issue.code === 'invalid_type' || issue.code === 'too_small' || issue.code === 'too_big')
      return t.year;
  }
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined || value === null || value === '')
        return inList ? t.requiredItem : t.required;
      return t.invalid;
    case 'too_small':
      if (issue.origin === 'array')
        return spec?.kind === 'terms'
          ? t.chooseAtLeast(Number(issue.minimum))
          : t.addAtLeast(Number(issue.minimum));
      if (typeof value !== 'string' || value.trim() === '')
        return inList ? t.requiredItem : t.required;
      return t.tooShort(Number(issue.minimum));
    case 'too_big':
      return issue.origin === 'array'
        ? t.tooMany(Number(issue.maximum))
        : t.tooLong(Number(issue.maximum));
    case 'invalid_format': {
      if (issue.format === 'email') return t.email;
      if (issue.format === 'url') return t.url;
      if (issue.format === 'date') return t.date;
      const key = [...issue.path].reverse().find((k) => typeof k === 'string');
      if (key === 'phone') return t.phone;
      if (key === 'src') return t.imagePath;
      return t.invalid;
    }
    case 'invalid_value':
      return t.choose(issue.values.map((v) => ui.contribute.choiceLabels[String(v)] ?? String(v)));
    case 'custom':
      if (params.kind === 'unknown-term') {
        const name =
          typeof issue.input === 'string' ? issue.input : typeof value === 'string' ? value : '';
        return t.unknownTerm(
          name,
          (params.suggestions as string[] | undefined) ?? [],
          (params.formerNames as Record<string, string> | undefined) ?? {},
        );
      }
      if (params.kind === 'duplicate') return t.duplicate(String(params.value ?? value));
      if (params.kind === 'duplicate-example')
        return t.duplicateExample(String(params.value), Number(params.first) + 1);
      if (params.kind === 'updated-before-published') return t.updatedBeforePublished;
      if (params.kind === 'future-year') return t.futureYear(new Date().getUTCFullYear());
      if (params.kind === 'reviewed-before-published') return t.reviewedBeforePublished;
      return t.invalid;
    default:
      return t.invalid;
  }
}
