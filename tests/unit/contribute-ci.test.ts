/**
 * Forge automation: `validate --format github` turns each problem into an annotation on
 * its line, the workflows run it on pull requests and publish the configured branch,
 * with the settings taken from content/site.yaml rather than from the workflow.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatGithubAnnotation } from '../../src/lib/util/problems.ts';
import { loadSiteConfig } from '../../src/lib/site/site-config-fs.ts';
import { makeCatalogue } from '../helpers/catalogue.ts';
import { fixtures, repoRoot } from '../helpers/paths.ts';
import { buildEnv } from '../helpers/site.ts';

const script = (name: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, [path.join(repoRoot, 'scripts', name), ...args], {
    cwd: repoRoot,
    env: buildEnv(env),
    encoding: 'utf8',
  });

describe('validate --format github', () => {
  it('prints each problem as an annotation on the line of the sheet, and fails', () => {
    const broken = readFileSync(path.join(fixtures, 'sheets/broken/unknown-category.mdx'), 'utf8');
    const content = makeCatalogue({ 'kapot.mdx': broken });
    const result = script('validate.ts', ['--format', 'github'], { PRAKTIJKBANK_CONTENT: content });
    expect(result.status).toBe(1);
    const annotations = result.stdout.split('\n').filter((line) => line.startsWith('::'));
    expect(annotations).toHaveLength(1);
    const file = path.relative(repoRoot, path.join(content, 'practices', 'kapot.mdx'));
    const line = broken.split('\n').findIndex((l) => l.startsWith('category:')) + 1;
    expect(annotations[0]).toMatch(
      new RegExp(
        `^::error file=${file.replace(/[.]/g, '\\.')},line=${line},col=\\d+::veld "category" \\(Categorie\\) noemt .*, maar die naam staat niet in de lijst van categorieën`,
      ),
    );
  });

  it('also accepts --format=github and rejects a format it does not know', () => {
    const content = makeCatalogue({
      'goed.mdx': readFileSync(path.join(fixtures, 'sheets/valid/minimal-sheet.mdx'), 'utf8'),
    });
    const ok = script('validate.ts', ['--format=github'], { PRAKTIJKBANK_CONTENT: content });
    expect(ok.status).toBe(0);
    expect(ok.stdout).not.toContain('::');
    const bad = script('validate.ts', ['--format', 'xml'], { PRAKTIJKBANK_CONTENT: content });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('unknown --format "xml": use "text" or "github"');
  });

  it('escapes what would break the workflow command', () => {
    expect(
      formatGithubAnnotation({
        file: 'content/a,b:c.mdx',
        line: 3,
        column: 7,
        severity: 'warning',
        message: 'eerste regel\ntweede: 100%',
      }),
    ).toBe('::warning file=content/a%2Cb%3Ac.mdx,line=3,col=7::eerste regel%0Atweede: 100%25');
  });
});

describe('the workflows', () => {
  const workflow = (name: string) =>
    parse(readFileSync(path.join(repoRoot, '.github/workflows', name), 'utf8')) as {
      on: Record<string, unknown>;
      jobs: Record<
        string,
        {
          steps?: {
            run?: string;
            uses?: string;
            env?: Record<string, string>;
            if?: string;
            id?: string;
            with?: Record<string, string>;
          }[];
          if?: string;
          needs?: string;
          env?: Record<string, string>;
        }
      >;
    };

  it.each(['check.yml', 'publish.yml'])(
    '%s keeps the checked sheets of earlier runs for validate and the build',
    (name) => {
      const job = Object.values(workflow(name).jobs).find((candidate) =>
        candidate.steps?.some((step) => step.run?.trim() === 'npm run build'),
      )!;
      const steps = job.steps!;
      const cache = steps.findIndex((step) => step.uses?.startsWith('actions/cache@'));
      expect(cache).toBeGreaterThan(steps.findIndex((step) => step.run?.includes('npm install')));
      expect(cache).toBeLessThan(steps.findIndex((step) => step.run?.includes('npm run validate')));
      const paths = steps[cache]!.with!.path!.trim().split('\n');
      expect(paths).toEqual(['node_modules/.cache/praktijkbank', job.env!.PRAKTIJKBANK_CACHE_DIR]);
      expect(readFileSync(path.join(repoRoot, '.gitignore'), 'utf8')).toContain(
        `${job.env!.PRAKTIJKBANK_CACHE_DIR}/`,
      );
    },
  );

  it('validate (with annotations) and build every pull request', () => {
    const check = workflow('check.yml');
    expect(Object.keys(check.on)).toContain('pull_request');
    const runs = Object.values(check.jobs)
      .flatMap((job) => job.steps ?? [])
      .map((step) => step.run ?? '');
    const validate = runs.findIndex((run) => run.includes('npm run validate -- --format github'));
    const build = runs.findIndex((run) => run.trim() === 'npm run build');
    expect(validate).toBeGreaterThan(-1);
    expect(build).toBeGreaterThan(validate);
  });

  it('lint the code of every pull request, as CI does before the tests', () => {
    const runs = Object.values(workflow('check.yml').jobs)
      .flatMap((job) => job.steps ?? [])
      .map((step) => step.run?.trim());
    expect(runs).toContain('npm run lint');
    const ci = readFileSync(path.join(repoRoot, '.ci/run'), 'utf8')
      .split('\n')
      .map((line) => line.trim());
    expect(ci.indexOf('npm run lint')).toBeGreaterThan(
      ci.indexOf('npm install --no-audit --no-fund'),
    );
    expect(ci.indexOf('npm run lint')).toBeLessThan(ci.indexOf('npm test'));
  });

  it('publish the branch named in content/site.yaml, with its address and base path, to GitHub Pages', () => {
    const text = readFileSync(path.join(repoRoot, '.github/workflows/publish.yml'), 'utf8');
    const publish = workflow('publish.yml');
    expect(Object.keys(publish.on)).toContain('push');
    const settings = loadSiteConfig(repoRoot);
    // Nothing from the settings file is repeated in the workflow.
    for (const value of [
      settings.site.url,
      `branches: [${settings.repository.branch}]`,
      `- ${settings.repository.branch}\n`,
    ])
      expect(text).not.toContain(value);
    const steps = publish.jobs.build!.steps!;
    const read = steps.find((step) => step.run?.includes('scripts/site-settings.ts'));
    expect(read?.id).toBe('settings');
    const build = steps.find((step) => step.run?.trim() === 'npm run build')!;
    expect(build.env).toEqual({
      SITE_URL: '${{ steps.settings.outputs.site_url }}',
      SITE_BASE: '${{ steps.settings.outputs.site_base }}',
    });
    expect(build.if).toBe('steps.settings.outputs.branch == github.ref_name');
    expect(publish.jobs.deploy).toMatchObject({
      needs: 'build',
      if: "needs.build.outputs.publish == 'true'",
    });
    expect(
      publish.jobs.deploy!.steps!.some((step) => step.uses?.startsWith('actions/deploy-pages@')),
    ).toBe(true);
  });

  it('read those settings with scripts/site-settings.ts', () => {
    const settings = loadSiteConfig(repoRoot);
    const result = script('site-settings.ts', []);
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n')).toEqual([
      `branch=${settings.repository.branch}`,
      `site_url=${settings.site.url}`,
      `site_base=${settings.site.base}`,
      `repository=${settings.repository.url}`,
    ]);
  });
});
