/**
 * npm run validate [-- PATH...]: checks sheets and vocabularies without building the site.
 * Prints one line per problem (path:line:column: message), exits 1 if any is an error.
 */
import { contentDir, loadCatalogue } from '../src/lib/catalogue.ts';
import { formatProblem, hasErrors, sortProblems } from '../src/lib/problems.ts';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log('Usage: npm run validate [-- PATH...]\nChecks every sheet in content/practices (or the given files and folders) and the vocabularies.');
  process.exit(0);
}

try {
  const catalogue = loadCatalogue(contentDir(), { paths: args });
  const problems = sortProblems(catalogue.problems);
  for (const problem of problems) console.log(formatProblem(problem));
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const files = catalogue.sheets.length;
  const summary = `${files} sheet${files === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
  console.log(hasErrors(problems) ? `\n✗ ${summary}` : `${problems.length ? '\n' : ''}✓ ${summary}`);
  process.exit(hasErrors(problems) ? 1 : 0);
} catch (error) {
  // Only a bug in Praktijkbank itself gets here: user mistakes are reported above.
  console.error('Internal error in the validator (please report it):', error);
  process.exit(2);
}
