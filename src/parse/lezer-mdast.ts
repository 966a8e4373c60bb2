// Markdown to mdast through @lezer/markdown: the tree micromark's mdast-util-from-markdown builds
// (node types, values, positions) in a fifth of the time (bench row 9a; micromark was half of all
// checking). micromark stays the reference: a post using what this path does not build the same
// way (footnotes other than one-line definitions, definition lists, CRLF, …) is read by micromark;
// tests/parse/lezer-mdast.test.ts and bench row 9 compare the two trees. Where @lezer/markdown
// itself reads CommonMark otherwise than micromark, the extensions below say so and put it right.
import type { SyntaxNode } from '@lezer/common';
import {
  type BlockContext,
  parser as commonmark,
  InlineContext,
  type Line,
  type MarkdownConfig,
  Strikethrough,
  Table,
  TaskList,
} from '@lezer/markdown';
import type {
  Blockquote,
  Code,
  Definition,
  Heading,
  List,
  ListItem,
  Nodes,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  TableCell,
  Table as TableNode,
  TableRow,
  Text,
} from 'mdast';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { toString as plainText } from 'mdast-util-to-string';
import { decodeString } from 'micromark-util-decode-string';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import type { MarkdownFlavour } from '../site/types.js';
import { LineIndex } from './positions.js';

// CommonMark's HTML block kinds 6 (a block-level tag name) and 7 (a line holding one whole open or
// closing tag), which end at a blank line. @lezer/markdown's own parser counts a blank line inside
// a blockquote (`>` alone) as a line of the block, so one block swallowed the next, and its kind-7
// pattern lacks the self-closing `/>` and `:` or `.` inside an attribute name, so
// `<img src="…" />` alone on a line became a paragraph where micromark sees raw HTML.
const KIND_6 =
  /^[ \t]*<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[ \t]|\/?>|$)/i;
const KIND_7 =
  /^[ \t]*(?:<\/[a-z][a-z\d-]*[ \t]*>|<[a-z][a-z\d-]*(?:[ \t\r\n]+[a-z:_][\w.:-]*(?:[ \t]*=[ \t]*(?:[^ \t\r\n"'=<>`]+|'[^']*'|"[^"]*"))?)*[ \t]*\/?>)[ \t]*$/i;
// Kinds 1–5 (script, pre, style, textarea; comments; processing instructions; declarations;
// CDATA), which end at a closing pattern, stay @lezer/markdown's.
const KINDS_1_TO_5 = /^[ \t]*<(?:(?:script|pre|style|textarea)(?:[ \t>]|$)|!|\?)/i;

const htmlToBlankLine: MarkdownConfig = {
  parseBlock: [
    {
      name: 'HTMLBlockToBlankLine',
      before: 'HTMLBlock',
      parse(cx: BlockContext, line: Line): boolean {
        if (line.next !== 60 /* < */) return false;
        const rest = line.text.slice(line.pos);
        if (KINDS_1_TO_5.test(rest) || !(KIND_6.test(rest) || KIND_7.test(rest))) return false;
        const from = cx.lineStart + line.pos;
        const marks = [];
        // Up to a line blank inside the container, or the container's end. `line.depth` (how many
        // containers the line continues) is untyped, but it is what @lezer/markdown's own reads.
        while (cx.nextLine()) {
          if (
            (line as Line & { depth: number }).depth < cx.depth ||
            /^[ \t]*$/.test(line.text.slice(line.pos))
          )
            break;
          marks.push(...line.markers);
        }
        cx.addElement(cx.elt('HTMLBlock', from, cx.prevLineEnd(), marks));
        return true;
      },
    },
  ],
};

/**
 * A list item may start on a line that leaves the paragraph's container (`  - a` then `2. b`):
 * CommonMark forbids only a paragraph *inside the same container* to be interrupted by an item
 * not numbered 1, and micromark and markdown-it start a list there. @lezer/markdown applies that
 * ban to lazy lines as well and made `2. b` part of the paragraph above.
 */
const listAfterContainer: MarkdownConfig = {
  parseBlock: [
    {
      name: 'ListItemLeavingContainer',
      endLeaf(cx: BlockContext, line: Line): boolean {
        if ((line as Line & { depth: number }).depth >= cx.depth) return false;
        return /^(?:\d{1,9}[.)]|[-+*])[ \t]+\S/.test(line.text.slice(line.pos));
      },
    },
  ],
};

const markdown = commonmark.configure([
  Table,
  TaskList,
  Strikethrough,
  htmlToBlankLine,
  listAfterContainer,
  definedLinks(),
]);
// Bare URLs are not @lezer/markdown's (its Autolink extension ends and starts them elsewhere than
// micromark): mdast-util-gfm-autolink-literal's own transform finds them in the text nodes.
const autolinkTransform = gfmAutolinkLiteralFromMarkdown().transforms![0]!;

type Syntax = Pick<MarkdownFlavour, 'autolink' | 'footnotes' | 'definitionLists'>;

/**
 * The mdast of `text`, or undefined when the text uses syntax only micromark reads the site's way
 * (GFM footnotes, definition lists): the caller then parses with micromark.
 */
export function lezerMdast(text: string, syntax: Syntax, lines?: LineIndex): Root | undefined {
  if (syntax.definitionLists) return undefined;
  // @lezer/markdown ends lines at LF only: a CR would be read as the line's last character.
  if (text.includes('\r')) return undefined;
  // Its table parser takes no delimiter row that ends in `| ` (whitespace after the last pipe).
  if (delimiterRowEndingInSpace(text)) return undefined;
  const matter = frontMatterAt(text);
  let body = matter ? blank(text, matter.end) : text;
  const notes = syntax.footnotes && text.includes('[^') ? footnoteDefinitions(body) : [];
  if (!notes) return undefined;
  for (const note of notes) body = blankRange(body, note.start, note.end);
  defined = definedLabels(body);
  const tree = markdown.parse(body);
  const build = new Builder(text, lines ?? new LineIndex(text));
  const top = tree.topNode;
  build.collectDefinitions(top);
  let children: RootContent[];
  try {
    children = build.blocks(top, 0);
    if (notes.length > 0 && !addFootnotes(children, notes, build, text)) return undefined;
  } catch (error) {
    if (error === UNSUPPORTED) return undefined;
    throw error;
  }
  if (matter) children.unshift(matter.node(build));
  const root: Root = { type: 'root', children, position: build.range(0, text.length) };
  if (syntax.autolink && !literalAutolinks(build.autolinkCandidates, text, build)) return undefined;
  return root;
}

/** The labels the source defines, read before each parse (parsing is synchronous): see below. */
let defined: ReadonlySet<string> = new Set();

/** Every `[label]:` at a line's start, after any container marks: a superset of the definitions. */
function definedLabels(text: string): Set<string> {
  const labels = new Set<string>();
  for (const match of text.matchAll(
    /^(?:[ \t]*(?:>|[-+*]|\d{1,9}[.)]))*[ \t]*\[((?:[^\\[\]]|\\.){1,999})\]:/gm,
  ))
    labels.add(identifier(match[1]!));
  return labels;
}

