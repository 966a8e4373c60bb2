// What is measured before parsing, where the parser itself is what a hostile post makes slow or
// overflow: line length, HTML nesting, Markdown container nesting (micromark's cost grows with the
// square of it, and `- - - …` nests on one line) and GFM table cells (micromark keeps several KB per
// cell). One pass, no regular expressions, and every look-ahead (the next `>`, the closing
// backtick run) moves only forward, so the cost is linear in the size of the post whatever it holds.
//
// Code cannot fool it: fenced code, code spans, HTML comments and raw-text elements are skipped,
// as the parser skips them. Where the scan cannot be sure (a fence the parser might not see as
// one), it errs towards counting: a block it skips always ends no later than the parser's does.
import type { PostFormat } from '../types.js';

export interface TableSpan {
  /** Line of the header row. */
  line: number;
  /** Offsets of the table (header row to last row) in the source. */
  start: number;
  end: number;
  /** Cells the parsed table will have: (header + body rows) × columns, short rows padded. */
  cells: number;
}

export interface TextMeasures {
  longestLine: number;
  longestLineNumber: number;
  /** Deepest nesting of HTML elements: open tags not closed yet. */
  nesting: number;
  nestingLine: number;
  /** Deepest Markdown block quote and list nesting. */
  markdownNesting: number;
  markdownNestingLine: number;
  /** GFM tables, in document order (Markdown only). */
  tables: TableSpan[];
}

/** Elements whose end tag may be left out or that never nest: they do not count as nesting. */
const NON_NESTING = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'option',
  'optgroup',
  'rb',
  'rt',
  'rp',
  'thead',
  'tbody',
  'tfoot',
  'colgroup',
  'caption',
  'html',
  'head',
  'body',
]);

/** Elements whose content is text to the HTML parser, not markup. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);

/** Markdown HTML blocks of CommonMark's first kind: they end at a line holding one of these. */
const RAW_BLOCK_TAGS = ['script', 'pre', 'style', 'textarea'];
const RAW_BLOCK_ENDS = RAW_BLOCK_TAGS.map((t) => `</${t}>`);

enum Ch {
  Tab = 9,
  Lf = 10,
  Cr = 13,
  Space = 32,
  Bang = 33,
  Hash = 35,
  Plus = 43,
  Star = 42,
  Dash = 45,
  Dot = 46,
  Slash = 47,
  Zero = 48,
  Nine = 57,
  Colon = 58,
  Lt = 60,
  Gt = 62,
  Question = 63,
  Underscore = 95,
  Backtick = 96,
  Pipe = 124,
  Tilde = 126,
  RParen = 41,
}

function isTagNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === Ch.Dash;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isBlank(c: number): boolean {
  return c === Ch.Space || c === Ch.Tab;
}

export function measureText(source: string, format: PostFormat): TextMeasures {
  const scan = new Scan(source);
  if (format === 'markdown') scan.markdown();
  else {
    scan.lineLengths();
    if (format === 'html') scan.html();
  }
  return scan.m;
}

interface Prefix {
  /** `>` markers before any list marker. */
  quotes: number;
  /** Every container marker on the line (`>`, `-`, `*`, `+`, `1.`, `1)`). */
  containers: number;
  /** Whitespace columns before the first list marker (nested lists by indentation). */
  listIndent: number;
  hasList: boolean;
  /** Where the line's content starts, and its column (tabs expanded). */
  content: number;
  contentColumn: number;
  /** Whitespace columns between the last marker (or the line start) and the content. */
  indent: number;
  /** The first character after the leading quotes and their whitespace, and its column. */
  body: number;
  bodyColumn: number;
}

type Block =
  | { kind: 'fence'; char: number; length: number; quotes: number; column: number }
  | { kind: 'raw'; ends: string[]; countTags: boolean; quotes: number; column: number }
  | { kind: 'html'; quotes: number };

class Scan {
  readonly m: TextMeasures = {
    longestLine: 0,
    longestLineNumber: 1,
    nesting: 0,
    nestingLine: 1,
    markdownNesting: 0,
    markdownNestingLine: 1,
    tables: [],
  };
  private depth = 0;
  /** The next `>` at or after the last query (-1: none left); only ever moves forward. */
  private gt = 0;
  private line = 1;
  private lineCursor = 0;

  constructor(private readonly s: string) {}

