// Findings on a CMS record (a `.json` file) point into the record's fields: a JSON path, and for
// the body a line and column inside the decoded string. An editor needs offsets in the file as
// written, where the same text is a JSON string literal with escapes. This maps one to the other.
import { type Node, parseTree } from 'jsonc-parser';

/** One step of a JSON path as content-a11y writes them: `.key`, `["key"]`, `[0]`, `[?(@._key=="x")]`. */
type Step = { key: string } | { index: number } | { filterKey: string; equals: string };

const STEP =
  /^(?:\.([A-Za-z_$][\w$-]*)|\["((?:[^"\\]|\\.)*)"\]|\[(\d+)\]|\[\?\(@\.([\w$]+)=="((?:[^"\\]|\\.)*)"\)\])/;

export function parseJsonPath(path: string): Step[] | undefined {
  if (!path.startsWith('$')) return undefined;
  const steps: Step[] = [];
  let rest = path.slice(1);
  while (rest.length > 0) {
    const m = STEP.exec(rest);
    if (!m) return undefined;
    if (m[1] !== undefined) steps.push({ key: m[1] });
    else if (m[2] !== undefined) steps.push({ key: JSON.parse(`"${m[2]}"`) as string });
    else if (m[3] !== undefined) steps.push({ index: Number(m[3]) });
    else steps.push({ filterKey: m[4]!, equals: JSON.parse(`"${m[5]}"`) as string });
    rest = rest.slice(m[0].length);
  }
  return steps;
}

function propertyValue(node: Node, key: string): Node | undefined {
  if (node.type !== 'object') return undefined;
  const property = node.children?.find((p) => p.children?.[0]?.value === key);
  return property?.children?.[1];
}

function step(node: Node, s: Step): Node | undefined {
  if ('key' in s) return propertyValue(node, s.key);
  if (node.type !== 'array') return undefined;
  if ('index' in s) return node.children?.[s.index];
  return node.children?.find((item) => propertyValue(item, s.filterKey)?.value === s.equals);
}

/** A JSON string literal as written, and where each character of its decoded value starts in it. */
export class JsonStringField {
  /** `rawOffsets[i]` is the file offset of decoded character `i`; one more entry for the end. */
  private readonly rawOffsets: number[];
  readonly value: string;

  constructor(
    readonly node: Node,
    text: string,
  ) {
    const offsets: number[] = [];
    let value = '';
    const end = node.offset + node.length - 1; // the closing quote
    for (let i = node.offset + 1; i < end; ) {
      offsets.push(i);
      if (text[i] !== '\\') {
        value += text[i];
        i++;
        continue;
      }
      const escaped = text[i + 1];
      if (escaped === 'u') {
        value += String.fromCharCode(Number.parseInt(text.slice(i + 2, i + 6), 16));
        i += 6;
        continue;
      }
      value += ESCAPES[escaped ?? ''] ?? escaped ?? '';
      i += 2;
    }
    offsets.push(end);
    this.rawOffsets = offsets;
    this.value = value;
  }

  /** File offset of decoded offset `at` (clamped to the string). */
  fileOffset(at: number): number {
    return this.rawOffsets[Math.max(0, Math.min(at, this.rawOffsets.length - 1))]!;
  }

  /** Decoded offset of the character at file offset `at`; undefined outside the literal's quotes. */
  decodedOffset(at: number): number | undefined {
    const offsets = this.rawOffsets;
    if (at < offsets[0]! || at > offsets[offsets.length - 1]!) return undefined;
    let lo = 0;
    let hi = offsets.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (offsets[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

const ESCAPES: Record<string, string> = {
  n: '\n',
  r: '\r',
  t: '\t',
  b: '\b',
  f: '\f',
  '"': '"',
  '\\': '\\',
  '/': '/',
};

/** Text to put inside a JSON string literal. */
export function escapeJsonString(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}

/** The parsed shape of one record file, for locating findings' JSON paths in it. */
export class JsonRecordText {
  private readonly root: Node | undefined;
  private readonly strings = new Map<Node, JsonStringField>();

  constructor(readonly text: string) {
    this.root = parseTree(text);
  }

  node(path: string | undefined): Node | undefined {
    if (!this.root || path === undefined) return undefined;
    const steps = parseJsonPath(path);
    if (!steps) return undefined;
    let node: Node | undefined = this.root;
    for (const s of steps) {
      node = node && step(node, s);
      if (!node) return undefined;
    }
    return node;
  }

  /** The string field at `path`, with its offset map; undefined when the value is not a string. */
  stringField(path: string | undefined): JsonStringField | undefined {
    const node = this.node(path);
    if (node?.type !== 'string') return undefined;
    let field = this.strings.get(node);
    if (!field) {
      field = new JsonStringField(node, this.text);
      this.strings.set(node, field);
    }
    return field;
  }
}
