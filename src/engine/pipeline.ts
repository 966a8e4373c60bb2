// The path every post takes, in one place: decode once, measure the limits, parse once, run the
// native rules (and, from check(), the rendered-DOM stage), then finalize. checkSync() and check()
// are thin wrappers around these steps; the file-system layer and the CLI only call them.
import { configForPath, resolveConfig } from '../config/resolve.js';
import type { ResolvedConfig, UserConfig } from '../config/types.js';
import { ApiMisuseError, PostParseError } from '../errors.js';
import { primaryLanguage } from '../lang/language-tags.js';
import { decodeSource } from '../parse/decode.js';
import { formatFromPath, parse, sniffFormat } from '../parse/index.js';
import type { AssetInfo, AssetRef, RecordKind } from '../parse/records/index.js';
import { applySiteOverrides, plainProfile, siteFacts } from '../site/facts.js';
import type { SiteProfile } from '../site/types.js';
import type { Counts, Finding, Post, PostFormat, Summary } from '../types.js';
import type { DirectiveJudgement } from './directives.js';
import { countFindings, type Draft, finalize, sortFindings } from './finalize.js';
import { checkByteLimit, findingBudget, guardSource, type LimitBreach, type Limits } from './limits.js';
import type { RuleRegistry } from './registry.js';
import { type AnyRule, isEngineRule } from './rule.js';
import { engineDraft, helpUrl, runRules } from './run.js';

/** What to check and how: the post (text, bytes or a CMS record), its path and format, languages, configuration. */
export interface CheckOptions {
  /** The post: file text or bytes, or (with format `json`) a CMS record as text or as an object. */
  content: string | Uint8Array | Record<string, unknown>;
  format?: PostFormat;
  /** Path of the post, for format detection, path dates and messages. */
  path?: string;
  /** Language to assume when the post declares none. */
  lang?: string;
  /** Language of messages (`pl`, `en`); default: the configured locale, else the post's language. */
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
  /**
   * The site the post lives in (generator, language, title level, Markdown flavour, which files
   * are posts): the file-system layer finds it upward from the post; a CMS passes its settings.
   * Default: a plain folder. The config's `site`, `titleLevel` and `posts` override it.
   */
  site?: SiteProfile;
  /** The post's path relative to the site's root, when `path` is not (the file-system layer sets it). */
  sitePath?: string;
  /** Whether this is a post or a page, when the caller knows (a CMS record type, a list index). */
  postKind?: 'post' | 'page';
}

/** The outcome of checking one post: its findings, counts, and the parsed post. */
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

/** What every stage of one check shares. */
export interface RunContext {
  config: ResolvedConfig;
  registry: RuleRegistry;
  now: Date;
  /** The message locale asked for (option or config); the post's language decides otherwise. */
  requestedLocale?: string;
  path?: string;
}

export function isResolvedConfig(config: UserConfig | ResolvedConfig | undefined): config is ResolvedConfig {
  return config !== undefined && (config as ResolvedConfig).rules instanceof Map;
}

export function runContext(options: Pick<CheckOptions, 'config' | 'locale' | 'now' | 'path'>): RunContext {
  const resolved = isResolvedConfig(options.config) ? options.config : resolveConfig(options.config);
  // The settings for this file: the `overrides` entries its path matches, applied once here.
  const config = configForPath(resolved, options.path);
  return {
    config,
    registry: config.registry,
    now: options.now ?? new Date(),
    requestedLocale: options.locale ?? config.locale,
    path: options.path,
  };
}

/** The message locale: the one asked for, else the post's language, else English. One decision
 * for every stage, the summary and the host helpers. */
export function messageLocale(context: RunContext, postLang?: string): string {
  return (context.requestedLocale ?? postLang ?? 'en').toLowerCase();
}

/** A post ready for the stages, or the findings that explain why there is none. */
export type Prepared =
  | { post: Post; drafts: Draft[]; skip?: (rule: AnyRule) => boolean }
  | { post?: undefined; drafts: Draft[] };

