/**
 * A sheet's MDX body, handled without ever compiling or evaluating it: remark parses it
 * (remark-mdx, so JSX and expressions are recognised rather than passed as text), the
 * safety check rejects everything outside the allowlist, and the tree is turned into
 * static HTML here. Contributor MDX therefore never becomes a JavaScript module.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Paragraph, Parent, Root as MdastRoot, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { toHast, type Handler, type State } from 'mdast-util-to-hast';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Construct, Extension } from 'micromark-util-types';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { visit } from 'unist-util-visit';
import { ui } from '../../i18n/nl.ts';
import { suggest } from '../util/suggest.ts';
import { orList } from '../util/text.ts';
import {
  componentSpec,
  components,
  dangerousElements,
  inlineHtml,
  inlineHtmlAttributes,
} from './components.ts';

export interface BodyIssue {
  line: number;
  column: number;
  message: string;
}

/**
 * GFM (tables, strikethrough, footnotes, task lists, bare web and e-mail addresses as links),
 * as remark-gfm adds it. `emailLinks: false` leaves out the e-mail address literal, which
 * tries to start at every letter and digit and so cost more than the rest of parsing
 * together (0.45 of 0.85 ms for an average sheet). It can only match text with an "@".
 */
function remarkGfmSyntax(this: Processor, options: { emailLinks: boolean }) {
  const data = this.data();
  const syntax = gfm();
  if (!options.emailLinks) syntax.text = withoutConstruct(syntax.text ?? {}, 'emailAutolink');
  (data.micromarkExtensions ??= []).push(syntax);
  (data.fromMarkdownExtensions ??= []).push(gfmFromMarkdown());
}

function withoutConstruct(
  record: NonNullable<Extension['text']>,
  name: string,
): NonNullable<Extension['text']> {
  const kept: NonNullable<Extension['text']> = {};
  for (const [code, constructs] of Object.entries(record)) {
    const rest = ([] as Construct[])
      .concat(constructs ?? [])
      .filter((construct) => construct.name !== name);
    if (rest.length) kept[Number(code)] = rest;
  }
  return kept;
}

const fullParser = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(remarkGfmSyntax, { emailLinks: true });
const parserWithoutEmailLinks = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(remarkGfmSyntax, { emailLinks: false });

/** The parser for a body: both give the same tree for a text without "@" (a test compares them). */
export function parserFor(body: string) {
  return body.includes('@') ? fullParser : parserWithoutEmailLinks;
}

/** Deeper than this, the tree is refused before any recursive step (checking, rendering) can overflow the stack. */
export const maxNesting = 100;

/**
 * Lists, quotes or brackets inside each other beyond this are refused before parsing: the
 * parser's time grows with the square of such nesting, so a hostile sheet could stall the build.
 */
export const maxMarkers = 20;

const tooDeep = (levels: string) =>
  `the text is nested too deeply (${levels} levels of lists, quotes or tags inside each other): keep it to a few levels`;

export type ParsedBody = { ok: true; tree: MdastRoot } | { ok: false; issue: BodyIssue };

/**
 * How much of each construct whose parsing cost grows faster than the text a body may hold.
 * Far above what a sheet needs (the largest real and generated sheets use a tenth), and low
 * enough that the worst text within them is checked in well under a second
 * (docs/benchmarks.md, "Stress corpus").
 */
export const bodyBudget = {
  /** Lines that can end a heading (`#`, or a line of `=` or `-` under a paragraph): setext headings cost the cube of their number. */
  headingLines: 200,
  /** `*` and `_`, which open and close emphasis: each is matched against the others. */
  emphasisMarks: 2000,
  /** `[`, which starts a link, a reference or a footnote. */
  brackets: 1000,
  /** Footnote references `[^…]`: each one becomes a link and a back-link. */
  footnoteReferences: 200,
  /** List items. */
  listItems: 1000,
  /** Backticks, which open and close code: each is matched against the others. */
  backticks: 1000,
} as const;

