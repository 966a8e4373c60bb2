// Front matter (YAML `---` or TOML `+++`) read into plain data, keeping where each value stands.
import type { Node as YamlNode } from 'yaml';
import { PostParseError } from '../errors.js';
import { part } from '../parts/registry.js';
import type { SourceRange } from '../types.js';
import type { LineIndex } from './positions.js';

export interface FrontMatterEntry {
  /** Dotted path as written (`featured_image.alt`). */
  path: string;
  value: unknown;
  /** Range of the value (or of the key line when the value is empty). */
  position: SourceRange;
}

export interface FrontMatter {
  kind: 'yaml' | 'toml' | 'json';
  data: Record<string, unknown>;
  entries: FrontMatterEntry[];
  position: SourceRange;
  /** Offset of the opening fence: 0, or after blank lines (Hugo reads front matter there too). */
  start: number;
  /** Offset where the body starts. */
  bodyOffset: number;
}

const FENCE = { yaml: '---', toml: '+++' } as const;
/**
 * YAML alias budget, counted on the parsed document before anything is resolved: more aliases
 * than this are refused. It also caps their expansion ("billion laughs"): the yaml package resolves
 * each alias by walking the whole document, so even aliases used once each cost the square of
 * their number (5,000 took 25 s).
 */
const MAX_ALIAS_COUNT = 100;

/**
 * Finds and parses front matter at the start of `source` — after blank lines too, as Hugo reads
 * it; `undefined` when there is none.
 */
export function readFrontMatter(source: string, lines: LineIndex): FrontMatter | undefined {
  if (source.startsWith('{')) return readJsonFrontMatter(source, lines);
  const start = leadingBlankLines(source);
  if (start === 0) return readFencedBlock(source, lines, 0);
  // After blank lines a "---" may as well be a thematic break: it is front matter only when the
  // block closes and reads as fields.
  try {
    const found = readFencedBlock(source, lines, start);
    return found && Object.keys(found.data).length > 0 ? found : undefined;
  } catch (error) {
    if (error instanceof PostParseError) return undefined;
    throw error;
  }
}

function leadingBlankLines(source: string): number {
  const m = /^(?:[ \t]*(?:\r\n|\r|\n))+/.exec(source);
  return m ? m[0].length : 0;
}

function readFencedBlock(source: string, lines: LineIndex, start: number): FrontMatter | undefined {
  const kind = source.startsWith('---', start)
    ? 'yaml'
    : source.startsWith('+++', start)
      ? 'toml'
      : undefined;
  if (!kind) return undefined;
  const fence = FENCE[kind];
  const firstLineEnd = lineEnd(source, start);
  if (source.slice(start, firstLineEnd.contentEnd).trimEnd() !== fence) return undefined;
  const contentStart = firstLineEnd.next;
  let offset = contentStart;
  while (offset < source.length) {
    const { contentEnd, next } = lineEnd(source, offset);
    const text = source.slice(offset, contentEnd).trimEnd();
    if (text === fence || (kind === 'yaml' && text === '...')) {
      // Lone CR ends a line for editors and for us, not for the YAML and TOML parsers: make it LF
      // (one character for one, so offsets stay right).
      const raw = source.slice(contentStart, offset).replace(/\r(?!\n)/g, '\n');
      const position = lines.range(start, contentEnd);
      const parsed =
        kind === 'yaml' ? parseYaml(raw, contentStart, lines) : parseTomlBlock(raw, contentStart, lines);
      return { kind, ...parsed, position, start, bodyOffset: next };
    }
    if (next === offset) break;
    offset = next;
  }
  const line = lines.point(start).line;
  throw new PostParseError(
    `The front matter that starts on line ${line} with "${fence}" is never closed: add a "${fence}" line after its last field.`,
    line,
    1,
  );
}

/**
 * Hugo's JSON front matter: a JSON object opening on the first line of the file, closed by the
 * `}` that balances it (braces inside strings do not count), nothing else on that line. A `{`
 * that does not start such an object is the post's own text.
 */