/** Decodes, measures and parses the input once. Never throws for bad input (only for API misuse). */
export function prepare(options: CheckOptions, context: RunContext): Prepared {
  const { config } = context;
  const limits = config.limits;
  const earlyLocale = messageLocale(context, primaryLanguage(options.lang ?? config.lang));
  let content = options.content;
  let format = options.format;
  const early: Draft[] = [];
  if (typeof content === 'string' || content instanceof Uint8Array) {
    const bytes = checkByteLimit(content, limits);
    if (bytes) return { drafts: [limitDraft(bytes, earlyLocale)] };
    let source: string;
    try {
      source = decodeSource(content);
    } catch (error) {
      return { drafts: [unparsedDraft(error, earlyLocale, limits)] };
    }
    format ??= formatFromPath(options.path) ?? sniffFormat(source);
    // A CMS record is often one long JSON line with escaped markup: only its bytes are measured
    // here, its nesting and images on the parsed tree.
    const guarded = guardSource(source, format, limits);
    if (guarded.refused) return { drafts: [limitDraft(guarded.refused, earlyLocale)] };
    // Tables over the cell budget are blanked in what the parser sees (same offsets and lines).
    if (guarded.tables) early.push(limitDraft(guarded.tables, earlyLocale));
    content = guarded.text;
  }
  const site = siteFacts(
    applySiteOverrides(options.site ?? plainProfile(), config.site, config),
    options.path,
    {
      sitePath: options.sitePath,
      postKind: options.postKind,
    },
  );
  let post: Post;
  try {
    post = parse({
      content,
      format,
      path: options.path,
      defaultLang: options.lang ?? config.lang,
      pathDates: config.pathDates,
      titleAsH1: config.titleLevel === undefined ? undefined : config.titleLevel === 1,
      siteLang: site.lang,
      markdown: { flavour: site.flavour, imageTags: site.imageTags },
      input: options.input,
      resolveAsset: syncLookup(options),
    });
    post.site = site;
  } catch (error) {
    if (error instanceof ApiMisuseError) throw error;
    return { drafts: [...early, unparsedDraft(error, earlyLocale, limits)] };
  }
  const tree = treeLimits(post, context);
  return { post, drafts: [...early, ...tree.drafts], skip: tree.skip };
}

/** Limits measured on the parsed tree: too deep for any rule to walk, or too many images. */
function treeLimits(post: Post, context: RunContext): { drafts: Draft[]; skip?: (rule: AnyRule) => boolean } {
  const { limits } = context.config;
  const locale = messageLocale(context, post.lang);
  if (post.index.depth > limits.maxNesting) {
    const breach = {
      limit: 'maxNesting',
      actual: post.index.depth,
      max: limits.maxNesting,
      skipped: 'all',
    } as const;
    return { drafts: [limitDraft(breach, locale, 'maxNestingRules')], skip: () => true };
  }
  if (post.index.images.length > limits.maxImages) {
    const imageRules = context.registry.rules.filter((r) => r.tags.includes('images') && !isEngineRule(r));
    const breach = {
      limit: 'maxImages',
      actual: post.index.images.length,
      max: limits.maxImages,
      skipped: 'images',
    } as const;
    return {
      drafts: [limitDraft(breach, locale, 'maxImagesRules', imageRules.map((r) => r.id).join(', '))],
      skip: (rule) => rule.tags.includes('images'),
    };
  }
  return { drafts: [] };
}

/** The native stage: every enabled rule on the post, synchronously. */
export function nativeStage(post: Post, context: RunContext, skip?: (rule: AnyRule) => boolean): Draft[] {
  return runRules(post, context.config, {
    now: context.now,
    locale: messageLocale(context, post.lang),
    registry: context.registry,
    skip,
  });
}

/** What ran on a post: whether the rendered-DOM stage did, and the rules a limit skipped. */
export interface StagesRun {
  dom: boolean;
  skip?: (rule: AnyRule) => boolean;
}

/** Finalizes the drafts of every stage into the result a caller gets. */
export function finish(
  post: Post | undefined,
  drafts: Draft[],
  context: RunContext,
  run: StagesRun = { dom: false },
): CheckResult {
  const messages = withinFindingBudget(
    finalize(drafts, {
      post,
      path: context.path,
      helpUrl: (id) => context.registry.get(id)?.docsUrl ?? helpUrl(id),
      directives: post ? directiveJudgement(post, context, run) : undefined,
    }),
    context.config.limits,
    messageLocale(context, post?.lang),
    context.path,
  );
  const counts = countFindings(messages);
  const out: CheckResult = { ok: counts.errors === 0, messages, summary: { files: 1, ...counts }, counts };
  if (post) out.post = post;
  return out;
}

