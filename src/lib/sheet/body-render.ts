/**
 * A checked body as static HTML: Markdown and the allowed components rendered by our own
 * handlers, then sanitised once more. Only body-check.ts decides what may pass.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Paragraph, Root as MdastRoot, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { toHast, type Handler, type State } from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import { ui } from '../../i18n/nl.ts';
import { attributesOf, standsAlone } from './body-check.ts';
import { componentSpec, inlineHtmlAttributes } from './components.ts';

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
