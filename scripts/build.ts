/**
 * npm run build [-- ASTRO_BUILD_OPTIONS]: `astro build`, then the Pagefind search index in
 * this (small) process once Astro's has ended: Astro's process still holds most of its memory
 * when its pages are written, so one after the other the peak is far lower than both at once
 * (measured in docs/benchmarks.md). `astro build` on its own also writes the index, in
 * Astro's process (src/integrations/pagefind.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  indexAndReport,
  indexLaterVariable,
  type IndexHandoff,
} from '../src/integrations/pagefind.ts';

const astro = path.join(
  path.dirname(createRequire(import.meta.url).resolve('astro/package.json')),
  'bin/astro.mjs',
);
const work = mkdtempSync(path.join(tmpdir(), 'praktijkbank-build-'));
const handoff = path.join(work, 'site.json');
try {
  const build = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, [indexLaterVariable]: handoff },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
  let site: IndexHandoff;
  try {
    site = JSON.parse(readFileSync(handoff, 'utf8')) as IndexHandoff;
  } catch {
    // `astro build --help` and the like build nothing.
    process.exit(0);
  }
  try {
    await indexAndReport(site.siteDir, site.base, (message) =>
      console.log(`${new Date().toTimeString().slice(0, 8)} [praktijkbank-pagefind] ${message}`),
    );
  } catch (error) {
    console.error(`The site was built, but its search index was not: ${(error as Error).message}`);
    process.exit(1);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