/** A link's `(destination "title")` as CommonMark reads it (destination parentheses one deep). */
const INLINE_RESOURCE = (() => {
  const inParentheses = String.raw`\((?:[^\s()\\]|\\.)*\)`;
  // Unambiguous for the regular-expression safety test: a bare destination cannot start with `<`.
  const bare = String.raw`(?:[^\s()\\<]|\\.|${inParentheses})(?:[^\s()\\]|\\.|${inParentheses})*`;
  const pointy = String.raw`<(?:[^<>\r\n\\]|\\.)*>`;
  const title = String.raw`(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\))`;
  return new RegExp(String.raw`^\(\s*(?:(?:${pointy}|${bare})\s*)?(?:${title}\s*)?\)`);
})();

/**
 * @lezer/markdown knows no definitions, so it makes `[a]` a link whatever `a` is, and a link
 * cannot hold a link: in `[_[a]_](url)` it made the outer brackets text. CommonMark (and
 * micromark) make `[a]`, `[a][]` and `[x][a]` links only when `a` is defined. This closing-bracket
 * parser runs before @lezer/markdown's own and turns such a bracket to text, dropping its opener,
 * as CommonMark's algorithm does; it reads the parser's delimiter list, which its types omit.
 */
function definedLinks(): MarkdownConfig {
  return {
    parseInline: [
      {
        name: 'DefinedLinkEnd',
        before: 'LinkEnd',
        parse(cx: InlineContext, next: number, start: number): number {
          if (next !== 93 /* ] */) return -1;
          const parts = (
            cx as unknown as { parts: Array<{ type?: unknown; side?: number; to: number } | null> }
          ).parts;
          for (let i = parts.length - 1; i >= 0; i--) {
            const part = parts[i];
            if (!part || (part.type !== InlineContext.linkStart && part.type !== InlineContext.imageStart))
              continue;
            if (!part.side) return -1;
            const after = cx.slice(start + 1, start + 2);
            if (after === '(' && INLINE_RESOURCE.test(cx.slice(start + 1, cx.end))) return -1;
            let label = cx.slice(part.to, start);
            if (after === '[') {
              const reference = /^\[((?:[^\\[\]]|\\.){0,999})\]/.exec(cx.slice(start + 1, cx.end));
              if (reference?.[1]) label = reference[1];
            }
            if (defined.has(identifier(label))) return -1;
            parts[i] = null;
            return start + 1;
          }
          return -1;
        },
      },
    ],
  };
}

/** Thrown where this path would build another tree than micromark: the caller uses micromark. */
const UNSUPPORTED = new Error('unsupported by the lezer path');

type Parent = Extract<Nodes, { children: unknown }>;

/** What every bare URL or address the transform links contains: its blocks alone go through it. */
const AUTOLINK_CANDIDATE = /https?:\/\/|www\.|@/i;

/**
 * Runs GFM's bare-URL transform and gives the nodes it makes the positions micromark's tokenizer
 * would: the transform splits a text node into text and links without positions, which are
 * counted out from the split node's start. It runs only on the phrasing of the blocks whose text
 * holds a candidate (AUTOLINK_CANDIDATE), as its own patterns need one; it edits their children
 * in place. False when a split node's text is not its source character for character (an escape
 * or reference inside it): the caller then uses micromark.
 */
function literalAutolinks(candidates: PhrasingContent[][], text: string, build: Builder): boolean {
  if (candidates.length === 0) return true;
  const root = {
    type: 'root',
    children: candidates.map((children) => ({ type: 'paragraph', children })),
  } as Root;
  const before = new Map<Parent, Nodes[]>();
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!('children' in node)) continue;
    before.set(node, [...node.children]);
    for (const child of node.children) stack.push(child);
  }
  autolinkTransform(root);
  for (const [parent, old] of before) {
    const now = parent.children as Nodes[];
    if (now.length === old.length && now.every((child, i) => child === old[i])) continue;
    let j = 0;
    let i = 0;
    while (i < now.length) {
      if (now[i] === old[j]) {
        i++;
        j++;
        continue;
      }
      const split = old[j++]!;
      const start = split.position?.start.offset;
      const end = split.position?.end.offset;
      if (split.type !== 'text' || start === undefined || text.slice(start, end) !== split.value)
        return false;
      let at = start;
      while (i < now.length && now[i] !== old[j]) {
        const piece = now[i]!;
        // micromark's tokenizer knows no `mailto:`/`xmpp:` prefix: "mailto:" stays text and only the
        // address is linked, where the transform links the prefix too.
        if (piece.type === 'link' && /^(?:mailto|xmpp):/.test(plainText([piece]))) {
          if (piece.url.startsWith('xmpp:')) return false;
          const address = plainText([piece]).slice('mailto:'.length);
          const previous = now[i - 1];
          const prefix = 'mailto:';
          if (previous?.type === 'text' && previous.position && previous.position.end.offset === at) {
            previous.value += prefix;
            previous.position = build.range(previous.position.start.offset!, at + prefix.length);
          } else {
            now.splice(i, 0, {
              type: 'text',
              value: prefix,
              position: build.range(at, at + prefix.length),
            } as Text);
            i++;
          }
          at += prefix.length;
          piece.children = [{ type: 'text', value: address } as Text];
        }
        i++;
        const length = plainText([piece]).length;
        piece.position = build.range(at, at + length);
        if (piece.type === 'link') for (const child of piece.children) child.position = piece.position;
        at += length;
      }
    }
  }
  return true;
}

