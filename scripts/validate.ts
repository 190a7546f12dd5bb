/**
 * npm run validate [-- PATH...]: checks sheets and vocabularies without building the site.
 * Prints one line per problem (path:line:column: message), exits 1 if any is an error.
 * With --format github, each problem is a GitHub Actions annotation on its line instead.
 */
import { loadCatalogueParallel } from '../src/lib/catalogue/catalogue-fs.ts';
import { contentDir } from '../src/lib/catalogue/content-dir.ts';
import { ValidateCache } from '../src/lib/catalogue/check-cache-fs.ts';
import { messages } from '../src/i18n/messages.ts';
import {
  formatGithubAnnotation,
  formatProblem,
  hasErrors,
  sortProblems,
} from '../src/lib/util/problems.ts';

const usage =
  'Usage: npm run validate [-- [--format text|github] [--no-cache] PATH...]\nChecks every sheet in content/practices (or the given files and folders) and the vocabularies.\n' +
  '--format github prints each problem as a GitHub Actions annotation (::error file=...,line=...,col=...::message).\n' +
  '--no-cache checks every sheet again, also those that passed last time and did not change.';
const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(usage);
  process.exit(0);
}
let format = 'text';
const formatAt = args.findIndex((arg) => arg === '--format' || arg.startsWith('--format='));
if (formatAt !== -1) {
  const [flag] = args.splice(formatAt, 1);
  format = flag!.includes('=')
    ? flag!.slice('--format='.length)
    : (args.splice(formatAt, 1)[0] ?? '');
  if (format !== 'text' && format !== 'github') {
    console.error(`error: unknown --format "${format}": use "text" or "github".\n${usage}`);
    process.exit(2);
  }
}

const noCacheAt = args.indexOf('--no-cache');
const useCache = noCacheAt === -1;
if (!useCache) args.splice(noCacheAt, 1);
const unknown = args.find((arg) => arg.startsWith('-'));
if (unknown) {
  console.error(`error: unknown option "${unknown}".\n${usage}`);
  process.exit(2);
}

try {
  // All CPUs: the same checks, in worker threads when there are many sheets; a sheet that
  // passed last time and has not changed since is not parsed again (src/lib/catalogue/check-cache-fs.ts).
  const cache = new ValidateCache(process.cwd(), contentDir());
  const catalogue = await loadCatalogueParallel(contentDir(), {
    paths: args,
    reuse: useCache ? cache.reuse : undefined,
    checked: cache.record,
  });
  cache.save();
  const problems = sortProblems(catalogue.problems);
  for (const problem of problems)
    console.log(format === 'github' ? formatGithubAnnotation(problem) : formatProblem(problem));
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const files = catalogue.sheets.length;
  const summary = messages.validate.summary(files, errors, warnings);
  console.log(
    hasErrors(problems) ? `\n✗ ${summary}` : `${problems.length ? '\n' : ''}✓ ${summary}`,
  );
  process.exit(hasErrors(problems) ? 1 : 0);
} catch (error) {
  // Only a bug in Praktijkbank itself gets here: user mistakes are reported above.
  console.error('Internal error in the validator (please report it):', error);
  process.exit(2);
}
