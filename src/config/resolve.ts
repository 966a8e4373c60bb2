// Presets and user settings resolved against the rule registry. Pure: no file system here.

import { resolveLimits } from '../engine/limits.js';
import { builtinRegistry, type Plugin, type RuleRegistry } from '../engine/registry.js';
import { defaultOptions } from '../engine/rule.js';
import { ConfigError } from '../errors.js';
import { checkWordOverrides } from '../lang/word-config.js';
import type { Severity, SeveritySetting } from '../types.js';
import type { ResolvedConfig, RuleSetting, UserConfig } from './types.js';

const SEVERITIES = new Set(['error', 'warning', 'info', 'off']);
const PRESETS = new Set(['recommended', 'strict']);

export function resolveConfig(user: UserConfig = {}): ResolvedConfig {
  validateShape(user);
  const preset = user.extends ?? 'recommended';
  const registry = registryOf(user.plugins);
  const plugins = (user.plugins ?? []) as Plugin[];
  const rules = new Map<string, { severity: Severity; options: Record<string, unknown> }>();
  const off = new Set<string>();
  for (const rule of registry.rules) {
    // strict: a warning that maps to a WCAG success criterion is an error.
    const severity: Severity =
      preset === 'strict' && rule.severity === 'warning' && rule.wcag.length > 0 ? 'error' : rule.severity;
    rules.set(rule.id, { severity, options: defaultOptions(rule) });
  }
  const axeRules = new Map<string, SeveritySetting>();
  for (const [id, setting] of Object.entries(user.rules ?? {})) {
    const [severity, options] = splitSetting(id, setting);
    if (id.startsWith('axe/')) {
      axeRules.set(id, severity);
      continue;
    }
    const current = rules.get(id);
    if (!current) throw new ConfigError(unknownRuleMessage(id, registry));
    if (severity === 'off') {
      rules.delete(id);
      off.add(id);
      continue;
    }
    const rule = registry.get(id)!;
    for (const name of Object.keys(options ?? {})) {
      if (!rule.options || !Object.hasOwn(rule.options, name)) {
        const known = Object.keys(rule.options ?? {});
        throw new ConfigError(
          `Rule "${id}" has no option "${name}"${known.length ? ` (its options: ${known.join(', ')})` : ' (it takes no options)'}.`,
        );
      }
    }
    rules.set(id, { severity, options: { ...current.options, ...options } });
  }
  return {
    rules,
    off,
    lang: user.lang,
    locale: user.locale,
    titleAsH1: user.titleAsH1,
    startLevel: user.startLevel,
    pathDates: user.pathDates ?? true,
    axe: user.axe ?? true,
    ignores: user.ignores ?? [],
    axeRules,
    limits: configLimits(user.limits),
    words: configWords(user.words),
    plugins,
    registry,
  };
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

function configWords(words: unknown) {
  try {
    return checkWordOverrides(words);
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
}

function configLimits(limits: unknown) {
  if (limits !== undefined && (typeof limits !== 'object' || limits === null || Array.isArray(limits))) {
    throw new ConfigError('"limits" must be an object, such as { "maxBytes": 5242880 }.');
  }
  try {
    return resolveLimits(limits as Record<string, unknown> | undefined);
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
}

function splitSetting(
  id: string,
  setting: RuleSetting,
): [SeveritySetting, Record<string, unknown> | undefined] {
  const [severity, options] = Array.isArray(setting) ? setting : [setting, undefined];
  if (typeof severity !== 'string' || !SEVERITIES.has(severity)) {
    throw new ConfigError(
      `Rule "${id}": severity must be "error", "warning", "info" or "off", not ${JSON.stringify(severity)}.`,
    );
  }
  if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) {
    throw new ConfigError(`Rule "${id}": options must be an object, as in ["warning", { "max": 150 }].`);
  }
  return [severity as SeveritySetting, options];
}

function validateShape(user: UserConfig): void {
  if (typeof user !== 'object' || user === null || Array.isArray(user)) {
    throw new ConfigError('The configuration must be an object, such as { "extends": "recommended" }.');
  }
  if (user.extends !== undefined && !PRESETS.has(user.extends)) {
    throw new ConfigError(
      `"extends" must be "recommended" or "strict", not ${JSON.stringify(user.extends)}.`,
    );
  }
  if (
    user.rules !== undefined &&
    (typeof user.rules !== 'object' || user.rules === null || Array.isArray(user.rules))
  ) {
    throw new ConfigError('"rules" must be an object mapping rule ids to severities.');
  }
  if (
    user.ignores !== undefined &&
    !(Array.isArray(user.ignores) && user.ignores.every((g) => typeof g === 'string'))
  ) {
    throw new ConfigError('"ignores" must be a list of glob patterns, such as ["drafts/**"].');
  }
  if (user.axe !== undefined && typeof user.axe !== 'boolean') {
    throw new ConfigError('"axe" must be true or false (false skips the rendered-DOM checks).');
  }
  for (const key of ['lang', 'locale'] as const) {
    if (user[key] !== undefined && typeof user[key] !== 'string') {
      throw new ConfigError(`"${key}" must be a language tag such as "pl" or "en-GB".`);
    }
  }
}

function unknownRuleMessage(id: string, registry: RuleRegistry): string {
  const close = registry.rules
    .map((r) => r.id)
    .map((candidate) => ({ candidate, d: editDistance(id, candidate) }))
    .sort((a, b) => a.d - b.d)[0];
  const hint = close && close.d <= 3 ? ` Did you mean "${close.candidate}"?` : '';
  return `Unknown rule "${id}" in the configuration.${hint} Run "content-a11y rules" to list them.`;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
