// The configuration a user writes, and what it resolves to. The keys and their shapes are declared
// once, in schema.ts; these types mirror them for TypeScript users.
import type { Limits } from '../engine/limits.js';
import type { Plugin, RuleRegistry } from '../engine/registry.js';
import type { WordOverrides } from '../lang/pack.js';
import type { SiteOverrides, TitleLevel } from '../site/types.js';
import type { Severity, SeveritySetting } from '../types.js';

/** A severity as written: ours, ESLint's "warn", or ESLint's 0 (off), 1 (warning), 2 (error). */
export type SeverityInput = SeveritySetting | 'warn' | 0 | 1 | 2;

/** A rule's setting as written: a severity, or `[severity, options]`. */
export type RuleSetting = SeverityInput | [SeverityInput] | [SeverityInput, Record<string, unknown>];

/** Settings that may differ per glob (`overrides`). */
export interface OverridableSettings {
  /** Language of posts that declare none (BCP 47 tag). */
  lang?: string;
  /** Old spelling of `titleLevel`: true is 1, false is "none". */
  titleAsH1?: boolean;
  /** Heading level at which the site's layout renders a post's title (1–6), or "none" when it is
   * not a heading; default: read from the site's layout templates, else guessed per post. */
  titleLevel?: TitleLevel;
  /** Globs (relative to the site root) of the files that are posts; other files are pages, which
   * get no date-missing, title-missing or img-cover-alt-missing. Default: from the site. */
  posts?: string[];
  /** Overrides for what was detected about the site (`content-a11y site` shows it). */
  site?: SiteOverrides;
  /** Level the first body heading should have (default 2 when the title is the h1, else 1). */
  startLevel?: number;
  /** Count dates in file names and paths (`_posts/2021-04-28-x.md`) as publication dates. */
  pathDates?: boolean;
  /** Run axe-core checks in jsdom (default true where available). */
  axe?: boolean;
  rules?: Record<string, RuleSetting>;
  /** Size and depth limits; a post over one is reported as `limit-exceeded` (see README). */
  limits?: Partial<Limits>;
}

/** Settings for the files matching `files` (globs relative to the configuration file; later entries win). */
export interface UserOverride extends OverridableSettings {
  files: string | string[];
}

/** The configuration as a user writes it (content-a11y.config.json); its schema is docs/schema/config.schema.json. */
export interface UserConfig extends OverridableSettings {
  /** The JSON Schema of the file, for editors (docs/schema/config.schema.json). */
  $schema?: string;
  /** `recommended` (default) or `strict` (warnings that map to a WCAG failure become errors). */
  extends?: 'recommended' | 'strict';
  /** Language of messages; default: the post's language when supported, else English. */
  locale?: string;
  /** Glob patterns of files never to check. */
  ignores?: string[];
  overrides?: UserOverride[];
  /**
   * Rules of your own: plugin objects `{ name, rules }` (the library), or module paths and package
   * names resolved from the config file (the CLI and `loadConfig`). Their rules are `name/rule-id`.
   */
  plugins?: Array<Plugin | string>;
  /** Word lists per language, added to or taken from the packs:
   * `{ "pl": { "redundantPrefixes": ["fotka przedstawiająca"], "vagueLinks": { "remove": ["szczegóły"] } } }`. */
  words?: WordOverrides;
}

export interface ResolvedRuleSetting {
  severity: Severity;
  options: Record<string, unknown>;
}

export interface ResolvedOverride {
  files: string[];
  settings: UserOverride;
}

/** A configuration resolved against the rules: every enabled rule with its severity and options. */
export interface ResolvedConfig {
  rules: Map<string, ResolvedRuleSetting>;
  /** Rules explicitly switched off (so axe results for them are dropped too). */
  off: Set<string>;
  lang?: string;
  locale?: string;
  titleAsH1?: boolean;
  titleLevel?: TitleLevel;
  posts?: string[];
  site?: SiteOverrides;
  startLevel?: number;
  pathDates: boolean;
  axe: boolean;
  ignores: string[];
  /** Severity overrides for `axe/<id>` rules. */
  axeRules: Map<string, SeveritySetting>;
  limits: Limits;
  /** Per-glob settings not yet applied (configForPath applies them for one file). */
  overrides: ResolvedOverride[];
  /** Folder (POSIX path) the override globs are relative to. */
  root?: string;
  /** The configured plugins, loaded. */
  plugins: readonly Plugin[];
  /** The built-in rules and those of the configured plugins. */
  registry: RuleRegistry;
  /** The config's word-list changes, checked (`words`). */
  words?: WordOverrides;
}