  private lineEnd(from: number): number {
    const s = this.s;
    let i = from;
    while (i < s.length) {
      const c = s.charCodeAt(i);
      if (c === Ch.Lf || c === Ch.Cr) break;
      i++;
    }
    return i;
  }

  private nextLine(end: number): number {
    const s = this.s;
    if (end >= s.length) return s.length + 1;
    return s.charCodeAt(end) === Ch.Cr && s.charCodeAt(end + 1) === Ch.Lf ? end + 2 : end + 1;
  }

  private noteLine(start: number, end: number, line: number): void {
    if (end - start > this.m.longestLine) {
      this.m.longestLine = end - start;
      this.m.longestLineNumber = line;
    }
  }

  lineLengths(): void {
    let line = 1;
    for (let start = 0; start <= this.s.length; line++) {
      const end = this.lineEnd(start);
      this.noteLine(start, end, line);
      start = this.nextLine(end);
    }
  }

  /** Line number at `offset`, counted forward from the last call (offsets only grow). */
  private lineAt(offset: number): number {
    const s = this.s;
    for (; this.lineCursor < offset && this.lineCursor < s.length; this.lineCursor++) {
      const c = s.charCodeAt(this.lineCursor);
      if (c === Ch.Lf || (c === Ch.Cr && s.charCodeAt(this.lineCursor + 1) !== Ch.Lf)) this.line++;
    }
    return this.line;
  }

  private nextGt(from: number): number {
    if (this.gt >= 0 && this.gt < from) this.gt = this.s.indexOf('>', from);
    return this.gt;
  }

  private openTag(name: string, selfClosing: boolean, line: () => number): void {
    if (NON_NESTING.has(name) || selfClosing) return;
    this.depth++;
    if (this.depth > this.m.nesting) {
      this.m.nesting = this.depth;
      this.m.nestingLine = line();
    }
  }

  private closeTag(name: string): void {
    if (!NON_NESTING.has(name)) this.depth = Math.max(0, this.depth - 1);
  }

  /** A whole HTML document or fragment: tags may span lines; comments and raw text are skipped. */
  html(): void {
    const s = this.s;
    let i = 0;
    while (i < s.length) {
      const lt = s.indexOf('<', i);
      if (lt < 0) return;
      if (s.startsWith('<!--', lt)) {
        const end = s.indexOf('-->', lt + 4);
        if (end < 0) return;
        i = end + 3;
        continue;
      }
      const closing = s.charCodeAt(lt + 1) === Ch.Slash;
      const nameStart = lt + (closing ? 2 : 1);
      const first = s.charCodeAt(nameStart);
      if (first === Ch.Bang || first === Ch.Question) {
        const gt = this.nextGt(nameStart);
        if (gt < 0) return;
        i = gt + 1;
        continue;
      }
      if (!isLetter(first)) {
        i = lt + 1;
        continue;
      }
      let j = nameStart;
      while (j < s.length && isTagNameChar(s.charCodeAt(j))) j++;
      const gt = this.nextGt(j);
      if (gt < 0) return; // an unterminated tag runs to the end: the parser drops it
      const name = s.slice(nameStart, j).toLowerCase();
      if (closing) this.closeTag(name);
      else {
        const selfClosing = s.charCodeAt(gt - 1) === Ch.Slash;
        this.openTag(name, selfClosing, () => this.lineAt(lt));
        if (RAW_TEXT.has(name) && !selfClosing) {
          const end = this.findClosingTag(name, gt + 1);
          if (end < 0) return;
          this.closeTag(name);
          i = end;
          continue;
        }
      }
      i = gt + 1;
    }
  }

  /** Offset just after `</name…>` at or after `from`, or -1. */
  private findClosingTag(name: string, from: number): number {
    const s = this.s;
    let i = from;
    while (true) {
      const at = s.indexOf('</', i);
      if (at < 0) return -1;
      const end = at + 2 + name.length;
      if (s.slice(at + 2, end).toLowerCase() === name && !isTagNameChar(s.charCodeAt(end))) {
        const gt = this.nextGt(end);
        return gt < 0 ? -1 : gt + 1;
      }
      i = at + 2;
    }
  }

