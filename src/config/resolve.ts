// Presets and user settings resolved against the rule registry, and per-file settings from
// `overrides`. Pure: no file system here (the browser build uses it too).
import ignore from 'ignore';
import { resolveLimits } from '../engine/limits.js';
import { builtinRegistry, type Plugin, type RuleRegistry } from '../engine/registry.js';
import { defaultOptions } from '../engine/rule.js';
import { ConfigError } from '../errors.js';
import { checkWordOverrides } from '../lang/word-config.js';
import { GENERATORS, type TitleLevel } from '../site/types.js';
import type { Severity, SeveritySetting } from '../types.js';
import type { ResolvedConfig, ResolvedOverride, RuleSetting, UserConfig, UserOverride } from './types.js';
import { configProblem } from './validate.js';

/** How `resolveConfig` reports mistakes and where `overrides` globs start. */
export interface ResolveOptions {
  /** Language of the error message when the configuration is invalid (default English). */
  locale?: string;
  /** Folder `overrides` globs are relative to (the configuration file's); absolute paths are made relative to it. */
  root?: string;
}

/** Validates a configuration against its schema (throws ConfigError naming the key, rule or option) and resolves it against the rules. */
export function resolveConfig(user: UserConfig = {}, options: ResolveOptions = {}): ResolvedConfig {
  if (typeof user !== 'object' || user === null || Array.isArray(user)) {
    throw new ConfigError(configProblem(user, builtinRegistry().rules, options.locale)!);
  }
  // The registry first: which rule ids (and which options) the schema accepts depends on the plugins.
  const registry = registryOf(user.plugins);
  const problem = configProblem(user, registry.rules, options.locale);
  if (problem) throw new ConfigError(problem);
  const preset = user.extends ?? 'recommended';
  const rules = new Map<string, { severity: Severity; options: Record<string, unknown> }>();
  for (const rule of registry.rules) {
    // strict: a warning that maps to a WCAG success criterion is an error.
    const severity: Severity =
      preset === 'strict' && rule.severity === 'warning' && rule.wcag.length > 0 ? 'error' : rule.severity;
    rules.set(rule.id, { severity, options: defaultOptions(rule) });
  }
  const base: ResolvedConfig = {
    rules,
    off: new Set(),
    lang: user.lang,
    locale: user.locale,
    titleAsH1: user.titleAsH1,
    ...siteSettings(user),
    startLevel: user.startLevel,
    pathDates: user.pathDates ?? true,
    axe: user.axe ?? true,
    ignores: user.ignores ?? [],
    axeRules: new Map(),
    limits: resolveLimits(user.limits),
    words: configWords(user.words),
    overrides: (user.overrides ?? []).map(
      (o): ResolvedOverride => ({ files: typeof o.files === 'string' ? [o.files] : o.files, settings: o }),
    ),
    plugins: (user.plugins ?? []) as Plugin[],
    registry,
  };
  if (options.root !== undefined) base.root = toPosix(options.root);
  applyRules(base, user.rules);
  return base;
}

/** `titleLevel` (with `titleAsH1` as its old spelling), `posts` and `site`, checked. */
function siteSettings(user: UserConfig): Pick<ResolvedConfig, 'titleLevel' | 'posts' | 'site'> {
  const out: Pick<ResolvedConfig, 'titleLevel' | 'posts' | 'site'> = {};
  const level = user.titleLevel as unknown;
  if (level !== undefined) {
    if (
      !(level === 'none' || (Number.isInteger(level) && (level as number) >= 1 && (level as number) <= 6))
    ) {
      throw new ConfigError(
        `"titleLevel" must be 1 to 6 (the heading level of the rendered title) or "none", not ${JSON.stringify(level)}.`,
      );
    }
    out.titleLevel = level as TitleLevel;
  } else if (user.titleAsH1 !== undefined) {
    if (typeof user.titleAsH1 !== 'boolean') throw new ConfigError('"titleAsH1" must be true or false.');
    out.titleLevel = user.titleAsH1 ? 1 : 'none';
  }
  if (user.posts !== undefined) {
    if (!(Array.isArray(user.posts) && user.posts.every((g) => typeof g === 'string'))) {
      throw new ConfigError('"posts" must be a list of glob patterns, such as ["content/news/**"].');
    }
    out.posts = user.posts;
  }
  if (user.site !== undefined) out.site = checkSite(user.site);
  return out;
}

