// The configuration's schema as users meet it: mistakes name the key, rule or option with the
// closest valid name; ESLint's severities are accepted; options are validated from each rule's
// OptionSpec; overrides apply per glob; the published schema is the one the validator uses.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import { checkSync } from '../../src/check-sync.js';
import { configForPath, describeConfig, resolveConfig } from '../../src/config/resolve.js';
import { configSchema } from '../../src/config/schema.js';
import type { UserConfig } from '../../src/config/types.js';
import { configProblem } from '../../src/config/validate.js';
import { runCli } from '../helpers/cli.js';

const root = join(import.meta.dirname, '../..');
const bad = (config: unknown, locale = 'en') => configProblem(config, allRules, locale);

describe('configuration mistakes', () => {
  it.each([
    [{ rule: {} }, 'Unknown key "rule" in the configuration. Did you mean "rules"?'],
    [{ overides: [] }, 'Unknown key "overides" in the configuration. Did you mean "overrides"?'],
    [
      { rules: { 'link-vgue': 'off' } },
      'Unknown rule "link-vgue" in the configuration. Did you mean "link-vague"? Run "content-a11y rules" to list them.',
    ],
    [
      { rules: { 'img-alt-too-long': ['warning', { max: 'abc' }] } },
      'Rule "img-alt-too-long": option "max" must be a number of at least 0, not "abc".',
    ],
    [
      { rules: { 'img-alt-too-long': ['warning', { max: -5 }] } },
      'Rule "img-alt-too-long": option "max" must be a number of at least 0, not -5.',
    ],
    [
      { rules: { 'img-alt-too-long': ['warning', { mx: 3 }] } },
      'Rule "img-alt-too-long" has no option "mx" (did you mean "max"?).',
    ],
    [
      { rules: { 'heading-empty': ['error', { max: 3 }] } },
      'Rule "heading-empty" has no option "max" (it takes no options).',
    ],
    [
      { rules: { 'link-vague': 'warnig' } },
      'Rule "link-vague": severity must be "error", "warning" (or "warn"), "info" or "off" (or 2, 1, 0), not "warnig". Did you mean "warning"?',
    ],
    [{ rules: { 'link-vague': 3 } }, /severity must be .* not 3\./],
    [
      { rules: { 'link-vague': ['warn', 'x'] } },
      'Rule "link-vague": options must be an object, as in ["warning", { "max": 150 }].',
    ],
    [{ extends: 'strcit' }, '"extends" must be one of "recommended", "strict", not "strcit".'],
    [{ axe: 'no' }, '"axe" must be true or false, not "no".'],
    [{ startLevel: 9 }, '"startLevel" must be a whole number of at least 1 and at most 6, not 9.'],
    [{ limits: { maxBytes: 0 } }, '"limits.maxBytes" must be a whole number of at least 1, not 0.'],
    [
      { limits: { maxByte: 1 } },
      'Unknown key "maxByte" in "limits" of the configuration. Did you mean "maxBytes"?',
    ],
    [{ ignores: 'drafts/**' }, '"ignores" must be a list, not "drafts/**".'],
    [
      { lang: 'xx-notalang' },
      '"lang" must be a language tag such as "pl" or "en-GB"; "xx-notalang" is not a valid one.',
    ],
    [{ overrides: [{ rules: {} }] }, '"overrides[0]" needs "files": the globs of the files it applies to.'],
    [
      { overrides: [{ files: 'a/**', ignores: [] }] },
      'Unknown key "ignores" in "overrides[0]" of the configuration.',
    ],
    [
      { overrides: [{ files: 'a/**', rules: { 'link-vage': 'off' } }] },
      /Unknown rule "link-vage".*"link-vague"/,
    ],
    [
      { overrides: [{ files: 'a/**', lang: 'xx-notalang' }] },
      /"overrides\[0\]\.lang" must be a language tag/,
    ],
    [[], 'The configuration must be an object, such as { "extends": "recommended" }.'],
  ] as Array<[unknown, string | RegExp]>)('%j', (config, message) => {
    expect(bad(config)).toMatch(
      typeof message === 'string' ? new RegExp(`^${escapeRegExp(message)}$`) : message,
    );
  });

  it('speaks Polish', () => {
    expect(bad({ rules: { 'img-alt-too-long': ['warning', { max: 'abc' }] } }, 'pl')).toBe(
      'Reguła „img-alt-too-long”: opcja „max” musi być liczbą nie mniejszą niż 0, nie "abc".',
    );
  });

  it('a bad value is a config error naming rule and option, and the CLI exits 2 with it', async () => {
    const inline = await runCli(['check', '.'], {
      cwd: tempWith({
        'content-a11y.config.json': '{ "rules": { "img-alt-too-long": ["warn", { "max": "abc" }] } }',
      }),
    });
    expect(inline.code).toBe(2);
    expect(inline.stderr).toBe(
      'content-a11y: Rule "img-alt-too-long": option "max" must be a number of at least 0, not "abc".\n',
    );
  });
});

