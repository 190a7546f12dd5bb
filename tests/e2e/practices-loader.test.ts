/**
 * `npm run dev` (astro dev) on a catalogue of its own (PRAKTIJKBANK_CONTENT): the practices
 * loader follows Astro's file watcher, so an edited or new sheet shows without a restart; a
 * broken edit is reported in the server's log with validate's message while the server keeps
 * serving the last good version; the repaired sheet shows again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCatalogue } from '../helpers/catalogue.ts';
import { fixtures, repoRoot } from '../helpers/paths.ts';
import { buildEnv } from '../helpers/site.ts';

const astro = path.join(
  path.dirname(createRequire(import.meta.url).resolve('astro/package.json')),
  'bin/astro.mjs',
);
const minimal = readFileSync(path.join(fixtures, 'sheets/valid/minimal-sheet.mdx'), 'utf8');
/** The minimal sheet with another summary (shown on its page; no ": " in it) and category. */
const sheet = (summary: string, category = 'Onthaal en integratie') =>
  minimal
    .replace(/^summary: .*$/m, `summary: ${summary}`)
    .replace(/^category: .*$/m, `category: ${category}`);

let content: string;
let dev: ChildProcess;
let log = '';
let site: string;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Retries `probe` until it returns a value (not undefined), or fails naming what it waited for. */
async function until<T>(
  what: string,
  probe: () => Promise<T | undefined> | T | undefined,
  ms = 45_000,
): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    if (dev.exitCode !== null)
      throw new Error(`the dev server stopped while waiting for ${what}:\n${log}`);
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end)
      throw new Error(`waited ${ms / 1000} s for ${what}; the dev server's log:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The page's HTML once it answers 200 and contains `text`. */
const pageWith = (address: string, text: string) =>
  until(`${address} to show "${text}"`, async () => {
    const response = await fetch(`${site}${address}`).catch(() => undefined);
    const html = response?.ok ? await response.text() : '';
    return html.includes(text) ? html : undefined;
  });

const writeSheet = (name: string, text: string) =>
  writeFileSync(path.join(content, 'practices', name), text);

beforeAll(async () => {
  content = makeCatalogue({
    'buddy.mdx': sheet('Eerste versie, vrijwilligers begeleiden nieuwkomers.'),
  });
  const port = await freePort();
  dev = spawn(process.execPath, [astro, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: repoRoot,
    env: buildEnv({ PRAKTIJKBANK_CONTENT: content, NO_COLOR: '1', FORCE_COLOR: '0' }),
  });
  dev.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  dev.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  site = await until('the dev server to start', () => /Local\s+(http:\/\/\S+)/.exec(log)?.[1]);
  if (!site.endsWith('/')) site += '/';
  await pageWith('praktijken/buddy/', 'Eerste versie');
});

afterAll(async () => {
  if (dev && dev.exitCode === null) {
    const exited = new Promise((resolve) => dev.once('exit', resolve));
    dev.kill();
    await exited;
  }
});

describe('npm run dev', () => {
  it('shows an edited sheet without a restart', async () => {
    writeSheet('buddy.mdx', sheet('Tweede versie, vrijwilligers begeleiden nieuwkomers.'));
    const html = await pageWith('praktijken/buddy/', 'Tweede versie');
    expect(html).not.toContain('Eerste versie');
  });

  it('shows a new sheet at its address', async () => {
    writeSheet(
      'taalcafe.mdx',
      sheet('Een taalcafe waar nieuwkomers Nederlands oefenen.').replace(
        'title: Buddyproject voor nieuwkomers',
        'title: Taalcafe in de bib',
      ),
    );
    await pageWith('praktijken/taalcafe/', 'Een taalcafe waar nieuwkomers Nederlands oefenen.');
  });

  it('reports a broken edit in its log with the message of validate, and keeps serving the last good version', async () => {
    const logged = log.length;
    writeSheet(
      'buddy.mdx',
      sheet('Derde versie, met een tikfout in de categorie.', 'Onthaal en integratei'),
    );
    await until('the problem in the log', () =>
      log
        .slice(logged)
        .includes(
          'buddy.mdx:4:11: veld "category" (Categorie) noemt "Onthaal en integratei", maar die naam staat niet in de lijst van categorieën',
        )
        ? true
        : undefined,
    );
    expect(log.slice(logged)).toContain(
      "Tot dan tonen de pagina's de inhoud zoals ze was vóór deze wijziging.",
    );
    expect(dev.exitCode).toBeNull();
    const html = await pageWith('praktijken/buddy/', 'Tweede versie');
    expect(html).not.toContain('Derde versie');
  });

  it('shows the sheet again once it is repaired', async () => {
    writeSheet('buddy.mdx', sheet('Vierde versie, de tikfout is hersteld.'));
    await pageWith('praktijken/buddy/', 'Vierde versie');
    expect(dev.exitCode).toBeNull();
  });
});
