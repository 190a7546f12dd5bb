/**
 * npm run lint: the format check (Prettier), the type-check and the linter (ESLint)
 * (`astro check`, which checks the .astro files and every .ts file in tsconfig.json: the
 * site, scripts and tests). All three run even when one fails, so one run lists every
 * problem; the exit code is 1 if any failed. `npm run format` fixes the formatting.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** The JavaScript file of a package's command, run with this Node (not the system's). */
function bin(pkg: string, name: string): string {
  const manifest = require.resolve(`${pkg}/package.json`);
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as {
    bin: string | Record<string, string>;
  };
  const file = typeof bin === 'string' ? bin : bin[name];
  if (!file) throw new Error(`${pkg} has no command "${name}"`);
  return path.join(path.dirname(manifest), file);
}

const steps = [
  {
    what: 'format check (prettier --check .)',
    command: bin('prettier', 'prettier'),
    args: ['--check', '.'],
  },
  // Before ESLint: astro check generates .astro/ (the types of astro:content), without
  // which typed linting sees every collection entry as an error type on a fresh clone.
  {
    what: 'type-check (astro check)',
    command: bin('astro', 'astro'),
    args: ['check', '--minimumFailingSeverity', 'warning'],
  },
  { what: 'lint (eslint .)', command: bin('eslint', 'eslint'), args: ['.'] },
];

const failed: string[] = [];
for (const step of steps) {
  console.log(`\n▶ ${step.what}`);
  const run = spawnSync(process.execPath, [step.command, ...step.args], {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (run.status !== 0) failed.push(step.what);
}

if (failed.length) {
  console.error(`\n✗ npm run lint failed: ${failed.join(', ')}`);
  if (failed.includes(steps[0]!.what)) console.error('  `npm run format` rewrites the formatting.');
  process.exit(1);
}
console.log('\n✓ format, lint and types are fine');