const DELIMITER_ROW = /^\|?(?:[ \t]*:?-+:?[ \t]*\|)+$/;

/** Whether a line is a table delimiter row ending in whitespace after its last pipe. */
function delimiterRowEndingInSpace(text: string): boolean {
  if (!text.includes('|')) return false;
  for (const line of text.split('\n')) {
    const last = line[line.length - 1];
    if ((last !== ' ' && last !== '\t') || !line.includes('|') || !line.includes('-')) continue;
    if (DELIMITER_ROW.test(line.replace(/^[> \t]+/, '').trimEnd())) return true;
  }
  return false;
}

interface FrontMatter {
  end: number;
  node(build: Builder): RootContent;
}

/** micromark-extension-frontmatter's rule: `---` (YAML) or `+++` (TOML) alone on the first line,
 * closed by the same fence alone on a later line. */
function frontMatterAt(text: string): FrontMatter | undefined {
  const fence = text.startsWith('---') ? '---' : text.startsWith('+++') ? '+++' : undefined;
  if (!fence) return undefined;
  const open = /^(?:---|\+\+\+)[ \t]*(\r\n|\r|\n)/.exec(text);
  if (!open) return undefined;
  const closing =
    fence === '---'
      ? /(^|\r\n|\r|\n)---[ \t]*(?=\r\n|\r|\n|$)/g
      : /(^|\r\n|\r|\n)\+\+\+[ \t]*(?=\r\n|\r|\n|$)/g;
  const contentStart = open[0].length;
  closing.lastIndex = contentStart;
  // The closing fence may follow the opening line directly (empty front matter).
  const direct = new RegExp(`^\\${fence[0]}\\${fence[0]}\\${fence[0]}[ \\t]*(?=\\r\\n|\\r|\\n|$)`).exec(
    text.slice(contentStart),
  );
  let valueEnd: number;
  let end: number;
  if (direct) {
    valueEnd = contentStart;
    end = contentStart + direct[0].length;
  } else {
    const close = closing.exec(text);
    if (!close) return undefined;
    valueEnd = close.index;
    end = close.index + close[0].length;
  }
  const type = fence === '---' ? 'yaml' : 'toml';
  const value = text.slice(contentStart, Math.max(contentStart, valueEnd));
  return {
    end,
    node: (build) => ({ type, value, position: build.range(0, end) }) as RootContent,
  };
}

function blank(text: string, end: number): string {
  return text.slice(0, end).replace(/[^\r\n]/g, ' ') + text.slice(end);
}

function blankRange(text: string, start: number, end: number): string {
  return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
}

// ——— GFM footnotes ———
// @lezer/markdown has no footnotes. The form posts use — `[^label]: one line of text` at the start
// of a line, between blank lines or other such definitions — is built here: the definitions are
// blanked out of what @lezer/markdown reads, each one's text is read as a paragraph of its own, and
// `[^label]` calls in text nodes become references. Any other form (a definition that continues on
// the next line, interrupts a paragraph or sits in a container, a call next to link syntax or
// escaped) leaves the post to micromark.

interface FootnoteSource {
  /** The definition's `[^`, and the end of its text (the line's end). */
  start: number;
  end: number;
  label: string;
  /** Where its text starts. */
  content: number;
}