  /** Tags in one Markdown line: code spans skipped, a tag must end on its line. */
  private lineTags(from: number, to: number, line: number, codeSpans: boolean): void {
    const s = this.s;
    const spans = codeSpans ? new CodeSpans(s, from, to) : undefined;
    let i = from;
    while (i < to) {
      const c = s.charCodeAt(i);
      if (c === Ch.Backtick && spans) {
        i = spans.skip(i);
        continue;
      }
      if (c !== Ch.Lt) {
        i++;
        continue;
      }
      if (s.startsWith('<!--', i)) {
        const end = s.indexOf('-->', i + 4);
        i = end >= 0 && end + 3 <= to ? end + 3 : i + 4;
        continue;
      }
      const closing = s.charCodeAt(i + 1) === Ch.Slash;
      const nameStart = i + (closing ? 2 : 1);
      if (!isLetter(s.charCodeAt(nameStart))) {
        i++;
        continue;
      }
      let j = nameStart;
      while (j < to && isTagNameChar(s.charCodeAt(j))) j++;
      const gt = this.nextGt(j);
      if (gt < 0 || gt >= to) {
        i = j;
        continue;
      }
      const name = s.slice(nameStart, j).toLowerCase();
      if (closing) this.closeTag(name);
      else this.openTag(name, s.charCodeAt(gt - 1) === Ch.Slash, () => line);
      i = gt + 1;
    }
  }

  private prefix(start: number, end: number): Prefix {
    const s = this.s;
    let i = start;
    let column = 0;
    let quotes = 0;
    let containers = 0;
    let hasList = false;
    let listIndent = 0;
    let indent = 0;
    let body = -1;
    let bodyColumn = -1;
    let afterMarker = false;
    while (true) {
      let ws = 0;
      while (i < end && isBlank(s.charCodeAt(i))) {
        const w = s.charCodeAt(i) === Ch.Tab ? 4 - (column % 4) : 1;
        ws += w;
        column += w;
        i++;
      }
      indent = ws;
      if (body < 0 && !hasList && s.charCodeAt(i) !== Ch.Gt) {
        body = i;
        bodyColumn = column;
      }
      const c = s.charCodeAt(i);
      if (c === Ch.Gt) {
        if (!hasList) quotes++;
        containers++;
        i++;
        column++;
        afterMarker = true;
        continue;
      }
      let markerEnd = -1;
      if (
        (c === Ch.Dash || c === Ch.Star || c === Ch.Plus) &&
        (i + 1 >= end || isBlank(s.charCodeAt(i + 1)))
      ) {
        markerEnd = i + 1;
      } else if (c >= Ch.Zero && c <= Ch.Nine) {
        let d = i;
        while (d < end && d - i < 9 && s.charCodeAt(d) >= Ch.Zero && s.charCodeAt(d) <= Ch.Nine) d++;
        const p = s.charCodeAt(d);
        if ((p === Ch.Dot || p === Ch.RParen) && (d + 1 >= end || isBlank(s.charCodeAt(d + 1))))
          markerEnd = d + 1;
      }
      if (markerEnd < 0) break;
      if (!hasList) listIndent = ws;
      hasList = true;
      containers++;
      column += markerEnd - i;
      i = markerEnd;
      afterMarker = true;
    }
    if (body < 0) {
      body = i;
      bodyColumn = column;
    }
    // After a marker its one separating space is part of it, so code needs one column more.
    return {
      quotes,
      containers,
      listIndent,
      hasList,
      content: i,
      contentColumn: column,
      indent: afterMarker ? Math.max(0, indent - 1) : indent,
      body,
      bodyColumn,
    };
  }

  /** `---`, `* * *`, `_ _ _`: a thematic break, not three list markers. */
  private thematicBreak(from: number, to: number): boolean {
    const s = this.s;
    let mark = 0;
    let count = 0;
    for (let i = from; i < to; i++) {
      const c = s.charCodeAt(i);
      if (isBlank(c)) continue;
      if (c !== Ch.Dash && c !== Ch.Star && c !== Ch.Underscore) return false;
      if (mark && c !== mark) return false;
      mark = c;
      count++;
    }
    return count >= 3;
  }

  /** A fence opener at `at`: its character and length, or undefined. */
  private fenceOpener(at: number, to: number): { char: number; length: number } | undefined {
    const s = this.s;
    const c = s.charCodeAt(at);
    if (c !== Ch.Backtick && c !== Ch.Tilde) return undefined;
    let j = at;
    while (j < to && s.charCodeAt(j) === c) j++;
    if (j - at < 3) return undefined;
    if (c === Ch.Backtick && s.indexOf('`', j) >= 0 && s.indexOf('`', j) < to) return undefined;
    return { char: c, length: j - at };
  }

