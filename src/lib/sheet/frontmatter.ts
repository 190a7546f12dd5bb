import {
  LineCounter,
  parseDocument,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  visit,
  type Document,
  type Node,
} from 'yaml';
import { messages } from '../../i18n/messages.ts';

const m = messages.sheet;

export interface Position {
  line: number;
  column: number;
}

export type Path = ReadonlyArray<PropertyKey>;

/** A sheet's text cut into its YAML front matter and its Markdown body, with the line each starts on. */
export interface SplitSheet {
  yaml: string;
  /** 1-based line of the first YAML line (the line after the opening ---). */
  yamlLine: number;
  body: string;
  /** 1-based line of the first body line. */
  bodyLine: number;
}

export type Located<T> =
  { ok: true; value: T } | { ok: false; message: string; position: Position };

/**
 * Bytes to text: refuses invalid UTF-8 instead of replacing it with "�", since the
 * replacement would silently change what the contributor wrote.
 */
export function decodeSheet(bytes: Uint8Array, subject?: string): Located<string> {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      ok: false,
      message: m.utf16(subject),
      position: { line: 1, column: 1 },
    };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const before = new TextDecoder().decode(bytes.subarray(0, offset));
    const lines = before.split(/\r\n?|\n/);
    return {
      ok: false,
      message: m.notUtf8((bytes[offset] ?? 0).toString(16).padStart(2, '0'), offset, subject),
      position: { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 },
    };
  }
  return { ok: true, value: text.replace(/\r\n?/g, '\n') };
}

/**
 * Control characters (a NUL byte, an escape) do not belong in a sheet: the file is binary,
 * damaged, or hides something from the reviewer. Tabs, line ends and form feeds are ordinary
 * white space. Separate from decodeSheet, which also reads legacy exports.
 */
export function findControlCharacter(
  text: string,
): { message: string; position: Position } | undefined {
  // eslint-disable-next-line no-control-regex
  const control = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/.exec(text);
  if (!control) return undefined;
  const lines = text.slice(0, control.index).split('\n');
  const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  return {
    message: m.controlCharacter(`U+${code}`),
    position: { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 },
  };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let low = 0;
  let high = bytes.length;
  // The longest valid prefix, by bisection: decoding a prefix fails only if it holds a bad byte
  // (a prefix that ends mid-character fails too, hence the 4-byte slack).
  while (low < high) {
    const mid = Math.floor((low + high + 1) / 2);
    try {
      decoder.decode(bytes.subarray(0, mid), { stream: true });
      decoder.decode();
      low = mid;
    } catch {
      high = mid - 1;
    }
  }
  for (let end = low + 1; end <= Math.min(bytes.length, low + 4); end++) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end));
      return end;
    } catch {
      /* keep looking */
    }
  }
  return low;
}

export function splitSheet(text: string): Located<SplitSheet> {
  if (text.trim() === '') {
    return {
      ok: false,
      message: m.empty,
      position: { line: 1, column: 1 },
    };
  }
  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') {
    return {
      ok: false,
      message: m.noStart,
      position: { line: 1, column: 1 },
    };
  }
  const close = lines.findIndex((line, index) => index > 0 && line.trimEnd() === '---');
  if (close === -1) {
    return {
      ok: false,
      message: m.notClosed,
      position: { line: 1, column: 1 },
    };
  }
  return {
    ok: true,
    value: {
      yaml: lines.slice(1, close).join('\n'),
      yamlLine: 2,
      body: lines.slice(close + 1).join('\n'),
      bodyLine: close + 2,
    },
  };
}

export interface ParsedFrontmatter {
  data: unknown;
  errors: { message: string; position: Position }[];
  /** Where the value at a path stands in the file; for an absent key, where its parent stands. */
  locate(path: Path): Position;
  /** Where the key of the field at a path stands (for unknown-field messages). */
  locateKey(path: Path): Position;
}

/**
 * Fields (a key followed by ":") in one front matter. YAML's check for a
 * field written twice compares every field with every other, so tens of thousands of fields
 * would stall it; a sheet has a few dozen.
 */
export const maxFields = 2000;

/** Lists and groups inside each other, in {…}/[…] or by indentation: YAML's reader recurses once per level. */
export const maxYamlNesting = 50;

/** List items (a "- " line, or a comma inside […] or {…}): reading one costs YAML tens of microseconds. */
export const maxYamlItems = 5000;

function tooComplex(split: SplitSheet, maxFieldCount: number): ParsedFrontmatter | undefined {
  const refuse = (message: string): ParsedFrontmatter => {
    const top: Position = { line: split.yamlLine - 1, column: 1 };
    return {
      data: undefined,
      errors: [{ message: messages.yaml.tooComplex(message), position: top }],
      locate: () => top,
      locateKey: () => top,
    };
  };
  let count = 0;
  // Every ": " (or ":" at a line end) may start a field, in block and in flow {a: 1, b: 2} style.
  const pattern = /:(?:[ \t]|$)/gm;
  while (pattern.exec(split.yaml)) if (++count > maxFieldCount) break;
  if (count > maxFieldCount) return refuse(messages.yaml.tooManyFields(maxFieldCount));
  let depth = 0;
  let items = (split.yaml.match(/^[ \t]*- /gm) ?? []).length;
  for (const c of split.yaml) {
    if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
    else if (c === ',' && depth > 0) items++;
    if (depth > maxYamlNesting) return refuse(messages.yaml.tooDeep(maxYamlNesting));
  }
  if (items > maxYamlItems) return refuse(messages.yaml.tooManyItems(maxYamlItems));
  const indent = /^( *)(?:- +)*/gm;
  for (let match = indent.exec(split.yaml); match; match = indent.exec(split.yaml)) {
    if (match[0].length > maxYamlNesting * 4)
      return refuse(messages.yaml.tooIndented(match[0].length));
    if (match[0] === '') indent.lastIndex++;
  }
  return undefined;
}