/** Only rules that ran can prove a directive unused; a directive naming no rule waits for every stage. */
function directiveJudgement(post: Post, context: RunContext, run: StagesRun): DirectiveJudgement<Draft> {
  const { config, registry } = context;
  const locale = messageLocale(context, post.lang);
  return {
    ruleIds: registry.rules.map((r) => r.id),
    plugins: config.plugins.map((p) => p.name),
    ran: (id) => {
      if (id.startsWith('axe/')) return run.dom;
      const rule = registry.get(id);
      return rule !== undefined && !isEngineRule(rule) && config.rules.has(id) && !run.skip?.(rule);
    },
    complete: run.dom || !config.axe,
    report: (ruleId, messageId, data, range) => {
      const setting = config.rules.get(ruleId);
      if (!setting) return undefined;
      return { ...engineDraft(ruleId, messageId, data, locale, range), severity: setting.severity };
    },
  };
}

/**
 * At most `limits.maxFindings` findings (errors first), plus one `limit-exceeded` counting them all:
 * 20,000 findings on one post help nobody and make every report slow to write and to read.
 */
function withinFindingBudget(
  messages: Finding[],
  limits: Limits,
  locale: string,
  path: string | undefined,
): Finding[] {
  const { kept, left } = findingBudget(messages, limits.maxFindings);
  if (left === 0) return messages;
  const breach = {
    limit: 'maxFindings',
    actual: messages.length,
    max: limits.maxFindings,
    skipped: 'findings',
  } as const;
  return sortFindings([...kept, limitFinding(breach, locale, path)]);
}

/** Checks an already parsed post with the native rules (the sync path). */
export function checkPostSync(
  post: Post,
  config: UserConfig | ResolvedConfig = {},
  options: Pick<CheckOptions, 'locale' | 'now'> & { rules?: RuleRegistry } = {},
): CheckResult {
  const context = runContext({ config, locale: options.locale, now: options.now, path: post.path });
  if (options.rules) context.registry = options.rules;
  const limits = treeLimits(post, context);
  return finish(post, [...limits.drafts, ...nativeStage(post, context, limits.skip)], context, {
    dom: false,
    skip: limits.skip,
  });
}

export function limitDraft(
  breach: LimitBreach,
  locale: string,
  messageId: string = breach.limit,
  rules = '',
): Draft {
  const at = { line: breach.line ?? 1, column: 1 };
  return engineDraft(
    'limit-exceeded',
    messageId,
    { actual: breach.actual, max: breach.max, line: at.line, rules },
    locale,
    { start: at, end: at },
  );
}

/** A post that could not be parsed: a parse-error (or, for a stack overflow, limit-exceeded), never a throw. */
function unparsedDraft(error: unknown, locale: string, limits: Limits): Draft {
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    const breach = {
      limit: 'maxNesting',
      actual: limits.maxNesting,
      max: limits.maxNesting,
      skipped: 'all',
    } as const;
    return limitDraft(breach, locale, 'tooDeepToParse');
  }
  if (error instanceof PostParseError) {
    const at = { line: error.line, column: error.column };
    return engineDraft('parse-error', 'unreadable', { reason: error.message }, locale, {
      start: at,
      end: at,
    });
  }
  const reason = `content-a11y could not parse this file (internal error: ${error instanceof Error ? error.message : String(error)}). This is a bug: please report it with the file.`;
  return engineDraft('parse-error', 'unreadable', { reason }, locale);
}

function syncLookup(options: CheckOptions): ((ref: AssetRef) => AssetInfo | undefined) | undefined {
  const resolve = options.resolveAsset;
  return resolve ? (ref) => resolve(ref) as AssetInfo | undefined : undefined;
}

/** A limit finding for a file that was never parsed (the file-system layer's size check), finalized. */
export function limitFinding(breach: LimitBreach, locale: string, path: string | undefined): Finding {
  return finalize([limitDraft(breach, locale)], { path, helpUrl })[0]!;
}
