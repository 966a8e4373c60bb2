// Budgets: every stage of checking a post costs at most a bounded amount in the size of the post.
// A post over one is reported as `limit-exceeded` (a warning that names the budget and the checks
// skipped), never a crash or a hang, and keeps every finding the other checks made. Where the parser
// itself is the danger (huge lines, deep containers, GFM tables) the measure is taken before parsing
// by ./pre-parse-scan.ts, linear and not fooled by code; everything else is counted on the parsed tree.
import type { Finding, PostFormat } from '../types.js';
import { measureText, type TableSpan } from './pre-parse-scan.js';

export { measureText, type TableSpan, type TextMeasures } from './pre-parse-scan.js';

export interface Limits {
  /** Largest file, in bytes (UTF-8), that is parsed at all. */
  maxBytes: number;
  /** Longest line, in characters. */
  maxLineLength: number;
  /**
   * Deepest nesting of HTML elements. Markdown block quotes and lists may nest a fifth as deep:
   * the Markdown parser's cost grows with the square of their depth.
   */
  maxNesting: number;
  /** Most images in one post (counted on the parsed tree); past it the image rules are skipped. */
  maxImages: number;
  /**
   * Most GFM table cells in one Markdown post, rows × columns (the Markdown parser keeps several
   * KB per cell); tables past it are left out of the parse, the rest of the post is checked.
   */
  maxTableCells: number;
  /** Most findings reported for one post; the rest are counted in one `limit-exceeded`. */
  maxFindings: number;
  /**
   * Most elements in a post that the rendered-DOM checks (axe-core in jsdom) still run on; past it
   * they are skipped and the native rules still run. axe's cost grows faster than the post.
   */
  maxAxeElements: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxBytes: 5 * 1024 * 1024,
  maxLineLength: 200_000,
  maxNesting: 1000,
  maxImages: 2000,
  maxTableCells: 10_000,
  maxFindings: 1000,
  maxAxeElements: 10_000,
});

export const LIMIT_NAMES = Object.keys(DEFAULT_LIMITS) as Array<keyof Limits>;

export interface LimitBreach {
  limit: keyof Limits;
  /** What was measured (bytes, characters, depth, images, cells). */
  actual: number;
  max: number;
  /** Line where the breach is (longest line, deepest point, first table left out), when known. */
  line?: number;
  /**
   * `all`: the file was not parsed; `images`: only the image rules were skipped; `tables`: the
   * tables were left out of the parse; `findings`: findings past the budget were not listed;
   * `axe`: only the axe-core checks were skipped.
   */
  skipped: 'all' | 'images' | 'tables' | 'findings' | 'axe';
}

/** UTF-8 length of a string, counted without allocating; stops counting once over `stopAt`. */
export function utf8Length(text: string, stopAt = Number.POSITIVE_INFINITY): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= stopAt; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** The byte limit, checked first (before decoding) so a 30 MB file is never parsed. */
export function checkByteLimit(content: string | Uint8Array, limits: Limits): LimitBreach | undefined {
  const bytes =
    typeof content === 'string' ? utf8Length(content, limits.maxBytes) : (content as Uint8Array).length;
  if (bytes <= limits.maxBytes) return undefined;
  const actual = typeof content === 'string' ? utf8Length(content) : bytes;
  return { limit: 'maxBytes', actual, max: limits.maxBytes, skipped: 'all' };
}

/** Markdown containers count this many times against maxNesting (see Limits.maxNesting). */
const MARKDOWN_NESTING_COST = 5;

export interface GuardedSource {
  /** A limit that stops the post from being parsed at all. */
  refused?: LimitBreach;
  /** The tables left out (one breach for all of them), when there were too many cells. */
  tables?: LimitBreach;
  /** What to parse: the source with the tables left out blanked (same length, same lines). */
  text: string;
}

