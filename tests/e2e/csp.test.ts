/**
 * The built site under its Content-Security-Policy, in Chromium: the <meta> policy Astro
 * writes (astro.config.mjs) and, for hosts that send it, the header policy in public/_headers.
 * Pages load without a violation, an injected inline script does not run, hostile-looking
 * sheets render as text, external links carry rel="noopener noreferrer", and the Pagefind
 * search works (WebAssembly, worker) on /zoeken/ when that page is built.
 */
import { createHash } from 'node:crypto';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { makeCatalogue } from '../helpers/catalogue.ts';
import { contentRoot, fixtures, repoRoot } from '../helpers/paths.ts';
import { buildSite, serve, type Served } from '../helpers/site.ts';

let browser: Browser;
let site: Served;
let dist: string;

/** The headers public/_headers sets for every path ("/*"). */
function headersFile(file: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let inAll = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) inAll = line.trim() === '/*';
    else if (inAll) {
      const colon = line.indexOf(':');
      headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return headers;
}

/** Directive name → sources, from a policy string. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

const isPolicy = (element: Element) =>
  String(element.properties.httpEquiv ?? '').toLowerCase() === 'content-security-policy';

/** Every element with this tag name, in document order, as an HTML parser sees them (not a regular expression). */
function elements(tree: Root | RootContent, tagName: string): Element[] {
  const own = tree.type === 'element' && tree.tagName === tagName ? [tree] : [];
  const children = 'children' in tree ? (tree.children as RootContent[]) : [];
  return [...own, ...children.flatMap((child) => elements(child, tagName))];
}

/** The elements of a page's <head>, in order. */
function headElements(html: string): Element[] {
  const head = elements(fromHtml(html), 'head')[0];
  return (head?.children ?? []).filter((node): node is Element => node.type === 'element');
}

/** A browser context that records CSP violations and errors; with `withHeaders`, every response also carries public/_headers. */
async function openContext(
  withHeaders: boolean,
): Promise<{ context: BrowserContext; problems: () => Promise<string[]>; pages: Page[] }> {
  const context = await browser.newContext();
  const pages: Page[] = [];
  const errors: string[] = [];
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      w.__csp.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  if (withHeaders) {
    const extra = headersFile(path.join(dist, '_headers'));
    await context.route('**/*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), ...extra } });
    });
  }
  context.on('page', (page) => {
    pages.push(page);
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
  });
  /** What went wrong since the last call: errors and the open pages' CSP violations. */
  const problems = async () => {
    const violations = await Promise.all(
      pages
        .filter((p) => !p.isClosed())
        .map((p) =>
          p
            .evaluate(() => (window as unknown as { __csp?: string[] }).__csp?.splice(0) ?? [])
            .catch(() => []),
        ),
    );
    return [...errors.splice(0), ...violations.flat()];
  };
  return { context, problems, pages };
}