const budgetChecks: { name: keyof typeof bodyBudget; pattern: RegExp; what: string }[] = [
  {
    name: 'headingLines',
    pattern: /^ {0,3}(?:#{1,6}(?:[ \t]|$)|=+[ \t]*$|-+[ \t]*$)/gm,
    what: 'headings (or lines of only "=" or "-")',
  },
  { name: 'emphasisMarks', pattern: /[*_]/g, what: 'the characters * and _' },
  { name: 'brackets', pattern: /\[/g, what: 'the character [' },
  { name: 'footnoteReferences', pattern: /\[\^/g, what: 'footnote references [^…]' },
  { name: 'backticks', pattern: /`/g, what: 'the character `' },
  { name: 'listItems', pattern: /^[ \t>]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/gm, what: 'list items' },
];

/** The first construct used more often than the budget allows, counted before parsing. */
function overBudget(body: string): BodyIssue | undefined {
  for (const { name, pattern, what } of budgetChecks) {
    let count = 0;
    let first: number | undefined;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(body); match; match = pattern.exec(body)) {
      if (++count > bodyBudget[name]) {
        first ??= match.index;
        break;
      }
      if (match[0] === '') pattern.lastIndex++;
    }
    if (first !== undefined) {
      const before = body.slice(0, first).split('\n');
      return {
        line: before.length,
        column: (before.at(-1)?.length ?? 0) + 1,
        message: `the text is too complex to check: it uses ${what} more than ${bodyBudget[name]} times: split it up, shorten it, or put a backslash before characters meant as text`,
      };
    }
  }
  return undefined;
}

/** `lineOffset`: the file line the body starts after, so that positions inside messages match the file. */
export function parseBody(body: string, lineOffset = 0): ParsedBody {
  const stacked = stackedMarkers(body) ?? overBudget(body);
  if (stacked) return { ok: false, issue: stacked };
  let tree: MdastRoot;
  try {
    tree = parserFor(body).parse(body);
  } catch (error) {
    if (error instanceof RangeError)
      return {
        ok: false,
        issue: { line: 1, column: 1, message: tooDeep(`more than ${maxNesting}`) },
      };
    const place = (
      error as {
        place?: { line?: number; column?: number; start?: { line: number; column: number } };
      }
    ).place;
    const point = place && 'start' in place && place.start ? place.start : place;
    const reason = (error as { reason?: string }).reason ?? String(error);
    const line = point?.line ?? 1;
    const column = point?.column ?? 1;
    const autolink = autolinkBefore(body.split('\n')[line - 1] ?? '', column);
    if (autolink)
      return {
        ok: false,
        issue: { line, column: autolink.column, message: autolinkMessage(autolink.url) },
      };
    const unclosed = /^Expected a closing tag for `<([^>\s]*)[^`]*` \((\d+):(\d+)-/.exec(reason);
    if (unclosed)
      return {
        ok: false,
        issue: {
          line: Number(unclosed[2]),
          column: Number(unclosed[3]),
          message: `<${unclosed[1]}> is not closed: add </${unclosed[1]}> on a line of its own after its text (or write <${unclosed[1]} … /> if it has no text)`,
        },
      };
    return { ok: false, issue: { line, column, message: syntaxMessage(reason, lineOffset) } };
  }
  const deepest = deepestNode(tree);
  if (deepest.depth > maxNesting)
    return { ok: false, issue: { ...startOf(deepest.node), message: tooDeep(`${deepest.depth}`) } };
  return { ok: true, tree };
}

/**
 * Markdown's `<https://…>` autolink, which MDX does not have: the parser stops somewhere inside
 * it with a message about tag names. Found from the text so the message can name the address.
 */
function autolinkBefore(line: string, column: number): { url: string; column: number } | undefined {
  const start = line.lastIndexOf('<', column - 1);
  const match = start >= 0 ? /^<([a-z][a-z0-9+.-]*:[^\s<>]*)>/i.exec(line.slice(start)) : null;
  return match ? { url: match[1]!, column: start + 1 } : undefined;
}

function autolinkMessage(url: string): string {
  const reason = unsafeUrl(url);
  if (reason) return `link to ${quoteCode(url)}: ${reason}`;
  return `addresses between < and > are not supported: write the address without them (${short(url)}) or as a link [text](${short(url)})`;
}

/** The MDX parser's reason, with the fix for the mistakes people make most (Markdown habits MDX does not share). */
function syntaxMessage(reason: string, lineOffset: number): string {
  const text = reason
    .replace(/\.$/, '')
    .replace(
      / \((\d+):\d+-\d+:\d+\)/g,
      (_, line: string) => ` (line ${Number(line) + lineOffset})`,
    );
  if (/to create a link in MDX/.test(text))
    return 'addresses between < and > are not supported: write the address as it is (https://…) or as a link [text](https://…)';
  if (/to create a comment in MDX/.test(text))
    return 'HTML comments <!-- … --> are not supported: write a comment as {/* … */}, or remove it';
  return `the text cannot be read as MDX: ${text}. To write <, >, { or } as ordinary text, put a backslash before it (\\<, \\{, \\})`;
}

/** Lines that open more than maxMarkers lists or quotes at once, and brackets nested more than maxMarkers deep. */
function stackedMarkers(body: string): BodyIssue | undefined {
  const lines = body.split('\n');
  for (const [index, line] of lines.entries()) {
    const markers =
      /^(?:[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))+/.exec(line)?.[0] ?? '';
    const count = markers.match(/>|[-*+]|\d{1,9}[.)]/g)?.length ?? 0;
    if (count > maxMarkers) return { line: index + 1, column: 1, message: tooDeep(`${count}`) };
    const indent = /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length;
    if (indent > maxMarkers * 5 && line.trim())
      return {
        line: index + 1,
        column: 1,
        message: `the line is indented ${indent} spaces, which nests it too deeply: start it at most a few spaces in`,
      };
  }
  let depth = 0;
  for (const [index, line] of lines.entries()) {
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (c === '\\') i++;
      else if (c === '[' && ++depth > maxMarkers)
        return {
          line: index + 1,
          column: i + 1,
          message: `more than ${maxMarkers} "[" inside each other: to write a square bracket as text, put a backslash before it: \\[`,
        };
      else if (c === ']') depth = Math.max(0, depth - 1);
    }
    if (!line.trim()) depth = 0;
  }
  return undefined;
}

/** The deepest node, found without recursion so that a hostile tree cannot overflow the stack here. */
function deepestNode(tree: MdastRoot): { node: RootContent | MdastRoot; depth: number } {
  let deepest: { node: RootContent | MdastRoot; depth: number } = { node: tree, depth: 0 };
  const stack: { node: RootContent | MdastRoot; depth: number }[] = [{ node: tree, depth: 0 }];
  while (stack.length) {
    const item = stack.pop()!;
    if (item.depth > deepest.depth) deepest = item;
    if ('children' in item.node)
      for (const child of item.node.children as RootContent[])
        stack.push({ node: child, depth: item.depth + 1 });
  }
  return deepest;
}

type Positioned = { position?: { start: { line: number; column: number } } };
const startOf = (node: Positioned) => ({
  line: node.position?.start.line ?? 1,
  column: node.position?.start.column ?? 1,
});

const allowedSchemes = ['http', 'https', 'mailto', 'tel'];

const dangerousSchemes = ['javascript', 'vbscript', 'data'];

function schemeOf(url: string): string | undefined {
  // Browsers ignore control characters and white space inside a scheme ("java\tscript:");
  // U+FFFD is what the parser makes of a NUL byte.
  // eslint-disable-next-line no-control-regex
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f\ufffd]/g, '').toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1];
}