function readJsonFrontMatter(source: string, lines: LineIndex): FrontMatter | undefined {
  const close = balancedObjectEnd(source);
  if (close === undefined) return undefined;
  const { contentEnd, next } = lineEnd(source, close);
  if (source.slice(close, contentEnd).trim() !== '') return undefined;
  const raw = source.slice(0, close);
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    const at = lines.point(Number(/position (\d+)/.exec(String((error as Error).message))?.[1] ?? 0));
    throw new PostParseError(
      `The JSON front matter cannot be read (${withoutQuotedInput(firstSentence(String((error as Error).message)))}). Check line ${at.line}: quoted keys, commas between fields, no comma after the last one.`,
      at.line,
      at.column,
    );
  }
  if (!isPlainRecord(data)) return undefined;
  // JSON is YAML's flow style: the YAML parser gives each key its position.
  const doc = part('yaml').parseDocument(raw, { schema: 'json', uniqueKeys: false, prettyErrors: false });
  const entries: FrontMatterEntry[] = [];
  if (doc.errors.length === 0) collectYamlEntries(doc.contents, '', 0, lines, entries);
  return {
    kind: 'json',
    data: sanitize(data),
    entries,
    position: lines.range(0, close),
    start: 0,
    bodyOffset: next,
  };
}

/** Offset just past the `}` that closes the object opening at offset 0, if it closes. */
function balancedObjectEnd(source: string): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return c === '}' ? i + 1 : undefined;
    }
  }
  return undefined;
}

/**
 * The text the Markdown parser reads: JSON front matter (which it has no syntax for) turned into
 * blank lines of the same length, so every offset and line after it stays where it is.
 */
export function markdownBody(
  source: string,
  frontMatter: { kind: string; position: SourceRange } | undefined,
): string {
  const end = frontMatter?.kind === 'json' ? frontMatter.position.end.offset : undefined;
  if (!end) return source;
  return source.slice(0, end).replace(/[^\r\n]/g, ' ') + source.slice(end);
}

function lineEnd(text: string, from: number): { contentEnd: number; next: number } {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return { contentEnd: i, next: i + 1 };
    if (c === 13) return { contentEnd: i, next: text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1 };
  }
  return { contentEnd: text.length, next: text.length };
}

function parseYaml(raw: string, base: number, lines: LineIndex) {
  // Duplicate keys are accepted, the last one winning as static-site generators read them: real
  // published posts have them (13 in the corpus, e.g. `expirydate` twice), and refusing the whole
  // post for a field nobody reads would hide every real finding in it.
  const { parseDocument, visit } = part('yaml');
  const doc = parseDocument(raw, { schema: 'core', uniqueKeys: false, prettyErrors: false });
  const problem = doc.errors[0];
  if (problem) {
    // An error found at the end of the block belongs to its last line, not to the closing fence.
    const at = lines.point(base + Math.min(problem.pos?.[0] ?? 0, Math.max(0, raw.trimEnd().length - 1)));
    throw new PostParseError(
      `The YAML front matter cannot be read (${firstSentence(problem.message)}). Check line ${at.line}: indentation with spaces, a colon after each key, quotes around values that contain ": ".`,
      at.line,
      at.column,
    );
  }
  let aliases = 0;
  visit(doc, {
    Alias: () => {
      aliases++;
      return aliases > MAX_ALIAS_COUNT ? visit.BREAK : undefined;
    },
  });
  if (aliases > MAX_ALIAS_COUNT) {
    throw new PostParseError(
      `The YAML front matter uses more than ${MAX_ALIAS_COUNT} YAML aliases (*name): it is refused, as such documents are built to exhaust a parser. Write the values out instead of aliasing them.`,
      1,
      1,
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    throw new PostParseError(
      `The YAML front matter cannot be read: ${firstSentence(String((error as Error).message))} (aliases that expand too much are refused).`,
      1,
      1,
    );
  }
  const entries: FrontMatterEntry[] = [];
  collectYamlEntries(doc.contents, '', base, lines, entries);
  return { data: isPlainRecord(data) ? sanitize(data) : {}, entries };
}

function collectYamlEntries(
  node: YamlNode | null | undefined,
  prefix: string,
  base: number,
  lines: LineIndex,
  out: FrontMatterEntry[],
): void {
  const { isMap, isScalar, isSeq } = part('yaml');
  if (!isMap(node)) return;
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (key === undefined) continue;
    const path = prefix ? `${prefix}.${key}` : key;
    const value = pair.value as YamlNode | null;
    const keyRange = isScalar(pair.key) ? pair.key.range : undefined;
    const valueRange = value && 'range' in value ? value.range : undefined;
    const [start, end] = valueRange && valueRange[1] > valueRange[0] ? valueRange : (keyRange ?? [0, 0]);
    const plain = isScalar(value) ? value.value : isSeq(value) || isMap(value) ? value.toJSON() : null;
    out.push({ path, value: plain, position: lines.range(base + start, base + end) });
    if (isMap(value)) collectYamlEntries(value, path, base, lines, out);
  }
}

