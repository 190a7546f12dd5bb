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
import { messages } from '../../i18n/messages.ts';
import {
  componentSpec,
  components,
  dangerousElements,
  inlineHtml,
  inlineHtmlAttributes,
} from './components.ts';

const m = messages.body;

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

const tooDeep = m.tooDeep;

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

const budgetChecks: { name: keyof typeof bodyBudget; pattern: RegExp }[] = [
  { name: 'headingLines', pattern: /^ {0,3}(?:#{1,6}(?:[ \t]|$)|=+[ \t]*$|-+[ \t]*$)/gm },
  { name: 'emphasisMarks', pattern: /[*_]/g },
  { name: 'brackets', pattern: /\[/g },
  { name: 'footnoteReferences', pattern: /\[\^/g },
  { name: 'backticks', pattern: /`/g },
  { name: 'listItems', pattern: /^[ \t>]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/gm },
];

/** The first construct used more often than the budget allows, counted before parsing. */
function overBudget(body: string): BodyIssue | undefined {
  for (const { name, pattern } of budgetChecks) {
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
        message: m.tooComplex(m.budget[name], bodyBudget[name]),
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
        issue: { line: 1, column: 1, message: tooDeep(m.moreThan(maxNesting)) },
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
          message: m.notClosed(unclosed[1]!),
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
  if (reason) return m.link(quoteCode(url), reason);
  return m.autolink(short(url));
}

/** The MDX parser's reason, with the fix for the mistakes people make most (Markdown habits MDX does not share). */
function syntaxMessage(reason: string, lineOffset: number): string {
  const text = reason
    .replace(/\.$/, '')
    .replace(/ \((\d+):\d+-\d+:\d+\)/g, (_, line: string) => m.line(Number(line) + lineOffset));
  if (/to create a link in MDX/.test(text)) return m.autolinkGeneric;
  if (/to create a comment in MDX/.test(text)) return m.htmlComment;
  return m.syntax(text);
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
        message: m.tooIndented(indent),
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
          message: m.tooManyBrackets(maxMarkers),
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
  if (!trimmed) return m.url.empty;
  if (trimmed.startsWith('#')) return undefined;
  const scheme = schemeOf(trimmed);
  if (scheme && dangerousSchemes.includes(scheme)) return m.url.dangerous(scheme);
  if (scheme && !allowedSchemes.includes(scheme)) return m.url.scheme(scheme);
  if (!scheme) return m.url.notFull;
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
  imageReference: m.imageInText,
  yaml: m.secondFrontmatter,
};

/** Everything in the body that is not plain Markdown or an allowed component, with where it is. */
export function checkBody(tree: MdastRoot): BodyIssue[] {
  const issues: BodyIssue[] = [];
  const at = (node: Positioned, message: string) => issues.push({ ...startOf(node), message });

  visit(tree, (node, _index, parent) => {
    if (plainMarkdown.has(node.type)) return;
    switch (node.type) {
      case 'mdxjsEsm':
        at(node, m.esm(quoteCode(node.value), componentNames));
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isComment(node.value)) at(node, m.expression(short(node.value)));
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
          if (reason && dangerousScheme(node.url)) at(node, m.image(quoteCode(node.url), reason));
          else at(node, m.imageInText);
        } else if (reason && node.url) at(node, m.link(quoteCode(node.url), reason));
        else if (reason) at(node, m.linkWithout(reason));
        return;
      }
      case 'html':
        at(node, m.rawHtml);
        return;
      default:
        at(node, notAllowed[node.type] ?? m.unsupported(node.type));
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
    at(node, m.emptyTag);
    return;
  }
  const spec = componentSpec(name);
  const htmlAttributes = inlineHtmlAttributes(name);
  if (!spec && !htmlAttributes) {
    const bare = name.toLowerCase().replace(/^.*[:.]/, '');
    const alternative = Object.hasOwn(m.alternatives, bare) ? m.alternatives[bare] : undefined;
    if (dangerousElements.has(bare)) {
      at(node, m.dangerousElement(name, alternative));
      return;
    }
    if (alternative) {
      at(node, m.htmlElement(name, alternative));
      return;
    }
    at(node, m.unknownElement(name, suggest(name, allNames, 2), componentNames));
    return;
  }
  if (spec && node.type === 'mdxJsxTextElement' && !standsAlone(node, parent))
    at(node, m.block(name));

  const allowed = spec ? Object.keys(spec.attributes) : [...(htmlAttributes ?? [])];
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      at(node, m.spread(name, short(attribute.value)));
      continue;
    }
    if (/^on/i.test(attribute.name)) {
      at(node, m.eventHandler(name, attribute.name));
      continue;
    }
    if (attribute.value !== null && typeof attribute.value === 'object') {
      at(node, m.attributeExpression(name, attribute.name));
      continue;
    }
    if (!allowed.includes(attribute.name)) {
      at(node, m.unknownAttribute(name, attribute.name, allowed));
      continue;
    }
    const attributeSpec = spec?.attributes[attribute.name];
    if (attributeSpec && typeof attribute.value !== 'string') {
      at(node, m.noValue(name, attribute.name));
      continue;
    }
    const values = attributeSpec?.values;
    if (values && typeof attribute.value === 'string' && !values.includes(attribute.value))
      at(node, m.unknownValue(name, attribute.name, short(attribute.value), values));
  }
  for (const [attributeName, attributeSpec] of Object.entries(spec?.attributes ?? {})) {
    if (
      attributeSpec.required &&
      !node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === attributeName)
    )
      at(node, m.requiredAttribute(name, attributeName, attributeSpec.description));
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
