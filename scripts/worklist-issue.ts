/**
 * node scripts/worklist-issue.ts WORKLIST.json: keeps the worklist issue on GitHub up to
 * date (src/lib/worklist/issue.ts) from the output of `npm run worklist -- --format json`.
 * Run by .github/workflows/worklist.yml, which provides GITHUB_TOKEN, GITHUB_REPOSITORY and
 * GITHUB_API_URL.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ui } from '../src/i18n/nl.ts';
import { formatMarkdown, type WorklistReport } from '../src/lib/worklist/format.ts';
import { githubIssues, syncWorklistIssue } from '../src/lib/worklist/issue.ts';
import type { EditLinks } from '../src/lib/worklist/links.ts';
import type { Task } from '../src/lib/worklist/tasks.ts';

const positionals = (() => {
  try {
    return parseArgs({ allowPositionals: true, options: {} }).positionals;
  } catch {
    return [];
  }
})();
const [file, ...rest] = positionals;
if (!file || rest.length) {
  console.error(
    'Usage: node scripts/worklist-issue.ts WORKLIST.json (the output of npm run worklist -- --format json)',
  );
  process.exit(2);
}
const {
  GITHUB_TOKEN: token,
  GITHUB_REPOSITORY: repository,
  GITHUB_API_URL: apiUrl = 'https://api.github.com',
} = process.env;
if (!token || !repository) {
  console.error(
    'worklist-issue: GITHUB_TOKEN and GITHUB_REPOSITORY must be set (GitHub Actions sets them)',
  );
  process.exit(2);
}

type JsonTask = Task & { edit?: EditLinks };
const data = JSON.parse(readFileSync(file, 'utf8')) as {
  today: string;
  reviewCycleMonths: number;
  forge: string;
  links?: WorklistReport['links'];
  tasks: JsonTask[];
};
const report: WorklistReport = {
  today: data.today,
  cycleMonths: data.reviewCycleMonths,
  forge: data.forge,
  tasks: data.tasks,
  ...(data.links ? { links: data.links } : {}),
};
const body = formatMarkdown(report, (task) => (task as JsonTask).edit);
const result = await syncWorklistIssue(githubIssues({ apiUrl, repository, token }), {
  title: ui.worklist.issueTitle,
  body,
  empty: report.tasks.length === 0,
});
console.log(
  `worklist issue: ${result.action}${result.number ? ` (#${result.number})` : ''}, ${report.tasks.length} task(s)`,
);
