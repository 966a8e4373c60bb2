// What a content-a11y JSON report and a SARIF log must look like before `merge` (or the cache)
// uses what they say: a report is a file from another job, and its values reach XML, Markdown,
// HTML and the terminal. Validated with ajv; a refusal names the file and the JSON path.
// TODO(lead): the `cli` engineer is adding the published JSON Schema of the JSON output; when it is
// on main, REPORT_SCHEMA should be that schema (FINDING_SCHEMA is the `messages` item of it).
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';

// ajv is loaded on the first validation (`merge`, a cache file), not at every start-up.
const load = createRequire(import.meta.url);

const POSITION = { type: 'integer', minimum: 0, maximum: 100_000_000 } as const;
const TEXT = { type: 'string', maxLength: 100_000 } as const;

const FIX_SCHEMA = {
  type: 'object',
  required: ['range', 'text'],
  properties: {
    range: { type: 'array', minItems: 2, maxItems: 2, items: POSITION },
    text: TEXT,
  },
} as const;

/** One finding, as the JSON report and the cache carry it. */
export const FINDING_SCHEMA = {
  type: 'object',
  required: ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'wcag', 'helpUrl'],
  properties: {
    // Rule ids (also `axe/<id>` and plugin rules): no spaces, quotes or markup.
    ruleId: { type: 'string', pattern: '^[A-Za-z0-9@][A-Za-z0-9@/._:-]{0,199}$' },
    severity: { enum: ['error', 'warning', 'info'] },
    message: TEXT,
    line: POSITION,
    column: POSITION,
    endLine: POSITION,
    endColumn: POSITION,
    wcag: {
      type: 'array',
      maxItems: 100,
      items: { type: 'string', pattern: '^[0-9]{1,2}\\.[0-9]{1,2}\\.[0-9]{1,2}$' },
    },
    helpUrl: { type: 'string', maxLength: 2048, pattern: '^https://[^\\s"<>]*$' },
    fingerprint: { type: 'string', maxLength: 200 },
    excerpt: TEXT,
    suggestion: TEXT,
    jsonPath: TEXT,
    fix: FIX_SCHEMA,
    suggestions: {
      type: 'array',
      items: {
        type: 'object',
        required: ['desc', 'fix'],
        properties: { desc: TEXT, fix: FIX_SCHEMA },
      },
    },
  },
} as const;

const COUNT = { type: 'integer', minimum: 0 } as const;

export const REPORT_SCHEMA = {
  type: 'object',
  required: ['files'],
  properties: {
    files: {
      type: 'array',
      items: {
        type: 'object',
        required: ['path', 'messages'],
        properties: {
          path: { type: 'string', minLength: 1, maxLength: 4096 },
          messages: { type: 'array', items: FINDING_SCHEMA },
        },
      },
    },
    summary: {
      type: 'object',
      properties: { files: COUNT, errors: COUNT, warnings: COUNT, infos: COUNT },
    },
  },
} as const;

/** The part of SARIF 2.1.0 that `merge` reads (it writes the rest through unchanged). */
export const SARIF_SCHEMA = {
  type: 'object',
  required: ['version', 'runs'],
  properties: {
    version: { const: '2.1.0' },
    $schema: { type: 'string' },
    runs: {
      type: 'array',
      items: {
        type: 'object',
        required: ['tool'],
        properties: {
          tool: {
            type: 'object',
            required: ['driver'],
            properties: {
              driver: {
                type: 'object',
                required: ['name'],
                properties: {
                  name: { type: 'string' },
                  rules: {
                    type: 'array',
                    items: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
                  },
                },
              },
            },
          },
          results: {
            type: 'array',
            items: {
              type: 'object',
              required: ['message'],
              properties: {
                ruleId: { type: 'string' },
                ruleIndex: { type: 'integer', minimum: 0 },
                level: { enum: ['none', 'note', 'warning', 'error'] },
                message: { type: 'object' },
              },
            },
          },
        },
      },
    },
  },
} as const;

let compiled: { report: ValidateFunction; sarif: ValidateFunction; finding: ValidateFunction } | undefined;

function validators() {
  if (!compiled) {
    const { Ajv } = load('ajv') as typeof import('ajv');
    const ajv = new Ajv({ allErrors: false, strict: true });
    compiled = {
      report: ajv.compile(REPORT_SCHEMA),
      sarif: ajv.compile(SARIF_SCHEMA),
      finding: ajv.compile(FINDING_SCHEMA),
    };
  }
  return compiled;
}

/** Why `data` is not a valid report of this kind (`/files/0/messages/1/severity must be …`), or undefined. */
export function reportProblem(kind: 'json' | 'sarif' | 'finding', data: unknown): string | undefined {
  const validate =
    kind === 'json' ? validators().report : kind === 'sarif' ? validators().sarif : validators().finding;
  if (validate(data)) return undefined;
  return describe(validate.errors?.[0]);
}

function describe(error: ErrorObject | undefined | null): string {
  if (!error) return 'it does not match the report format';
  const where = error.instancePath || '/';
  const allowed =
    error.keyword === 'enum' ? ` (${(error.params.allowedValues as unknown[]).join(', ')})` : '';
  return `${where} ${error.message ?? 'is not valid'}${allowed}`;
}
