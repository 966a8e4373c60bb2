// The contract every rule's metadata keeps, built-in or from a plugin: checked by a meta-test for
// the built-in rules and when a plugin is loaded, so a rule with a missing message or an unknown
// tag is a clear error, not a finding with "undefined" in it.
import type { AnyRule, Localized, OptionSpec, RuleExample } from './rule.js';

/** Tags a rule may carry: the catalogue's sections, and the format or language a rule is limited to. */
export const RULE_TAGS = [
  'images',
  'links',
  'headings',
  'title',
  'dates',
  'lists',
  'tables',
  'language',
  'engine',
  'html',
  'markdown',
  'pl',
  'plugin',
] as const;

export type RuleTag = (typeof RULE_TAGS)[number];

const ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const CRITERION = /^[1-4]\.\d{1,2}\.\d{1,2}$/;
const SEVERITIES = new Set(['error', 'warning', 'info']);
const OPTION_TYPES = new Set(['number', 'string', 'boolean', 'string[]']);
const PLACEHOLDER = /\{(\w+)\}/g;

export interface ContractOptions {
  /** Built-in rules speak English and Polish; a plugin's rules need English at least. */
  languages: readonly (keyof Localized)[];
}

/** What is wrong with a rule's metadata, one sentence each; empty when it keeps the contract. */
export function ruleContractProblems(rule: AnyRule, options: ContractOptions): string[] {
  const problems: string[] = [];
  const where = `Rule "${rule.id}"`;
  if (typeof rule.id !== 'string' || !ID.test(rule.id)) {
    problems.push(`${where}: the id must be lowercase words joined by hyphens ("alt-too-short").`);
  }
  if (!SEVERITIES.has(rule.severity)) {
    problems.push(`${where}: severity must be "error", "warning" or "info", not "${rule.severity}".`);
  }
  if (!Array.isArray(rule.wcag) || rule.wcag.some((c) => !CRITERION.test(c))) {
    problems.push(`${where}: wcag must list success criteria such as "1.1.1".`);
  }
  const tags = Array.isArray(rule.tags) ? rule.tags : [];
  if (tags.length === 0) problems.push(`${where}: it needs at least one tag (${RULE_TAGS.join(', ')}).`);
  for (const tag of tags) {
    if (!(RULE_TAGS as readonly string[]).includes(tag)) {
      problems.push(`${where}: unknown tag "${tag}" (tags: ${RULE_TAGS.join(', ')}).`);
    }
  }
  for (const key of ['description', 'why', 'fix'] as const) {
    problems.push(...localizedProblems(`${where} ${key}`, rule[key], options));
  }
  const messages = rule.messages && typeof rule.messages === 'object' ? Object.entries(rule.messages) : [];
  if (messages.length === 0) problems.push(`${where}: it declares no messages.`);
  for (const [id, text] of messages) {
    const label = `${where} message "${id}"`;
    const found = localizedProblems(label, text, options);
    problems.push(...found);
    if (found.length === 0) problems.push(...placeholderProblems(label, text));
  }
  for (const [name, spec] of Object.entries(rule.options ?? {})) {
    problems.push(...optionProblems(`${where} option "${name}"`, spec, options));
  }
  if ('check' in rule && typeof rule.check !== 'function')
    problems.push(`${where}: check must be a function.`);
  for (const example of [...(rule.examples?.incorrect ?? []), ...(rule.examples?.correct ?? [])]) {
    problems.push(...exampleProblems(where, example));
  }
  for (const example of rule.examples?.incorrect ?? []) {
    for (const want of example.expected ?? []) {
      if (!Object.hasOwn(rule.messages ?? {}, want.messageId)) {
        problems.push(
          `${where} example "${example.title}": it expects message "${want.messageId}", which the rule does not declare.`,
        );
      }
    }
  }
  return problems;
}

function localizedProblems(label: string, text: unknown, options: ContractOptions): string[] {
  if (!text || typeof text !== 'object') return [`${label}: expected text per language ({ en, pl }).`];
  const record = text as Record<string, unknown>;
  return options.languages
    .filter((lang) => typeof record[lang] !== 'string' || !(record[lang] as string).trim())
    .map((lang) => `${label}: the "${lang}" text is missing.`);
}

/** Every language of a message must fill the same placeholders, or one of them prints "{name}". */
function placeholderProblems(label: string, text: Localized): string[] {
  const entries = Object.entries(text).filter((e): e is [string, string] => typeof e[1] === 'string');
  const names = (s: string) =>
    [...s.matchAll(PLACEHOLDER)]
      .map((m) => m[1])
      .sort()
      .join(',');
  const english = names(text.en);
  return entries
    .filter(([, s]) => names(s) !== english)
    .map(([lang]) => `${label}: the "${lang}" text uses other placeholders than the English one.`);
}

function optionProblems(label: string, spec: OptionSpec, options: ContractOptions): string[] {
  const problems: string[] = [];
  if (!spec || !OPTION_TYPES.has(spec.type)) {
    return [`${label}: type must be one of ${[...OPTION_TYPES].join(', ')}.`];
  }
  if (!matchesType(spec.default, spec.type)) problems.push(`${label}: its default is not a ${spec.type}.`);
  problems.push(...localizedProblems(`${label} description`, spec.description, options));
  return problems;
}

export function matchesType(value: unknown, type: OptionSpec['type']): boolean {
  switch (type) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'string[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'string');
  }
}

function exampleProblems(where: string, example: RuleExample): string[] {
  if (!example || typeof example.title !== 'string' || typeof example.content !== 'string') {
    return [`${where}: every example needs a title and content.`];
  }
  if (!['markdown', 'html', 'text'].includes(example.format)) {
    return [`${where} example "${example.title}": format must be markdown, html or text.`];
  }
  return [];
}
