/**
 * The monthly workflow's issue: scripts/worklist-issue.ts against a small stand-in for
 * GitHub's issues API on 127.0.0.1 (started here), run after each of four worklists: work,
 * other work, nothing, work again.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueLabel, issueMarker } from '../../src/lib/worklist/issue.ts';
import { repoRoot } from '../helpers/paths.ts';
import { buildEnv } from '../helpers/site.ts';

interface StoredIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: { name: string }[];
  pull_request?: object;
}

const issues: StoredIssue[] = [
  // Someone's own issue with the label, and a pull request: neither may be touched.
  {
    number: 1,
    title: 'Vraag over de werklijst',
    body: 'Kan de werklijst ook per provincie?',
    state: 'open',
    labels: [{ name: issueLabel }],
  },
  {
    number: 2,
    title: 'Een voorstel',
    body: issueMarker,
    state: 'open',
    labels: [{ name: issueLabel }],
    pull_request: {},
  },
];
const requests: string[] = [];
const tokens = new Set<string | undefined>();

const server = createServer((request, response) => {
  let text = '';
  request.on('data', (chunk: Buffer) => (text += chunk.toString()));
  request.on('end', () => {
    const url = new URL(request.url ?? '/', 'http://x');
    requests.push(`${request.method} ${url.pathname}`);
    tokens.add(request.headers.authorization);
    const send = (status: number, body: unknown) =>
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (!url.pathname.startsWith('/repos/vvsg/praktijkbank/issues'))
      return send(404, { message: 'Not Found' });
    const number = Number(url.pathname.split('/')[5]);
    if (request.method === 'GET' && !number) {
      const label = url.searchParams.get('labels');
      const page = Number(url.searchParams.get('page') ?? 1);
      return send(
        200,
        page === 1 ? issues.filter((issue) => issue.labels.some((l) => l.name === label)) : [],
      );
    }
    const input = JSON.parse(text || '{}') as {
      title?: string;
      body?: string;
      state?: 'open' | 'closed';
      labels?: string[];
    };
    if (request.method === 'POST') {
      const issue: StoredIssue = {
        number: issues.length + 1,
        title: input.title!,
        body: input.body!,
        state: 'open',
        labels: (input.labels ?? []).map((name) => ({ name })),
      };
      issues.push(issue);
      return send(201, issue);
    }
    if (request.method === 'PATCH') {
      const issue = issues.find((i) => i.number === number);
      if (!issue) return send(404, { message: 'Not Found' });
      Object.assign(
        issue,
        input.body !== undefined ? { body: input.body } : {},
        input.state ? { state: input.state } : {},
      );
      return send(200, issue);
    }
    send(405, {});
  });
});

let api: string;
const dir = mkdtempSync(path.join(tmpdir(), 'praktijkbank-issue-'));

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

function worklist(name: string, tasks: { file: string; title: string; message: string }[]): string {
  const file = path.join(dir, `${name}.json`);
  writeFileSync(
    file,
    JSON.stringify({
      today: '2026-06-01',
      reviewCycleMonths: 24,
      forge: 'GitHub',
      summary: { tasks: tasks.length, sheets: new Set(tasks.map((t) => t.file)).size },
      tasks: tasks.map((task) => ({
        ...task,
        kind: 'no-examples',
        sheet: 'x',
        line: 2,
        kindLabel: 'Geen voorbeelden',
        edit: {
          cms: 'https://site.example/admin/#/collections/practices/entries/x',
          forge: 'https://github.com/vvsg/praktijkbank/edit/main/content/practices/x.mdx',
        },
      })),
    }),
  );
  return file;
}

function sync(file: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [path.join(repoRoot, 'scripts/worklist-issue.ts'), file],
      {
        cwd: repoRoot,
        env: buildEnv({
          GITHUB_API_URL: api,
          GITHUB_REPOSITORY: 'vvsg/praktijkbank',
          GITHUB_TOKEN: 'geheim',
        }),
      },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('close', (code) => resolve({ code, out }));
  });
}

const ours = () =>
  issues.filter((issue) => issue.body.startsWith(issueMarker) && !issue.pull_request);

describe('the worklist issue', () => {
  it('is created once, edited afterwards, closed when the list is empty and reopened when work returns', async () => {
    const first = await sync(
      worklist('eerste', [
        { file: 'content/practices/x.mdx', title: 'Fiche X', message: 'Voeg een gemeente toe.' },
      ]),
    );
    expect(first.out).toContain('worklist issue: created (#3)');
    expect(ours()).toHaveLength(1);
    expect(ours()[0]).toMatchObject({
      number: 3,
      title: 'Werklijst van de redactie',
      state: 'open',
      labels: [{ name: issueLabel }],
    });
    expect(ours()[0]!.body).toContain('### Fiche X');
    expect(ours()[0]!.body).toContain(
      '[in de redactieomgeving](https://site.example/admin/#/collections/practices/entries/x)',
    );

    const second = await sync(
      worklist('tweede', [
        { file: 'content/practices/y.mdx', title: 'Fiche Y', message: 'Schrijf een titel.' },
      ]),
    );
    expect(second.out).toContain('worklist issue: updated (#3)');
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).toContain('### Fiche Y');
    expect(ours()[0]!.body).not.toContain('Fiche X');

    expect(
      (
        await sync(
          worklist('tweede-weer', [
            { file: 'content/practices/y.mdx', title: 'Fiche Y', message: 'Schrijf een titel.' },
          ]),
        )
      ).out,
    ).toContain('unchanged (#3)');

    const empty = await sync(worklist('leeg', []));
    expect(empty.out).toContain('worklist issue: closed (#3)');
    expect(ours()[0]).toMatchObject({ state: 'closed' });
    expect(ours()[0]!.body).toContain('Niets te doen');
    expect((await sync(worklist('nog-leeg', []))).out).toContain('worklist issue: none (#3)');

    const again = await sync(
      worklist('opnieuw', [
        { file: 'content/practices/z.mdx', title: 'Fiche Z', message: 'Vul een adres in.' },
      ]),
    );
    expect(again.out).toContain('worklist issue: reopened (#3)');
    expect(ours()).toHaveLength(1);
    expect(ours()[0]).toMatchObject({ state: 'open' });

    // Other issues with the label were never changed, and every call carried the token.
    expect(issues[0]).toMatchObject({ body: 'Kan de werklijst ook per provincie?', state: 'open' });
    expect(
      requests.filter((r) => r.startsWith('PATCH')).every((r) => r.endsWith('/issues/3')),
    ).toBe(true);
    expect([...tokens]).toEqual(['Bearer geheim']);
  });

  it('creates nothing while there is nothing to do', async () => {
    const before = issues.length;
    issues.forEach((issue) => issue.labels.splice(0));
    expect((await sync(worklist('niets', []))).out).toContain('worklist issue: none');
    expect(issues).toHaveLength(before);
  });
});
