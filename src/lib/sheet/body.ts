/**
 * A sheet's MDX body, handled without ever compiling or evaluating it: remark parses it
 * (remark-mdx, so JSX and expressions are recognised rather than passed as text), the
 * safety check rejects everything outside the allowlist, and the tree is turned into
 * static HTML here. Contributor MDX therefore never becomes a JavaScript module.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Root as MdastRoot, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { toHast, type Handler, type State } from 'mdast-util-to-hast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { components, dangerousElements, inlineHtml } from './components.ts';

export interface BodyIssue {
  line: number;
  column: number;
  message: string;
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

export type ParsedBody = { ok: true; tree: MdastRoot } | { ok: false; issue: BodyIssue };

export function parseBody(body: string): ParsedBody {
  try {
    return { ok: true, tree: parser.parse(body) as MdastRoot };
  } catch (error) {
    const place = (error as { place?: { line?: number; column?: number; start?: { line: number; column: number } } }).place;
    const point = place && 'start' in place && place.start ? place.start : (place as { line?: number; column?: number } | undefined);
    const reason = (error as { reason?: string }).reason ?? String(error);
    return {
      ok: false,
      issue: {
        line: point?.line ?? 1,
        column: point?.column ?? 1,
        message: `the text cannot be read as MDX: ${reason.replace(/\.$/, '')}. To write <, >, { or } as ordinary text, put a backslash before it (\\<, \\{, \\})`,
      },
    };
  }
}

const allowedProtocols = ['http:', 'https:', 'mailto:', 'tel:'];

/** Why a URL may not appear in a sheet, or undefined when it may. */
export function unsafeUrl(url: string): string | undefined {
  // Browsers ignore control characters and white space inside a scheme ("java\tscript:").
  // eslint-disable-next-line no-control-regex
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1];
  if (!scheme) return undefined;
  if (['javascript', 'vbscript', 'data'].includes(scheme)) return `a "${scheme}:" address can run code or hide content and is not allowed`;
  if (!allowedProtocols.includes(`${scheme}:`)) return `"${scheme}:" addresses are not allowed: use https://, mailto: or tel:`;
  return undefined;
}

const componentNames = Object.keys(components).join(', ');

/** Everything in the body that is not plain Markdown or an allowed component, with where it is. */
export function checkBody(tree: MdastRoot): BodyIssue[] {
  const issues: BodyIssue[] = [];
  const at = (node: { position?: { start: { line: number; column: number } } }, message: string) =>
    issues.push({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, message });

  visit(tree, (node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        at(node, `import and export statements are not allowed in a sheet (found ${quoteCode(node.value)}): remove the line; use only Markdown and the components ${componentNames}`);
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        at(node, `expressions in curly braces are not allowed (found {${short(node.value)}}): to write a curly brace as text, put a backslash before it: \\{`);
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, at);
        return;
      case 'link':
      case 'image':
      case 'definition': {
        const reason = unsafeUrl(node.url);
        if (reason) at(node, `link to ${quoteCode(node.url)}: ${reason}`);
        else if (node.type === 'image')
          at(node, 'images inside the text are not supported: put the picture in the "image" field of the sheet (with its alt text)');
        return;
      }
      case 'html':
        at(node, 'raw HTML is not allowed: use Markdown instead');
        return;
    }
  });
  return issues;
}

