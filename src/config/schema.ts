// The configuration's JSON Schema: the one place where each configuration key is declared (its
// shape, what it means, whether an `overrides` entry may set it), and where each rule's options
// come from its OptionSpec. The same schema validates every configuration at run time (in Node and
// in the browser build) and ships as docs/schema/config.schema.json for editors.
//
// Adding a key: one entry in CONFIG_KEYS (and its use in resolve.ts).
import { LIMIT_NAMES } from '../engine/limits.js';
import type { AnyRule, OptionSpec } from '../engine/rule.js';

export type JsonSchema = Record<string, unknown>;

export interface ConfigKey {
  schema: JsonSchema;
  /** What the key means (English; shown by editors from the published schema). */
  description: string;
  /** May be set per glob in an `overrides` entry. */
  override?: boolean;
  /** The key holds a language tag, checked against BCP 47 and ISO 639. */
  languageTag?: boolean;
}

/** Severity values: ours, ESLint's "warn", and ESLint's numbers 0 (off), 1 (warning), 2 (error). */
export const SEVERITY_VALUES = ['error', 'warning', 'info', 'off', 'warn', 0, 1, 2] as const;

const severitySchema: JsonSchema = {
  description: '"error", "warning" (or "warn"), "info" or "off"; ESLint\'s 0, 1, 2 mean off, warning, error',
  enum: [...SEVERITY_VALUES],
};

const stringList: JsonSchema = { type: 'array', items: { type: 'string' } };

export const CONFIG_KEYS: Record<string, ConfigKey> = {
  $schema: { schema: { type: 'string' }, description: 'The JSON Schema of this file, for editors.' },
  extends: {
    schema: { enum: ['recommended', 'strict'] },
    description: '"recommended" (default) or "strict" (warnings that map to a WCAG failure become errors).',
  },
  lang: {
    schema: { type: 'string' },
    description: 'Language of posts that declare none (BCP 47 tag, e.g. "pl" or "en-GB").',
    override: true,
    languageTag: true,
  },
  locale: {
    schema: { type: 'string' },
    description: 'Language of messages; default: the post’s language when supported, else English.',
  },
  titleAsH1: {
    schema: { type: 'boolean' },
    description: 'Old spelling of titleLevel: true is 1, false is "none".',
    override: true,
  },
  titleLevel: {
    schema: { anyOf: [{ type: 'integer', minimum: 1, maximum: 6 }, { const: 'none' }] },
    description:
      'Heading level at which the site’s layout renders a post’s title (1–6), or "none"; default: read from the site’s layouts.',
    override: true,
  },
  posts: {
    schema: stringList,
    description:
      'Globs (relative to the site root) of the files that are posts; other files are pages (no date-missing, title-missing, img-cover-alt-missing). Default: from the site.',
  },
  // `site` and `words` are checked by resolve.ts (checkSite, checkWordOverrides), whose messages
  // name the valid settings and lists; the schema only says they are objects.
  site: {
    schema: { type: 'object' },
    description: 'Overrides for what was detected about the site (`content-a11y site` shows it).',
  },
  words: {
    schema: { type: 'object' },
    description:
      'Word lists per language tag, extended or trimmed: { "pl": { "redundantPrefixes": { "add": ["kadr przedstawiający"] } } }.',
  },
  startLevel: {
    schema: { type: 'integer', minimum: 1, maximum: 6 },
    description: 'Level the first body heading should have (default 2 when the title is the h1, else 1).',
    override: true,
  },
  pathDates: {
    schema: { type: 'boolean' },
    description: 'Count dates in file names and paths (_posts/2021-04-28-x.md) as publication dates.',
    override: true,
  },
  axe: {
    schema: { type: 'boolean' },
    description: 'Run the rendered-DOM checks (axe-core in jsdom); default true.',
    override: true,
  },
  rules: { schema: {}, description: 'Rule severities and options, by rule id.', override: true },
  ignores: {
    schema: stringList,
    description: 'Glob patterns of files never to check, relative to the configuration file.',
  },
  limits: {
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(LIMIT_NAMES.map((name) => [name, { type: 'integer', minimum: 1 }])),
    },
    description: 'Size and depth limits; a post over one is reported as limit-exceeded.',
    override: true,
  },
  plugins: {
    schema: { type: 'array', items: { anyOf: [{ type: 'string' }, { type: 'object' }] } },
    description:
      'Rules of your own: module paths ("./rules/local.mjs") or package names, resolved from this file; their rules are "<plugin name>/<rule id>".',
  },
  overrides: {
    schema: {},
    description:
      'Settings for the files matching globs: [{ "files": ["news/**"], "rules": {…}, "lang": "pl" }]; later entries win.',
  },
};

/** JSON Schema `type` of a rule option, from its OptionSpec. */
function optionSchema(spec: OptionSpec): JsonSchema {
  const base: JsonSchema =
    spec.type === 'string[]'
      ? stringList
      : spec.type === 'number'
        ? { type: spec.integer ? 'integer' : 'number', minimum: spec.minimum ?? 0 }
        : { type: spec.type };
  if (spec.maximum !== undefined) base.maximum = spec.maximum;
  if (spec.enum) base.enum = spec.enum;
  return { ...base, description: spec.description.en, default: spec.default };
}

function ruleSettingSchema(rule: AnyRule): JsonSchema {
  const options = rule.options ?? {};
  return {
    description: rule.description.en,
    anyOf: [
      severitySchema,
      {
        type: 'array',
        prefixItems: [
          severitySchema,
          {
            type: 'object',
            additionalProperties: false,
            properties: Object.fromEntries(
              Object.entries(options).map(([name, spec]) => [name, optionSchema(spec)]),
            ),
          },
        ],
        minItems: 1,
        maxItems: 2,
      },
    ],
  };
}

function rulesSchema(rules: readonly AnyRule[]): JsonSchema {
  return {
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(rules.map((rule) => [rule.id, ruleSettingSchema(rule)])),
    patternProperties: { '^axe/[a-z0-9-]+$': severitySchema },
  };
}

/** The whole configuration's schema for these rules (the registry's, plus any plugin's). */
export function configSchema(rules: readonly AnyRule[]): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const overrideProperties: Record<string, JsonSchema> = {
    files: {
      description: 'Glob patterns of the files this entry applies to, relative to the configuration file.',
      anyOf: [{ type: 'string' }, { ...stringList, minItems: 1 }],
    },
  };
  for (const [key, spec] of Object.entries(CONFIG_KEYS)) {
    const schema =
      key === 'rules'
        ? rulesSchema(rules)
        : key === 'overrides'
          ? {
              type: 'array',
              items: {
                type: 'object',
                additionalProperties: false,
                required: ['files'],
                properties: overrideProperties,
              },
            }
          : spec.schema;
    properties[key] = { ...schema, description: spec.description };
    if (spec.override) overrideProperties[key] = properties[key];
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'content-a11y configuration',
    type: 'object',
    additionalProperties: false,
    properties,
  };
}
