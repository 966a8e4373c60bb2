// `.gitignore` files from the checked tree, matched without backtracking. The files come from the
// pull request being checked, so a pattern is input, not code: the `ignore` package compiles each
// line to a backtracking RegExp and git 2.39's own wildmatch is exponential too (one line such as
// `*a*a*a*a*a*a*a*a*a*a*a*a*b` against a long name holds either for minutes). Here a pattern is a
// list of path segments matched by dynamic programming, and a segment by the greedy one-star
// algorithm: at most (pattern length × name length) steps per line and name, whatever they hold.
// Semantics are gitignore(5)'s: `#` comments, `!` negation, trailing `/` for directories, a `/`
// anywhere but the end anchors the pattern, `**` as a whole segment matches any number of them,
// `*` `?` `[a-z]` `[!x]` `[[:alpha:]]` and backslash escapes within a segment.

/** A .gitignore larger than this is read only up to here: no real one comes near it. */
export const MAX_GITIGNORE_BYTES = 64 * 1024;
/** Longer lines are skipped (git's own limit on a path is 4096 bytes). */
const MAX_PATTERN_LENGTH = 4096;

type Token =
  | { kind: 'char'; ch: string }
  | { kind: 'any' } // ?
  | { kind: 'star' } // *
  | { kind: 'class'; negated: boolean; test: (ch: string) => boolean };

type Segment = Token[] | 'globstar';

interface Pattern {
  negated: boolean;
  directoryOnly: boolean;
  segments: Segment[];
}

