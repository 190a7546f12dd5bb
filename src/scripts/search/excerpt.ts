/**
 * Pagefind's excerpts are HTML: the page text with "<" and ">" escaped and the matched
 * words wrapped in <mark>. We turn them into text and <mark> nodes ourselves instead of
 * assigning innerHTML, so the search page needs no HTML sink at all (safe under any
 * Content-Security-Policy, including Trusted Types).
 */
export interface Segment {
  text: string;
  mark: boolean;
}

const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/** "a <mark>b</mark> c" → [{a }, {b, mark}, { c}]; empty pieces are left out. */
export function excerptSegments(excerpt: string): Segment[] {
  const segments: Segment[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') mark = true;
    else if (piece === '</mark>') mark = false;
    else if (piece) segments.push({ text: unescape(piece), mark });
  }
  return segments;
}

/** The excerpt as DOM nodes, ready to append. */
export function excerptNodes(excerpt: string, doc: Document = document): Node[] {
  return excerptSegments(excerpt).map(({ text, mark }) => {
    if (!mark) return doc.createTextNode(text);
    const element = doc.createElement('mark');
    element.textContent = text;
    return element;
  });
}
