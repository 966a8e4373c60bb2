// The configuration a user writes, and what it resolves to.
import type { Limits } from '../engine/limits.js';
import type { Plugin, RuleRegistry } from '../engine/registry.js';
import type { WordOverrides } from '../lang/pack.js';
import type { Severity, SeveritySetting } from '../types.js';

export type RuleSetting = SeveritySetting | [SeveritySetting] | [SeveritySetting, Record<string, unknown>];

export interface UserConfig {
  /** `recommended` (default) or `strict` (warnings that map to a WCAG failure become errors). */
  extends?: 'recommended' | 'strict';
  /** Language of posts that declare none (BCP 47 tag). */
  lang?: string;
  /** Language of messages; default: the post's language when supported, else English. */
  locale?: string;
  /** Whether the template renders the post's title as the page's h1 (default: when the title is a field). */
  titleAsH1?: boolean;
  /** Level the first body heading should have (default 2 when the title is the h1, else 1). */
  startLevel?: number;
  /** Count dates in file names and paths (`_posts/2021-04-28-x.md`) as publication dates. */
  pathDates?: boolean;
  /** Run axe-core checks in jsdom (default true where available). */
  axe?: boolean;
  rules?: Record<string, RuleSetting>;
  /** Glob patterns of files never to check. */
  ignores?: string[];
  /** Size and depth limits; a post over one is reported as `limit-exceeded` (see README). */
  limits?: Partial<Limits>;
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

export interface ResolvedConfig {
  rules: Map<string, ResolvedRuleSetting>;
  /** Rules explicitly switched off (so axe results for them are dropped too). */
  off: Set<string>;
  lang?: string;
  locale?: string;
  titleAsH1?: boolean;
  startLevel?: number;
  pathDates: boolean;
  axe: boolean;
  ignores: string[];
  /** Severity overrides for `axe/<id>` rules. */
  axeRules: Map<string, SeveritySetting>;
  limits: Limits;
  /** The configured plugins, loaded. */
  plugins: readonly Plugin[];
  /** The built-in rules and those of the configured plugins. */
  registry: RuleRegistry;
  /** The config's word-list changes, checked (`words`). */
  words?: WordOverrides;
}