/** The pre-parse budgets on decoded text: what may be parsed, and what must be left out. */
export function guardSource(source: string, format: PostFormat, limits: Limits): GuardedSource {
  if (format === 'json') return { text: source };
  const m = measureText(source, format);
  const refused = refusal(m, limits);
  if (refused) return { refused, text: source };
  const tables = tablesOverBudget(m.tables, limits.maxTableCells);
  if (tables.length === 0) return { text: source };
  const cells = tables.reduce((n, t) => n + t.cells, 0);
  return {
    tables: {
      limit: 'maxTableCells',
      actual: cells,
      max: limits.maxTableCells,
      line: tables[0]!.line,
      skipped: 'tables',
    },
    text: blank(source, tables),
  };
}

/** Line length and nesting measured on the decoded text (the breach that stops parsing), if any. */
export function checkTextLimits(source: string, format: PostFormat, limits: Limits): LimitBreach | undefined {
  return format === 'json' ? undefined : refusal(measureText(source, format), limits);
}

function refusal(m: ReturnType<typeof measureText>, limits: Limits): LimitBreach | undefined {
  if (m.nesting > limits.maxNesting) {
    return {
      limit: 'maxNesting',
      actual: m.nesting,
      max: limits.maxNesting,
      line: m.nestingLine,
      skipped: 'all',
    };
  }
  const markdownMax = Math.max(1, Math.floor(limits.maxNesting / MARKDOWN_NESTING_COST));
  if (m.markdownNesting > markdownMax) {
    return {
      limit: 'maxNesting',
      actual: m.markdownNesting,
      max: markdownMax,
      line: m.markdownNestingLine,
      skipped: 'all',
    };
  }
  if (m.longestLine > limits.maxLineLength) {
    return {
      limit: 'maxLineLength',
      actual: m.longestLine,
      max: limits.maxLineLength,
      line: m.longestLineNumber,
      skipped: 'all',
    };
  }
  return undefined;
}

/** Tables are kept in document order while their cells fit the budget; the others are left out. */
function tablesOverBudget(tables: TableSpan[], max: number): TableSpan[] {
  let kept = 0;
  const out: TableSpan[] = [];
  for (const table of tables) {
    if (kept + table.cells <= max) kept += table.cells;
    else out.push(table);
  }
  return out;
}

/** Spaces for every character of the spans but line breaks: offsets and line numbers stay right. */
function blank(source: string, spans: TableSpan[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const span of spans) {
    parts.push(source.slice(at, span.start));
    const text = source.slice(span.start, span.end);
    let start = 0;
    for (let i = 0; i <= text.length; i++) {
      const c = text.charCodeAt(i);
      if (i === text.length || c === 10 || c === 13) {
        parts.push(' '.repeat(i - start));
        if (i < text.length) parts.push(text[i]!);
        start = i + 1;
      }
    }
    at = span.end;
  }
  parts.push(source.slice(at));
  return parts.join('');
}

/**
 * The finding budget: at most `max` findings per post, errors first, then warnings, then infos,
 * each in source order. Returns the findings to report and, when some were left out, how many.
 */
export function findingBudget(messages: Finding[], max: number): { kept: Finding[]; left: number } {
  if (messages.length <= max) return { kept: messages, left: 0 };
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const order = messages.map((m, i) => ({ m, i }));
  order.sort((a, b) => rank[a.m.severity] - rank[b.m.severity] || a.i - b.i);
  const keep = new Set(order.slice(0, max).map((o) => o.m));
  return { kept: messages.filter((m) => keep.has(m)), left: messages.length - max };
}
/** Limits from the configuration, validated: whole numbers above zero. */
export function resolveLimits(user: Partial<Record<keyof Limits, unknown>> | undefined): Limits {
  const limits: Limits = { ...DEFAULT_LIMITS };
  for (const name of LIMIT_NAMES) {
    const value = user?.[name];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
      throw new RangeError(`"limits.${name}" must be a whole number above 0, not ${JSON.stringify(value)}.`);
    }
    limits[name] = value;
  }
  return limits;
}