function parseTomlBlock(raw: string, base: number, lines: LineIndex) {
  // Outside the try: a part not loaded is the caller's to load, not a TOML error of the post.
  const toml = part('toml');
  let data: Record<string, unknown>;
  try {
    data = toml.parse(raw) as Record<string, unknown>;
  } catch (error) {
    const e = error as { line?: number; column?: number; message: string };
    const line = lines.point(base).line + (e.line ? e.line - 1 : 0);
    throw new PostParseError(
      `The TOML front matter cannot be read (${firstSentence(e.message)}). Check line ${line}: each field as key = "value".`,
      line,
      e.column ?? 1,
    );
  }
  // TOML parsers give no positions: find each key's line, tracking [table] headers.
  const entries: FrontMatterEntry[] = [];
  let table = '';
  let offset = base;
  for (const lineText of raw.split(/\r\n|\r|\n/)) {
    // Scanned in steps rather than one regex: lines inside multi-line strings are arbitrary text,
    // and /^\s*\[+\s*([^\]]+?)\s*\]+/ or a key regex with `\s*=` backtrack on long ones.
    const header = tomlHeader(lineText);
    const key = /^(\s*)("?)([A-Za-z0-9_.-]+)\2/.exec(lineText);
    const equals = key ? /^[ \t]*=[ \t]*/.exec(lineText.slice(key[0].length)) : null;
    if (header) table = header;
    else if (key?.[3] && equals) {
      const path = table ? `${table}.${key[3]}` : key[3];
      const valueStart = offset + key[0].length + equals[0].length;
      out(entries, path, getPath(data, path), lines.range(valueStart, offset + lineText.length));
    }
    offset += lineText.length + lineBreakLength(raw, offset + lineText.length - base);
  }
  return { data: sanitize(data), entries };
}

function tomlHeader(lineText: string): string | undefined {
  const text = lineText.trimStart();
  if (!text.startsWith('[')) return undefined;
  const close = text.indexOf(']');
  if (close < 0) return undefined;
  const name = text.slice(0, close).replace(/^\[+/, '').trim();
  return name || undefined;
}

function out(entries: FrontMatterEntry[], path: string, value: unknown, position: SourceRange) {
  entries.push({ path, value: value instanceof Date ? value.toISOString() : value, position });
}

function lineBreakLength(raw: string, at: number): number {
  if (raw[at] === '\r') return raw[at + 1] === '\n' ? 2 : 1;
  return raw[at] === '\n' ? 1 : 0;
}

function getPath(data: Record<string, unknown>, path: string): unknown {
  let current: unknown = data;
  for (const part of path.split('.')) {
    if (!isPlainRecord(current) || !Object.hasOwn(current, part)) return undefined;
    current = current[part];
  }
  return current;
}

export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** Copies data into null-prototype objects so keys like `__proto__` stay plain data. */
function sanitize(value: Record<string, unknown>): Record<string, unknown> {
  const copy = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(value)) {
    const v = value[key];
    copy[key] = isPlainRecord(v) ? sanitize(v) : v;
  }
  return copy;
}

function firstSentence(message: string): string {
  return message
    .split('\n')[0]!
    .replace(/ at line \d+, column \d+:?$/, '')
    .trim();
}

/** V8's JSON error quotes the input after `, "`; the message names the line instead. */
function withoutQuotedInput(message: string): string {
  const quote = message.indexOf(', "');
  return quote < 0 ? message : message.slice(0, quote);
}
