/**
 * Serves a built site on 127.0.0.1, as a static host would (including under a sub-path), for
 * the end-to-end tests and the benchmark.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
};

export interface Served {
  /** Address of the site root, with the base path and a trailing slash. */
  url: string;
  close(): Promise<void>;
}

/** Serves a built site; paths outside the base path and missing files get the site's 404 page. */
export async function serve(dist: string, base = '/'): Promise<Served> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file: string | undefined;
    if (pathname.startsWith(prefix)) {
      const candidate = path.join(dist, pathname.slice(prefix.length));
      if (!candidate.startsWith(dist)) file = undefined;
      else if (existsSync(candidate) && statSync(candidate).isFile()) file = candidate;
      else if (existsSync(path.join(candidate, 'index.html'))) {
        if (!pathname.endsWith('/')) {
          response.writeHead(301, { location: `${pathname}/` }).end();
          return;
        }
        file = path.join(candidate, 'index.html');
      }
    }
    if (!file) {
      response.writeHead(404, { 'content-type': types['.html']! });
      const notFound = path.join(dist, '404.html');
      if (existsSync(notFound)) createReadStream(notFound).pipe(response);
      else response.end('Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': types[path.extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
