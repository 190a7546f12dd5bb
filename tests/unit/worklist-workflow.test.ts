/**
 * The forge automation around the history and the worklist: the publish workflow fetches
 * the history it dates sheets by, and rebuilds monthly; the worklist workflow runs the
 * worklist with the link check every month and keeps its issue.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/paths.ts';

interface Step {
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, { steps: Step[] }>;
}
const workflow = (name: string) =>
  parse(readFileSync(path.join(repoRoot, '.github/workflows', name), 'utf8')) as Workflow;

/** Whether a five-field cron runs once a month (a fixed minute, hour and day, any month, any weekday). */
const monthly = (cron: string) => /^\d+ \d+ \d+ \* \*$/.test(cron);

describe('the publish workflow', () => {
  it('fetches the whole history before it builds, and builds again every month', () => {
    const publish = workflow('publish.yml');
    const checkout = publish.jobs.build!.steps.find((step) =>
      step.uses?.startsWith('actions/checkout@'),
    )!;
    expect(checkout.with?.['fetch-depth']).toBe(0);
    const schedule = publish.on.schedule as { cron: string }[];
    expect(schedule.map((s) => monthly(s.cron))).toEqual([true]);
  });
});

describe('the worklist workflow', () => {
  const list = workflow('worklist.yml');
  const steps = Object.values(list.jobs).flatMap((job) => job.steps);
  const runs = steps.map((step) => step.run ?? '');

  it('runs monthly, and may write issues but not the repository', () => {
    expect((list.on.schedule as { cron: string }[]).every((s) => monthly(s.cron))).toBe(true);
    expect(Object.keys(list.on)).toContain('workflow_dispatch');
    expect(list.permissions).toEqual({ contents: 'read', issues: 'write' });
  });

  it('checks the links, keeps the list, and then updates the issue from the same list', () => {
    const make = runs.findIndex((run) =>
      run.includes('npm run -s worklist -- --check-links --format json > worklist.json'),
    );
    const issue = steps.findIndex((step) =>
      step.run?.includes('scripts/worklist-issue.ts worklist.json'),
    );
    expect(make).toBeGreaterThan(runs.findIndex((run) => run.includes('npm install')));
    expect(issue).toBeGreaterThan(make);
    expect(steps[issue]!.env).toEqual({ GITHUB_TOKEN: '${{ secrets.GITHUB_TOKEN }}' });
    expect(steps.some((step) => step.uses?.startsWith('actions/upload-artifact@'))).toBe(true);
  });
});