const dangerousScheme = (url: string) => dangerousSchemes.includes(schemeOf(url) ?? '');

/** Why a URL may not appear in a sheet, or undefined when it may. */
export function unsafeUrl(url: string): string | undefined {
  const trimmed = url.trim();
  if (!trimmed) return 'has no address: write [text](https://…)';
  if (trimmed.startsWith('#')) return undefined;
  const scheme = schemeOf(trimmed);
  if (scheme && dangerousSchemes.includes(scheme))
    return `a "${scheme}:" address can run code or hide content and is not allowed`;
  if (scheme && !allowedSchemes.includes(scheme))
    return `"${scheme}:" addresses are not allowed: use https://, mailto: or tel:`;
  if (!scheme) return 'is not a full address: write it in full, starting with https://';
  return undefined;
}

/** A `{…}` that holds nothing but one comment, the only expression a sheet may contain (it is not shown). */
export function isComment(value: string): boolean {
  return /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/.test(value);
}

const componentNames = Object.keys(components).join(', ');
const allNames = [...Object.keys(components), ...Object.keys(inlineHtml)];

/**
 * The Markdown a sheet may use: every other kind of node is refused, so syntax nobody
 * thought of (an image reference, a future extension) cannot slip through.
 */
const plainMarkdown = new Set([
  'root',
  'paragraph',
  'text',
  'emphasis',
  'strong',
  'delete',
  'heading',
  'thematicBreak',
  'blockquote',
  'list',
  'listItem',
  'break',
  'inlineCode',
  'code',
  'linkReference',
  'table',
  'tableRow',
  'tableCell',
  'footnoteDefinition',
  'footnoteReference',
]);