function checkElement(
  node: MdxJsxFlowElement | MdxJsxTextElement,
  at: (node: MdxJsxFlowElement | MdxJsxTextElement, message: string) => void,
) {
  const name = node.name;
  if (!name) {
    at(node, 'empty tags <> … </> are not allowed: remove them');
    return;
  }
  const spec = components[name];
  const htmlAttributes = inlineHtml[name];
  if (!spec && !htmlAttributes) {
    if (dangerousElements.has(name.toLowerCase()))
      at(node, `the element <${name}> can run or embed code and is not allowed in a sheet: remove it`);
    else
      at(node, `unknown component or element <${name}>: use Markdown, or one of the components ${componentNames} (see docs/sheet-format.md)`);
    return;
  }
  const allowed = spec ? Object.keys(spec.attributes) : [...(htmlAttributes ?? [])];
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      at(node, `<${name}> has a spread attribute {${short(attribute.value)}}, which is not allowed: write each attribute as name="value"`);
      continue;
    }
    if (/^on/i.test(attribute.name)) {
      at(node, `<${name}> has the event-handler attribute "${attribute.name}", which would run code: remove it`);
      continue;
    }
    if (attribute.value !== null && typeof attribute.value === 'object') {
      at(node, `<${name} ${attribute.name}={…}> uses an expression: write a plain value in quotes, like ${attribute.name}="…"`);
      continue;
    }
    if (!allowed.includes(attribute.name)) {
      at(node, `<${name}> has no attribute "${attribute.name}"${allowed.length ? `: use ${allowed.map((a) => `"${a}"`).join(', ')}` : ''}`);
      continue;
    }
    const values = spec?.attributes[attribute.name]?.values;
    if (values && typeof attribute.value === 'string' && !values.includes(attribute.value)) {
      at(node, `<${name} ${attribute.name}="${attribute.value}"> is not a known value: use ${values.map((v) => `"${v}"`).join(', ')}`);
    }
    if (typeof attribute.value === 'string') {
      const reason = unsafeUrl(attribute.value);
      if (reason) at(node, `<${name} ${attribute.name}>: ${reason}`);
    }
  }
  for (const [attributeName, attributeSpec] of Object.entries(spec?.attributes ?? {})) {
    if (attributeSpec.required && !node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === attributeName))
      at(node, `<${name}> needs the attribute ${attributeName}="…" (${attributeSpec.description})`);
  }
}

const short = (value: string) => (value.length > 40 ? `${value.slice(0, 39)}…` : value).replace(/\s+/g, ' ');
const quoteCode = (value: string) => `"${short(value)}"`;

function attributesOf(node: MdxJsxFlowElement | MdxJsxTextElement): Record<string, string> {
  const result: Record<string, string> = {};
  for (const attribute of node.attributes)
    if (attribute.type === 'mdxJsxAttribute') result[attribute.name] = typeof attribute.value === 'string' ? attribute.value : '';
  return result;
}

const jsxHandler: Handler = (state: State, node: MdxJsxFlowElement | MdxJsxTextElement): Element | ElementContent[] => {
  const children = state.all(node) as ElementContent[];
  const name = node.name ?? '';
  const spec = components[name];
  if (spec) return spec.render(attributesOf(node), children);
  if (inlineHtml[name]) return { type: 'element', tagName: name, properties: attributesOf(node), children };
  return children;
};

/** Sanitising again after our own rendering is defence in depth: the check above is the gate. */
const sanitizeSchema: Schema = {
  ...defaultSchema,
  clobberPrefix: 'user-content-',
  tagNames: [...(defaultSchema.tagNames ?? []), 'aside', 'figure', 'figcaption', 'abbr', 'mark', 'small', 'kbd'],
  attributes: {
    ...defaultSchema.attributes,
    aside: [['className', 'callout', /^callout-[a-z-]+$/]],
    p: [['className', 'callout-title']],
    figure: [['className', 'quote']],
    abbr: ['title'],
    a: [...(defaultSchema.attributes?.a ?? []), 'rel'],
  },
  protocols: { href: ['http', 'https', 'mailto', 'tel'], src: ['http', 'https'] },
};

export interface RenderedBody {
  html: string;
  headings: { depth: number; text: string }[];
}

/** Static HTML for a checked body. Headings shift down so the text nests under the page's section headings. */
export function renderBody(tree: MdastRoot): RenderedBody {
  const headings: RenderedBody['headings'] = [];
  visit(tree, 'heading', (heading) => {
    heading.depth = Math.min(6, Math.max(3, heading.depth + 1)) as 3 | 4 | 5 | 6;
  });
  const hast = toHast(tree as MdastRoot & { children: RootContent[] }, {
    handlers: { mdxJsxFlowElement: jsxHandler, mdxJsxTextElement: jsxHandler },
    footnoteLabel: 'Voetnoten',
    footnoteBackLabel: 'Terug naar de tekst',
  }) as HastRoot;
  visit(hast, 'element', (element) => {
    if (element.tagName === 'a' && typeof element.properties.href === 'string' && /^https?:/i.test(element.properties.href))
      element.properties.rel = ['noopener', 'noreferrer'];
    if (/^h[3-6]$/.test(element.tagName)) headings.push({ depth: Number(element.tagName[1]), text: textOf(element) });
  });
  return { html: toHtml(sanitize(hast, sanitizeSchema)), headings };
}

function textOf(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}
