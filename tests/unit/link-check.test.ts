/**
 * The worklist's link checker against a server on 127.0.0.1 that this test starts, with
 * one address per behaviour: 200, a 301 to it, 404, 500, one that never answers, a
 * redirect loop and one that refuses HEAD. Time limits are short, so the test is bounded.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLink, checkLinks, oneDay } from '../../src/lib/worklist/link-check-fs.ts';

let origin: string;
const hits: string[] = [];
let inFlight = 0;
let mostInFlight = 0;

const routes: Record<string, (request: IncomingMessage, response: ServerResponse) => void> = {
  '/ok': (_, response) => response.writeHead(200, { 'content-type': 'text/html' }).end('<p>ok</p>'),
  '/moved': (_, response) => response.writeHead(301, { location: '/ok' }).end(),
  '/moved-twice': (_, response) => response.writeHead(302, { location: `${origin}/moved` }).end(),
  '/missing': (_, response) => response.writeHead(404).end('not found'),
  '/error': (_, response) => response.writeHead(500).end('server error'),
  '/never': () => {
    /* never answers */
  },
  '/loop': (_, response) => response.writeHead(301, { location: '/loop' }).end(),
  '/no-head': (request, response) =>
    response.writeHead(request.method === 'HEAD' ? 405 : 200).end(),
  '/slow': (_, response) => {
    setTimeout(() => response.writeHead(200).end(), 200);
  },
};

const server = createServer((request, response) => {
  const route = new URL(request.url ?? '/', 'http://x').pathname;
  hits.push(`${request.method} ${route}`);
  inFlight++;
  mostInFlight = Math.max(mostInFlight, inFlight);
  response.on('close', () => inFlight--);
  (routes[route] ?? ((_, r: ServerResponse) => r.writeHead(404).end()))(request, response);
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** Long enough for a busy machine to answer, short enough to keep the test bounded. */
const fast = { timeout: 2000 };

describe('one link', () => {
  it('is fine when the server answers 200', async () => {
    expect(await checkLink(`${origin}/ok`, fast)).toMatchObject({
      ok: true,
      status: 200,
      redirects: 0,
    });
  });

  it('follows redirects to their end and says where they led', async () => {
    expect(await checkLink(`${origin}/moved`, fast)).toMatchObject({
      ok: true,
      status: 200,
      redirects: 1,
      finalUrl: `${origin}/ok`,
    });
    expect(await checkLink(`${origin}/moved-twice`, fast)).toMatchObject({
      ok: true,
      status: 200,
      redirects: 2,
      finalUrl: `${origin}/ok`,
    });
  });

  it('fails on 404 and 500, after trying GET as well as HEAD', async () => {
    hits.length = 0;
    expect(await checkLink(`${origin}/missing`, fast)).toMatchObject({ ok: false, status: 404 });
    expect(hits).toEqual(['HEAD /missing', 'GET /missing']);
    expect(await checkLink(`${origin}/error`, fast)).toMatchObject({ ok: false, status: 500 });
  });

  it('is fine when only HEAD is refused', async () => {
    expect(await checkLink(`${origin}/no-head`, fast)).toMatchObject({ ok: true, status: 200 });
  });

  it('gives up on a server that never answers, within its time limit', async () => {
    const started = performance.now();
    expect(await checkLink(`${origin}/never`, { timeout: 300 })).toMatchObject({
      ok: false,
      error: 'timeout',
    });
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('gives up on a redirect loop', async () => {
    expect(await checkLink(`${origin}/loop`, { ...fast, maxRedirects: 3 })).toMatchObject({
      ok: false,
      error: 'redirects',
      redirects: 3,
      status: 301,
    });
  });

  it('reports a server that refuses the connection', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(await checkLink(`http://127.0.0.1:${port}/`, fast)).toMatchObject({
      ok: false,
      error: 'network',
      detail: 'ECONNREFUSED',
    });
  });
});

describe('many links', () => {
  it('checks each address once, never more than `concurrency` at a time', async () => {
    const urls = Array.from({ length: 12 }, (_, i) => `${origin}/slow?n=${i}`);
    mostInFlight = 0;
    hits.length = 0;
    const results = await checkLinks([...urls, ...urls], { ...fast, concurrency: 3 });
    expect(results.size).toBe(12);
    expect([...results.values()].every((result) => result.ok)).toBe(true);
    expect(hits.filter((hit) => hit.startsWith('HEAD /slow'))).toHaveLength(12);
    expect(mostInFlight).toBe(3);
  });

  it('keeps results for a day in the cache file, then checks again', async () => {
    const cacheFile = path.join(
      mkdtempSync(path.join(tmpdir(), 'praktijkbank-links-')),
      'links.json',
    );
    let clock = Date.parse('2026-03-01T09:00:00Z');
    const options = { ...fast, cacheFile, now: () => clock };
    const urls = [`${origin}/ok`, `${origin}/missing`, `${origin}/never`];
    hits.length = 0;
    const first = await checkLinks(urls, options);
    expect([...first.values()].map((r) => [r.ok, r.status ?? r.error])).toEqual([
      [true, 200],
      [false, 404],
      [false, 'timeout'],
    ]);
    const requests = hits.length;
    expect(
      (JSON.parse(readFileSync(cacheFile, 'utf8')) as { results: Record<string, unknown> }).results[
        `${origin}/missing`
      ],
    ).toMatchObject({ status: 404, checkedAt: '2026-03-01T09:00:00.000Z' });

    clock += oneDay - 60_000;
    expect(await checkLinks(urls, options)).toEqual(first);
    expect(hits.length).toBe(requests);

    clock += 120_000;
    const again = await checkLinks(urls, options);
    expect(hits.length).toBeGreaterThan(requests);
    expect(again.get(`${origin}/ok`)).toMatchObject({
      ok: true,
      checkedAt: new Date(clock).toISOString(),
    });
  });
});
