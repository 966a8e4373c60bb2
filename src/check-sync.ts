// The library's core: one post in, findings out. Pure — no file system, no network — so a CMS
// can call it on every save and the browser build can reuse it.

import { parseDocument } from 'yaml';
import { allRules } from '../rules/index.js';
import { resolveConfig } from './config/resolve.js';
import type { ResolvedConfig, UserConfig } from './config/types.js';
import {
  checkByteLimit,
  DEFAULT_LIMITS,
  findingBudget,
  type GuardedSource,
  guardSource,
  type LimitBreach,
  type Limits,
} from './engine/limits.js';
import { type AnyRule, isEngineRule } from './engine/rule.js';
import { engineFinding, runRules, sortFindings } from './engine/run.js';
import { decodeSource } from './parse/decode.js';
import { PostParseError } from './parse/errors.js';
import { formatFromPath, type ParseInput, parsePost, sniffFormat } from './parse/index.js';
import { LineIndex } from './parse/positions.js';
import { type AssetInfo, type AssetRef, parseRecord, type RecordKind } from './parse/record.js';
import { ApiMisuseError } from './parse/records/shared.js';
import type { Counts, Finding, Post, PostFormat, Summary } from './types.js';

export interface CheckOptions {
  /** The post: file text or bytes, or (with format `json`) a CMS record as text or as an object. */
  content: string | Uint8Array | Record<string, unknown>;
  format?: PostFormat;
  /** Path of the post, for format detection, path dates and messages. */
  path?: string;
  /** Language to assume when the post declares none. */
  lang?: string;
  /** Language of messages (`pl`, `en`); default: the post's language when supported. */
  locale?: string;
  config?: UserConfig | ResolvedConfig;
  /** "Now" for date rules (default: the current time). */
  now?: Date;
  /** For JSON records: which CMS shape to read (default: detected). */
  input?: RecordKind;
  /**
   * Looks up a media record a CMS record points at (WordPress `featured_media` → attachment
   * `alt_text`, Strapi media → `alternativeText`, Sanity asset → `altText`). May be async with check().
   */
  resolveAsset?: (ref: AssetRef) => AssetInfo | undefined | Promise<AssetInfo | undefined>;
  /** Run the rendered-DOM checks (axe-core in jsdom) in `check()`; default: the config's `axe` (true). */
  axe?: boolean;
}

export interface CheckResult {
  /** True when there is no error-severity finding. */
  ok: boolean;
  messages: Finding[];
  summary: Summary;
  /** Findings by severity (the same numbers as `summary`, without `files`). */
  counts: Counts;
  /** The parsed post (undefined when it could not be parsed). */
  post?: Post;
}

export function isResolvedConfig(config: UserConfig | ResolvedConfig | undefined): config is ResolvedConfig {
  return config !== undefined && (config as ResolvedConfig).rules instanceof Map;
}

/** Parses a post from any supported input. Throws PostParseError for unreadable input. */
export function toPost(options: CheckOptions, config: ResolvedConfig): Post {
  const parseOptions: Omit<ParseInput, 'content'> = {
    path: options.path,
    defaultLang: options.lang ?? config.lang,
    pathDates: config.pathDates,
    titleAsH1: config.titleAsH1,
  };
  const { content } = options;
  if (typeof content === 'object' && !(content instanceof Uint8Array)) {
    return parseRecord(content, options.input, { ...parseOptions, resolveAsset: syncLookup(options) });
  }
  const format = options.format ?? formatFromPath(options.path);
  if (format === 'json' || (format === undefined && sniffFormat(decodeSource(content)) === 'json')) {
    const text = decodeSource(content);
    let record: unknown;
    try {
      record = JSON.parse(text);
    } catch (error) {
      throw jsonError(text, error as Error);
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      throw new PostParseError(
        'This JSON file is not a post record (expected an object with a title and a body).',
      );
    }
    return parseRecord(record as Record<string, unknown>, options.input, {
      ...parseOptions,
      resolveAsset: syncLookup(options),
    });
  }
  return parsePost({ ...parseOptions, content, format });
}