const POSIX_CLASSES: Record<string, (ch: string) => boolean> = {
  alnum: (c) => /^[A-Za-z0-9]$/.test(c),
  alpha: (c) => /^[A-Za-z]$/.test(c),
  blank: (c) => c === ' ' || c === '\t',
  cntrl: (c) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127,
  digit: (c) => c >= '0' && c <= '9',
  graph: (c) => c.charCodeAt(0) > 32 && c.charCodeAt(0) < 127,
  lower: (c) => c >= 'a' && c <= 'z',
  print: (c) => c.charCodeAt(0) >= 32 && c.charCodeAt(0) < 127,
  punct: (c) => /^[!-/:-@[-`{-~]$/.test(c),
  space: (c) => /^[ \t\n\r\f\v]$/.test(c),
  upper: (c) => c >= 'A' && c <= 'Z',
  xdigit: (c) => /^[0-9A-Fa-f]$/.test(c),
};

export class GitignoreFile {
  private readonly patterns: Pattern[] = [];

  /** `text`: the file's content; patterns match paths relative to the directory holding it. */
  constructor(text: string) {
    for (const raw of text.slice(0, MAX_GITIGNORE_BYTES).split(/\r?\n/)) {
      if (raw.length > MAX_PATTERN_LENGTH) continue;
      const pattern = parsePattern(raw);
      if (pattern) this.patterns.push(pattern);
    }
  }

  /** true: ignored, false: re-included by a `!` line, undefined: no line matches. Last match wins. */
  decide(relativePath: string, isDirectory: boolean): boolean | undefined {
    const names = relativePath.split('/');
    for (let i = this.patterns.length - 1; i >= 0; i--) {
      const pattern = this.patterns[i]!;
      if (pattern.directoryOnly && !isDirectory) continue;
      if (matchSegments(pattern.segments, names)) return !pattern.negated;
    }
    return undefined;
  }
}

function parsePattern(raw: string): Pattern | undefined {
  let line = raw;
  // Trailing spaces are ignored unless escaped.
  let end = line.length;
  while (end > 0 && line[end - 1] === ' ' && line[end - 2] !== '\\') end--;
  line = line.slice(0, end);
  if (line === '' || line.startsWith('#')) return undefined;
  let negated = false;
  if (line.startsWith('!')) {
    negated = true;
    line = line.slice(1);
  } else if (line.startsWith('\\!') || line.startsWith('\\#')) line = line.slice(1);
  let directoryOnly = false;
  if (line.endsWith('/') && !line.endsWith('\\/')) {
    directoryOnly = true;
    line = line.slice(0, -1);
  }
  if (line === '') return undefined;
  const anchored = line.includes('/');
  if (line.startsWith('/')) line = line.slice(1);
  const parts = line.split('/');
  const segments: Segment[] = parts.map((part) => (part === '**' ? 'globstar' : tokenize(part)));
  if (!anchored) segments.unshift('globstar');
  // "abc/**" matches everything inside abc, not abc itself: a trailing ** needs one name at least.
  if (parts.length > 1 && parts[parts.length - 1] === '**')
    segments.splice(-1, 1, 'globstar', [{ kind: 'star' }]);
  return { negated, directoryOnly, segments };
}

function tokenize(part: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < part.length; i++) {
    const ch = part[i]!;
    if (ch === '\\' && i + 1 < part.length) tokens.push({ kind: 'char', ch: part[++i]! });
    else if (ch === '?') tokens.push({ kind: 'any' });
    else if (ch === '*') {
      // Consecutive stars inside a segment are one star.
      if (tokens[tokens.length - 1]?.kind !== 'star') tokens.push({ kind: 'star' });
    } else if (ch === '[') {
      const parsed = parseClass(part, i);
      if (parsed) {
        tokens.push(parsed.token);
        i = parsed.end;
      } else tokens.push({ kind: 'char', ch });
    } else tokens.push({ kind: 'char', ch });
  }
  return tokens;
}

/** `[…]` starting at `start`: the token and the index of its `]`, or undefined when unclosed. */
function parseClass(part: string, start: number): { token: Token; end: number } | undefined {
  let i = start + 1;
  let negated = false;
  if (part[i] === '!' || part[i] === '^') {
    negated = true;
    i++;
  }
  const tests: Array<(ch: string) => boolean> = [];
  let first = true;
  while (i < part.length) {
    const ch = part[i]!;
    if (ch === ']' && !first) {
      const token: Token = { kind: 'class', negated, test: (c) => tests.some((t) => t(c)) };
      return { token, end: i };
    }
    first = false;
    if (ch === '[' && part[i + 1] === ':') {
      const close = part.indexOf(':]', i + 2);
      const name = close > 0 ? part.slice(i + 2, close) : '';
      const test = POSIX_CLASSES[name];
      if (test) {
        tests.push(test);
        i = close + 2;
        continue;
      }
    }
    let low = ch;
    if (ch === '\\' && i + 1 < part.length) low = part[++i]!;
    if (part[i + 1] === '-' && part[i + 2] !== undefined && part[i + 2] !== ']') {
      let high = part[i + 2]!;
      i += 2;
      if (high === '\\' && i + 1 < part.length) high = part[++i]!;
      const [a, b] = [low, high];
      tests.push((c) => c >= a && c <= b);
    } else tests.push((c) => c === low);
    i++;
  }
  return undefined;
}

function tokenMatches(token: Token, ch: string): boolean {
  if (token.kind === 'char') return token.ch === ch;
  if (token.kind === 'any') return true;
  if (token.kind === 'class') return token.test(ch) !== token.negated;
  return false;
}

/**
 * One name against one segment's tokens: the greedy algorithm that remembers only the last star
 * (any match found by a later choice for an earlier star is also found by the last one), so it is
 * O(tokens × characters) and cannot backtrack exponentially.
 */
export function matchName(tokens: Token[], name: string): boolean {
  let t = 0;
  let n = 0;
  let star = -1;
  let starName = 0;
  while (n < name.length) {
    const token = tokens[t];
    if (token && token.kind !== 'star' && tokenMatches(token, name[n]!)) {
      t++;
      n++;
    } else if (token?.kind === 'star') {
      star = t++;
      starName = n;
    } else if (star >= 0) {
      t = star + 1;
      n = ++starName;
    } else return false;
  }
  while (tokens[t]?.kind === 'star') t++;
  return t === tokens.length;
}

/** Segments against names: dynamic programming over (segment, name), `globstar` taking any number. */
function matchSegments(segments: Segment[], names: string[]): boolean {
  // reach[j]: the segments so far can consume exactly the first j names.
  let reach = new Array<boolean>(names.length + 1).fill(false);
  reach[0] = true;
  for (const segment of segments) {
    const next = new Array<boolean>(names.length + 1).fill(false);
    if (segment === 'globstar') {
      let any = false;
      for (let j = 0; j <= names.length; j++) {
        any ||= reach[j]!;
        next[j] = any;
      }
    } else {
      for (let j = 0; j < names.length; j++) {
        if (reach[j] && matchName(segment, names[j]!)) next[j + 1] = true;
      }
    }
    reach = next;
  }
  return reach[names.length]!;
}
