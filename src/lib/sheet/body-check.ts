/**
 * The safety check of a parsed body: everything that is not plain Markdown or an allowed
 * component is refused with where it is and what to write instead; links may only use
 * http(s), mailto and tel.
 */
import type { Parent, Root as MdastRoot } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { messages } from '../../i18n/messages.ts';
import { suggest } from '../util/suggest.ts';
import type { BodyIssue } from './body-parse.ts';
import {
  componentSpec,
  components,
  dangerousElements,
  inlineHtml,
  inlineHtmlAttributes,
} from './components.ts';

const m = messages.body;

type Positioned = { position?: { start: { line: number; column: number } } };
export const startOf = (node: Positioned) => ({
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
export function standsAlone(node: MdxJsxTextElement, parent: Parent | undefined): boolean {
  return (
    parent?.type === 'paragraph' &&
    parent.children.every(
      (child) => child === node || (child.type === 'text' && !child.value.trim()),
    )
  );
}

export const short = (value: string) =>
  (value.length > 40 ? `${value.slice(0, 39)}…` : value).replace(/\s+/g, ' ');
export const quoteCode = (value: string) => `"${short(value)}"`;

export function attributesOf(node: MdxJsxFlowElement | MdxJsxTextElement): Record<string, string> {
  const result: Record<string, string> = {};
  for (const attribute of node.attributes)
    if (attribute.type === 'mdxJsxAttribute')
      result[attribute.name] = typeof attribute.value === 'string' ? attribute.value : '';
  return result;
}
