/**
 * The components contributors may use inside a sheet's text. This list is the whole
 * allowlist: anything else that looks like JSX or HTML is rejected by the safety check.
 * Each component renders to plain, static HTML; none runs code.
 */
import type { Element, ElementContent } from 'hast';
import { ui } from '../../i18n/nl.ts';

export interface ComponentSpec {
  /** What the component is for, shown in docs/sheet-format.md. */
  description: string;
  /** Allowed attributes, with the allowed values where they are a closed set. */
  attributes: Record<
    string,
    { required?: boolean; values?: readonly string[]; description: string }
  >;
  example: string;
  render(attributes: Record<string, string>, children: ElementContent[]): Element;
}

const h = (
  tagName: string,
  properties: Element['properties'],
  children: ElementContent[],
): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const t = (value: string): ElementContent => ({ type: 'text', value });

export const calloutTypes = ['info', 'tip', 'let-op'] as const;
const calloutLabels: Record<string, string> = ui.sheetText.callout;

export const components: Record<string, ComponentSpec> = {
  Callout: {
    description: 'Een kader dat een tip, extra info of een waarschuwing laat opvallen.',
    attributes: {
      type: { values: calloutTypes, description: 'Soort kader: info (standaard), tip of let-op.' },
      title: { description: 'Optionele titel van het kader.' },
    },
    example:
      '<Callout type="tip" title="Begin klein">\nStart met één vereniging en breid daarna uit.\n</Callout>',
    render(attributes, children) {
      const type = attributes.type ?? 'info';
      const title = attributes.title ?? calloutLabels[type] ?? ui.sheetText.callout.info;
      return h('aside', { className: ['callout', `callout-${type}`] }, [
        h('p', { className: ['callout-title'] }, [h('strong', {}, [t(title)])]),
        ...children,
      ]);
    },
  },
  Quote: {
    description: 'Een citaat van iemand die met de praktijk werkt.',
    attributes: {
      by: { required: true, description: 'Wie het zei, bv. "Jan, sportcoach in Oostende".' },
    },
    example:
      '<Quote by="Sportcoach, Stad Oostende">\nDe drempel is niet alleen financieel.\n</Quote>',
    render(attributes, children) {
      return h('figure', { className: ['quote'] }, [
        h('blockquote', {}, children),
        h('figcaption', {}, [t(`— ${attributes.by ?? ''}`)]),
      ]);
    },
  },
};

/** Harmless HTML elements a sheet may use as-is (lower-case JSX in MDX), with their allowed attributes. */
export const inlineHtml: Record<string, readonly string[]> = {
  abbr: ['title'],
  br: [],
  sub: [],
  sup: [],
  mark: [],
  small: [],
  kbd: [],
};

/** The spec of an allowed component; own properties only, so `<constructor>` or `<toString>` are simply unknown. */
export function componentSpec(name: string): ComponentSpec | undefined {
  return Object.hasOwn(components, name) ? components[name] : undefined;
}

/** The attributes an allowed inline HTML element may have, or undefined when it is not allowed. */
export function inlineHtmlAttributes(name: string): readonly string[] | undefined {
  return Object.hasOwn(inlineHtml, name) ? inlineHtml[name] : undefined;
}

/** Elements that run or embed code; named in the message so the contributor knows why. */
export const dangerousElements = new Set([
  'script',
  'iframe',
  'object',
  'embed',
  'style',
  'form',
  'base',
  'meta',
  'link',
  'frame',
  'frameset',
  'applet',
  'svg',
  'math',
  'template',
  'input',
  'button',
  'textarea',
  'select',
  'video',
  'audio',
  'img',
  'picture',
  'source',
  'noscript',
  'portal',
  'fencedframe',
  'param',
  'track',
  'canvas',
  'html',
  'head',
  'body',
  'title',
  'dialog',
  'slot',
  'xmp',
  'plaintext',
  'area',
  'map',
]);
