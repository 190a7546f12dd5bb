/**
 * A sheet's MDX body, parsed without ever compiling or evaluating it: remark parses it
 * (remark-mdx, so JSX and expressions are recognised rather than passed as text) within
 * budgets counted before parsing, and a tree too deep for the steps after is refused.
 * body-check.ts then rejects everything outside the allowlist, and body-render.ts turns the
 * tree into static HTML: contributor MDX never becomes a JavaScript module.
 */
import type { Root as MdastRoot, RootContent } from 'mdast';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Construct, Extension } from 'micromark-util-types';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { messages } from '../../i18n/messages.ts';
import { quoteCode, short, startOf, unsafeUrl } from './body-check.ts';

const m = messages.body;

export interface BodyIssue {
  line: number;
  column: number;
  message: string;
}

/** Which of GFM's bare-address links a body can contain, judged from its text. */
interface LinkLiterals {
  /** An "@": e-mail addresses (and mailto:, xmpp:). */
  email: boolean;
  /** "http://", "https://" or "www.", in any case: web addresses. */
  web: boolean;
}

/**
 * GFM (tables, strikethrough, footnotes, task lists, bare web and e-mail addresses as links),
 * as remark-gfm adds it, leaving out the bare-address links a text cannot contain. The e-mail
 * literal tries to start at every letter and digit, which cost more than the rest of parsing
 * together (0.45 of 0.85 ms for an average sheet), and the pass that finds addresses in the
 * finished tree runs four patterns over every text (docs/benchmarks.md); each can only match
 * text with an "@", "http://", "https://" or "www.".
 */
function remarkGfmSyntax(this: Processor, literals: LinkLiterals) {
  const data = this.data();
  const syntax = gfm();
  const unused = [
    ...(literals.email ? [] : ['emailAutolink']),
    ...(literals.web ? [] : ['wwwAutolink', 'protocolAutolink']),
  ];
  if (unused.length) syntax.text = withoutConstructs(syntax.text ?? {}, unused);
  const fromMarkdown = gfmFromMarkdown();
  // The first extension is the bare-address one; its only transform is that pass.
  if (!literals.email && !literals.web) fromMarkdown[0] = { ...fromMarkdown[0], transforms: [] };
  (data.micromarkExtensions ??= []).push(syntax);
  (data.fromMarkdownExtensions ??= []).push(fromMarkdown);
}

function withoutConstructs(
  record: NonNullable<Extension['text']>,
  names: string[],
): NonNullable<Extension['text']> {
  const kept: NonNullable<Extension['text']> = {};
  for (const [code, constructs] of Object.entries(record)) {
    const rest = ([] as Construct[])
      .concat(constructs ?? [])
      .filter((construct) => !names.includes(construct.name ?? ''));
    if (rest.length) kept[Number(code)] = rest;
  }
  return kept;
}

const parserWith = (literals: LinkLiterals) =>
  unified().use(remarkParse).use(remarkMdx).use(remarkGfmSyntax, literals);
const parsers = {
  all: parserWith({ email: true, web: true }),
  web: parserWith({ email: false, web: true }),
  none: parserWith({ email: false, web: false }),
};

/**
 * The parser for a body: all give remark-gfm's tree for the texts they are chosen for (a
 * test compares them on every fixture, the real content and generated sheets).
 */
export function parserFor(body: string) {
  if (body.includes('@')) return parsers.all;
  return /https?:\/\/|www\./i.test(body) ? parsers.web : parsers.none;
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
