/**
 * Plain text to MDX body text that reads exactly as the source: every character MDX or
 * Markdown would take as syntax ({, }, <, >, *, _, [, ...) is escaped with a backslash, so
 * src/lib/sheet/body-parse.ts parses it as ordinary text and renders the same words.
 */
import type { DescriptionBlock } from './parse.ts';

/** Characters that are syntax anywhere in a line (CommonMark, GFM, MDX expressions and JSX). */
const inline = /[\\`*_{}[\]<>~|]/g;

export function escapeMarkdown(text: string): string {
  let out = text.replace(inline, (c) => `\\${c}`);
  // "&amp;" or "&#64;" would become one character: escape the ampersand of anything entity-like.
  out = out.replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
  // At the start of a line: headings, block quotes, list items, thematic breaks, setext underlines.
  out = out.replace(/^([#+=-])/, '\\$1');
  out = out.replace(/^(\d+)([.)])/, '$1\\$2');
  return out;
}

/** The blocks of a description as Markdown: one paragraph per line, bullets as a list. */
export function markdownBlocks(blocks: readonly DescriptionBlock[]): string {
  return blocks
    .map((block) =>
      block.kind === 'paragraph'
        ? escapeMarkdown(block.item.text)
        : block.items.map((item) => `- ${escapeMarkdown(item.text)}`).join('\n'),
    )
    .join('\n\n');
}
