/**
 * Link checker for a built site: every internal reference in every HTML page of dist/
 * (href, src, srcset, poster, action, ...) must resolve to a file in dist/, under the base
 * path the site was built for, and a #fragment must name an id on the target page.
 * External addresses (https://elsewhere, mailto:, tel:) are not fetched.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

export interface BrokenLink {
  /** The page the reference is on, relative to dist/ ("praktijken/x/index.html"). */
  page: string;
  /** Where on the page: element and attribute, e.g. "<a href>" or "<img srcset>". */
  where: string;
  /** The reference as written in the page. */
  target: string;
  /** Why it does not resolve. */
  reason: string;
}

export interface LinkCheckOptions {
  /** The base path the site was built for ("/" or "/praktijkbank"). */
  base?: string;
  /** The site's public address: absolute links to this origin are checked as internal ones. */
  site?: string;
}

/** Attributes that hold one address, per element ("*" = any element). */
const urlAttributes: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src'],
  source: ['src'],
  script: ['src'],
  iframe: ['src'],
  embed: ['src'],
  track: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  object: ['data'],
  form: ['action'],
  button: ['formAction'],
  input: ['src', 'formAction'],
  use: ['href', 'xLinkHref'],
  image: ['href', 'xLinkHref'],
};
const srcsetElements = new Set(['img', 'source']);
/** hast property name → HTML attribute name, for messages. */
const attributeNames: Record<string, string> = {
  formAction: 'formaction',
  xLinkHref: 'xlink:href',
  srcSet: 'srcset',
};

/** Every HTML file under dir, relative to it, sorted. */
export function htmlFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else if (entry.name.endsWith('.html')) found.push(child);
    }
  };
  walk('');
  return found.sort();
}

/** Checks every HTML page of a built site; returns the references that do not resolve. */
export function checkLinks(dist: string, options: LinkCheckOptions = {}): BrokenLink[] {
  const root = path.resolve(dist);
  const base = normaliseBase(options.base ?? '/');
  const siteOrigin = options.site ? new URL(options.site).origin : undefined;
  const origin = 'http://site.invalid';
  const ids = new Map<string, Set<string>>();
  const trees = new Map<string, Root>();
  const treeOf = (file: string) => {
    let tree = trees.get(file);
    if (!tree) {
      tree = fromHtml(readFileSync(path.join(root, file), 'utf8'));
      trees.set(file, tree);
    }
    return tree;
  };
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      set = new Set();
      const found = set;
      visit(treeOf(file), 'element', (element) => {
        const id = element.properties.id;
        if (typeof id === 'string' && id) found.add(id);
        const name = element.tagName === 'a' ? element.properties.name : undefined;
        if (typeof name === 'string' && name) found.add(name);
      });
      ids.set(file, set);
    }
    return set;
  };

  const broken: BrokenLink[] = [];
  for (const page of htmlFiles(root)) {
    const tree = treeOf(page);
    let pageUrl = new URL(`${base}${page}`, origin);
    visit(tree, 'element', (element) => {
      if (element.tagName === 'base' && typeof element.properties.href === 'string')
        pageUrl = new URL(element.properties.href, pageUrl);
    });
    for (const { element, attribute, value } of references(tree)) {
      const report = (reason: string) =>
        broken.push({
          page,
          where: `<${element.tagName} ${attributeNames[attribute] ?? attribute.toLowerCase()}>`,
          target: value,
          reason,
        });
      const trimmed = value.trim();
      if (trimmed === '') {
        if (element.tagName !== 'form') report('the address is empty');
        continue;
      }
      if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) && !/^https?:/i.test(trimmed)) continue; // mailto:, tel:, data:, ...
      if (page === '404.html' && !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(trimmed)) {
        report(
          'the 404 page is served at any address, so a relative address breaks: start it with the base path',
        );
        continue;
      }
      let resolved: URL;
      try {
        resolved = new URL(trimmed, pageUrl);
      } catch {
        report('the address cannot be read as a URL');
        continue;
      }
      if (resolved.origin !== origin) {
        if (!siteOrigin || resolved.origin !== siteOrigin) continue; // another site: not checked here
        resolved = new URL(`${resolved.pathname}${resolved.search}${resolved.hash}`, origin);
      }
      const pathname = safeDecode(resolved.pathname);
      if (pathname === undefined) {
        report('the address has a broken %-escape');
        continue;
      }
      if (!`${pathname}/`.startsWith(base)) {
        report(
          `it points outside the base path ${base}: write it with the base path, e.g. ${base}${pathname.replace(/^\//, '')}`,
        );
        continue;
      }
      const file = fileFor(root, pathname.slice(base.length));
      if (!file) {
        report(`there is no ${pathname.slice(base.length) || 'index.html'} in the built site`);
        continue;
      }
      const fragment = safeDecode(resolved.hash.slice(1));
      // "#/collections/..." is a route inside a script-driven page (the CMS at /admin/), not an id.
      if (
        fragment &&
        fragment !== 'top' &&
        !fragment.startsWith('/') &&
        file.endsWith('.html') &&
        !idsOf(file).has(fragment)
      )
        report(`${file === page ? 'this page' : file} has no element with id="${fragment}"`);
    }
  }
  return broken;
}

