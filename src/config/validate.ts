// Validating a configuration against its JSON Schema (schema.ts) with a small standards validator
// (@cfworker/json-schema, ~6 KB gzip, the `schema` part: the browser loads it when a configuration
// is given — ajv would be ~38 KB), and turning the validator's findings into one sentence a person
// can act on: which key, rule or option, what it must be, and the closest valid name when it looks
// like a typo.
import type { OutputUnit, Validator } from '@cfworker/json-schema';
import { closest } from '../engine/closest.js';
import type { AnyRule } from '../engine/rule.js';
import { checkLanguageTag } from '../lang/language-tags.js';
import { part } from '../parts/registry.js';
import { CONFIG_KEYS, configSchema, type JsonSchema, SEVERITY_VALUES } from './schema.js';

type Locale = 'en' | 'pl';
type Path = Array<string | number>;

const validators = new WeakMap<readonly AnyRule[], { validator: Validator; schema: JsonSchema }>();

function validatorFor(rules: readonly AnyRule[]) {
  let entry = validators.get(rules);
  if (!entry) {
    const schema = configSchema(rules);
    entry = { validator: new (part('schema').Validator)(schema as never, '2020-12', false), schema };
    validators.set(rules, entry);
  }
  return entry;
}

/** The problem with `user`, as a sentence in `locale`, or undefined when it is a valid configuration. */
export function configProblem(
  user: unknown,
  rules: readonly AnyRule[],
  locale: string = 'en',
): string | undefined {
  const t = MESSAGES[locale.toLowerCase().startsWith('pl') ? 'pl' : 'en'];
  if (typeof user !== 'object' || user === null || Array.isArray(user)) return t.notObject;
  // No key, nothing to validate (the schema requires none): a check without a configuration needs
  // no validator.
  if (Object.keys(user).length === 0) return undefined;
  const { validator, schema } = validatorFor(rules);
  const result = validator.validate(user);
  if (!result.valid) return describe(pickError(result.errors, user), user, schema, rules, t);
  return languageTagProblem(user as Record<string, unknown>, t);
}

/** Language tags are checked by code (BCP 47 + ISO 639), beyond what a pattern could say. */
function languageTagProblem(user: Record<string, unknown>, t: Messages): string | undefined {
  const scopes: Array<[Record<string, unknown>, string]> = [[user, '']];
  if (Array.isArray(user.overrides)) {
    user.overrides.forEach((o, i) => {
      scopes.push([o as Record<string, unknown>, `overrides[${i}].`]);
    });
  }
  for (const [scope, prefix] of scopes) {
    for (const [key, spec] of Object.entries(CONFIG_KEYS)) {
      const value = scope[key];
      if (spec.languageTag && typeof value === 'string' && !checkLanguageTag(value).valid) {
        return t.languageTag(`${prefix}${key}`, value);
      }
    }
  }
  return undefined;
}

const COMBINATORS = new Set(['properties', 'patternProperties', 'anyOf', 'prefixItems', 'items', 'allOf']);

/** The most specific error: the deepest location, preferring what the value's type can match. */
function pickError(errors: OutputUnit[], user: unknown): OutputUnit {
  const leaves = errors.filter((e) => !COMBINATORS.has(e.keyword));
  const depth = (e: OutputUnit) => e.instanceLocation.split('/').length;
  const deepest = Math.max(...leaves.map(depth));
  const candidates = leaves.filter((e) => depth(e) === deepest);
  const value = valueAt(user, pathOf(candidates[0]!.instanceLocation));
  // A rule setting is "a severity or [severity, options]": a string failed the severity branch.
  const preferred = candidates.find((e) =>
    typeof value === 'string' || typeof value === 'number'
      ? e.keyword === 'enum' || e.keyword === 'minimum' || e.keyword === 'maximum' || e.keyword === 'type'
      : e.keyword !== 'enum',
  );
  return preferred ?? candidates[0] ?? errors[0]!;
}