function checkSite(site: unknown): NonNullable<UserConfig['site']> {
  if (typeof site !== 'object' || site === null || Array.isArray(site)) {
    throw new ConfigError('"site" must be an object, such as { "lang": "pl" }.');
  }
  const s = site as Record<string, unknown>;
  const known = ['generator', 'lang', 'languages', 'flavour', 'imageTags', 'root'];
  for (const key of Object.keys(s)) {
    if (!known.includes(key)) {
      throw new ConfigError(`"site" has no setting "${key}" (its settings: ${known.join(', ')}).`);
    }
  }
  if (s.generator !== undefined && !(GENERATORS as readonly unknown[]).includes(s.generator)) {
    throw new ConfigError(
      `"site.generator" must be one of ${GENERATORS.join(', ')}, not ${JSON.stringify(s.generator)}.`,
    );
  }
  for (const key of ['lang', 'root'] as const) {
    if (s[key] !== undefined && typeof s[key] !== 'string')
      throw new ConfigError(`"site.${key}" must be a string.`);
  }
  for (const key of ['languages', 'flavour', 'imageTags'] as const) {
    const value = s[key];
    if (value !== undefined && (typeof value !== 'object' || value === null || Array.isArray(value))) {
      throw new ConfigError(`"site.${key}" must be an object.`);
    }
  }
  const flavour = (s.flavour ?? {}) as Record<string, unknown>;
  for (const [key, value] of Object.entries(flavour)) {
    if (key === 'templates') {
      if (
        !(
          Array.isArray(value) &&
          value.every((t) => ['liquid', 'hugo', 'zola', 'nunjucks', 'mdx'].includes(t))
        )
      ) {
        throw new ConfigError(
          '"site.flavour.templates" must list some of liquid, hugo, zola, nunjucks, mdx.',
        );
      }
    } else if (['autolink', 'definitionLists', 'attributeLists', 'footnotes'].includes(key)) {
      if (typeof value !== 'boolean') throw new ConfigError(`"site.flavour.${key}" must be true or false.`);
    } else {
      throw new ConfigError(
        `"site.flavour" has no setting "${key}" (autolink, definitionLists, attributeLists, footnotes, templates).`,
      );
    }
  }
  for (const [name, mapping] of Object.entries((s.imageTags ?? {}) as Record<string, unknown>)) {
    const m = mapping as Record<string, unknown> | null;
    if (typeof m !== 'object' || m === null || Array.isArray(m)) {
      throw new ConfigError(
        `"site.imageTags.${name}" must map parameters, such as { "src": "src", "alt": "alt" }.`,
      );
    }
    for (const [param, value] of Object.entries(m)) {
      if (param === 'whenAltMissing' && ['absent', 'empty', 'unknown'].includes(value as string)) continue;
      if (
        !['src', 'alt', 'altFallback', 'caption', 'title'].includes(param) ||
        !(typeof value === 'string' || Number.isInteger(value))
      ) {
        throw new ConfigError(
          `"site.imageTags.${name}.${param}": name src, alt, altFallback, caption or title, each with a parameter name or position (0, 1…), or whenAltMissing: "absent", "empty" or "unknown".`,
        );
      }
    }
  }
  return s as NonNullable<UserConfig['site']>;
}

/** The built-in rules plus the configured plugins' (objects here: a path or package name must be
 * loaded first, which the Node config loader does). */
function registryOf(plugins: UserConfig['plugins']): RuleRegistry {
  if (plugins === undefined) return builtinRegistry();
  if (!Array.isArray(plugins)) {
    throw new ConfigError('"plugins" must be a list of plugin modules, such as ["./rules/local.mjs"].');
  }
  const unloaded = plugins.find((p) => typeof p === 'string');
  if (unloaded !== undefined) {
    throw new ConfigError(
      `The plugin "${unloaded}" is a module name: load the configuration with loadConfig() (or the CLI), which imports it, or pass the plugin object itself.`,
    );
  }
  return builtinRegistry().withPlugins(plugins);
}