/** What to write instead of Markdown a sheet may not use. */
const notAllowed: Record<string, string> = {
  imageReference:
    'images inside the text are not supported: put the picture in the "image" field of the sheet (with its alt text)',
  yaml: 'a second block of fields is not allowed: put every field in the front matter at the top',
};

/** Everything in the body that is not plain Markdown or an allowed component, with where it is. */
export function checkBody(tree: MdastRoot): BodyIssue[] {
  const issues: BodyIssue[] = [];
  const at = (node: Positioned, message: string) => issues.push({ ...startOf(node), message });

  visit(tree, (node, _index, parent) => {
    if (plainMarkdown.has(node.type)) return;
    switch (node.type) {
      case 'mdxjsEsm':
        at(
          node,
          `import and export statements are not allowed in a sheet (found ${quoteCode(node.value)}): remove the line; use only Markdown and the components ${componentNames}`,
        );
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isComment(node.value))
          at(
            node,
            `expressions in curly braces are not allowed (found {${short(node.value)}}): to write a curly brace as text, put a backslash before it: \\{`,
          );
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, parent, at);
        return;
      case 'link':
      case 'image':
      case 'definition': {
        const reason = unsafeUrl(node.url);
        if (node.type === 'image') {
          if (reason && dangerousScheme(node.url))
            at(node, `image ${quoteCode(node.url)}: ${reason}`);
          else
            at(
              node,
              'images inside the text are not supported: put the picture in the "image" field of the sheet (with its alt text)',
            );
        } else if (reason && node.url) at(node, `link to ${quoteCode(node.url)}: ${reason}`);
        else if (reason) at(node, `link ${reason}`);
        return;
      }
      case 'html':
        at(node, 'raw HTML is not allowed: use Markdown instead');
        return;
      default:
        at(
          node,
          notAllowed[node.type] ??
            `this kind of text ("${node.type}") is not supported in a sheet: use plain Markdown (see docs/sheet-format.md)`,
        );
    }
  });
  return issues;
}