/**
 * One line per broken target, with the pages it is on (a link in the page layout breaks
 * every page at once): `<a href> "target": reason; on index.html, over/index.html`.
 */
export function formatBrokenLinks(broken: BrokenLink[], maxPages = 5): string {
  const groups = new Map<string, BrokenLink[]>();
  for (const link of broken) {
    const key = `${link.where} "${link.target}": ${link.reason}`;
    groups.set(key, [...(groups.get(key) ?? []), link]);
  }
  return [...groups]
    .map(([key, links]) => {
      const pages = [...new Set(links.map((l) => l.page))];
      const more = pages.length > maxPages ? ` and ${pages.length - maxPages} more` : '';
      return `${key}; on ${pages.slice(0, maxPages).join(', ')}${more}`;
    })
    .join('\n');
}

function references(tree: Root): { element: Element; attribute: string; value: string }[] {
  const found: { element: Element; attribute: string; value: string }[] = [];
  visit(tree, 'element', (element) => {
    for (const attribute of urlAttributes[element.tagName] ?? []) {
      const value = element.properties[attribute];
      if (typeof value === 'string') found.push({ element, attribute, value });
    }
    const srcset = srcsetElements.has(element.tagName) ? element.properties.srcSet : undefined;
    const candidates = Array.isArray(srcset)
      ? srcset.join(',')
      : typeof srcset === 'string'
        ? srcset
        : undefined;
    if (candidates !== undefined)
      for (const candidate of parseSrcset(candidates))
        found.push({ element, attribute: 'srcSet', value: candidate });
  });
  return found;
}

/** The addresses in a srcset ("a.png 1x, b.png 2x" → a.png, b.png). */
export function parseSrcset(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/** The file a path below the base serves, as a static host would; undefined when none. */
function fileFor(root: string, relative: string): string | undefined {
  const clean = relative.replace(/^\/+/, '');
  const candidate = path.join(root, clean);
  if (!candidate.startsWith(root)) return undefined;
  const indexFile = path.join(candidate, 'index.html');
  if (clean === '' || clean.endsWith('/'))
    return existsSync(indexFile)
      ? path.relative(root, indexFile).split(path.sep).join('/')
      : undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return clean;
  if (existsSync(indexFile)) return path.relative(root, indexFile).split(path.sep).join('/');
  return undefined;
}

function normaliseBase(base: string): string {
  const withLeading = base.startsWith('/') ? base : `/${base}`;
  return withLeading.endsWith('/') ? withLeading : `${withLeading}/`;
}

function safeDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}