function pathOf(location: string): Path {
  return location
    .replace(/^#\/?/, '')
    .split('/')
    .filter((s) => s !== '')
    .map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function valueAt(root: unknown, path: Path): unknown {
  let value = root;
  for (const segment of path) value = (value as Record<string | number, unknown> | undefined)?.[segment];
  return value;
}

/** `overrides[0].rules`, `limits.maxBytes` */
function dotted(path: Path): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

function describe(
  error: OutputUnit,
  user: unknown,
  schema: JsonSchema,
  rules: readonly AnyRule[],
  t: Messages,
): string {
  const path = pathOf(error.instanceLocation);
  const value = valueAt(user, path);
  const rulesAt = path.indexOf('rules');
  const ruleIds = rules.map((r) => r.id);
  // Inside "rules": name the rule, and the option.
  if (rulesAt >= 0 && path.length > rulesAt + 1 && (rulesAt === 0 || path[rulesAt - 2] === 'overrides')) {
    const id = String(path[rulesAt + 1]);
    const rule = rules.find((r) => r.id === id);
    const rest = path.slice(rulesAt + 2);
    if (!rule && !id.startsWith('axe/')) return t.unknownRule(id, closest(id, ruleIds));
    if (rest.length === 0 || (rest.length === 1 && rest[0] === 0)) {
      return t.severity(id, value, typeof value === 'string' ? closest(value, severityWords) : undefined);
    }
    if (rest[0] === 1 && rest.length === 1) return t.optionsObject(id);
    if (rest[0] === 1 && rest.length === 2) {
      const name = String(rest[1]);
      const spec = rule?.options?.[name];
      if (!spec) {
        const known = Object.keys(rule?.options ?? {});
        return t.unknownOption(id, name, known, closest(name, known));
      }
      return t.optionValue(id, name, expectation(optionSchemaOf(schema, path), t), value);
    }
    return t.severity(id, value, undefined);
  }
  // An unknown key (the validator reports the property's `false` schema).
  if (error.keyword === 'false' || error.keyword === 'additionalProperties') {
    const key = String(path[path.length - 1]);
    const parent = path.slice(0, -1);
    const known = Object.keys((schemaAt(schema, parent)?.properties as object | undefined) ?? {});
    return t.unknownKey(key, dotted(parent), closest(key, known));
  }
  if (error.keyword === 'required') return t.overrideFiles(dotted(path));
  return t.keyValue(dotted(path), expectation(schemaAt(schema, path), t), value);
}

const severityWords: string[] = SEVERITY_VALUES.filter((v) => typeof v === 'string');

/** The schema that applies at `path` (following properties and items; enough for our schema). */
function schemaAt(schema: JsonSchema, path: Path): JsonSchema | undefined {
  let current: JsonSchema | undefined = schema;
  for (const segment of path) {
    if (!current) return undefined;
    if (typeof segment === 'number') current = current.items as JsonSchema | undefined;
    else current = (current.properties as Record<string, JsonSchema> | undefined)?.[segment];
  }
  return current;
}

function optionSchemaOf(schema: JsonSchema, path: Path): JsonSchema | undefined {
  const setting = schemaAt(schema, path.slice(0, -2));
  const array = (setting?.anyOf as JsonSchema[] | undefined)?.[1];
  const options = (array?.prefixItems as JsonSchema[] | undefined)?.[1];
  return (options?.properties as Record<string, JsonSchema> | undefined)?.[String(path[path.length - 1])];
}

/** "a whole number of at least 1", "true or false", "one of …". */
function expectation(schema: JsonSchema | undefined, t: Messages): string {
  if (!schema) return t.expect.valid;
  if (Array.isArray(schema.enum)) return t.expect.oneOf(schema.enum.map((v) => JSON.stringify(v)));
  if (Array.isArray(schema.anyOf)) return expectation(schema.anyOf[0] as JsonSchema, t);
  const range = [
    schema.minimum !== undefined ? t.expect.min(schema.minimum as number) : '',
    schema.maximum !== undefined ? t.expect.max(schema.maximum as number) : '',
  ]
    .filter(Boolean)
    .join(t.expect.and);
  switch (schema.type) {
    case 'integer':
      return t.expect.integer + (range ? ` ${range}` : '');
    case 'number':
      return t.expect.number + (range ? ` ${range}` : '');
    case 'boolean':
      return t.expect.boolean;
    case 'string':
      return t.expect.string;
    case 'array':
      return t.expect.list;
    case 'object':
      return t.expect.object;
    default:
      return t.expect.valid;
  }
}

interface Messages {
  notObject: string;
  unknownKey(key: string, where: string, suggestion?: string): string;
  unknownRule(id: string, suggestion?: string): string;
  unknownOption(rule: string, option: string, known: string[], suggestion?: string): string;
  optionValue(rule: string, option: string, expected: string, value: unknown): string;
  optionsObject(rule: string): string;
  severity(rule: string, value: unknown, suggestion?: string): string;
  keyValue(key: string, expected: string, value: unknown): string;
  overrideFiles(where: string): string;
  languageTag(key: string, value: string): string;
  expect: {
    valid: string;
    oneOf(values: string[]): string;
    integer: string;
    number: string;
    boolean: string;
    string: string;
    list: string;
    object: string;
    min(n: number): string;
    max(n: number): string;
    and: string;
  };
}

const shown = (value: unknown) => (value === undefined ? 'nothing' : JSON.stringify(value));
const shownPl = (value: unknown) => (value === undefined ? 'nic' : JSON.stringify(value));

const MESSAGES: Record<Locale, Messages> = {
  en: {
    notObject: 'The configuration must be an object, such as { "extends": "recommended" }.',
    unknownKey: (key, where, s) =>
      `Unknown key "${key}" in ${where ? `"${where}" of ` : ''}the configuration.${s ? ` Did you mean "${s}"?` : ''}`,
    unknownRule: (id, s) =>
      `Unknown rule "${id}" in the configuration.${s ? ` Did you mean "${s}"?` : ''} Run "content-a11y rules" to list them.`,
    unknownOption: (rule, option, known, s) =>
      `Rule "${rule}" has no option "${option}"${s ? ` (did you mean "${s}"?)` : known.length ? ` (its options: ${known.join(', ')})` : ' (it takes no options)'}.`,
    optionValue: (rule, option, expected, value) =>
      `Rule "${rule}": option "${option}" must be ${expected}, not ${shown(value)}.`,
    optionsObject: (rule) => `Rule "${rule}": options must be an object, as in ["warning", { "max": 150 }].`,
    severity: (rule, value, s) =>
      `Rule "${rule}": severity must be "error", "warning" (or "warn"), "info" or "off" (or 2, 1, 0), not ${shown(value)}.${s ? ` Did you mean "${s}"?` : ''}`,
    keyValue: (key, expected, value) => `"${key}" must be ${expected}, not ${shown(value)}.`,
    overrideFiles: (where) => `"${where}" needs "files": the globs of the files it applies to.`,
    languageTag: (key, value) =>
      `"${key}" must be a language tag such as "pl" or "en-GB"; ${JSON.stringify(value)} is not a valid one.`,
    expect: {
      valid: 'a valid value',
      oneOf: (values) => `one of ${values.join(', ')}`,
      integer: 'a whole number',
      number: 'a number',
      boolean: 'true or false',
      string: 'text',
      list: 'a list',
      object: 'an object',
      min: (n) => `of at least ${n}`,
      max: (n) => `at most ${n}`,
      and: ' and ',
    },
  },
  pl: {
    notObject: 'Konfiguracja musi być obiektem, np. { "extends": "recommended" }.',
    unknownKey: (key, where, s) =>
      `Nieznany klucz „${key}” w ${where ? `„${where}” ` : ''}konfiguracji.${s ? ` Czy chodziło o „${s}”?` : ''}`,
    unknownRule: (id, s) =>
      `Nieznana reguła „${id}” w konfiguracji.${s ? ` Czy chodziło o „${s}”?` : ''} Listę reguł wypisuje „content-a11y rules”.`,
    unknownOption: (rule, option, known, s) =>
      `Reguła „${rule}” nie ma opcji „${option}”${s ? ` (czy chodziło o „${s}”?)` : known.length ? ` (jej opcje: ${known.join(', ')})` : ' (nie przyjmuje opcji)'}.`,
    optionValue: (rule, option, expected, value) =>
      `Reguła „${rule}”: opcja „${option}” musi być ${expected}, nie ${shownPl(value)}.`,
    optionsObject: (rule) => `Reguła „${rule}”: opcje muszą być obiektem, np. ["warning", { "max": 150 }].`,
    severity: (rule, value, s) =>
      `Reguła „${rule}”: waga musi być "error", "warning" (albo "warn"), "info" albo "off" (albo 2, 1, 0), nie ${shownPl(value)}.${s ? ` Czy chodziło o „${s}”?` : ''}`,
    keyValue: (key, expected, value) => `„${key}” musi być ${expected}, nie ${shownPl(value)}.`,
    overrideFiles: (where) => `„${where}” wymaga „files”: wzorców plików, których dotyczy.`,
    languageTag: (key, value) =>
      `„${key}” musi być znacznikiem języka, np. „pl” albo „en-GB”; ${JSON.stringify(value)} nie jest poprawnym znacznikiem.`,
    expect: {
      valid: 'poprawną wartością',
      oneOf: (values) => `jedną z wartości ${values.join(', ')}`,
      integer: 'liczbą całkowitą',
      number: 'liczbą',
      boolean: 'true albo false',
      string: 'tekstem',
      list: 'listą',
      object: 'obiektem',
      min: (n) => `nie mniejszą niż ${n}`,
      max: (n) => `nie większą niż ${n}`,
      and: ' i ',
    },
  },
};