  private fenceCloser(at: number, to: number, block: { char: number; length: number }): boolean {
    const s = this.s;
    let j = at;
    while (j < to && s.charCodeAt(j) === block.char) j++;
    if (j - at < block.length) return false;
    while (j < to && isBlank(s.charCodeAt(j))) j++;
    return j === to;
  }

  /** A Markdown HTML block starting at `at`, or undefined. */
  private htmlBlock(at: number, to: number, quotes: number, column: number): Block | undefined {
    const s = this.s;
    if (s.charCodeAt(at) !== Ch.Lt) return undefined;
    const raw = (ends: string[], countTags = false): Block => ({
      kind: 'raw',
      ends,
      countTags,
      quotes,
      column,
    });
    if (s.startsWith('<!--', at)) return raw(['-->']);
    if (s.startsWith('<![CDATA[', at)) return raw([']]>']);
    if (s.charCodeAt(at + 1) === Ch.Question) return raw(['?>']);
    if (s.charCodeAt(at + 1) === Ch.Bang && isLetter(s.charCodeAt(at + 2))) return raw(['>']);
    let j = at + 1;
    while (j < to && isTagNameChar(s.charCodeAt(j))) j++;
    const name = s.slice(at + 1, j).toLowerCase();
    const after = s.charCodeAt(j);
    if (RAW_BLOCK_TAGS.includes(name) && (j >= to || isBlank(after) || after === Ch.Gt)) {
      return raw(RAW_BLOCK_ENDS, name === 'pre');
    }
    // Any other tag at the start of a line may open a block that lasts until a blank line.
    const first = s.charCodeAt(s.charCodeAt(at + 1) === Ch.Slash ? at + 2 : at + 1);
    return isLetter(first) ? { kind: 'html', quotes } : undefined;
  }

  private rawEnds(from: number, to: number, ends: string[]): boolean {
    const text = this.s.slice(from, to).toLowerCase();
    return ends.some((end) => text.includes(end));
  }

  private deeperMarkdown(depth: number, line: number): void {
    if (depth > this.m.markdownNesting) {
      this.m.markdownNesting = depth;
      this.m.markdownNestingLine = line;
    }
  }

  markdown(): void {
    const s = this.s;
    let block: Block | undefined;
    let table: { span: TableSpan; columns: number; rows: number } | undefined;
    let previous: { line: number; content: number; pipe: boolean } | undefined;
    const endTable = () => {
      if (table) {
        table.span.cells = (table.rows + 1) * table.columns;
        this.m.tables.push(table.span);
      }
      table = undefined;
    };
    let line = 1;
    for (let start = 0; start <= s.length; line++) {
      const end = this.lineEnd(start);
      const next = this.nextLine(end);
      this.noteLine(start, end, line);
      const p = this.prefix(start, end);
      // An empty list item (`1. 1. 1.` alone) is not blank: it still nests.
      const blank = p.content >= end && !p.hasList;
      if (block) {
        // A block the parser skips ends here at the latest: fewer quotes, or (for a fence or raw
        // block in a list) less indentation than its first line had.
        const left =
          p.quotes < block.quotes ||
          (block.kind !== 'html' && !blank && p.bodyColumn < block.column && p.quotes === block.quotes);
        if (!left) {
          if (block.kind === 'html') {
            if (blank) block = undefined;
            else this.lineTags(start, end, line, false);
          } else if (block.kind === 'fence') {
            if (!blank && p.bodyColumn <= block.column + 3) {
              const at = this.firstNonBlank(start, end, block.quotes);
              if (this.fenceCloser(at, end, block)) block = undefined;
            }
          } else {
            if (block.countTags) this.lineTags(start, end, line, false);
            if (this.rawEnds(start, end, block.ends)) block = undefined;
          }
          previous = undefined;
          start = next;
          continue;
        }
        block = undefined;
      }
      if (blank) {
        endTable();
        previous = undefined;
        start = next;
        continue;
      }
      const rule = this.thematicBreak(p.body, end);
      this.deeperMarkdown(
        rule ? p.quotes : p.containers + (p.hasList ? Math.floor(p.listIndent / 2) : 0),
        line,
      );
      if (p.content >= end) {
        // A thematic break or empty list items: nothing more on the line.
        endTable();
        previous = undefined;
        start = next;
        continue;
      }
      const mayOpen = p.indent <= 3;
      const fence = mayOpen ? this.fenceOpener(p.content, end) : undefined;
      const html = mayOpen && !fence ? this.htmlBlock(p.content, end, p.quotes, p.contentColumn) : undefined;
      if (table && (fence || html)) endTable();
      if (table) {
        table.rows++;
        table.span.end = end;
        this.lineTags(p.content, end, line, true);
        start = next;
        continue;
      }
      if (fence) {
        block = { kind: 'fence', ...fence, quotes: p.quotes, column: p.contentColumn };
        previous = undefined;
        start = next;
        continue;
      }
      if (html) {
        if (html.kind === 'raw') {
          if (html.countTags) this.lineTags(p.content, end, line, false);
          if (!this.rawEnds(p.content + 1, end, html.ends)) block = html;
        } else {
          this.lineTags(p.content, end, line, false);
          block = html;
        }
        previous = undefined;
        start = next;
        continue;
      }
      const columns = previous ? this.delimiterRow(p.content, end) : 0;
      if (previous && columns > 0 && (previous.pipe || this.hasPipe(p.content, end))) {
        table = { span: { line: previous.line, start: previous.content, end, cells: 0 }, columns, rows: 0 };
        start = next;
        continue;
      }
      this.lineTags(p.content, end, line, true);
      previous = { line, content: p.content, pipe: this.hasPipe(p.content, end) };
      start = next;
    }
    endTable();
  }