// Trailing whitespace is left to micromark: it counts it into the definition's paragraph.
const FOOTNOTE_LINE = /^\[\^([^\]\s\\[^]{1,999})\]:( {0,3})(\S(?:.*\S)?)?$/;
const FOOTNOTE_START = /^ {0,3}\[\^[^\]\s]*\]:/;
/** Text a definition's first line cannot start with here: what could open a block inside it. */
const BLOCK_START = /^(?:[#>*+\-=|`~<\t]|\d{1,9}[.)](?:\s|$)|\[\^)/;

/** The footnote definitions of `body`, or undefined when one has a form left to micromark. */
function footnoteDefinitions(body: string): FootnoteSource[] | undefined {
  const out: FootnoteSource[] = [];
  const lineEnds = /\n/g;
  let start = 0;
  let previousBlank = true;
  let previousNote = false;
  let pending: FootnoteSource | undefined;
  while (start <= body.length) {
    lineEnds.lastIndex = start;
    const newline = lineEnds.exec(body);
    const end = newline ? newline.index : body.length;
    const line = body.slice(start, end);
    const blankLine = /^[ \t]*$/.test(line);
    const isNote = FOOTNOTE_START.test(line);
    // The line after a definition: blank or another definition, else it would continue it.
    if (pending && !blankLine && !isNote) return undefined;
    pending = undefined;
    if (isNote) {
      const m = FOOTNOTE_LINE.exec(line);
      if (!m?.[3] || !(previousBlank || previousNote) || BLOCK_START.test(m[3])) return undefined;
      // `[^` label `]:` spaces text
      const content = start + 4 + m[1]!.length + m[2]!.length;
      pending = { start, end: content + m[3].length, label: m[1]!, content };
      out.push(pending);
    }
    previousBlank = blankLine;
    previousNote = isNote;
    if (!newline) break;
    start = end + 1;
  }
  // A call next to link syntax (`[^1](…)`, `[^1][x]`, `![^1]`, `][^1]`) or escaped is read
  // otherwise by @lezer/markdown, which knows no footnotes: found here, not in its tree.
  const labels = new Set(out.map((n) => identifier(n.label)));
  for (const m of body.matchAll(CALL)) {
    if (!labels.has(identifier(m[1]!))) continue;
    const before = body[m.index - 1];
    const after = body[m.index + m[0].length];
    if (before === '!' || before === ']' || before === '\\' || after === '(' || after === '[')
      return undefined;
  }
  return out;
}

/**
 * Puts each definition among the top-level blocks where it stands and turns its calls into
 * references; false when the tree holds a call this cannot place as micromark does.
 */
function addFootnotes(
  children: RootContent[],
  notes: FootnoteSource[],
  build: Builder,
  text: string,
): boolean {
  const labels = new Set(notes.map((n) => identifier(n.label)));
  const definitions: RootContent[] = [];
  for (const note of notes) {
    const content = text.slice(note.content, note.end);
    const sub = build.reading(content, note.content);
    const tree = markdown.parse(content).topNode;
    const blocks = sub.blocks(tree, 0);
    const paragraph = blocks[0];
    if (blocks.length !== 1 || paragraph?.type !== 'paragraph') return false;
    definitions.push({
      type: 'footnoteDefinition',
      identifier: identifier(note.label),
      label: note.label,
      children: [paragraph],
      position: build.range(note.start, note.end),
    } as RootContent);
  }
  for (const definition of definitions) {
    const at = definition.position!.start.offset!;
    // A block around it (fenced code or raw HTML with a blank line inside, a list going on after
    // it) held that line as its own: no definition there, and its blanking changed the block.
    if (children.some((c) => c.position!.start.offset! < at && c.position!.end.offset! > at)) return false;
    let i = children.findIndex((c) => (c.position?.start.offset ?? 0) > at);
    if (i < 0) i = children.length;
    children.splice(i, 0, definition);
  }
  return footnoteCalls(children, labels, build, text, false);
}

const CALL = /\[\^([^\]\s\\[^]{1,999})\]/g;

/** Splits `[^label]` of a defined label out of text nodes, in place (autolink candidates hold
 * these arrays); false for a call inside a link, next to link syntax, or in text with escapes. */
function footnoteCalls(
  nodes: Nodes[],
  labels: Set<string>,
  build: Builder,
  text: string,
  inLink: boolean,
): boolean {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if ('children' in node) {
      const link = inLink || node.type === 'link' || node.type === 'linkReference';
      if (!footnoteCalls(node.children as Nodes[], labels, build, text, link)) return false;
      continue;
    }
    if (node.type !== 'text' || !node.value.includes('[^')) continue;
    const start = node.position!.start.offset!;
    const end = node.position!.end.offset!;
    if (text.slice(start, end) !== node.value) return false;
    const pieces: Nodes[] = [];
    let from = 0;
    for (const m of node.value.matchAll(CALL)) {
      if (!labels.has(identifier(m[1]!))) continue;
      const after = node.value[m.index + m[0].length];
      if (inLink || after === '(' || after === '[' || node.value[m.index - 1] === '!') return false;
      if (m.index > from) pieces.push(textNode(node.value.slice(from, m.index), start + from, build));
      pieces.push({
        type: 'footnoteReference',
        identifier: identifier(m[1]!),
        label: m[1]!,
        position: build.range(start + m.index, start + m.index + m[0].length),
      } as Nodes);
      from = m.index + m[0].length;
    }
    if (pieces.length === 0) continue;
    if (from < node.value.length) pieces.push(textNode(node.value.slice(from), start + from, build));
    nodes.splice(i, 1, ...pieces);
    i += pieces.length - 1;
  }
  return true;
}

function textNode(value: string, at: number, build: Builder): Nodes {
  return { type: 'text', value, position: build.range(at, at + value.length) } as Nodes;
}

const SPACE = /[ \t]/;

class Builder {
  /** Whether a text node of the block being built matches AUTOLINK_CANDIDATE. */
  candidate = false;
  /** The list indentation of the block being built: inline code and HTML keep what is beyond it. */
  private indent = 0;

  constructor(
    private readonly text: string,
    private readonly lines: Pick<LineIndex, 'range'>,
    private readonly definitions = new Set<string>(),
    /** The phrasing of each block with a text node AUTOLINK_CANDIDATE matches. */
    readonly autolinkCandidates: PhrasingContent[][] = [],
  ) {}

  range(from: number, to: number) {
    return this.lines.range(from, to);
  }

  /** A builder for `text` read on its own, which stands at `offset` of this one's source: same
   * link definitions, positions in this source, autolink candidates added to this builder's. */
  reading(text: string, offset: number): Builder {
    const lines = { range: (from: number, to: number) => this.lines.range(from + offset, to + offset) };
    return new Builder(text, lines, this.definitions, this.autolinkCandidates);
  }

  collectDefinitions(top: SyntaxNode): void {
    const cursor = top.cursor();
    do {
      if (cursor.name === 'LinkReference') {
        const label = cursor.node.getChild('LinkLabel');
        if (label)
          this.definitions.add(
            identifier(withoutLinePrefixes(this.text.slice(label.from + 1, label.to - 1))),
          );
      }
    } while (cursor.next());
  }

  // ——— blocks ———

  blocks(parent: SyntaxNode, indent: number): RootContent[] {
    const out: RootContent[] = [];
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      const node = this.block(child, indent);
      if (node) out.push(node);
    }
    return out;
  }

  private block(node: SyntaxNode, indent: number): RootContent | undefined {
    this.indent = indent;
    switch (node.name) {
      case 'Paragraph':
        return this.paragraph(node, node.from, node.to);
      case 'ATXHeading1':
      case 'ATXHeading2':
      case 'ATXHeading3':
      case 'ATXHeading4':
      case 'ATXHeading5':
      case 'ATXHeading6':
        return this.atxHeading(node);
      case 'SetextHeading1':
      case 'SetextHeading2':
        return this.setextHeading(node);
      case 'Blockquote':
        return {
          type: 'blockquote',
          // Inside the quote, indentation counts from after its `>` marks.
          children: this.blocks(node, 0) as Blockquote['children'],
          position: this.range(node.from, this.trimLineEndings(node.from, node.to)),
        };
      case 'BulletList':
      case 'OrderedList':
        return this.list(node, indent);
      case 'FencedCode':
        return this.fencedCode(node, node.from - this.indentationBefore(node.from, indent));
      case 'CodeBlock':
        return this.indentedCode(node, this.indentationBefore(node.from, indent));
      case 'HTMLBlock':
      case 'CommentBlock':
      case 'ProcessingInstructionBlock': {
        // micromark's raw HTML block starts with its line's indentation inside the container.
        const from = this.indentationBefore(node.from, indent);
        return {
          type: 'html',
          value: this.raw(node, from, node.to, indent),
          position: this.range(from, node.to),
        };
      }
      case 'HorizontalRule':
        return { type: 'thematicBreak', position: this.range(node.from, node.to) };
      case 'LinkReference':
        return this.definition(node);
      case 'Table':
        return this.table(node);
      default:
        // A container's marks carry no content; a block this path does not know is micromark's.
        if (node.name.endsWith('Mark')) return undefined;
        throw UNSUPPORTED;
    }
  }

  private paragraph(node: SyntaxNode, from: number, to: number): Paragraph {
    // micromark's paragraph ends after the last line's trailing whitespace; its text does not.
    return {
      type: 'paragraph',
      children: this.inline(node, from, to),
      position: this.range(from, to),
    };
  }

  private atxHeading(node: SyntaxNode): Heading {
    const marks = node.getChildren('HeaderMark');
    const open = marks[0]!;
    const close = marks.length > 1 ? marks[marks.length - 1] : undefined;
    let from = open.to;
    let to = close ? close.from : node.to;
    while (from < to && SPACE.test(this.text[from]!)) from++;
    while (to > from && SPACE.test(this.text[to - 1]!)) to--;
    return {
      type: 'heading',
      depth: Number(node.name.slice(-1)) as Heading['depth'],
      children: this.inline(node, from, to),
      position: this.range(node.from, node.to),
    };
  }

  private setextHeading(node: SyntaxNode): Heading {
    const mark = node.getChild('HeaderMark')!;
    const to = this.trimEnd(node.from, this.lineStartBefore(mark.from));
    return {
      type: 'heading',
      depth: node.name === 'SetextHeading1' ? 1 : 2,
      children: this.inline(node, node.from, to),
      position: this.range(node.from, node.to),
    };
  }

  private list(node: SyntaxNode, indent: number): List {
    const items = node.getChildren('ListItem');
    const ordered = node.name === 'OrderedList';
    const children: ListItem[] = [];
    let spread = false;
    let previousEnd: number | undefined;
    for (const item of items) {
      if (previousEnd !== undefined && this.blankLineBetween(previousEnd, item.from)) spread = true;
      const built = this.listItem(item, indent);
      children.push(built);
      previousEnd = built.position!.end.offset!;
    }
    const mark = items[0]!.getChild('ListMark')!;
    previousEnd = this.quotedBlankLinesAfter(node, previousEnd!);
    return {
      type: 'list',
      ordered,
      start: ordered ? Number.parseInt(this.text.slice(mark.from, mark.to), 10) : null,
      spread,
      children,
      position: this.range(mark.from, previousEnd!),
    };
  }

  private listItem(item: SyntaxNode, indent: number): ListItem {
    const mark = item.getChild('ListMark')!;
    const contentIndent = this.contentColumn(item, mark);

    const children: ListItem['children'] = [];
    let checked: boolean | null = null;
    let spread = false;
    let previousEnd: number | undefined;
    for (let child = mark.nextSibling; child; child = child.nextSibling) {
      let built: RootContent | undefined;
      if (child.name === 'Task') {
        const marker = child.getChild('TaskMarker')!;
        checked = /x/i.test(this.text.slice(marker.from, marker.to));
        this.indent = Math.max(indent, contentIndent);
        built = this.taskParagraph(child, marker);
      } else built = this.block(child, Math.max(indent, contentIndent));
      if (!built) continue;
      if (previousEnd !== undefined && this.blankLineBetween(previousEnd, built.position!.start.offset!))
        spread = true;
      previousEnd = built.position!.end.offset!;
      children.push(built as ListItem['children'][number]);
    }
    return {
      type: 'listItem',
      spread,
      checked,
      children,
      position: this.range(mark.from, previousEnd ?? mark.to),
    };
  }

  /**
   * Where a list inside a blockquote ends: micromark ends it after the `>` marks of the blank
   * quoted lines that follow its last item (`> * a` `>` `> b`: after the second line's `>`).
   */
  private quotedBlankLinesAfter(list: SyntaxNode, end: number): number {
    let depth = 0;
    for (let p = list.parent; p; p = p.parent) if (p.name === 'Blockquote') depth++;
    if (depth === 0) return end;
    const blank = /^(?:\r\n|\r|\n)([ \t>]*)(?=\r\n|\r|\n|$)/;
    let at = end;
    for (;;) {
      const line = blank.exec(this.text.slice(at, at + 200));
      if (!line || (line[1]!.match(/>/g)?.length ?? 0) < depth) return at;
      at += line[0].length;
    }
  }

  /** A task item's paragraph as mdast-util-gfm-task-list-item leaves it: it starts at the `[x]`,
   * or, when text follows the marker, at that text, which loses one leading space. */
  private taskParagraph(task: SyntaxNode, marker: SyntaxNode): Paragraph {
    const paragraph = this.paragraph(task, marker.to, task.to);
    paragraph.position = this.range(marker.from, task.to);
    const head = paragraph.children[0];
    if (head?.type === 'text') {
      head.value = head.value.slice(1);
      if (!head.value) paragraph.children.shift();
      else {
        head.position = this.range(head.position!.start.offset! + 1, head.position!.end.offset!);
        paragraph.position.start = head.position.start;
      }
    }
    return paragraph;
  }

  /** Columns from the line's start (after any `>` marks) to where the item's content starts. */
  private contentColumn(item: SyntaxNode, mark: SyntaxNode): number {
    let at = mark.to;
    while (at < item.to && this.text[at] === ' ') at++;
    // Five spaces or more after the marker, or none before the line's end: the content column
    // is one past the marker (and an indented code block may follow).
    if (at - mark.to >= 5 || at === item.to || this.text[at] === '\n') at = mark.to + 1;
    let base = this.lineStartBefore(mark.from);
    const quote = this.text.lastIndexOf('>', mark.from);
    if (quote >= base) base = quote + (this.text[quote + 1] === ' ' ? 2 : 1);
    return at - base;
  }

  /** A fenced code block; `fenceIndent` spaces before its fence go from each of its lines. */
  private fencedCode(node: SyntaxNode, fenceIndent: number): Code {
    const info = node.getChild('CodeInfo');
    let lang: string | null = null;
    let meta: string | null = null;
    if (info) {
      // micromark's meta keeps the whitespace that ends the fence line; CodeInfo stops before it.
      let end = info.to;
      while (this.text[end] === ' ' || this.text[end] === '\t') end++;
      const raw = this.text.slice(info.from, end);
      const space = raw.search(/[ \t]/);
      lang = decodeString(space < 0 ? raw : raw.slice(0, space));
      if (space >= 0) {
        const rest = raw.slice(space).replace(/^[ \t]+/, '');
        if (rest) meta = decodeString(rest);
      }
    }
    return {
      type: 'code',
      lang,
      meta,
      value: this.codeText(node, true, fenceIndent),
      position: this.range(node.from, node.to),
    };
  }

  /** An indented code block, which micromark starts at its first line's indentation. */
  private indentedCode(node: SyntaxNode, from: number): Code {
    return {
      type: 'code',
      lang: null,
      meta: null,
      value: this.codeText(node, false),
      position: this.range(from, node.to),
    };
  }

  /** A code block's content: its CodeText pieces, with the line endings between them. */
  private codeText(node: SyntaxNode, fenced: boolean, fenceIndent = 0): string {
    let value = '';
    let previous: number | undefined;
    const unindent = fenceIndent > 0 ? new RegExp(`^ {1,${fenceIndent}}`, 'gm') : undefined;
    for (const piece of node.getChildren('CodeText')) {
      if (previous !== undefined) value += lineEndings(this.text.slice(previous, piece.from));
      const line = this.text.slice(piece.from, piece.to);
      value += unindent ? line.replace(unindent, '') : line;
      previous = piece.to;
    }
    if (fenced) {
      const close =
        node.lastChild?.name === 'CodeMark' && node.lastChild !== node.firstChild
          ? node.lastChild
          : undefined;
      if (previous !== undefined && close) value += lineEndings(this.text.slice(previous, close.from));
      value = value.replace(/(?:\r\n|\r|\n)$/, '');
    }
    return value;
  }

  private definition(node: SyntaxNode): Definition {
    const label = node.getChild('LinkLabel')!;
    const url = node.getChild('URL');
    const title = node.getChild('LinkTitle');
    const raw = withoutLinePrefixes(this.text.slice(label.from + 1, label.to - 1));
    return {
      type: 'definition',
      identifier: identifier(raw),
      label: decodeString(raw),
      title: title ? decodeString(this.text.slice(title.from + 1, title.to - 1)) : null,
      url: url ? destination(this.text.slice(url.from, url.to)) : '',
      position: this.range(node.from, node.to),
    };
  }

  private table(node: SyntaxNode): TableNode {
    const align: TableNode['align'] = [];
    const rows: TableRow[] = [];
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.name === 'TableHeader' || child.name === 'TableRow') rows.push(this.tableRow(child));
      else if (child.name === 'TableDelimiter')
        for (const cell of this.text
          .slice(child.from, child.to)
          .replace(/^\s*\|/, '')
          .replace(/\|\s*$/, '')
          .split('|')) {
          const c = cell.trim();
          align.push(
            c.startsWith(':') ? (c.endsWith(':') ? 'center' : 'left') : c.endsWith(':') ? 'right' : null,
          );
        }
    }
    return { type: 'table', align, children: rows, position: this.range(node.from, node.to) };
  }

  /** A row's cells as micromark bounds them: from the pipe before a cell up to the next pipe, the
   * last cell to the row's end; an empty cell between two pipes has no TableCell node. */
  private tableRow(row: SyntaxNode): TableRow {
    const cells: TableCell[] = [];
    let start = row.from;
    let content: SyntaxNode | undefined;
    const cell = (end: number) =>
      cells.push({
        type: 'tableCell',
        children: content ? this.inline(content, content.from, content.to, CELL) : [],
        position: this.range(start, end),
      });
    for (let child = row.firstChild; child; child = child.nextSibling) {
      if (child.name === 'TableDelimiter') {
        if (content || child.from > row.from) cell(child.from);
        start = child.from;
        content = undefined;
      } else if (child.name === 'TableCell') content = child;
    }
    if (content) cell(row.to);
    else if (cells.length > 0) {
      const last = cells[cells.length - 1]!;
      last.position = this.range(last.position!.start.offset!, row.to);
    }
    return { type: 'tableRow', children: cells, position: this.range(row.from, row.to) };
  }

  // ——— inline ———

  /** The phrasing content of `parent` between from and to. `context` says whether it is a block's
   * (whose trailing whitespace goes), a table cell's, or a link's (where bare URLs are text). */
  private inline(
    parent: SyntaxNode,
    from: number,
    to: number,
    context: Context = BLOCK,
    blockEnd = to,
  ): PhrasingContent[] {
    if (context.block) this.candidate = false;
    const out = new Phrasing(this, context, blockEnd);
    let at = from;
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.to <= from || child.from >= to) continue;
      if (child.from > at) out.text(at, child.from);
      this.phrasing(child, out);
      at = child.to;
    }
    if (at < to) out.text(at, to);
    const children = out.finish();
    if (context.block && this.candidate) this.autolinkCandidates.push(children);
    return children;
  }

  private phrasing(node: SyntaxNode, out: Phrasing): void {
    switch (node.name) {
      case 'Escape':
        out.literal(node.from, node.to, this.text[node.from + 1]!);
        return;
      case 'Entity':
        out.literal(node.from, node.to, decodeString(this.text.slice(node.from, node.to)));
        return;
      case 'QuoteMark':
        out.linePrefix(node.to);
        return;
      case 'HardBreak':
        out.node({ type: 'break', position: this.range(node.from, node.to) });
        out.lineStart();
        return;
      case 'Emphasis':
      case 'StrongEmphasis':
      case 'Strikethrough': {
        const open = node.firstChild!;
        const close = node.lastChild!;
        const type =
          node.name === 'Emphasis' ? 'emphasis' : node.name === 'StrongEmphasis' ? 'strong' : 'delete';
        out.node({
          type,
          children: this.inline(node, open.to, close.from, out.context.inner, out.blockEnd),
          position: this.range(node.from, node.to),
        } as PhrasingContent);
        return;
      }
      case 'InlineCode': {
        const open = node.firstChild!;
        const close = node.lastChild!;
        let value = this.raw(node, open.to, close.from, this.indent);
        if (/^[ \r\n]/.test(value) && /[ \r\n]$/.test(value) && /[^ \r\n]/.test(value))
          value = value.slice(1, -1);
        if (out.context.inTable) value = value.replace(/\\([\\|])/g, '$1');
        out.node({ type: 'inlineCode', value, position: this.range(node.from, node.to) });
        return;
      }
      case 'HTMLTag':
      case 'Comment':
      case 'ProcessingInstruction':
        // Inline HTML loses all indentation after its line endings (as text does); inline code
        // keeps what lies beyond the list indentation.
        out.node({
          type: 'html',
          value: this.raw(node, node.from, node.to, 0).replace(/(\r\n|\r|\n)[ \t]+/g, '$1'),
          position: this.range(node.from, node.to),
        });
        return;
      case 'Autolink': {
        const url = node.getChild('URL')!;
        const value = this.text.slice(url.from, url.to);
        const href = /^[a-z][a-z\d+.-]{1,31}:/i.test(value) ? value : `mailto:${value}`;
        out.node(this.linkWithText(node.from, node.to, href, url.from, url.to, value));
        return;
      }
      case 'URL': {
        if (out.context.inLink) {
          out.text(node.from, node.to);
          return;
        }
        const value = this.text.slice(node.from, node.to);
        const href = /^www\./i.test(value)
          ? `http://${value}`
          : /^[a-z][a-z\d+.-]*:/i.test(value)
            ? value
            : `mailto:${value}`;
        out.node(this.linkWithText(node.from, node.to, href, node.from, node.to, value));
        return;
      }
      case 'Link':
      case 'Image':
        this.link(node, out);
        return;
      default:
        out.text(node.from, node.to);
    }
  }

  private linkWithText(
    from: number,
    to: number,
    url: string,
    textFrom: number,
    textTo: number,
    value: string,
  ): PhrasingContent {
    return {
      type: 'link',
      title: null,
      url,
      children: [{ type: 'text', value, position: this.range(textFrom, textTo) }],
      position: this.range(from, to),
    };
  }

  private link(node: SyntaxNode, out: Phrasing): void {
    const open = node.firstChild!;
    let close: SyntaxNode | undefined;
    for (let child = open.nextSibling; child; child = child.nextSibling)
      if (child.name === 'LinkMark' && this.text[child.from] === ']') {
        close = child;
        break;
      }
    const image = node.name === 'Image';
    if (!close) {
      out.text(node.from, node.to);
      return;
    }
    const children = this.inline(node, open.to, close.from, out.context.link, out.blockEnd);
    const after = close.nextSibling;
    if (after && after.name === 'LinkMark' && this.text[after.from] === '(') {
      const url = node.getChild('URL');
      const title = node.getChild('LinkTitle');
      const href = url ? destination(this.text.slice(url.from, url.to)) : '';
      const t = title ? decodeString(this.text.slice(title.from + 1, title.to - 1)) : null;
      const position = this.range(node.from, node.to);
      out.node(
        image
          ? { type: 'image', title: t, url: href, alt: plainText(children), position }
          : ({ type: 'link', title: t, url: href, children, position } as PhrasingContent),
      );
      return;
    }
    const label = after && after.name === 'LinkLabel' ? after : undefined;
    const labelRaw = withoutLinePrefixes(
      label && label.to - label.from > 2
        ? this.text.slice(label.from + 1, label.to - 1)
        : this.text.slice(open.to, close.from),
    );
    const referenceType = label ? (label.to - label.from > 2 ? 'full' : 'collapsed') : 'shortcut';
    const id = identifier(labelRaw);
    if (!this.definitions.has(id)) {
      // Not a link after all: brackets and content stay text, as micromark leaves them. But
      // @lezer/markdown, which knows no definitions, took it for a link, and a link cannot hold
      // one: in `[_[a]_](url)` it made the outer brackets text where micromark makes them a link.
      if (/\]\s*[([]/.test(this.text.slice(node.to, out.blockEnd))) throw UNSUPPORTED;
      out.text(node.from, open.to);
      for (const child of children) out.node(child);
      out.text(close.from, node.to);
      return;
    }
    const position = this.range(node.from, node.to);
    out.node(
      image
        ? {
            type: 'imageReference',
            identifier: id,
            label: decodeString(labelRaw),
            referenceType,
            alt: plainText(children),
            position,
          }
        : ({
            type: 'linkReference',
            identifier: id,
            label: decodeString(labelRaw),
            referenceType,
            children,
            position,
          } as PhrasingContent),
    );
  }

  // ——— source helpers ———

  /** Source text from..to without the blockquote marks and list indentation of its later lines. */
  private raw(node: SyntaxNode, from: number, to: number, indent: number): string {
    let value = '';
    let at = from;
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.name !== 'QuoteMark' || child.from < from || child.to > to) continue;
      value += this.text.slice(at, child.from).replace(/(\r\n|\r|\n)[ \t]*$/, '$1');
      at = child.to;
      if (this.text[at] === ' ') at++;
    }
    value += this.text.slice(at, to);
    if (indent > 0) value = value.replace(new RegExp(`(\\r\\n|\\r|\\n) {1,${indent}}`, 'g'), '$1');
    return value;
  }

  /** Where the whitespace before `offset` on its line starts, within the container's content. */
  private indentationBefore(offset: number, indent: number): number {
    const lineStart = this.lineStartBefore(offset);
    let base = lineStart;
    const quote = this.text.lastIndexOf('>', offset - 1);
    if (quote >= lineStart && /^[ \t]*$/.test(this.text.slice(quote + 1, offset)))
      base = quote + (this.text[quote + 1] === ' ' ? 2 : 1);
    let at = offset;
    while (at > base && (this.text[at - 1] === ' ' || this.text[at - 1] === '\t')) at--;
    return Math.min(offset, Math.max(at, base + indent));
  }

  private trimLineEndings(from: number, to: number): number {
    let end = to;
    while (end > from && (this.text[end - 1] === '\n' || this.text[end - 1] === '\r')) end--;
    return end;
  }

  private trimEnd(from: number, to: number): number {
    let end = to;
    while (end > from && /[ \t\r\n]/.test(this.text[end - 1]!)) end--;
    return end;
  }

  private lineStartBefore(offset: number): number {
    let at = offset;
    while (at > 0 && this.text[at - 1] !== '\n' && this.text[at - 1] !== '\r') at--;
    return at;
  }

  private blankLineBetween(from: number, to: number): boolean {
    const between = this.text.slice(from, to);
    return /(\r\n|\r|\n)[ \t>]*(\r\n|\r|\n)/.test(between);
  }

  slice(from: number, to: number): string {
    return this.text.slice(from, to);
  }
}

