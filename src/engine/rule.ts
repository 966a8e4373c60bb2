// The shape of a rule: metadata and logic in one small file (markdownlint's lib/mdNNN.mjs,
// ESLint's meta + create). Rules read the Post and its shared indexes; they never parse.
import type { Element } from 'hast';
import type { LanguageWords } from '../lang/words/index.js';
import type { TitleLevel } from '../site/types.js';
import type { FieldRole, MetaField, Post, PostIndex, Severity, SourceRange } from '../types.js';

/** Text per language. Built-in rules give `en` and `pl` (a test checks it); a plugin's rules need
 * `en` at least, and other languages fall back to it. */
export interface Localized {
  en: string;
  pl?: string;
  de?: string;
  fr?: string;
  es?: string;
}

/** One option of a rule: its type, default and description (the config schema is built from these). */
export interface OptionSpec {
  type: 'number' | 'string' | 'boolean' | 'string[]';
  default: unknown;
  description: Localized;
  /** For numbers: whole numbers only. */
  integer?: boolean;
  /** For numbers: the smallest value allowed (default 0: counts and lengths are never negative). */
  minimum?: number;
  maximum?: number;
  /** The only values allowed. */
  enum?: readonly (string | number)[];
}

/**
 * What a rule's fixes change, so `--fix-type` can choose: `typography` (characters between the
 * words: dashes, spaces), `wording` (words a reader sees or hears: a month's case, a removed
 * prefix, a date spelled out), `markup` (only what readers never see: attributes, metadata).
 */
export type FixType = 'typography' | 'wording' | 'markup';
/** Every fix type, in the order `--fix-type` lists them. */
export const FIX_TYPES: readonly FixType[] = ['typography', 'wording', 'markup'];

/** A post excerpt in a rule's docs, correct or incorrect (the docs tests check each). */
export interface RuleExample {
  /** Why this example is (in)correct, shown in the docs. */
  title: string;
  format: 'markdown' | 'html' | 'text';
  content: string;
  /** Options or settings the example needs (e.g. a language). */
  lang?: string;
  /** For incorrect examples: the findings the example must produce, in order (asserted by tests
   * and shown in the docs). */
  expected?: Array<{ line: number; messageId: string }>;
}

/** What a rule is, apart from its check: id, severity, WCAG mapping, messages, options, docs. */
export interface RuleMeta {
  id: string;
  severity: Severity;
  /** WCAG 2.2 success criteria, e.g. `1.1.1`. Empty for rules no criterion names (dates). */
  wcag: string[];
  /** WCAG techniques and failures behind the heuristic (`F65`, `H37`, `G141`…). */
  techniques?: string[];
  tags: string[];
  description: Localized;
  /** Why it matters to people who use assistive technology. */
  why: Localized;
  /** How to fix it. */
  fix: Localized;
  /** Message templates by id, with `{placeholders}` filled from `data`. */
  messages: Record<string, Localized>;
  options?: Record<string, OptionSpec>;
  /** Declared by every rule that reports fixes: what its fixes change (see FixType). */
  fixType?: FixType;
  examples?: { incorrect: RuleExample[]; correct: RuleExample[] };
  /** Where the rule is documented. Built-in rules have their page in docs/rules/; a plugin's rule
   * gives its own address (ESLint's `meta.docs.url`). */
  docsUrl?: string;
}

/** What a rule passes to `report()`: the message and where the problem is, with any fix. */
export interface ReportInput {
  messageId: string;
  data?: Record<string, string | number>;
  /** Where: a hast node, or an explicit source range. Falls back to the field's position. */
  node?: Element | { position?: Element['position'] };
  position?: SourceRange;
  /**
   * The metadata field the finding is about: the engine takes its position (when no other is
   * given) and, for CMS records, its JSON path.
   */
  field?: MetaField;
  /** What a finding with no field and no position is about (a missing title or date), so a CMS
   * record's finding can point at where that field belongs. */
  about?: FieldRole;
  excerpt?: string;
  suggestion?: string;
  /**
   * A safe edit: replace the source text at `position` with `text`. The engine keeps it only when
   * the position has exact offsets and, when `expected` is given, the source there reads exactly
   * `expected` (so a fix never lands on text the rule did not mean).
   */
  fix?: EditInput;
  /** Edits a person may choose from, each with its description in the message locale. */
  suggestions?: Array<{ desc: string } & EditInput>;
  /** What the finding is about, for a line-independent fingerprint (defaults to `excerpt`). */
  fingerprintKey?: string;
  jsonPath?: string;
  /** Only for the rare rule whose severity depends on the case. */
  severity?: Severity;
}

/** A replacement of the source at `position` by `text` (see ReportInput.fix). */
export interface EditInput {
  position: SourceRange;
  text: string;
  expected?: string;
}

/** Engine-wide settings every rule sees, from the configuration and the run. */
export interface RuleSettings {
  /** The post's title is rendered as the page's h1 by its template (`titleLevel` is 1). */
  titleAsH1: boolean;
  /** Heading level at which the layout renders the title (config, site layout, or guessed). */
  titleLevel: TitleLevel;
  /** Level the first body heading should have (2 when the title is the h1). */
  startLevel: number;
  /** "Now", injectable so date rules are deterministic in tests. */
  now: Date;
}

/** What a rule's `check` gets: the parsed post, its shared indexes, the rule's options and `report`. */
export interface RuleContext<O = Record<string, unknown>> {
  post: Post;
  index: PostIndex;
  options: O;
  settings: RuleSettings;
  /** Primary subtag of the post's language, for word lists and date names. */
  lang: string;
  /** The word lists of the post's language (its pack, English, the config's `words`). */
  words: LanguageWords;
  /** Language of the messages (may differ from the post's with --locale): words a rule puts into
   * a message's placeholders follow it; suggested text for the post follows `lang`. */
  locale: string;
  /** Reports one problem; the engine adds the position, severity, fingerprint and docs link. */
  report(finding: ReportInput): void;
}

/** A rule: its metadata and its check over one parsed post (never parses, never reads files). */
export interface Rule<O = Record<string, unknown>> extends RuleMeta {
  /** Looks at `context.post` / `context.index` and reports what it finds. */
  check(context: RuleContext<O>): void;
  /** Set by the registry on a plugin's rules: the plugin's name. */
  readonly plugin?: string;
}

/** A finding the engine itself reports (`parse-error`, `rule-error`, `limit-exceeded`). */
export interface EngineRule extends RuleMeta {
  engine: true;
}

// biome-ignore lint/suspicious/noExplicitAny: rules differ in option types; the engine passes each rule its own resolved options.
export type AnyRule = Rule<any> | EngineRule;

/** Declares a rule with its option type checked by TypeScript; returns it unchanged. */
export function defineRule<O = Record<string, unknown>>(rule: Rule<O>): Rule<O> {
  return rule;
}

export function defineEngineRule(meta: RuleMeta): EngineRule {
  return { ...meta, engine: true };
}

export function isEngineRule(rule: AnyRule): rule is EngineRule {
  return 'engine' in rule;
}

/** Options with the rule's defaults filled in. */
export function defaultOptions(rule: RuleMeta): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(rule.options ?? {})) out[name] = spec.default;
  return out;
}