  private firstNonBlank(start: number, end: number, quotes: number): number {
    const s = this.s;
    let i = start;
    let seen = 0;
    while (i < end) {
      const c = s.charCodeAt(i);
      if (isBlank(c)) i++;
      else if (c === Ch.Gt && seen < quotes) {
        seen++;
        i++;
      } else break;
    }
    return i;
  }

  private hasPipe(from: number, to: number): boolean {
    const at = this.s.indexOf('|', from);
    return at >= 0 && at < to;
  }

  /** Cells of a GFM delimiter row (`| --- | :-: |`), or 0 when the line is not one. */
  private delimiterRow(from: number, to: number): number {
    const s = this.s;
    let cells = 0;
    let dashes = 0;
    let inCell = false;
    let pipes = 0;
    for (let i = from; i < to; i++) {
      const c = s.charCodeAt(i);
      if (c === Ch.Pipe) {
        pipes++;
        if (inCell) {
          if (dashes === 0) return 0;
          cells++;
        }
        inCell = false;
        dashes = 0;
      } else if (c === Ch.Dash) {
        inCell = true;
        dashes++;
      } else if (c === Ch.Colon) inCell = true;
      else if (!isBlank(c)) return 0;
    }
    if (inCell) {
      if (dashes === 0) return 0;
      cells++;
    }
    return cells > 0 && (pipes > 0 || cells === 1) ? cells : 0;
  }
}

/**
 * Code spans of one line: a backtick run is closed by the next run of the same length. The runs
 * are listed once and each length keeps a cursor that only moves forward, so matching is linear.
 */
class CodeSpans {
  private readonly runs = new Map<number, number[]>();
  private readonly cursor = new Map<number, number>();
  private readonly lengthAt = new Map<number, number>();

  constructor(s: string, from: number, to: number) {
    for (let i = from; i < to; ) {
      if (s.charCodeAt(i) !== Ch.Backtick) {
        i++;
        continue;
      }
      let j = i;
      while (j < to && s.charCodeAt(j) === Ch.Backtick) j++;
      const list = this.runs.get(j - i);
      if (list) list.push(i);
      else this.runs.set(j - i, [i]);
      this.lengthAt.set(i, j - i);
      i = j;
    }
  }

  /** From the backtick run at `at`: past its closing run, or past the run itself when unclosed. */
  skip(at: number): number {
    const length = this.lengthAt.get(at) ?? 1;
    const list = this.runs.get(length) ?? [];
    let k = this.cursor.get(length) ?? 0;
    while (k < list.length && list[k]! <= at) k++;
    this.cursor.set(length, k);
    if (k < list.length) return list[k]! + length;
    return at + length;
  }
}