/** Checks one post with the native rules, synchronously (the CMS on-keystroke path). */
export function checkSync(options: CheckOptions): CheckResult {
  const config = isResolvedConfig(options.config) ? options.config : resolveConfig(options.config);
  const locale = options.locale ?? config.locale ?? 'en';
  const limits = config.limits ?? DEFAULT_LIMITS;
  const guarded = guardInput(options, limits);
  if (guarded?.refused) return result([limitFinding(guarded.refused, locale, options.path)]);
  let post: Post;
  try {
    // Tables over the cell budget are blanked in what the parser sees (same offsets and lines).
    post = toPost(guarded?.tables ? { ...options, content: guarded.text } : options, config);
  } catch (error) {
    if (error instanceof ApiMisuseError) throw error;
    return result([unparsedFinding(error, locale, options.path, limits)]);
  }
  const found: Finding[] = [];
  if (guarded?.tables) found.push(limitFinding(guarded.tables, locale, options.path));
  let skip: ((rule: AnyRule) => boolean) | undefined;
  if (post.index.depth > limits.maxNesting) {
    // Parsed, but rules walk the tree and may recurse: none of them runs on it.
    found.push(
      limitFinding(
        { limit: 'maxNesting', actual: post.index.depth, max: limits.maxNesting, skipped: 'all' },
        locale,
        options.path,
        'maxNestingRules',
      ),
    );
    skip = () => true;
  } else if (post.index.images.length > limits.maxImages) {
    const images = post.index.images.length;
    const imageRules = allRules.filter((r) => r.tags.includes('images') && !isEngineRule(r)).map((r) => r.id);
    found.push(
      limitFinding(
        { limit: 'maxImages', actual: images, max: limits.maxImages, skipped: 'images' },
        locale,
        options.path,
        'maxImagesRules',
        imageRules.join(', '),
      ),
    );
    skip = (rule) => rule.tags.includes('images');
  }
  const messages = [...found, ...runRules(post, config, { now: options.now, locale: options.locale, skip })];
  if (post.jsonPathOf) for (const m of messages) m.jsonPath ??= post.jsonPathOf(m);
  return { ...result(withinFindingBudget(messages, limits, locale, options.path)), post };
}

/**
 * Budgets measured before parsing: bytes first, then (on the decoded text) lines, nesting and GFM
 * table cells. A CMS record is often one long JSON line with escaped markup: only its bytes are
 * measured here, its nesting and images on the parsed tree.
 */
function guardInput(options: CheckOptions, limits: Limits): GuardedSource | undefined {
  const { content } = options;
  if (typeof content === 'object' && !(content instanceof Uint8Array)) return undefined;
  const bytes = checkByteLimit(content, limits);
  if (bytes) return { refused: bytes, text: '' };
  let source: string;
  try {
    source = decodeSource(content);
  } catch {
    return undefined; // parsing reports it as a parse-error
  }
  const format = options.format ?? formatFromPath(options.path) ?? sniffFormat(source);
  return guardSource(source, format, limits);
}

/** The finding made for findings left out by the budget, with how many findings there were in all. */
const budgetFindings = new WeakMap<Finding, number>();

/**
 * At most `limits.maxFindings` findings (errors first), plus one `limit-exceeded` counting them all.
 * Applied again when the rendered-DOM stage adds findings: the earlier count is carried over.
 */
export function withinFindingBudget(
  messages: Finding[],
  limits: Limits,
  locale: string,
  path: string | undefined,
): Finding[] {
  let earlier = 0;
  const own = messages.filter((m) => {
    const total = budgetFindings.get(m);
    if (total !== undefined) earlier += total - limits.maxFindings;
    return total === undefined;
  });
  const { kept, left } = findingBudget(own, limits.maxFindings);
  if (left + earlier === 0) return own;
  const total = limits.maxFindings + left + earlier;
  const finding = limitFinding(
    { limit: 'maxFindings', actual: total, max: limits.maxFindings, skipped: 'findings' },
    locale,
    path,
  );
  budgetFindings.set(finding, total);
  return [...kept, finding];
}

