// Size and depth limits: a post over one of them is reported as `limit-exceeded` (a warning that
// names the limit and the checks skipped), never a crash or a hang. The measures run before
// parsing, in one linear pass without regular expressions, because the parsers themselves are what
// a hostile post makes slow (deep containers, huge lines) or overflow (deep nesting).
import type { PostFormat } from '../types.js';

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
  /** Most images in one post. */
  maxImages: number;
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
  maxAxeElements: 10_000,
});

export const LIMIT_NAMES = Object.keys(DEFAULT_LIMITS) as Array<keyof Limits>;

export interface LimitBreach {
  limit: keyof Limits;
  /** What was measured (bytes, characters, depth, images); for pre-parse measures, an estimate. */
  actual: number;
  max: number;
  /** Line where the breach is (longest line, deepest point), when known. */
  line?: number;
  /** `all`: the file was not parsed; `images`: only the image rules; `axe`: only the axe-core checks. */
  skipped: 'all' | 'images' | 'axe';
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

/** Line length, nesting and image count measured on the decoded text, before parsing. */
export function checkTextLimits(source: string, format: PostFormat, limits: Limits): LimitBreach | undefined {
  const m = measureText(source, format);
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
  if (m.images > limits.maxImages) {
    return { limit: 'maxImages', actual: m.images, max: limits.maxImages, skipped: 'all' };
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

export interface TextMeasures {
  longestLine: number;
  longestLineNumber: number;
  /** Estimated deepest nesting of HTML: open tags not closed yet. */
  nesting: number;
  nestingLine: number;
  /** Deepest Markdown block quote and list nesting. */
  markdownNesting: number;
  markdownNestingLine: number;
  /** `<img` tags plus Markdown `![` image openers. */
  images: number;
}

/** Markdown containers count this many times against maxNesting (see Limits.maxNesting). */
const MARKDOWN_NESTING_COST = 5;

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
  '!doctype',
]);

export function measureText(source: string, format: PostFormat): TextMeasures {
  const m: TextMeasures = {
    longestLine: 0,
    longestLineNumber: 1,
    nesting: 0,
    nestingLine: 1,
    markdownNesting: 0,
    markdownNestingLine: 1,
    images: 0,
  };
  const markdown = format === 'markdown';
  let line = 1;
  let lineStart = 0;
  let depth = 0;
  const endLine = (at: number) => {
    if (at - lineStart > m.longestLine) {
      m.longestLine = at - lineStart;
      m.longestLineNumber = line;
    }
  };
  const deeper = (d: number) => {
    if (d > m.nesting) {
      m.nesting = d;
      m.nestingLine = line;
    }
  };
  const deeperMarkdown = (d: number) => {
    if (d > m.markdownNesting) {
      m.markdownNesting = d;
      m.markdownNestingLine = line;
    }
  };
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10 || c === 13) {
      endLine(i);
      if (c === 13 && source.charCodeAt(i + 1) === 10) i++;
      line++;
      lineStart = i + 1;
      if (markdown) deeperMarkdown(markdownLineDepth(source, lineStart));
      continue;
    }
    if (i === 0 && markdown) deeperMarkdown(markdownLineDepth(source, 0));
    if (c === 33 /* ! */ && markdown && source.charCodeAt(i + 1) === 91 /* [ */) m.images++;
    if (c !== 60 /* < */) continue;
    const closing = source.charCodeAt(i + 1) === 47; /* / */
    let j = i + (closing ? 2 : 1);
    const nameStart = j;
    while (j < source.length && isTagNameChar(source.charCodeAt(j))) j++;
    if (j === nameStart) continue;
    const name = source.slice(nameStart, j).toLowerCase();
    if (name === 'img') m.images++;
    if (NON_NESTING.has(name)) continue;
    if (closing) depth = Math.max(0, depth - 1);
    else if (!selfClosing(source, j)) {
      depth++;
      deeper(depth);
    }
  }
  endLine(source.length);
  return m;
}

function isTagNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 33;
}

/** `<x/>`: looks only a short way ahead, so a tag that never closes costs nothing. */
function selfClosing(source: string, from: number): boolean {
  const end = source.indexOf('>', from);
  return end > 0 && end - from < 2048 && source.charCodeAt(end - 1) === 47;
}

/** Block quote markers and list indentation at the start of a Markdown line. */
function markdownLineDepth(source: string, start: number): number {
  let depth = 0;
  let indent = 0;
  let i = start;
  for (; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 62 /* > */) depth++;
    else if (c === 32) indent++;
    else if (c === 9) indent += 4;
    else break;
  }
  const c = source.charCodeAt(i);
  const listItem = (c === 45 || c === 42 || c === 43) && source.charCodeAt(i + 1) === 32;
  return depth + (listItem ? 1 + Math.floor(indent / 2) : 0);
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