/** `maxFields`: the budget above; the vocabulary files, lists of many small groups, have none. */
export function parseFrontmatter(
  split: SplitSheet,
  { maxFields: max = maxFields } = {},
): ParsedFrontmatter {
  const budget = tooComplex(split, max);
  if (budget) return budget;
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(split.yaml, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
    schema: 'core',
  });
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + split.yamlLine - 1, column: col };
  };
  const top: Position = { line: split.yamlLine - 1, column: 1 };

  // One message per line: a single mistake (an unquoted ": ") often trips YAML twice on the same line.
  const errors = doc.errors
    .map((error) => ({
      message: yamlMessage(error.code, error.message),
      position: toPosition(error.pos[0]),
    }))
    .filter(
      (error, index, all) =>
        all.findIndex((other) => other.position.line === error.position.line) === index,
    );
  errors.push(
    ...unsafeYaml(doc, split.yaml).map((error) => ({
      message: error.message,
      position: toPosition(error.offset),
    })),
  );
  // Messages of the same kind are repeated only once per name: an alias bomb would otherwise flood the terminal.
  // Whatever else YAML only warns about would otherwise change what the contributor wrote without a word.
  for (const warning of doc.warnings)
    if (warning.code !== 'TAG_RESOLVE_FAILED')
      errors.push({
        message: yamlMessage(warning.code, warning.message),
        position: toPosition(warning.pos[0]),
      });

  const nodeAt = (path: Path): { node: Node | null; depth: number } => {
    let node: unknown = doc.contents;
    let depth = 0;
    for (const key of path) {
      let next: unknown;
      if (isMap(node))
        next = node.items.find(
          (pair) => isPair(pair) && isScalar(pair.key) && pair.key.value === key,
        )?.value;
      else if (isSeq(node) && typeof key === 'number') next = node.items[key];
      if (!next) break;
      node = next;
      depth++;
    }
    return { node: (node as Node | null) ?? null, depth };
  };

  let data: unknown;
  if (!errors.length) {
    try {
      data = doc.toJS({ maxAliasCount: 0 });
    } catch (error) {
      errors.push({
        message: messages.yaml.unreadable((error as Error).message),
        position: top,
      });
    }
  }

  return {
    data,
    errors,
    locate(path) {
      const { node } = nodeAt(path);
      return node?.range ? toPosition(node.range[0]) : top;
    },
    locateKey(path) {
      const parent = nodeAt(path.slice(0, -1));
      const key = path.at(-1);
      if (parent.depth === path.length - 1 && isMap(parent.node)) {
        const pair = parent.node.items.find((p) => isScalar(p.key) && p.key.value === key);
        if (pair && isScalar(pair.key) && pair.key.range) return toPosition(pair.key.range[0]);
      }
      return parent.node?.range ? toPosition(parent.node.range[0]) : top;
    },
  };
}

/**
 * YAML features a sheet never needs and an attacker might: tags (`!!js/function`, custom
 * `!tags` that other YAML readers turn into code or objects) and anchors/aliases (`&a`/`*a`,
 * the "billion laughs" memory bomb). Both are rejected rather than quietly ignored.
 */
function unsafeYaml(doc: Document, source: string): { message: string; offset: number }[] {
  const found = new Map<string, { message: string; offset: number; count: number }>();
  const add = (key: string, offset: number, message: string) => {
    const seen = found.get(key);
    if (seen) seen.count++;
    else found.set(key, { message, offset, count: 1 });
  };
  visit(doc, {
    Node(_key, node) {
      const start = node.range?.[0] ?? 0;
      if (isAlias(node)) {
        add(`*${node.source}`, start, messages.yaml.alias(node.source));
        return;
      }
      if (node.anchor)
        add(
          `&${node.anchor}`,
          Math.max(0, source.lastIndexOf(`&${node.anchor}`, start)),
          messages.yaml.anchor(node.anchor),
        );
      // The YAML library sets a tag only where the text gives one, wherever it stands (after a comment, far away on the next line).
      if (node.tag) {
        const shown = node.tag.replace(/^tag:yaml\.org,2002:/, '!!');
        add(`!${shown}`, Math.max(0, source.lastIndexOf('!', start)), messages.yaml.tag(shown));
      }
    },
  });
  return [...found.values()].map(({ message, offset, count }) => ({
    offset,
    message: count > 1 ? messages.yaml.times(message, count) : message,
  }));
}

/** YAML's own messages (English, from the library), with the fix a non-developer most likely needs. */
function yamlMessage(code: string, message: string): string {
  const first = message.split('\n')[0]?.replace(/ at line \d+, column \d+.*$/, '') ?? message;
  return messages.yaml.invalid(first, code);
}