/** Builds one run of phrasing content: adjacent text, escapes and references merge into one text
 * node, line endings keep, the whitespace around them goes (as micromark's paragraphs do). */
class Phrasing {
  private readonly out: PhrasingContent[] = [];
  private value = '';
  private start = -1;
  private end = -1;
  private atLineStart = false;

  constructor(
    private readonly build: Builder,
    readonly context: Context,
    /** Where the block holding this phrasing ends. */
    readonly blockEnd: number,
  ) {}

  text(from: number, to: number): void {
    const source = this.build.slice(from, to);
    let i = 0;
    while (i < source.length) {
      const c = source[i]!;
      if (c === '\n' || c === '\r') {
        this.value = withoutTrailingBlanks(this.value);
        if (!this.value) this.start = -1;
        const eol = c === '\r' && source[i + 1] === '\n' ? '\r\n' : c;
        this.append(from + i, from + i + eol.length, eol);
        i += eol.length;
        this.atLineStart = true;
        continue;
      }
      if (this.atLineStart && (c === ' ' || c === '\t')) {
        i++;
        continue;
      }
      this.atLineStart = false;
      // The rest of the line at once: appending it a character at a time allocated a string per
      // character (5 % of all the memory a corpus run allocates).
      let end = i + 1;
      while (end < source.length && source[end] !== '\n' && source[end] !== '\r') end++;
      this.append(from + i, from + end, source.slice(i, end));
      i = end;
    }
  }