function checkElement(
  node: MdxJsxFlowElement | MdxJsxTextElement,
  parent: Parent | undefined,
  at: (node: Positioned, message: string) => void,
) {
  const name = node.name;
  if (!name) {
    at(node, 'empty tags <> … </> are not allowed: remove them');
    return;
  }
  const spec = componentSpec(name);
  const htmlAttributes = inlineHtmlAttributes(name);
  if (!spec && !htmlAttributes) {
    const bare = name.toLowerCase().replace(/^.*[:.]/, '');
    const alternative = Object.hasOwn(markdownAlternatives, bare)
      ? markdownAlternatives[bare]
      : undefined;
    if (dangerousElements.has(bare)) {
      at(
        node,
        `the element <${name}> is not allowed in a sheet (it can run code, load content from elsewhere or change the page): ${alternative ?? 'remove it'}`,
      );
      return;
    }
    if (alternative) {
      at(node, `the HTML element <${name}> is not allowed in a sheet: ${alternative}`);
      return;
    }
    const close = suggest(name, allNames, 2);
    const hint = close.length ? ` (did you mean ${orList(close.map((n) => `<${n}>`))}?)` : '';
    at(
      node,
      `unknown component or element <${name}>${hint}: use Markdown, or one of the components ${componentNames} (see docs/safe-content.md)`,
    );
    return;
  }
  if (spec && node.type === 'mdxJsxTextElement' && !standsAlone(node, parent))
    at(
      node,
      `<${name}> is a block: put <${name} …> and </${name}> on lines of their own, with the text between them`,
    );

  const allowed = spec ? Object.keys(spec.attributes) : [...(htmlAttributes ?? [])];
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      at(
        node,
        `<${name}> has a spread attribute {${short(attribute.value)}}, which is not allowed: write each attribute as name="value"`,
      );
      continue;
    }
    if (/^on/i.test(attribute.name)) {
      at(
        node,
        `<${name}> has the event-handler attribute "${attribute.name}", which would run code: remove it`,
      );
      continue;
    }
    if (attribute.value !== null && typeof attribute.value === 'object') {
      at(
        node,
        `<${name} ${attribute.name}={…}> uses an expression: write a plain value in quotes, like ${attribute.name}="…"`,
      );
      continue;
    }
    if (!allowed.includes(attribute.name)) {
      at(
        node,
        `<${name}> has no attribute "${attribute.name}": ${allowed.length ? `use ${orList(allowed.map((a) => `"${a}"`))}` : 'remove it'}`,
      );
      continue;
    }
    const attributeSpec = spec?.attributes[attribute.name];
    if (attributeSpec && typeof attribute.value !== 'string') {
      at(node, `<${name} ${attribute.name}> has no value: write ${attribute.name}="…"`);
      continue;
    }
    const values = attributeSpec?.values;
    if (values && typeof attribute.value === 'string' && !values.includes(attribute.value))
      at(
        node,
        `<${name} ${attribute.name}="${short(attribute.value)}"> is not a known value: use ${orList(values.map((v) => `"${v}"`))}`,
      );
  }
  for (const [attributeName, attributeSpec] of Object.entries(spec?.attributes ?? {})) {
    if (
      attributeSpec.required &&
      !node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === attributeName)
    )
      at(node, `<${name}> needs the attribute ${attributeName}="…" (${attributeSpec.description})`);
  }
}

/** A block component written on one line (`<Callout>Tekst</Callout>`) is parsed as the only content of a paragraph. */
function standsAlone(node: MdxJsxTextElement, parent: Parent | undefined): boolean {
  return (
    parent?.type === 'paragraph' &&
    parent.children.every(
      (child) => child === node || (child.type === 'text' && !child.value.trim()),
    )
  );
}

/** What to write instead of an HTML element people know from e-mail or web editors. */
const markdownAlternatives: Record<string, string> = {
  a: 'write a link in Markdown: [text](https://…)',
  img: 'put the picture in the "image" field of the sheet (with its alt text)',
  picture: 'put the picture in the "image" field of the sheet (with its alt text)',
  b: 'write **bold** in Markdown',
  strong: 'write **bold** in Markdown',
  i: 'write *italic* in Markdown',
  em: 'write *italic* in Markdown',
  p: 'leave it out: an empty line starts a new paragraph',
  div: 'leave it out: an empty line starts a new paragraph',
  span: 'leave it out',
  u: 'leave it out (underlined text looks like a link): use **bold** to stress a word',
  font: 'leave it out: the site sets the fonts and colours',
  center: 'leave it out: the site sets the layout',
  ul: 'write a list in Markdown, one item per line starting with "- "',
  ol: 'write a numbered list in Markdown, one item per line starting with "1. "',
  li: 'write a list in Markdown, one item per line starting with "- "',
  h1: 'write a heading in Markdown: "## Titel" on a line of its own',
  h2: 'write a heading in Markdown: "## Titel" on a line of its own',
  h3: 'write a heading in Markdown: "### Titel" on a line of its own',
  h4: 'write a heading in Markdown: "#### Titel" on a line of its own',
  table: 'write a table in Markdown (| kolom | kolom |)',
  blockquote: 'use <Quote by="…"> for a quotation, or start the lines with "> "',
  hr: 'write "---" on a line of its own, with empty lines around it',
};

