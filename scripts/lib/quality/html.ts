/**
 * html-validate over every page of a built site, with the project's .htmlvalidate.json.
 * The same configuration serves `npx html-validate dist` from the repository root.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { htmlFiles } from './links.ts';

export interface HtmlProblem {
  /** The page, relative to dist/. */
  page: string;
  line: number;
  column: number;
  /** html-validate's rule id, e.g. "element-permitted-content"; its documentation is https://html-validate.org/rules/<rule>.html */
  rule: string;
  message: string;
}

export const htmlValidateConfigFile = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../.htmlvalidate.json',
);

/** Validates every HTML page under dist/; returns the errors (warnings are not counted). */
export async function validateHtml(
  dist: string,
  config = JSON.parse(readFileSync(htmlValidateConfigFile, 'utf8')) as ConfigData,
): Promise<HtmlProblem[]> {
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  const problems: HtmlProblem[] = [];
  for (const page of htmlFiles(dist)) {
    const report = await validator.validateString(
      readFileSync(path.join(dist, page), 'utf8'),
      page,
    );
    for (const result of report.results)
      for (const message of result.messages)
        if (message.severity === 2)
          problems.push({
            page,
            line: message.line,
            column: message.column,
            rule: message.ruleId,
            message: message.message,
          });
  }
  return problems;
}

/** One line per problem: "page:line:column: message (rule)". */
export function formatHtmlProblems(problems: HtmlProblem[]): string {
  return problems
    .map((p) => `${p.page}:${p.line}:${p.column}: ${p.message} (${p.rule})`)
    .join('\n');
}