  literal(from: number, to: number, value: string): void {
    this.atLineStart = false;
    this.append(from, to, value);
  }

  linePrefix(_end: number): void {
    this.atLineStart = true;
  }

  lineStart(): void {
    this.atLineStart = true;
  }

  private append(from: number, to: number, value: string): void {
    if (this.start < 0) this.start = from;
    this.value += value;
    this.end = to;
  }

  node(node: PhrasingContent): void {
    if (node.type === 'text') {
      const p = node.position!;
      if (this.start < 0) this.start = p.start.offset!;
      this.value += node.value;
      this.end = p.end.offset!;
      return;
    }
    this.flush();
    this.atLineStart = false;
    this.out.push(node);
  }

  private flush(): void {
    if (this.start >= 0 && this.value) {
      if (!this.build.candidate && AUTOLINK_CANDIDATE.test(this.value)) this.build.candidate = true;
      this.out.push({
        type: 'text',
        value: this.value,
        position: this.build.range(this.start, this.end),
      } as Text);
    }
    this.value = '';
    this.start = -1;
    this.end = -1;
  }

  finish(): PhrasingContent[] {
    if (!this.context.block) {
      this.flush();
      return this.out;
    }
    const trimmed = withoutTrailingBlanks(this.value);
    this.end -= this.value.length - trimmed.length;
    this.value = trimmed;
    this.flush();
    return this.out;
  }
}