beforeAll(async () => {
  const content = makeCatalogue();
  cpSync(path.join(contentRoot, 'practices'), path.join(content, 'practices'), { recursive: true });
  cpSync(path.join(fixtures, 'sheets/malicious/accepted'), path.join(content, 'practices'), {
    recursive: true,
  });
  dist = buildSite({ content });
  site = await serve(dist);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the Content-Security-Policy', () => {
  it('is in every page as a <meta> tag before any script or style: scripts only from the site, WebAssembly and workers for Pagefind', () => {
    const files = htmlFiles(dist).filter((file) => !file.includes(`${path.sep}admin${path.sep}`));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const head = headElements(readFileSync(file, 'utf8'));
      const meta = head.findIndex(isPolicy);
      expect(meta, path.relative(dist, file)).toBeGreaterThanOrEqual(0);
      // The policy applies only to what comes after it: no script, style or stylesheet may come first.
      const loadsCode = (element: Element) =>
        ['script', 'style'].includes(element.tagName) ||
        (element.tagName === 'link' &&
          String(element.properties.rel)
            .split(/[\s,]+/)
            .some((rel) => ['stylesheet', 'modulepreload', 'preload'].includes(rel)));
      expect(head.slice(0, meta).filter(loadsCode), path.relative(dist, file)).toEqual([]);
      const policyOf = directives(String(head[meta]!.properties.content));
      const scripts = policyOf.get('script-src')!;
      expect(scripts).toContain("'self'");
      expect(scripts).toContain("'wasm-unsafe-eval'");
      for (const source of scripts)
        expect(source).toMatch(/^('self'|'wasm-unsafe-eval'|'sha(256|384|512)-[A-Za-z0-9+/=]+')$/);
      expect(policyOf.get('default-src')).toEqual(["'self'"]);
      expect(policyOf.get('object-src')).toEqual(["'none'"]);
      expect(policyOf.get('worker-src')).toEqual(["'self'", 'blob:']);
      expect(policyOf.get('style-src')!.join(' ')).not.toContain('unsafe-inline');
    }
  });

  it('is also sent as a header by public/_headers, with the other security headers, and allows every inline script a page has', () => {
    const headers = headersFile(path.join(repoRoot, 'public/_headers'));
    expect(headersFile(path.join(dist, '_headers'))).toEqual(headers);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['X-Frame-Options']).toBe('DENY');
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['Permissions-Policy']).toContain('camera=()');
    const policy = directives(headers['Content-Security-Policy']!);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    const scripts = policy.get('script-src')!;
    expect(scripts.slice(0, 2)).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    // Inline scripts (Astro inlines small ones) need their hash in the header too, or the header blocks them.
    // Structured data (type="application/ld+json") is a data block the browser never runs: no policy applies to it.
    for (const file of htmlFiles(dist)) {
      for (const script of elements(fromHtml(readFileSync(file, 'utf8')), 'script').filter(
        (element) => !element.properties.src && element.properties.type !== 'application/ld+json',
      )) {
        const code = script.children
          .map((child) => (child.type === 'text' ? child.value : ''))
          .join('');
        const hash = `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
        expect(
          scripts,
          `inline script in ${path.relative(dist, file)}: add ${hash} to script-src in public/_headers`,
        ).toContain(hash);
      }
    }
  });

  for (const withHeaders of [false, true]) {
    const how = withHeaders ? 'with the header policy as well' : 'with the <meta> policy';
    it(`lets every kind of page load without a violation or error (${how})`, async () => {
      const { context, problems } = await openContext(withHeaders);
      const page = await context.newPage();
      const paths = [
        '',
        'praktijken/',
        'praktijken/kansenpas-en-vrijetijdscheque/',
        'praktijken/external-links/',
        'praktijken/html-in-front-matter/',
        'categorieen/',
        'gemeenten/gent/',
        'over/',
        'bestaat-niet/',
      ];
      if (existsSync(path.join(dist, 'zoeken/index.html'))) paths.push('zoeken/');
      for (const address of paths) {
        await page.goto(`${site.url}${address}`);
        await page.waitForLoadState('networkidle');
        // A document's violations are lost when it unloads: read them per page.
        expect(await problems(), address).toEqual(
          address === 'bestaat-niet/'
            ? ['Failed to load resource: the server responded with a status of 404 (Not Found)']
            : [],
        );
      }
      await context.close();
    });

    it(`blocks an inline script and an event handler injected into a page (${how})`, async () => {
      const { context, problems } = await openContext(withHeaders);
      await context.route(`${site.url}over/`, async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace(
          '</main>',
          '<script>window.injected = "script"</script><img src="../favicon.svg" alt="" onload="window.injected = \'handler\'"></main>',
        );
        await route.fulfill({ response, body });
      });
      const page = await context.newPage();
      await page.goto(`${site.url}over/`);
      await page.waitForLoadState('networkidle');
      expect(await page.locator('main script').count()).toBe(1);
      expect(
        await page.evaluate(() => (window as unknown as { injected?: string }).injected),
      ).toBeUndefined();
      const found = await problems();
      expect(found.some((p) => /^script-src(-elem)? inline$/.test(p))).toBe(true);
      expect(found.some((p) => /^script-src(-attr)? inline$/.test(p))).toBe(true);
      await context.close();
    });
  }
});

describe('hostile-looking sheets in the built site', () => {
  it('show HTML from the front matter as text and run none of it', async () => {
    const { context, problems } = await openContext(true);
    const page = await context.newPage();
    await page.goto(`${site.url}praktijken/html-in-front-matter/`);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('h1').textContent()).toBe(
      '<script>window.pwned = "title"</script> Buddyproject',
    );
    expect(await page.title()).toContain('<script>window.pwned = "title"</script> Buddyproject');
    const text = await page.locator('main').innerText();
    for (const phrase of [
      '<img src="x" onerror="window.pwned = \'summary\'">',
      '"><svg onload="window.pwned = \'partner\'">',
      '<iframe src="https://evil.example/"></iframe>',
    ])
      expect(text).toContain(phrase);
    expect(
      await page.evaluate(() => (window as unknown as { pwned?: string }).pwned),
    ).toBeUndefined();
    expect(
      await page
        .locator(
          // The page's own script (the "Vergelijk" list) is a module of the build, served from /_astro/.
          'main script:not([type="module"][src^="/_astro/"]), main iframe, main svg, main style, main img[onerror], [onclick], [onmouseover], [onload]',
        )
        .count(),
    ).toBe(0);
    expect(await problems()).toEqual([]);
    await context.close();
  });

  it('give every external link rel="noopener noreferrer", and e-mail contacts working mailto: links', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}praktijken/external-links/`);
    const links = await page.locator('main a[href]').evaluateAll((anchors) =>
      anchors.map((a) => ({
        href: (a as HTMLAnchorElement).href,
        rel: a.getAttribute('rel') ?? '',
        text: a.textContent?.trim() ?? '',
      })),
    );
    const external = links.filter(
      (link) =>
        /^https?:/.test(link.href) && new URL(link.href).origin !== new URL(site.url).origin,
    );
    expect(external.map((link) => link.href)).toEqual(
      expect.arrayContaining([
        'https://stad.gent/gids',
        'http://www.vvsg.be/',
        'https://www.vvsg.be/handleiding',
        'https://www.integratie-inburgering.be/',
        'https://stad.gent/integratie',
        'https://stad.gent/wegwijzer',
        'https://stad.gent/nieuwkomers',
      ]),
    );
    for (const link of external)
      expect(link.rel.split(/\s+/).sort(), link.href).toEqual(
        expect.arrayContaining(['noopener', 'noreferrer']),
      );
    expect(links).toEqual(
      expect.arrayContaining([
        { href: 'mailto:onthaal@gent.be', rel: '', text: 'Onthaalbureau' },
        { href: 'mailto:integratie@gent.be', rel: '', text: 'Dienst Integratie' },
        { href: 'mailto:samenleven@vvsg.be', rel: '', text: 'de redactie' },
      ]),
    );
    await page.close();
  });
});