describe('valid configurations', () => {
  it('accepts ESLint\'s "warn" and 0/1/2', () => {
    const config = resolveConfig({
      rules: {
        'link-vague': 'warn',
        'heading-empty': 1,
        'img-alt-too-long': [2, { max: 100 }],
        'date-future': 0,
      },
    });
    expect(config.rules.get('link-vague')?.severity).toBe('warning');
    expect(config.rules.get('heading-empty')?.severity).toBe('warning');
    expect(config.rules.get('img-alt-too-long')).toEqual({ severity: 'error', options: { max: 100 } });
    expect(config.rules.has('date-future')).toBe(false);
  });

  it('every rule and every option of every rule has a schema entry', () => {
    const schema = configSchema(allRules) as {
      properties: { rules: { properties: Record<string, unknown> } };
    };
    expect(Object.keys(schema.properties.rules.properties).sort()).toEqual(allRules.map((r) => r.id).sort());
    for (const rule of allRules) {
      const defaults = Object.fromEntries(Object.entries(rule.options ?? {}).map(([k, v]) => [k, v.default]));
      expect(bad({ rules: { [rule.id]: [rule.severity, defaults] } }), rule.id).toBeUndefined();
    }
  });

  it("the published schema is the validator's, and ajv agrees with it", () => {
    const published = JSON.parse(readFileSync(join(root, 'docs/schema/config.schema.json'), 'utf8'));
    expect(published).toEqual(JSON.parse(JSON.stringify(configSchema(allRules))));
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const validate = ajv.compile(published);
    const cases: unknown[] = [
      { rules: { 'link-vague': 'warn' } },
      { rule: {} },
      { rules: { 'img-alt-too-long': ['warning', { max: 'abc' }] } },
      { overrides: [{ files: ['news/**'], rules: { 'link-vague': 'off' }, lang: 'pl' }] },
      { overrides: [{ rules: {} }] },
    ];
    for (const c of cases) {
      const cfOk = bad(c) === undefined;
      expect(validate(c), JSON.stringify(c)).toBe(cfOk);
    }
  });
});

describe('overrides', () => {
  const user: UserConfig = {
    lang: 'en',
    rules: { 'img-alt-too-long': ['warning', { max: 150 }] },
    overrides: [
      { files: ['aktualnosci/**'], lang: 'pl', rules: { 'link-vague': 'off' } },
      { files: '*.html', rules: { 'img-alt-too-long': 'error' } },
      { files: 'aktualnosci/2021/**', rules: { 'img-alt-too-long': ['warning', { max: 80 }] } },
    ],
  };

  it('apply per glob, in order, ESLint-style (a severity alone keeps the options)', () => {
    const config = resolveConfig(user, { root: '/site' });
    const news = configForPath(config, '/site/aktualnosci/2021/sesja.md');
    expect(news.lang).toBe('pl');
    expect(news.rules.has('link-vague')).toBe(false);
    expect(news.rules.get('img-alt-too-long')).toEqual({ severity: 'warning', options: { max: 80 } });
    const page = configForPath(config, '/site/o-nas/index.html');
    expect(page.lang).toBe('en');
    expect(page.rules.get('img-alt-too-long')).toEqual({ severity: 'error', options: { max: 150 } });
    expect(configForPath(config, '/site/blog/a.md').rules.get('link-vague')).toBeDefined();
  });

  it('reach the library: check({ path, config }) applies them', () => {
    const content = '---\ntitle: Sesja\ndate: 2024-01-02\n---\n\n[click here](https://example.org/).\n';
    const ids = (path: string) => checkSync({ content, path, config: user }).messages.map((m) => m.ruleId);
    expect(ids('blog/a.md')).toContain('link-vague');
    expect(ids('aktualnosci/a.md')).not.toContain('link-vague');
  });

  it('--print-config FILE shows what applies to FILE', async () => {
    const cwd = tempWith({ 'content-a11y.config.json': JSON.stringify(user) });
    const run = await runCli(['check', '--print-config', 'aktualnosci/2021/x.md'], { cwd });
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout);
    expect(printed).toMatchObject({
      file: 'aktualnosci/2021/x.md',
      configFile: 'content-a11y.config.json',
      lang: 'pl',
      overridesApplied: ['overrides[0] (aktualnosci/**)', 'overrides[2] (aktualnosci/2021/**)'],
    });
    expect(printed.rules['link-vague']).toBe('off');
    expect(printed.rules['img-alt-too-long']).toEqual(['warning', { max: 80 }]);
    expect(describeConfig(resolveConfig()).rules).toHaveProperty('directive-unused', 'warning');
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function tempWith(files: Record<string, string>): string {
  const d = mkdtempSync(join(tmpdir(), 'content-a11y-config-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(d, name), content);
  return d;
}