interface Context {
  block: boolean;
  inTable: boolean;
  inLink: boolean;
  /** The context of phrasing nested in this one (emphasis, strong, delete). */
  inner: Context;
  /** The context of a link's text in this one. */
  link: Context;
}

function context(inTable: boolean, inLink: boolean, block: boolean): Context {
  const c = { block, inTable, inLink } as Context;
  return c;
}

const contexts = [false, true].flatMap((inTable) =>
  [false, true].flatMap((inLink) => [false, true].map((block) => context(inTable, inLink, block))),
);
for (const c of contexts) {
  c.inner = contexts.find((o) => o.inTable === c.inTable && o.inLink === c.inLink && !o.block)!;
  c.link = contexts.find((o) => o.inTable === c.inTable && o.inLink && !o.block)!;
}
const BLOCK = contexts.find((c) => c.block && !c.inTable && !c.inLink)!;
const CELL = contexts.find((c) => c.block && c.inTable && !c.inLink)!;

/** `value` without the spaces and tabs it ends in (a loop: `/[ \t]+$/` backtracks on long runs). */
function withoutTrailingBlanks(value: string): string {
  let end = value.length;
  while (end > 0 && (value[end - 1] === ' ' || value[end - 1] === '\t')) end--;
  return end === value.length ? value : value.slice(0, end);
}

/** A label's source as micromark serialises it: no indentation or `>` marks after a line ending. */
function withoutLinePrefixes(raw: string): string {
  return raw.includes('\n') || raw.includes('\r') ? raw.replace(/(\r\n|\r|\n)[ \t>]*/g, '$1') : raw;
}

function lineEndings(gap: string): string {
  return gap.match(/\r\n|\r|\n/g)?.join('') ?? '';
}

function identifier(raw: string): string {
  return normalizeIdentifier(raw).toLowerCase();
}

function destination(raw: string): string {
  return decodeString(raw.startsWith('<') && raw.endsWith('>') ? raw.slice(1, -1) : raw);
}