describe('search under the policy', () => {
  it('Pagefind runs (WebAssembly, worker) on /zoeken/ without a violation', async (test) => {
    if (
      !existsSync(path.join(dist, 'zoeken/index.html')) ||
      !existsSync(path.join(dist, 'pagefind/pagefind.js'))
    ) {
      test.skip();
      return;
    }
    const { context, problems } = await openContext(true);
    const page = await context.newPage();
    await page.goto(`${site.url}zoeken/?q=kansenpas`);
    // The search page's own interface, as a visitor uses it.
    await expect
      .poll(
        () => page.locator('main a[href*="/praktijken/kansenpas-en-vrijetijdscheque/"]').count(),
        { timeout: 30_000 },
      )
      .toBeGreaterThan(0);
    // And Pagefind's engine directly, loaded by the page under its policy.
    // (A string, so that Vitest's transform leaves the dynamic import alone.)
    const found = await page.evaluate<string[]>(`(async () => {
      const pagefind = await import('${new URL(site.url).pathname}pagefind/pagefind.js');
      const search = await pagefind.search('gids');
      const results = await Promise.all(search.results.map((result) => result.data()));
      return results.map((result) => result.url);
    })()`);
    expect(found.some((url) => url.includes('external-links'))).toBe(true);
    expect(await problems()).toEqual([]);
    await context.close();
  });
});