export function limitFinding(
  breach: LimitBreach,
  locale: string,
  path: string | undefined,
  messageId: string = breach.limit,
  rules = '',
): Finding {
  const at = { line: breach.line ?? 1, column: 1 };
  return engineFinding(
    'limit-exceeded',
    messageId,
    { actual: breach.actual, max: breach.max, line: at.line, rules },
    locale,
    path,
    { start: at, end: at },
  );
}

/** A post that could not be parsed: a parse-error (or, for a stack overflow, limit-exceeded), never a throw. */
function unparsedFinding(error: unknown, locale: string, path: string | undefined, limits: Limits): Finding {
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    return limitFinding(
      { limit: 'maxNesting', actual: limits.maxNesting, max: limits.maxNesting, skipped: 'all' },
      locale,
      path,
      'tooDeepToParse',
    );
  }
  if (error instanceof PostParseError) {
    const at = { line: error.line, column: error.column };
    return engineFinding('parse-error', 'unreadable', { reason: error.message }, locale, path, {
      start: at,
      end: at,
    });
  }
  const reason = `content-a11y could not parse this file (internal error: ${error instanceof Error ? error.message : String(error)}). This is a bug: please report it with the file.`;
  return engineFinding('parse-error', 'unreadable', { reason }, locale, path);
}

function syncLookup(options: CheckOptions): ((ref: AssetRef) => AssetInfo | undefined) | undefined {
  const resolve = options.resolveAsset;
  return resolve ? (ref) => resolve(ref) as AssetInfo | undefined : undefined;
}

/** Asks an async resolveAsset for every asset the record points at, so parsing stays synchronous. */
export async function withResolvedAssets(options: CheckOptions): Promise<CheckOptions> {
  const resolve = options.resolveAsset;
  if (!resolve) return options;
  const pending = new Map<string, Promise<AssetInfo | undefined>>();
  const keyOf = (ref: AssetRef) => `${ref.kind}\u0000${ref.id}`;
  try {
    toPost(
      {
        ...options,
        resolveAsset: (ref) => {
          if (!pending.has(keyOf(ref))) pending.set(keyOf(ref), Promise.resolve(resolve(ref)));
          return undefined;
        },
      },
      isResolvedConfig(options.config) ? options.config : resolveConfig(options.config),
    );
  } catch {
    return { ...options, resolveAsset: undefined };
  }
  const found = new Map<string, AssetInfo | undefined>();
  for (const [key, promise] of pending) found.set(key, await promise);
  return { ...options, resolveAsset: (ref) => found.get(keyOf(ref)) };
}

export function result(messages: Finding[]): CheckResult {
  sortFindings(messages);
  const summary: Summary = { files: 1, errors: 0, warnings: 0, infos: 0 };
  for (const m of messages) {
    if (m.severity === 'error') summary.errors++;
    else if (m.severity === 'warning') summary.warnings++;
    else summary.infos++;
  }
  const counts: Counts = { errors: summary.errors, warnings: summary.warnings, infos: summary.infos };
  return { ok: summary.errors === 0, messages, summary, counts };
}

function jsonError(text: string, error: Error): PostParseError {
  // JSON.parse on Node 20 does not always say where; YAML's parser (JSON is a subset) does.
  const doc = parseDocument(text, { schema: 'json' });
  const offset = doc.errors[0]?.pos[0] ?? Number(/position (\d+)/.exec(error.message)?.[1] ?? 0);
  const at = new LineIndex(text).point(offset);
  // Node's message quotes part of the input; cut it without a backtracking regex.
  const firstLine = error.message.split('\n')[0]!;
  const quoted = firstLine.indexOf(', "');
  const reason =
    quoted >= 0 && firstLine.endsWith('is not valid JSON') ? firstLine.slice(0, quoted) : firstLine;
  return new PostParseError(
    `This JSON file cannot be read (${reason}). Fix the JSON syntax on line ${at.line}.`,
    at.line,
    at.column,
  );
}
