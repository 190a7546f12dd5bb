/**
 * The W3C Nu HTML checker (vnu.jar, from the vnu-jar package; it needs Java) over every page
 * of a built site. It is the checker behind validator.w3.org/nu and stricter than
 * html-validate where the HTML standard is: content models (nothing after </html>), the
 * text of a <time>, which ARIA attributes an element may carry.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface NuMessage {
  /** The page, relative to the checked folder. */
  page: string;
  line: number;
  column: number;
  /** "error" (also the checker's fatal and non-document errors), "warning" or "info". */
  type: 'error' | 'warning' | 'info';
  message: string;
  /** The source around the problem, on one line (Astro writes each page on one line). */
  extract: string;
}

/** vnu's JSON output (`--format json`). */
interface VnuOutput {
  messages: {
    type: string;
    subType?: string;
    url?: string;
    lastLine?: number;
    firstColumn?: number;
    lastColumn?: number;
    message: string;
    extract?: string;
  }[];
}

const vnuJar = String(createRequire(import.meta.url)('vnu-jar') as string);

/** Checks every .html file under `dir` in one run of the checker; every message it gives. */
export function checkWithNu(dir: string): NuMessage[] {
  const run = spawnSync(
    'java',
    ['-jar', vnuJar, '--format', 'json', '--stdout', '--exit-zero-always', '--skip-non-html', dir],
    { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  if (run.error && (run.error as NodeJS.ErrnoException).code === 'ENOENT')
    throw new Error(
      'The Nu HTML checker needs Java (17 or newer) on PATH: on Debian, apt-get install default-jre-headless',
    );
  if (run.error || run.status !== 0)
    throw new Error(
      `The Nu HTML checker failed (${run.error?.message ?? `exit ${run.status}`}):\n${run.stderr}`,
    );
  const output = JSON.parse(run.stdout) as VnuOutput;
  return output.messages.map((m) => ({
    page: m.url ? path.relative(dir, fileURLToPath(m.url)).split(path.sep).join('/') : '',
    line: m.lastLine ?? 0,
    column: m.firstColumn ?? m.lastColumn ?? 0,
    type: m.type === 'info' ? (m.subType === 'warning' ? 'warning' : 'info') : 'error',
    message: m.message,
    extract: (m.extract ?? '').replace(/\s+/g, ' ').trim(),
  }));
}

/**
 * Warnings that are the checker's artefact, not the site's, for which
 * tests/e2e/csp.test.ts proves the policy in Chromium instead:
 * - checking files, vnu resolves a root-relative address (/praktijkbank/_astro/x.css)
 *   against a file: URL, whose origin never matches the policy's 'self' (a resource on
 *   another host is still reported);
 * - vnu applies script-src to structured data (<script type="application/ld+json">), a data
 *   block the browser never runs, to which the policy does not apply.
 */
const fileCheckArtefacts: ((m: NuMessage) => boolean)[] = [
  (m) =>
    /^Resource violates Content Security Policy \(meta tag\): external \w+ “\/(?!\/)/.test(
      m.message,
    ),
  (m) =>
    m.message.startsWith('Inline script violates Content Security Policy') &&
    m.extract.includes('<script type="application/ld+json">'),
];

/**
 * What fails the site: every error and every warning (warnings are about things that are
 * likely wrong, such as a missing heading or an obsolete attribute), except the artefacts
 * above. Info messages are remarks on style and pass.
 */
export function nuProblems(messages: NuMessage[]): NuMessage[] {
  return messages.filter(
    (m) =>
      m.type === 'error' ||
      (m.type === 'warning' && !fileCheckArtefacts.some((artefact) => artefact(m))),
  );
}

/** One line per message: "page:line:column: type: message [extract]". */
export function formatNuMessages(messages: NuMessage[]): string {
  return messages
    .map(
      (m) =>
        `${m.page}:${m.line}:${m.column}: ${m.type}: ${m.message} [${m.extract.slice(0, 160)}]`,
    )
    .join('\n');
}