/** The word lists' changes, checked beyond their schema (list names per language, known tags). */
function configWords(words: unknown) {
  try {
    return checkWordOverrides(words);
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
}

/** ESLint's spellings: "warn", and 0 / 1 / 2 for off / warning / error. */
export function normalizeSeverity(value: unknown): SeveritySetting {
  if (value === 'warn' || value === 1) return 'warning';
  if (value === 0) return 'off';
  if (value === 2) return 'error';
  return value as SeveritySetting;
}

/** Rule settings laid over `config`. */
function applyRules(config: ResolvedConfig, settings: Record<string, RuleSetting> | undefined): void {
  for (const [id, setting] of Object.entries(settings ?? {})) {
    const [rawSeverity, options] = Array.isArray(setting) ? setting : [setting, undefined];
    const severity = normalizeSeverity(rawSeverity);
    if (id.startsWith('axe/')) {
      config.axeRules.set(id, severity);
      continue;
    }
    if (severity === 'off') {
      config.rules.delete(id);
      config.off.add(id);
      continue;
    }
    config.off.delete(id);
    const rule = config.registry.get(id)!;
    // As in ESLint: a severity alone keeps the options set before; given options replace them.
    const current = config.rules.get(id)?.options ?? defaultOptions(rule);
    config.rules.set(id, {
      severity,
      options: options ? { ...defaultOptions(rule), ...options } : current,
    });
  }
}

/** An `overrides` entry laid over `config`. */
function applyOverride(config: ResolvedConfig, o: UserOverride): void {
  applyRules(config, o.rules);
  if (o.lang !== undefined) config.lang = o.lang;
  if (o.titleAsH1 !== undefined) config.titleAsH1 = o.titleAsH1;
  if (o.startLevel !== undefined) config.startLevel = o.startLevel;
  if (o.pathDates !== undefined) config.pathDates = o.pathDates;
  if (o.axe !== undefined) config.axe = o.axe;
  if (o.limits !== undefined) config.limits = resolveLimits({ ...config.limits, ...o.limits });
}

const matchers = new WeakMap<ResolvedOverride, (path: string) => boolean>();
const perFile = new WeakMap<ResolvedConfig, Map<string, ResolvedConfig>>();

/**
 * The configuration for one file: every `overrides` entry whose `files` match its path, applied
 * in order (later entries win). `path` is relative to the configuration's folder, or absolute
 * (then made relative to `root`). Results are shared between files matching the same entries.
 */
export function configForPath(config: ResolvedConfig, path: string | undefined): ResolvedConfig {
  if (config.overrides.length === 0 || path === undefined) return config;
  const indexes = matchingOverrides(config, path);
  const matched = indexes.map((i) => config.overrides[i]!);
  const key = indexes.join(',');
  let cache = perFile.get(config);
  if (!cache) {
    cache = new Map();
    perFile.set(config, cache);
  }
  const known = cache.get(key);
  if (known) return known;
  const resolved: ResolvedConfig = {
    ...config,
    rules: new Map([...config.rules].map(([id, s]) => [id, { ...s }])),
    off: new Set(config.off),
    axeRules: new Map(config.axeRules),
    overrides: [],
  };
  for (const o of matched) applyOverride(resolved, o.settings);
  cache.set(key, resolved);
  return resolved;
}

/** Indexes of the `overrides` entries whose `files` match `path`. */
export function matchingOverrides(config: ResolvedConfig, path: string): number[] {
  const relative = relativeTo(config.root, toPosix(path));
  return config.overrides.flatMap((o, i) => (matcherOf(o)(relative) ? [i] : []));
}

function matcherOf(override: ResolvedOverride): (path: string) => boolean {
  const match = matchers.get(override);
  if (match === undefined) {
    // The same pattern language as "ignores" (.gitignore's): `news/**`, `*.html` at any depth.
    const matcher = ignore().add(override.files.map((p) => p.replace(/^\.\//, '')));
    const made = (path: string) => path !== '' && !path.startsWith('../') && matcher.ignores(path);
    matchers.set(override, made);
    return made;
  }
  return match;
}

function toPosix(path: string): string {
  return path.replace(/\\/g, '/');
}

function relativeTo(root: string | undefined, path: string): string {
  if (root && path.startsWith(`${root.replace(/\/$/, '')}/`))
    return path.slice(root.replace(/\/$/, '').length + 1);
  return path.replace(/^\.\//, '');
}

/**
 * The configuration as JSON, as `--print-config` shows it: every rule with its severity and
 * options, the settings, and the overrides that were applied.
 */
export function describeConfig(config: ResolvedConfig): Record<string, unknown> {
  const rules: Record<string, unknown> = {};
  for (const rule of config.registry.rules) {
    const setting = config.rules.get(rule.id);
    if (!setting) rules[rule.id] = 'off';
    else
      rules[rule.id] = Object.keys(setting.options).length
        ? [setting.severity, setting.options]
        : setting.severity;
  }
  for (const [id, severity] of config.axeRules) rules[id] = severity;
  const out: Record<string, unknown> = {};
  for (const key of ['lang', 'locale', 'titleAsH1', 'startLevel', 'pathDates', 'axe'] as const) {
    if (config[key] !== undefined) out[key] = config[key];
  }
  out.ignores = config.ignores;
  out.limits = config.limits;
  if (config.plugins.length > 0) out.plugins = config.plugins.map((p) => p.name);
  out.rules = rules;
  return out;
}