const short = (value: string) =>
  (value.length > 40 ? `${value.slice(0, 39)}…` : value).replace(/\s+/g, ' ');
const quoteCode = (value: string) => `"${short(value)}"`;

function attributesOf(node: MdxJsxFlowElement | MdxJsxTextElement): Record<string, string> {
  const result: Record<string, string> = {};
  for (const attribute of node.attributes)
    if (attribute.type === 'mdxJsxAttribute')
      result[attribute.name] = typeof attribute.value === 'string' ? attribute.value : '';
  return result;
}

const jsxHandler: Handler = (
  state: State,
  node: MdxJsxFlowElement | MdxJsxTextElement,
): Element | ElementContent[] => {
  const children = state.all(node);
  const name = node.name ?? '';
  const spec = componentSpec(name);
  if (spec) return spec.render(attributesOf(node), children);
  if (inlineHtmlAttributes(name))
    return { type: 'element', tagName: name, properties: attributesOf(node), children };
  return children;
};

/** Comments ({/* … *\/}) are the only expressions that pass the check; they are notes for editors, not content. */
const dropped: Handler = () => undefined;

/** Sanitising again after our own rendering is defence in depth: the check above is the gate. */
const sanitizeSchema: Schema = {
  ...defaultSchema,
  // mdast-util-to-hast already prefixes the ids it makes (footnotes) with "user-content-";
  // a sheet cannot write ids itself, so prefixing again would only break the footnote links.
  clobber: [],
  tagNames: [
    ...(defaultSchema.tagNames ?? []),
    'aside',
    'figure',
    'figcaption',
    'abbr',
    'mark',
    'small',
    'kbd',
  ],
  attributes: {
    ...defaultSchema.attributes,
    aside: [['className', 'callout', /^callout-[a-z-]+$/]],
    p: [['className', 'callout-title']],
    figure: [['className', 'quote']],
    abbr: ['title'],
    h3: [['className', 'visually-hidden']],
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
  liftBlockComponents(tree);
  const hast = toHast(tree, {
    handlers: {
      mdxJsxFlowElement: jsxHandler,
      mdxJsxTextElement: jsxHandler,
      mdxFlowExpression: dropped,
      mdxTextExpression: dropped,
      mdxjsEsm: dropped,
    },
    footnoteLabel: ui.sheetText.footnotes,
    footnoteLabelTagName: 'h3',
    footnoteLabelProperties: { className: ['visually-hidden'] },
    footnoteBackLabel: ui.sheetText.footnoteBack,
  }) as HastRoot;
  visit(hast, 'element', (element) => {
    if (
      element.tagName === 'a' &&
      typeof element.properties.href === 'string' &&
      /^https?:/i.test(element.properties.href)
    )
      element.properties.rel = ['noopener', 'noreferrer'];
    if (/^h[3-6]$/.test(element.tagName))
      headings.push({ depth: Number(element.tagName[1]), text: textOf(element) });
  });
  return { html: toHtml(sanitize(hast, sanitizeSchema)), headings };
}

/** `<Callout>Tekst</Callout>` on one line becomes the same block as when written over three lines (not a paragraph around an aside). */
function liftBlockComponents(tree: MdastRoot) {
  visit(tree, 'paragraph', (paragraph: Paragraph, index, parent) => {
    const element = paragraph.children.find((child) => child.type === 'mdxJsxTextElement');
    if (
      !parent ||
      index === undefined ||
      !element ||
      !componentSpec(element.name ?? '') ||
      !standsAlone(element, paragraph)
    )
      return;
    const block: MdxJsxFlowElement = {
      type: 'mdxJsxFlowElement',
      name: element.name,
      attributes: element.attributes,
      children: element.children.length ? [{ type: 'paragraph', children: element.children }] : [],
      position: element.position,
    };
    parent.children.splice(index, 1, block as RootContent as Paragraph);
  });
}

function textOf(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}
